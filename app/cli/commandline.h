// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <optional>

// cli: the scriptable side of belonging ("belonging demo PATH", "belonging check PATH",
// "belonging export --audience book|family|court CASE -o OUT.pdf", "belonging handover").
// Passphrases are read from standard input — never from an argument, where other users of the
// machine could see them — with echo turned off on a terminal.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Fine = 0,
        OtherError = 1,
        WrongPassphrase = 2,
        NotABelongingFile = 3,
        Damaged = 4,
        NewerVersion = 5,
        Usage = 64,
    };

    // Whether argv names a subcommand this class runs (before any GUI is created).
    static bool handles(int argc, char **argv);
    // Runs it; input and output are injectable for tests.
    static int run(const QStringList &arguments, FILE *in = stdin, FILE *out = stdout,
                   FILE *err = stderr);

private:
    // Opens the case at path with the passphrase on the next line of `in`; on failure says
    // why on `err` and sets *code.
    static std::unique_ptr<class CaseFile> openCase(const QString &path, FILE *in, FILE *err,
                                                    int *code);
    static QString usage();
    static int exportBook(const QStringList &arguments, FILE *in, FILE *out, FILE *err);
    static QString handoverUsage();
    static int handover(const QStringList &arguments, FILE *in, FILE *out, FILE *err);
    static QString archiveUsage();
    static int archive(const QStringList &arguments, FILE *in, FILE *out, FILE *err);
    static int importArchive(const QStringList &arguments, FILE *in, FILE *out, FILE *err);
    static QString mergeUsage();
    static int merge(const QStringList &arguments, FILE *in, FILE *out, FILE *err);
    static QString gedcomUsage();
    static QString countWords(int people, int families);
    static int gedcom(const QStringList &arguments, FILE *in, FILE *out, FILE *err);
    static int demo(const QString &path, FILE *in, FILE *out, FILE *err);
    static int check(const QString &path, FILE *in, FILE *out, FILE *err);
};
