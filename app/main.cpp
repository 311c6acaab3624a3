// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Belonging"));
    QApplication::setOrganizationName(QStringLiteral("Belonging"));
    QApplication::setApplicationVersion(QStringLiteral(BELONGING_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.belonging.Belonging"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/belonging.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Life-story work and relationship mapping with children "
                                        "in care."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the made-up demo life story at start-up."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A life story file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    QSettings settings;
    MainWindow window(settings);
    window.show();

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, path = files.first()] { window.openFile(path); });
    else if (parser.isSet(demoOption))
        QTimer::singleShot(0, &window, &MainWindow::openDemo);

    return QApplication::exec();
}
