// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "bookexport.h"
#include "casearchive.h"
#include "casecontentio.h"
#include "casefile.h"
#include "copymerge.h"
#include "democase.h"
#include "familytree.h"
#include "handoverplan.h"
#include "handoverwriter.h"
#include "mergelabels.h"
#include "passphrasewords.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <termios.h>
#include <unistd.h>

namespace {

const QStringList kCommands = {QStringLiteral("demo"),    QStringLiteral("check"),
                               QStringLiteral("export"),  QStringLiteral("handover"),
                               QStringLiteral("archive"), QStringLiteral("import"),
                               QStringLiteral("merge"),   QStringLiteral("gedcom")};

void say(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// One line from the stream into locked memory; echo off while reading from a terminal.
std::optional<SecureBytes> readPassphrase(FILE *in, FILE *err, const QString &prompt)
{
    const int fd = fileno(in);
    const bool tty = isatty(fd);
    termios old{};
    if (tty) {
        say(err, prompt);
        tcgetattr(fd, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSANOW, &quiet);
    }
    SecureBytes buffer(4096);
    std::size_t n = 0;
    int c = 0;
    while (n < buffer.size() && (c = std::fgetc(in)) != EOF && c != '\n')
        buffer.data()[n++] = static_cast<unsigned char>(c);
    if (tty)
        tcsetattr(fd, TCSANOW, &old);
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n;
    if (n == 0)
        return std::nullopt;
    return SecureBytes::copyOf(QByteArrayView(buffer.chars(), qsizetype(n)));
}

int exitCodeFor(const StorageError &error)
{
    switch (error.kind()) {
    case StorageError::Kind::None:
        return CommandLine::Fine;
    case StorageError::Kind::WrongPassphrase:
        return CommandLine::WrongPassphrase;
    case StorageError::Kind::NotABelongingFile:
        return CommandLine::NotABelongingFile;
    case StorageError::Kind::Damaged:
        return CommandLine::Damaged;
    case StorageError::Kind::NewerVersion:
        return CommandLine::NewerVersion;
    default:
        return CommandLine::OtherError;
    }
}

} // namespace

std::unique_ptr<CaseFile> CommandLine::openCase(const QString &path, FILE *in, FILE *err, int *code)
{
    StorageError error = CaseFile::identify(path);
    std::unique_ptr<CaseFile> file;
    if (!error) {
        const auto passphrase = readPassphrase(in, err, tr("Passphrase:"));
        if (!passphrase) {
            say(err, tr("Please give the passphrase on standard input."));
            *code = Usage;
            return nullptr;
        }
        file = CaseFile::open(path, *passphrase, &error);
    }
    if (!file) {
        say(err, error.message());
        *code = exitCodeFor(error);
    }
    return file;
}

bool CommandLine::handles(int argc, char **argv)
{
    return argc >= 2 && kCommands.contains(QString::fromLocal8Bit(argv[1]));
}

int CommandLine::run(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    if (arguments.size() >= 2 && arguments.mid(2).contains(QLatin1String("--help"))) {
        const QString &command = arguments.at(1);
        say(out, command == QLatin1String("handover") ? handoverUsage()
                 : command == QLatin1String("archive") || command == QLatin1String("import")
                     ? archiveUsage()
                 : command == QLatin1String("merge")  ? mergeUsage()
                 : command == QLatin1String("gedcom") ? gedcomUsage()
                                                      : usage());
        return Fine;
    }
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("export"))
        return exportBook(arguments.mid(2), in, out, err);
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("handover"))
        return handover(arguments.mid(2), in, out, err);
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("archive"))
        return archive(arguments.mid(2), in, out, err);
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("import"))
        return importArchive(arguments.mid(2), in, out, err);
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("merge"))
        return merge(arguments.mid(2), in, out, err);
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("gedcom"))
        return gedcom(arguments.mid(2), in, out, err);
    if (arguments.size() != 3 || !kCommands.contains(arguments.at(1))) {
        say(err, usage());
        return Usage;
    }
    if (arguments.at(1) == QLatin1String("demo"))
        return demo(arguments.at(2), in, out, err);
    return check(arguments.at(2), in, out, err);
}

