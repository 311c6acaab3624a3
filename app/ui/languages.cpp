// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QList<Languages::Language> Languages::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("cy"), QStringLiteral("Cymraeg")},
            {QStringLiteral("ar"), QStringLiteral("العربية")}};
}

QString Languages::install(const QString &choice)
{
    QString code = choice;
    if (code.isEmpty()) {
        // The first of the system's preferred languages that we ship.
        for (const QString &wanted : QLocale::system().uiLanguages()) {
            const QString base = wanted.section(QLatin1Char('-'), 0, 0).toLower();
            for (const Language &l : available()) {
                if (l.code == base && code.isEmpty())
                    code = base;
            }
        }
    }
    if (code.isEmpty())
        code = QStringLiteral("en");
    const QLocale locale(code);
    QLocale::setDefault(locale);
    if (code != QLatin1String("en")) {
        auto *ours = new QTranslator(QCoreApplication::instance());
        if (ours->load(QStringLiteral(":/i18n/belonging_%1.qm").arg(code)))
            QCoreApplication::installTranslator(ours);
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    QGuiApplication::setLayoutDirection(locale.textDirection());
    return code;
}
