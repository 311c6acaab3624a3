// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "bookpane.h"
#include "casecontentio.h"
#include "democase.h"

#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

class TestBookPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choosingTheAudienceShowsWhatWillBeLeftOut();
    void saveACourtPackWithSomeoneLeftOut();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    CaseContent m_demo;
};

void TestBookPane::initTestCase()
{
    m_file = TestCase::create(m_dir.filePath(QStringLiteral("demo.belonging")));
    QVERIFY(m_file);
    m_demo = DemoCase::build();
    CaseContent copy = m_demo;
    QVERIFY(!CaseContentIO::write(*m_file, copy));
}

void TestBookPane::choosingTheAudienceShowsWhatWillBeLeftOut()
{
    BookPane pane;
    m_model = TestCase::model(*m_file);
    pane.setCase(m_model.get());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto leftOut = [&pane] {
        QStringList lines;
        for (int i = 0; i < pane.leftOutList()->count(); ++i)
            lines << pane.leftOutList()->item(i)->text();
        return lines;
    };
    QVERIFY(leftOut().contains(QStringLiteral("Addresses and phone numbers")));
    QVERIFY(!leftOut().join(QLatin1Char(' ')).contains(QStringLiteral("lives now")));
    QVERIFY(pane.summary()->text().startsWith(QStringLiteral("Life-story book: ")));
    // Click "A copy for the birth family".
    QRadioButton *family = nullptr;
    for (QRadioButton *b : pane.findChildren<QRadioButton *>()) {
        if (b->text().contains(QStringLiteral("family")))
            family = b;
    }
    QVERIFY(family);
    QTest::mouseClick(family, Qt::LeftButton, {}, QPoint(8, family->height() / 2));
    QCOMPARE(pane.options().audience, Redaction::Audience::Family);
    QVERIFY(leftOut().join(QLatin1Char(' ')).contains(QStringLiteral("lives now")));
    QVERIFY(pane.summary()->text().startsWith(QStringLiteral("Copy for birth family: ")));
    // Ticking a person adds a line about them.
    const int before = pane.leftOutList()->count();
    pane.withheldList()->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(pane.leftOutList()->count(), before + 1);
    QCOMPARE(pane.options().withheldPeople.size(), 1);
}

void TestBookPane::saveACourtPackWithSomeoneLeftOut()
{
    BookPane pane;
    m_model = TestCase::model(*m_file);
    pane.setCase(m_model.get());
    pane.setAudience(Redaction::Audience::Court);
    int dad = -1;
    for (int i = 0; i < pane.withheldList()->count(); ++i) {
        if (pane.withheldList()->item(i)->text() == QStringLiteral("Dad"))
            dad = i;
    }
    QVERIFY(dad >= 0);
    pane.withheldList()->item(dad)->setCheckState(Qt::Checked);
    const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
    pane.setChooseFile([&](const QString &suggested) {
        return suggested.endsWith(QStringLiteral("Court and review pack.pdf")) ? path : QString();
    });
    QTest::mouseClick(pane.saveButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(body.contains(QStringLiteral("Chronology")));
    QVERIFY(!body.contains(QStringLiteral("Lee Turner"))); // Dad's full name
    // Choosing no file saves nothing and says nothing.
    pane.setChooseFile([](const QString &) { return QString(); });
    QCOMPARE(pane.saveAsPdf(), QString());
}

QTEST_MAIN(TestBookPane)
#include "tst_bookpane.moc"