QString CommandLine::usage()
{
    return tr("Usage: belonging demo PATH    (writes the demo life story to PATH)\n"
              "       belonging check PATH   (checks the passphrase and the file)\n"
              "       belonging export --audience book|family|review|court CASE -o OUT.pdf\n"
              "                        [--page-size a4|letter]\n"
              "       belonging handover --for RECEIVER CASE -o COPY.belonging  (see --help)\n"
              "       belonging archive CASE -o STORY.zip [--plain]   (the open export)\n"
              "       belonging import STORY.zip -o NEW.belonging\n"
              "       belonging merge CASE OTHER-COPY [--mine|--theirs]\n"
              "       belonging gedcom import CASE TREE.ged [--child XREF]\n"
              "       belonging gedcom export CASE -o TREE.ged\n"
              "The passphrase is read from standard input.");
}

int CommandLine::exportBook(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    BookOptions options;
    QString casePath;
    QString outPath;
    bool audienceGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const QString next = arguments.value(i + 1);
        if (a == QLatin1String("--audience") && !next.isEmpty()) {
            ++i;
            audienceGiven = true;
            if (next == QLatin1String("book"))
                options.audience = Redaction::Audience::ChildBook;
            else if (next == QLatin1String("family"))
                options.audience = Redaction::Audience::Family;
            else if (next == QLatin1String("court"))
                options.audience = Redaction::Audience::Court;
            else if (next == QLatin1String("review"))
                options.audience = Redaction::Audience::Review;
            else
                audienceGiven = false;
        } else if ((a == QLatin1String("-o") || a == QLatin1String("--output")) &&
                   !next.isEmpty()) {
            outPath = next;
            ++i;
        } else if (a == QLatin1String("--page-size") && !next.isEmpty()) {
            ++i;
            options.pageSize = next.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0
                                   ? QPageSize::Letter
                                   : QPageSize::A4;
        } else if (!a.startsWith(QLatin1Char('-')) && casePath.isEmpty()) {
            casePath = a;
        } else {
            casePath.clear();
            break;
        }
    }
    if (!audienceGiven || casePath.isEmpty() || outPath.isEmpty()) {
        say(err, usage());
        return Usage;
    }
    int code = Fine;
    std::unique_ptr<CaseFile> file = openCase(casePath, in, err, &code);
    if (!file)
        return code;
    BookExport book(*file, options);
    if (const StorageError e = book.prepare()) {
        say(err, e.message());
        return exitCodeFor(e);
    }
    const QString problem = book.writePdf(outPath);
    if (!problem.isEmpty()) {
        say(err, problem);
        return OtherError;
    }
    say(out, tr("Wrote %1 pages to %2.").arg(book.model().pages.size()).arg(outPath));
    for (const QString &line : book.leftOut())
        say(out, tr("Left out: %1").arg(line));
    return Fine;
}

QString CommandLine::handoverUsage()
{
    return tr(
        "Usage: belonging handover --for new-carers|adopters|young-person|birth-family|worker\n"
        "                          CASE -o COPY.belonging\n"
        "                          [--leave-out NAME]... [--from NAME] [--letter FILE]\n"
        "Makes a copy of the life story holding only what that receiver may have, with its\n"
        "own passphrase, and records the hand-over in both files.\n"
        "Standard input: the story's passphrase on the first line, the copy's on the\n"
        "second. With no second line, a passphrase of six words is made and printed once.\n"
        "--leave-out leaves a person out as well (the name they are known by, or their\n"
        "full name); --letter is a plain-text file shown when the copy is first opened.");
}

