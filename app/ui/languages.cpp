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

void installTranslator(const QString &file, const QLocale &locale, const QString &name,
                       const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    const bool loaded = file.isEmpty() ? translator->load(locale, name, QStringLiteral("_"), folder)
                                       : translator->load(file);
    if (!loaded || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return;
    }
    installedTranslators() << translator;
}

} // namespace

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
    for (const QPointer<QTranslator> &t : std::as_const(installedTranslators())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installedTranslators().clear();
    if (code != QLatin1String("en")) {
        installTranslator(QStringLiteral(":/i18n/belonging_%1.qm").arg(code), locale, {}, {});
        // Qt's own standard buttons and dialogs. Qt has no Welsh yet, so Belonging carries the
        // few of its texts people meet most (OK, Cancel, Yes, No…) itself.
        const int before = int(installedTranslators().size());
        installTranslator({}, locale, QStringLiteral("qtbase"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (installedTranslators().size() == before)
            installTranslator(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code), locale, {}, {});
    }
    QGuiApplication::setLayoutDirection(locale.textDirection());
    return code;
}
