// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkspace.h"
#include "dialogs.h"
#include "ecomapexport.h"
#include "ecomappane.h"
#include "ecomapscene.h"
#include "look.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "timelineview.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What a screen reader would say for a widget: its accessible name (or text).
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Every control a person can reach with Tab on the visible pane.
QList<QWidget *> reachableControls(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisibleTo(root) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy())
            out << w;
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyReachableControlHasAName();
    void theAccessibleTreeNamesItsControls();
    void largerTextAndTheEasyReadFontAreRemembered();
    void recentFilesCanBeForgotten();
    void highContrastReachesTheDrawingsButNotThePaper();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Dialogs::setSuppressWarnings(true);
}

void TestAccessibility::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestAccessibility::everyReachableControlHasAName()
{
    MainWindow w(*m_settings);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openDemo();
    QStringList problems;
    for (auto pane :
         {CaseWorkspace::Pane::Ecomap, CaseWorkspace::Pane::Timeline, CaseWorkspace::Pane::Moves,
          CaseWorkspace::Pane::Voice, CaseWorkspace::Pane::Book}) {
        w.workspace()->showPane(pane);
        QWidget *page = w.workspace()->tabs()->currentWidget();
        QVERIFY(!spokenName(page).isEmpty());
        const QList<QWidget *> controls = reachableControls(page);
        QVERIFY2(controls.size() >= 2, qPrintable(QString::number(controls.size())));
        for (QWidget *c : controls) {
            if (spokenName(c).isEmpty())
                problems << QStringLiteral("pane %1: %2 %3")
                                .arg(int(pane))
                                .arg(QString::fromLatin1(c->metaObject()->className()),
                                     c->parentWidget()
                                         ? QString::fromLatin1(
                                               c->parentWidget()->metaObject()->className())
                                         : QString());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestAccessibility::theAccessibleTreeNamesItsControls()
{
    MainWindow w(*m_settings);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openDemo();
    w.workspace()->showPane(CaseWorkspace::Pane::Timeline);
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&w);
    QVERIFY(root);
    int named = 0;
    QStringList unnamed;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node,
                                                                int depth) {
        if (!node || depth > 40)
            return;
        const QAccessible::Role role = node->role();
        const bool control = role == QAccessible::PushButton || role == QAccessible::CheckBox ||
                             role == QAccessible::RadioButton || role == QAccessible::ComboBox ||
                             role == QAccessible::EditableText;
        if (control && !node->state().invisible) {
            if (node->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::number(role);
            else
                ++named;
        }
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(root, 0);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char(','))));
    QVERIFY(named > 5);
}

void TestAccessibility::largerTextAndTheEasyReadFontAreRemembered()
{
    const QFont before = QApplication::font();
    {
        MainWindow w(*m_settings);
        w.largerTextAction()->trigger();
        QVERIFY(QApplication::font().pointSizeF() > before.pointSizeF() * 1.2);
        w.easyReadAction()->trigger();
        QCOMPARE(QApplication::font().family(), QStringLiteral("Andika"));
    }
    QApplication::setFont(before);
    MainWindow again(*m_settings);
    QVERIFY(again.largerTextAction()->isChecked());
    QVERIFY(again.easyReadAction()->isChecked());
    QCOMPARE(QApplication::font().family(), QStringLiteral("Andika"));
    again.largerTextAction()->trigger();
    again.easyReadAction()->trigger();
    QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF());
    QApplication::setFont(before);
}

void TestAccessibility::recentFilesCanBeForgotten()
{
    MainWindow w(*m_settings);
    w.recentFiles()->add(m_dir->filePath(QStringLiteral("Maisie.belonging")));
    QCOMPARE(w.recentFiles()->paths().size(), 1);
    w.rememberRecentAction()->trigger(); // off
    QVERIFY(w.recentFiles()->paths().isEmpty());
    QVERIFY(Dialogs::privateFileDialogs());
    w.recentFiles()->add(m_dir->filePath(QStringLiteral("Tyler.belonging")));
    QVERIFY(w.recentFiles()->paths().isEmpty());
    m_settings->sync();
    QVERIFY(!m_settings->value(QStringLiteral("recentFiles"))
                 .toStringList()
                 .join(QString())
                 .contains(QStringLiteral("Maisie")));
    MainWindow again(*m_settings);
    QVERIFY(!again.rememberRecentAction()->isChecked());
    again.rememberRecentAction()->trigger(); // on again
    QVERIFY(!Dialogs::privateFileDialogs());
}

// The ecomap and timeline are drawn by Belonging, so they must follow high contrast
// themselves; pictures and books stay in print colours.
void TestAccessibility::highContrastReachesTheDrawingsButNotThePaper()
{
    const QPalette before = QGuiApplication::palette();
    MainWindow w(*m_settings);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openDemo();
    const auto darkness = [](const QImage &image, QPoint at) {
        return image.pixelColor(at).lightness();
    };
    w.workspace()->showPane(CaseWorkspace::Pane::Ecomap);
    auto *map = w.findChild<EcomapView *>();
    QVERIFY(map);
    const QPoint corner(4, 4);
    QVERIFY(darkness(map->viewport()->grab().toImage(), corner) > 200);

    w.highContrastAction()->trigger();
    QVERIFY(Look::highContrast());
    QCOMPARE(QGuiApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QCoreApplication::processEvents(); // palette changes reach widgets as posted events
    QVERIFY(darkness(map->viewport()->grab().toImage(), corner) < 30);
    // A card: white words on black, not dark grey on black.
    const Look::Colours &look = Look::colours();
    QVERIFY(look.contrast);
    QVERIFY(qAbs(look.ink.lightness() - look.paper.lightness()) > 200);
    QVERIFY(qAbs(look.focus.lightness() - look.paper.lightness()) > 100);

    w.workspace()->showPane(CaseWorkspace::Pane::Timeline);
    auto *timeline = w.findChild<TimelineView *>();
    QVERIFY(timeline);
    const QImage lanes = timeline->viewport()->grab().toImage();
    if (const QString folder = qEnvironmentVariable("BELONGING_SCREENSHOTS"); !folder.isEmpty()) {
        QVERIFY(w.grab().save(folder + QStringLiteral("/contrast-timeline.png")));
        w.workspace()->showPane(CaseWorkspace::Pane::Ecomap);
        QVERIFY(w.grab().save(folder + QStringLiteral("/contrast-ecomap.png")));
    }
    QVERIFY(darkness(lanes, QPoint(lanes.width() - 6, TimelineView::kAxisHeight + 2)) < 30);

    // A picture of the map is for paper: light, whatever the screen shows.
    const QImage picture =
        EcomapExport::toImage(*qobject_cast<EcomapScene *>(map->scene()), QStringLiteral("t"), 800);
    QVERIFY(darkness(picture, QPoint(picture.width() / 2, picture.height() / 2 + 150)) > 150);
    QVERIFY(darkness(picture, QPoint(10, picture.height() - 10)) > 200);

    // Remembered, and turned off again to the desktop's own palette.
    MainWindow again(*m_settings);
    QVERIFY(again.highContrastAction()->isChecked());
    again.highContrastAction()->trigger();
    QVERIFY(!Look::highContrast());
    QCOMPARE(QGuiApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    QVERIFY(!Look::colours().contrast);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