int CommandLine::handover(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    std::optional<HandoverRecord::Receiver> receiver;
    QString casePath;
    QString outPath;
    QString letterPath;
    QStringList leaveOut;
    HandoverWriter::Request request;
    bool valid = true;
    for (qsizetype i = 0; i < arguments.size() && valid; ++i) {
        const QString &a = arguments.at(i);
        const bool hasNext = i + 1 < arguments.size();
        const QString next = arguments.value(i + 1);
        if (a == QLatin1String("--for") && hasNext) {
            receiver = HandoverPlan::receiverFromKey(next);
            valid = receiver.has_value();
            ++i;
        } else if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasNext) {
            outPath = next;
            ++i;
        } else if (a == QLatin1String("--leave-out") && hasNext) {
            leaveOut << next;
            ++i;
        } else if (a == QLatin1String("--from") && hasNext) {
            request.from = next;
            ++i;
        } else if (a == QLatin1String("--letter") && hasNext) {
            letterPath = next;
            ++i;
        } else if (!a.startsWith(QLatin1Char('-')) && casePath.isEmpty()) {
            casePath = a;
        } else {
            valid = false;
        }
    }
    if (!valid || !receiver || casePath.isEmpty() || outPath.isEmpty()) {
        say(err, handoverUsage());
        return Usage;
    }
    request.receiver = *receiver;
    if (!letterPath.isEmpty()) {
        QFile letter(letterPath);
        if (!letter.open(QIODevice::ReadOnly) || letter.size() > 1024 * 1024) {
            say(err, tr("The letter file could not be read, or is larger than 1 MB."));
            return Usage;
        }
        request.letter = QString::fromUtf8(letter.readAll());
    }
    int code = Fine;
    std::unique_ptr<CaseFile> file = openCase(casePath, in, err, &code);
    if (!file)
        return code;
    StorageError error;
    const QList<Person> people = CaseContentIO::read(*file, false, &error).people;
    if (error) {
        say(err, error.message());
        return exitCodeFor(error);
    }
    for (const QString &name : std::as_const(leaveOut)) {
        bool found = false;
        for (const Person &p : people) {
            if (p.knownAs.compare(name, Qt::CaseInsensitive) == 0 ||
                p.fullName.compare(name, Qt::CaseInsensitive) == 0) {
                request.leaveOut.insert(p.id);
                found = true;
            }
        }
        if (!found) {
            say(err, tr("Nobody in this story is called “%1”.").arg(name));
            return Usage;
        }
    }
    std::optional<SecureBytes> copyPassphrase =
        readPassphrase(in, err, tr("Passphrase for the copy (empty: make one of words):"));
    if (!copyPassphrase) {
        const QString words = PassphraseWords::generate();
        copyPassphrase = SecureBytes::fromUtf8(words);
        say(out, tr("The copy's passphrase (write it down and give it separately): %1").arg(words));
    } else if (copyPassphrase->size() < 8) {
        say(err, tr("Please give the copy a passphrase of at least 8 characters."));
        return Usage;
    }
    const HandoverWriter::Outcome outcome =
        HandoverWriter::write(*file, request, outPath, CaseFile::newKey(*copyPassphrase));
    if (outcome.error) {
        say(err, outcome.error.message());
        return exitCodeFor(outcome.error);
    }
    say(out, tr("Wrote the copy for “%1” to %2.")
                 .arg(HandoverPlan::receiverName(request.receiver), outPath));
    for (const QString &line : outcome.record.leftOut)
        say(out, tr("Left out: %1").arg(line));
    return Fine;
}

QString CommandLine::archiveUsage()
{
    return tr("Usage: belonging archive CASE -o STORY.zip [--plain]\n"
              "       belonging import STORY.zip -o NEW.belonging\n"
              "archive writes the whole story as case.json and picture files in one ZIP\n"
              "archive, encrypted with AES-256 (7-Zip and other tools open it with the\n"
              "passphrase). Standard input: the story's passphrase, then the archive's.\n"
              "--plain writes it unencrypted, readable by anyone who has the file.\n"
              "import makes a new life story from such an archive. Standard input: the\n"
              "archive's passphrase (an empty line if it has none), then the new story's.");
}

// "1 person and 1 family", "8 people and 3 families".
QString CommandLine::countWords(int people, int families)
{
    const QString who = people == 1 ? tr("1 person") : tr("%1 people").arg(people);
    const QString homes = families == 1 ? tr("1 family") : tr("%1 families").arg(families);
    return tr("%1 and %2").arg(who, homes);
}

QString CommandLine::gedcomUsage()
{
    return tr("Usage: belonging gedcom import CASE TREE.ged [--child XREF]\n"
              "       belonging gedcom export CASE -o TREE.ged\n"
              "import adds everyone in a GEDCOM family tree (5.5.1 or 7.0) to CASE as new\n"
              "people, with who is whose parent and partner; nobody already there is changed.\n"
              "--child names the person in the file (e.g. @I4@) who is the child the story is\n"
              "about. It prints how many people and families were added and each line it\n"
              "could not read. export writes the family's shape as GEDCOM 7: names, sex,\n"
              "birth, death, parents and partners; private people and everything else are\n"
              "left out. Standard input: CASE's passphrase.");
}

