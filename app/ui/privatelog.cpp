// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatelog.h"

#include <QRegularExpression>

#include <cstdio>

QString PrivateLog::scrub(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|'[^']*'|“[^”]*”"));
    // A path runs to the next separator, spaces included ("/home/sue/Maisie Jones.belonging").
    static const QRegularExpression path(QStringLiteral("(~|file://)?/[^:,;)\\]\\n]+"));
    QString text = message;
    text.replace(quoted, QStringLiteral("\"…\""));
    text.replace(path, QStringLiteral("<path>"));
    return text;
}

void PrivateLog::install()
{
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            const char *kind = type == QtDebugMsg      ? "debug"
                               : type == QtInfoMsg     ? "info"
                               : type == QtWarningMsg  ? "warning"
                               : type == QtCriticalMsg ? "critical"
                                                       : "fatal";
            std::fprintf(stderr, "belonging: %s%s%s: %s\n", kind, context.category ? " " : "",
                         context.category ? context.category : "",
                         scrub(message).toLocal8Bit().constData());
            if (type == QtFatalMsg)
                std::abort();
        });
}
