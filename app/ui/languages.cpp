// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

// What install() put in place, so choosing again replaces it instead of stacking on top.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// Installs a translator that loaded, and keeps it to take out next time; true if it did.
bool keep(QTranslator *translator, bool loaded)
{
    if (!loaded || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installedTranslators() << translator;
    return true;
}

} // namespace

QList<Languages::Language> Languages::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("cy"), QStringLiteral("Cymraeg")},
            {QStringLiteral("ar"), QStringLiteral("العربية")}};
}

QLocale Languages::localeFor(const QString &code, const QLocale &system)
{
    if (code == QLatin1String("en"))
        return system.language() == QLocale::English
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (code == QLatin1String("cy"))
        return QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    return QLocale(code);
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
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    for (const QPointer<QTranslator> &t : std::as_const(installedTranslators())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installedTranslators().clear();
    if (code != QLatin1String("en")) {
        auto *ours = new QTranslator(QCoreApplication::instance());
        keep(ours, ours->load(QStringLiteral(":/i18n/belonging_%1.qm").arg(code)));
        // Qt's own standard buttons and dialogs. Qt has no Welsh yet, so Belonging carries the
        // few of its texts people meet most (OK, Cancel, Yes, No…) itself.
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (!keep(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))) {
            auto *carried = new QTranslator(QCoreApplication::instance());
            keep(carried, carried->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code)));
        }
    }
    QGuiApplication::setLayoutDirection(locale.textDirection());
    return code;
}