int CommandLine::gedcom(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    const QString action = arguments.value(0);
    QStringList paths;
    QString output, child;
    bool valid = action == QLatin1String("import") || action == QLatin1String("export");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("-o") && i + 1 < arguments.size() && output.isEmpty())
            output = arguments.at(++i);
        else if (a == QLatin1String("--child") && i + 1 < arguments.size() && child.isEmpty())
            child = arguments.at(++i);
        else if (!a.startsWith(QLatin1Char('-')))
            paths << a;
        else
            valid = false;
    }
    const bool importing = action == QLatin1String("import");
    if (!valid || (importing && (paths.size() != 2 || !output.isEmpty())) ||
        (!importing && (paths.size() != 1 || output.isEmpty() || !child.isEmpty()))) {
        say(err, gedcomUsage());
        return Usage;
    }
    QByteArray bytes;
    if (importing) {
        QFile tree(paths[1]);
        if (!tree.open(QIODevice::ReadOnly)) {
            say(err, tr("The family tree file could not be read. Check that it is there."));
            return OtherError;
        }
        if (tree.size() > GedcomReader::kMaxBytes) {
            say(err, tr("That file is far bigger than any family tree; nothing was added."));
            return OtherError;
        }
        bytes = tree.readAll();
    }
    int code = Fine;
    std::unique_ptr<CaseFile> file = openCase(paths[0], in, err, &code);
    if (!file)
        return code;
    if (!importing) {
        StorageError readError;
        const CaseContent content = CaseContentIO::read(*file, false, &readError);
        if (readError) {
            say(err, readError.message());
            return exitCodeFor(readError);
        }
        const FamilyTree::Export tree = FamilyTree::toGedcom(content);
        QSaveFile target(output);
        if (!target.open(QIODevice::WriteOnly) || target.write(tree.gedcom) != tree.gedcom.size() ||
            !target.commit()) {
            say(err, tr("The family tree could not be saved there. Try another place."));
            return OtherError;
        }
        QFile::setPermissions(output, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        say(out, tr("Wrote %1 to %2.").arg(countWords(tree.people, tree.families), output));
        for (const QString &left : tree.leftOut)
            say(out, tr("Left out: %1").arg(left));
        return Fine;
    }
    const GedcomReader::Result read = GedcomReader::read(bytes);
    if (read.people.isEmpty()) {
        say(err, tr("No people were found in that file, so nothing was added. Is it a GEDCOM "
                    "family tree?"));
        for (const GedcomReader::Problem &p : read.problems)
            say(err, p.message);
        return OtherError;
    }
    FamilyTree::Import tree = FamilyTree::fromGedcom(read, child);
    if (StorageError e = FamilyTree::bringIn(*file, tree)) {
        say(err, e.message());
        return exitCodeFor(e);
    }
    say(out, tr("Added %1.").arg(countWords(int(tree.people.size()), tree.families)));
    // Each problem names its line already ("Line 6: the date … could not be read").
    for (const GedcomReader::Problem &p : read.problems)
        say(out, p.message);
    return Fine;
}

QString CommandLine::mergeUsage()
{
    return tr("Usage: belonging merge CASE OTHER-COPY [--mine|--theirs]\n"
              "Brings the changes made in another copy of the same story into CASE: what is\n"
              "new there is added, what only the other copy changed is taken, and what it\n"
              "removed (unchanged here) is removed. Where both copies changed the same thing,\n"
              "or one removed what the other changed, nothing is written unless --mine (keep\n"
              "this copy's) or --theirs (take the other's) says how to settle every one; the\n"
              "questions are listed. One transaction: stopped part-way, CASE is as it was.\n"
              "Standard input: CASE's passphrase, then the other copy's.");
}

