// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"
#include "welcomepage.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstWithoutDuplicates();
    void keepsAtMostEight();
    void survivesARestart();
    void welcomeListOpensOnEnter();
};

void TestRecentFiles::newestFirstWithoutDuplicates()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RecentFiles recent(settings);
    QSignalSpy changed(&recent, &RecentFiles::changed);
    recent.add(dir.filePath(QStringLiteral("a.belonging")));
    recent.add(dir.filePath(QStringLiteral("b.belonging")));
    recent.add(dir.filePath(QStringLiteral("a.belonging")));
    QCOMPARE(recent.paths(), QStringList({dir.filePath(QStringLiteral("a.belonging")),
                                          dir.filePath(QStringLiteral("b.belonging"))}));
    QCOMPARE(changed.count(), 3);
    recent.remove(dir.filePath(QStringLiteral("b.belonging")));
    QCOMPARE(recent.paths().size(), 1);
    recent.clear();
    QVERIFY(recent.paths().isEmpty());
}

void TestRecentFiles::keepsAtMostEight()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RecentFiles recent(settings);
    for (int i = 0; i < 12; ++i)
        recent.add(dir.filePath(QStringLiteral("%1.belonging").arg(i)));
    QCOMPARE(recent.paths().size(), RecentFiles::kMaxEntries);
    QCOMPARE(recent.paths().first(), dir.filePath(QStringLiteral("11.belonging")));
}

void TestRecentFiles::survivesARestart()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        RecentFiles recent(settings);
        recent.add(dir.filePath(QStringLiteral("kept.belonging")));
    }
    QSettings settings(ini, QSettings::IniFormat);
    RecentFiles recent(settings);
    QCOMPARE(recent.paths(), QStringList(dir.filePath(QStringLiteral("kept.belonging"))));
}

void TestRecentFiles::welcomeListOpensOnEnter()
{
    WelcomePage page;
    page.setRecentFiles(
        {QStringLiteral("/cases/one.belonging"), QStringLiteral("/cases/two.belonging")});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.recentList()->item(1)->text(), QStringLiteral("two"));
    QSignalSpy requested(&page, &WelcomePage::recentRequested);
    page.recentList()->setFocus();
    page.recentList()->setCurrentRow(1);
    QTest::keyClick(page.recentList(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("/cases/two.belonging"));
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
