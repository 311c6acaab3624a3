// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "languages.h"
#include "mainwindow.h"
#include "privatelog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

namespace {

void describe(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("Belonging"));
    QCoreApplication::setOrganizationName(QStringLiteral("Belonging"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BELONGING_VERSION));
    Q_UNUSED(app);
}

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the made-up demo life story "
                                                                "at start-up.")};
    Options()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Life-story work and relationship mapping with children in care."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.addPositionalArgument(
            QStringLiteral("file"),
            QCoreApplication::translate("main", "A life story file to open."),
            QStringLiteral("[FILE]"));
        parser.addPositionalArgument(
            QStringLiteral("demo PATH"),
            QCoreApplication::translate("main", "Write the demo life story to PATH (passphrase "
                                                "from standard input)."));
        parser.addPositionalArgument(
            QStringLiteral("check PATH"),
            QCoreApplication::translate(
                "main", "Check a life story's passphrase and integrity (passphrase from standard "
                        "input). Exit codes: 0 fine, 2 wrong passphrase, 3 not a Belonging file, "
                        "4 damaged, 5 newer version, 1 other problem."));
    }
};

bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
}

// The language chosen in View › Language, else the system's.
void installLanguage()
{
    Languages::install(QSettings().value(QStringLiteral("language")).toString());
}

} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::handles(argc, argv)) {
        // No window: pictures, maps and books are drawn offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv); // the ecomap in a book is a (widgets) graphics scene
        describe(app);
        installLanguage(); // a book is written in the language its reader chose
        return CommandLine::run(QGuiApplication::arguments());
    }
    if (asksForTextOnly(argc, argv)) {
        // --help and --version work without a display.
        QCoreApplication app(argc, argv);
        describe(app);
        installLanguage();
        Options options;
        options.parser.process(app);
        return 0;
    }

    PrivateLog::install();
    QApplication app(argc, argv);
    describe(app);
    QApplication::setDesktopFileName(QStringLiteral("org.belonging.Belonging"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/belonging.svg")));
    Options options;
    options.parser.process(app);

    installLanguage();
    QSettings settings;
    MainWindow window(settings);
    window.show();

    const QStringList files = options.parser.positionalArguments();
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, path = files.first()] { window.openFile(path); });
    else if (options.parser.isSet(options.demo))
        QTimer::singleShot(0, &window, &MainWindow::openDemo);

    return QApplication::exec();
}