int CommandLine::merge(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    QStringList paths;
    MergePlan::Choice settle = MergePlan::Choice::Unchosen;
    bool valid = true;
    for (const QString &a : arguments) {
        if (a == QLatin1String("--mine") && settle == MergePlan::Choice::Unchosen)
            settle = MergePlan::Choice::Mine;
        else if (a == QLatin1String("--theirs") && settle == MergePlan::Choice::Unchosen)
            settle = MergePlan::Choice::Theirs;
        else if (!a.startsWith(QLatin1Char('-')))
            paths << a;
        else
            valid = false;
    }
    if (!valid || paths.size() != 2) {
        say(err, mergeUsage());
        return Usage;
    }
    if (QFileInfo(paths[0]).canonicalFilePath() == QFileInfo(paths[1]).canonicalFilePath()) {
        say(err, tr("Those are the same file. Name the other person's copy second."));
        return Usage;
    }
    int code = Fine;
    std::unique_ptr<CaseFile> file = openCase(paths[0], in, err, &code);
    if (!file)
        return code;
    if (StorageError e = CaseFile::identify(paths[1])) {
        say(err, e.message());
        return exitCodeFor(e);
    }
    const auto otherPassphrase = readPassphrase(in, err, tr("Passphrase of the other copy:"));
    if (!otherPassphrase) {
        say(err, tr("Please give the other copy's passphrase on the second line of standard "
                    "input."));
        return Usage;
    }
    auto merge = CopyMerge::prepare(*file, paths[1], CaseFile::keyFor(paths[1], *otherPassphrase));
    if (merge->problem != CopyMerge::Problem::None) {
        say(err, merge->message());
        return merge->problem == CopyMerge::Problem::CannotOpen ? exitCodeFor(merge->error)
                                                                : OtherError;
    }
    MergePlan &plan = merge->plan;
    if (plan.isEmpty()) {
        say(out, tr("Nothing to bring in: this copy already has everything in %1.").arg(paths[1]));
        return Fine;
    }
    if (!plan.allChosen() && settle == MergePlan::Choice::Unchosen) {
        for (const MergePlan::Conflict &c : std::as_const(plan.conflicts)) {
            say(out, tr("Both changed: %1 — %2. This copy: “%3”. The other: “%4”.")
                         .arg(MergeLabels::thing(merge->mine, c.kind, c.key),
                              MergeLabels::field(merge->mine, c.kind, c.field),
                              MergeLabels::value(
                                  merge->mine, c.kind, c.field,
                                  merge->mine.kinds[c.kind].records[c.key].values[c.field]),
                              MergeLabels::value(
                                  merge->theirs, c.kind, c.field,
                                  merge->theirs.kinds[c.kind].records[c.key].values[c.field])));
        }
        for (const MergePlan::Question &q : std::as_const(plan.questions)) {
            say(out, q.removedHere ? tr("Removed here, changed in the other copy: %1.")
                                         .arg(MergeLabels::thing(merge->theirs, q.kind, q.key))
                                   : tr("Removed in the other copy, changed here: %1.")
                                         .arg(MergeLabels::thing(merge->mine, q.kind, q.key)));
        }
        say(err, tr("Nothing was changed. Both copies changed the things listed: choose "
                    "--mine or --theirs, or bring the copies together in Belonging to choose "
                    "one by one."));
        return OtherError;
    }
    if (settle != MergePlan::Choice::Unchosen)
        plan.chooseAll(settle);
    const MergeWriter::Outcome done = merge->bringIn(*file);
    if (done.error) {
        say(err, done.error.message());
        return exitCodeFor(done.error);
    }
    say(out, tr("Brought in from %1: %2 new, %3 changed, %4 removed.")
                 .arg(paths[1])
                 .arg(done.added)
                 .arg(done.changed)
                 .arg(done.removed));
    return Fine;
}

int CommandLine::archive(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    QString casePath;
    QString outPath;
    bool plain = false;
    bool valid = true;
    for (qsizetype i = 0; i < arguments.size() && valid; ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) &&
            i + 1 < arguments.size())
            outPath = arguments.at(++i);
        else if (a == QLatin1String("--plain"))
            plain = true;
        else if (!a.startsWith(QLatin1Char('-')) && casePath.isEmpty())
            casePath = a;
        else
            valid = false;
    }
    if (!valid || casePath.isEmpty() || outPath.isEmpty()) {
        say(err, archiveUsage());
        return Usage;
    }
    int code = Fine;
    std::unique_ptr<CaseFile> file = openCase(casePath, in, err, &code);
    if (!file)
        return code;
    QByteArray archivePassphrase;
    if (!plain) {
        const auto p = readPassphrase(in, err, tr("Passphrase for the archive:"));
        if (!p || p->size() < 8) {
            say(err, tr("Please give the archive a passphrase of at least 8 characters on "
                        "standard input, or choose --plain."));
            return Usage;
        }
        archivePassphrase = QByteArray(p->chars(), qsizetype(p->size()));
    }
    const QString problem = CaseArchive::write(*file, outPath, archivePassphrase);
    archivePassphrase.fill('\0');
    if (!problem.isEmpty()) {
        say(err, problem);
        return OtherError;
    }
    say(out, plain ? tr("Wrote the whole story, not encrypted, to %1.").arg(outPath)
                   : tr("Wrote the whole story, encrypted, to %1.").arg(outPath));
    return Fine;
}

