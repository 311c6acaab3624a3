// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real print server for a test: its own cupsd on a private socket (never the machine's), one
// cups-pdf queue that "prints" to PDF files in a folder the test reads back. cupsd runs backends
// such as cups-pdf only when it runs as root, as CI's containers do.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class PrivateCups
{
public:
    PrivateCups()
        : m_root(QStringLiteral("/tmp/belonging-cups-XXXXXX"))         // short: a socket path is
        , m_queue(QStringLiteral("belonging-test-%1").arg(::getpid())) // at most 107 bytes
    {}
    ~PrivateCups() { stop(); }
    PrivateCups(const PrivateCups &) = delete;
    PrivateCups &operator=(const PrivateCups &) = delete;

    static bool canRun() { return ::geteuid() == 0; }

    // Empty on success, else what went wrong.
    QString start()
    {
        if (!m_root.isValid())
            return QStringLiteral("no temporary folder");
        const QDir root(m_root.path());
        for (const char *sub :
             {"server", "requests", "tmp", "cache", "state", "logs", "out", "spool"})
            root.mkpath(QString::fromLatin1(sub));
        // cupsd's filters run as "lp": they need to reach and write its temporary folder.
        QFile::setPermissions(m_root.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner | QFile::ReadOther |
                                                 QFile::ExeOther | QFile::ReadGroup |
                                                 QFile::ExeGroup);
        if (::chmod(QFile::encodeName(root.filePath(QStringLiteral("tmp"))).constData(), 01777))
            return QStringLiteral("chmod");
        m_socket = root.filePath(QStringLiteral("cups.sock"));
        write(QStringLiteral("cupsd.conf"),
              QStringLiteral("Listen %1\nLogLevel info\nWebInterface No\nBrowsing No\n"
                             "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n")
                  .arg(m_socket));
        write(QStringLiteral("cups-files.conf"),
              QStringLiteral("ServerRoot %1/server\nRequestRoot %1/requests\nTempDir %1/tmp\n"
                             "CacheDir %1/cache\nStateDir %1/state\nErrorLog %1/logs/error_log\n"
                             "AccessLog %1/logs/access_log\nPageLog %1/logs/page_log\n"
                             "Sandboxing Relaxed\n")
                  .arg(m_root.path()));
        // cups-pdf reads its settings for a queue from one fixed place only.
        m_pdfConf = QStringLiteral("/etc/cups/cups-pdf-%1.conf").arg(m_queue);
        QFile conf(m_pdfConf);
        if (!conf.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(m_pdfConf);
        conf.write(QStringLiteral("Out %1\nSpool %2\nLog %3\nUserUMask 0077\n")
                       .arg(outFolder(), root.filePath(QStringLiteral("spool")),
                            root.filePath(QStringLiteral("logs")))
                       .toUtf8());
        conf.close();

        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        // Its own plain environment: nothing of the test's (TMPDIR, Qt's) reaches the server.
        QProcessEnvironment plain;
        plain.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
        plain.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        m_cupsd.setProcessEnvironment(plain);
        m_cupsd.start(QStringLiteral("/usr/sbin/cupsd"),
                      {QStringLiteral("-f"), QStringLiteral("-c"),
                       root.filePath(QStringLiteral("cupsd.conf")), QStringLiteral("-s"),
                       root.filePath(QStringLiteral("cups-files.conf"))});
        if (!m_cupsd.waitForStarted())
            return QStringLiteral("cupsd did not start (is cups installed?)");
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(m_socket) && t.elapsed() < 10000)
            QTest::qWait(50);
        if (!QFile::exists(m_socket))
            return QStringLiteral("cupsd made no socket: ") +
                   QString::fromLocal8Bit(m_cupsd.readAll());
        QProcess lpadmin;
        lpadmin.setProcessChannelMode(QProcess::MergedChannels);
        lpadmin.start(QStringLiteral("lpadmin"),
                      {QStringLiteral("-h"), m_socket, QStringLiteral("-p"), m_queue,
                       QStringLiteral("-E"), QStringLiteral("-v"),
                       QStringLiteral("cups-pdf:/") + m_queue, QStringLiteral("-P"),
                       QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")});
        if (!lpadmin.waitForFinished(30000) || lpadmin.exitCode() != 0)
            return QStringLiteral("lpadmin: ") + QString::fromLocal8Bit(lpadmin.readAll());
        // Every CUPS client in this process (Qt's print support too) talks to this server.
        qputenv("CUPS_SERVER", QFile::encodeName(m_socket));
        return {};
    }

    void stop()
    {
        if (m_cupsd.state() != QProcess::NotRunning) {
            m_cupsd.terminate();
            if (!m_cupsd.waitForFinished(10000))
                m_cupsd.kill();
        }
        if (!m_pdfConf.isEmpty())
            QFile::remove(m_pdfConf);
        m_pdfConf.clear();
    }

    QString queue() const { return m_queue; }
    QString outFolder() const { return m_root.filePath(QStringLiteral("out")); }

    // The next printed PDF, once cups-pdf has finished writing it (empty after the timeout).
    QString waitForPrintedPdf(int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (const QFileInfo &f : QDir(outFolder()).entryInfoList({QStringLiteral("*.pdf")})) {
                if (!m_seen.contains(f.fileName()) && f.size() > 0 && pdfComplete(f.filePath())) {
                    m_seen << f.fileName();
                    return f.filePath();
                }
            }
            QTest::qWait(200);
        }
        return {};
    }

    QString log() const
    {
        QFile f(m_root.filePath(QStringLiteral("logs/error_log")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList lines; // what happened to the jobs, for a failure's message
        if (m_cupsd.state() == QProcess::NotRunning)
            lines << QStringLiteral("cupsd stopped (exit %1): ").arg(m_cupsd.exitCode()) +
                         QString::fromLocal8Bit(const_cast<QProcess &>(m_cupsd).readAll());
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.contains("[Job ") || line.startsWith("E "))
                lines << QString::fromLocal8Bit(line);
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    static bool pdfComplete(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() < 16)
            return false;
        f.seek(f.size() - 16);
        return f.read(16).contains("%%EOF");
    }
    void write(const QString &name, const QString &text)
    {
        QFile f(m_root.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
    }

    QTemporaryDir m_root;
    QString m_queue;
    QString m_socket;
    QString m_pdfConf;
    QProcess m_cupsd;
    QStringList m_seen;
};