int CommandLine::importArchive(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    if (arguments.size() != 3 ||
        (arguments.at(1) != QLatin1String("-o") && arguments.at(1) != QLatin1String("--output"))) {
        say(err, archiveUsage());
        return Usage;
    }
    const QString archivePath = arguments.at(0);
    const QString casePath = arguments.at(2);
    if (QFileInfo::exists(casePath)) {
        say(err, StorageError(StorageError::Kind::FileExists).message());
        return OtherError;
    }
    const auto archivePassphrase = readPassphrase(in, err, tr("Passphrase of the archive:"));
    const QByteArray pass = archivePassphrase ? QByteArray(archivePassphrase->chars(),
                                                           qsizetype(archivePassphrase->size()))
                                              : QByteArray();
    CaseArchive::ReadResult read = CaseArchive::read(archivePath, pass);
    if (!read.ok()) {
        say(err, read.error);
        switch (read.problem) {
        case CaseArchive::Problem::NeedsPassphrase:
        case CaseArchive::Problem::WrongPassphrase:
            return WrongPassphrase;
        case CaseArchive::Problem::NotAnArchive:
            return NotABelongingFile;
        case CaseArchive::Problem::NewerVersion:
            return NewerVersion;
        default:
            return Damaged;
        }
    }
    const auto passphrase = readPassphrase(in, err, tr("Choose a passphrase for the new story:"));
    if (!passphrase || passphrase->size() < 8) {
        say(err, tr("Please give the new story a passphrase of at least 8 characters on "
                    "standard input."));
        return Usage;
    }
    const StorageError error =
        CaseArchive::createCase(casePath, CaseFile::newKey(*passphrase), read.content);
    if (error) {
        say(err, error.message());
        return exitCodeFor(error);
    }
    say(out, tr("Brought the story in as %1 (people: %2, memories: %3, pictures: %4).")
                 .arg(casePath)
                 .arg(read.content.people.size())
                 .arg(read.content.memories.size())
                 .arg(read.content.media.size()));
    return Fine;
}

int CommandLine::demo(const QString &path, FILE *in, FILE *out, FILE *err)
{
    const auto passphrase = readPassphrase(in, err, tr("Choose a passphrase for the demo:"));
    if (!passphrase || passphrase->size() < 8) {
        say(err, tr("Please give a passphrase of at least 8 characters on standard input."));
        return Usage;
    }
    StorageError error;
    auto file = CaseFile::create(path, *passphrase, &error);
    if (file) {
        CaseContent demo = DemoCase::build();
        error = CaseContentIO::write(*file, demo);
    }
    if (error) {
        say(err, error.message());
        if (!file)
            return OtherError;
        file->close();
        QFile::remove(path);
        return OtherError;
    }
    say(out, tr("Wrote the demo life story to %1.").arg(path));
    return Fine;
}

int CommandLine::check(const QString &path, FILE *in, FILE *out, FILE *err)
{
    StorageError error = CaseFile::identify(path);
    std::unique_ptr<CaseFile> file;
    if (!error) {
        const auto passphrase = readPassphrase(in, err, tr("Passphrase:"));
        if (!passphrase) {
            say(err, tr("Please give the passphrase on standard input."));
            return Usage;
        }
        file = CaseFile::open(path, *passphrase, &error);
    }
    if (file)
        error = file->checkIntegrity();
    if (error) {
        say(out, error.message());
        return exitCodeFor(error);
    }
    say(out, tr("Fine: the passphrase is right and the life story is undamaged."));
    return Fine;
}
