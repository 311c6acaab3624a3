// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "bookpane.h"
#include "casecontentio.h"
#include "courtdetailsdialog.h"
#include "democase.h"
#include "fuzzydateedit.h"
#include "layoutrepository.h"
#include "peoplechecklist.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>

class TestBookPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choosingTheAudienceShowsWhatWillBeLeftOut();
    void saveACourtPackWithSomeoneLeftOut();
    void choicesStayWithTheirCase();
    void theCourtPackNamesItsCourtOnTheCoverAndEveryPage();
    void theChildsBookPointsOutCareSystemWords();

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
        if (b->text().remove(u'&').contains(QStringLiteral("family")))
            family = b;
    }
    QVERIFY(family);
    QTest::mouseClick(family, Qt::LeftButton, {}, QPoint(8, family->height() / 2));
    QCOMPARE(pane.options().audience, Redaction::Audience::Family);
    QVERIFY(leftOut().join(QLatin1Char(' ')).contains(QStringLiteral("lives now")));
    QVERIFY(pane.summary()->text().startsWith(QStringLiteral("Copy for birth family: ")));
    // Ticking a person adds a line about them.
    const int before = pane.leftOutList()->count();
    pane.withheldList()->boxes().at(1)->setChecked(true);
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
    for (int i = 0; i < pane.withheldList()->boxes().size(); ++i) {
        if (pane.withheldList()->boxes().at(i)->text() == QStringLiteral("Dad"))
            dad = i;
    }
    QVERIFY(dad >= 0);
    pane.withheldList()->boxes().at(dad)->setChecked(true); // may be ticked from before
    QVERIFY(pane.options().withheldPeople.contains(pane.withheldList()->checked().value(0, kNoId)));
    const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
    QString suggestion;
    pane.setChooseFile([&](const QString &suggested) {
        suggestion = suggested;
        return suggested.endsWith(QStringLiteral("Court pack.pdf")) ? path : QString();
    });
    QSignalSpy exported(&pane, &BookPane::exported);
    QTest::mouseClick(pane.saveButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    // Offered beside the story's own file, and announced so the window can offer to open it.
    QCOMPARE(QFileInfo(suggestion).absolutePath(), QFileInfo(m_file->path()).absolutePath());
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toString(), path);
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

// Seen: the audience and the people left out in one case carried over to the next one opened
// (and ids of one case mean other people in another). They now live in each case file.
void TestBookPane::choicesStayWithTheirCase()
{
    auto other = TestCase::create(m_dir.filePath(QStringLiteral("other.belonging")));
    QVERIFY(other);
    CaseContent small;
    small.child.knownAs = QStringLiteral("Ava");
    Person friendOfAva;
    friendOfAva.knownAs = QStringLiteral("Priya");
    small.people << friendOfAva;
    QVERIFY(!CaseContentIO::write(*other, small));
    auto otherModel = TestCase::model(*other);

    BookPane pane;
    m_model = TestCase::model(*m_file);
    pane.setCase(m_model.get());
    pane.setAudience(Redaction::Audience::Court);
    for (int i = 0; i < pane.withheldList()->boxes().size(); ++i)
        pane.withheldList()->boxes().at(i)->setChecked(i == 0);
    const QSet<ItemId> withheld = pane.options().withheldPeople;
    QCOMPARE(withheld.size(), 1);

    pane.setCase(otherModel.get());
    QCOMPARE(pane.options().audience, Redaction::Audience::ChildBook);
    QVERIFY(pane.options().withheldPeople.isEmpty());
    QVERIFY(!pane.withheldList()->boxes().at(0)->isChecked());

    // Back to the first: its own choices, read from its file.
    pane.setCase(nullptr);
    m_model = TestCase::model(*m_file);
    pane.setCase(m_model.get());
    QCOMPARE(pane.options().audience, Redaction::Audience::Court);
    QCOMPARE(pane.options().withheldPeople, withheld);
    pane.setCase(nullptr);
}

// The court pack's cover named no court: now each case keeps its court or review details.
void TestBookPane::theCourtPackNamesItsCourtOnTheCoverAndEveryPage()
{
    BookPane pane;
    m_model = TestCase::model(*m_file);
    pane.setCase(m_model.get());
    pane.setAudience(Redaction::Audience::Court);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.courtDetailsButton()->isVisible());
    bool asked = false;
    pane.setRunDialog([&asked](QDialog *dialog) {
        auto *d = qobject_cast<CourtDetailsDialog *>(dialog);
        asked = d != nullptr;
        if (!d)
            return int(QDialog::Rejected);
        QTest::keyClicks(d->courtEdit(), QStringLiteral("Cardiff Family Court"));
        QTest::keyClicks(d->caseNumberEdit(), QStringLiteral("CF26C00042"));
        QTest::keyClicks(d->hearingEdit()->lineEdit(), QStringLiteral("3 March 2027"));
        QTest::keyClicks(d->authorEdit(), QStringLiteral("Helen Price"));
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(pane.courtDetailsButton(), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(LayoutRepository(*m_file).courtDetails().caseNumber, QStringLiteral("CF26C00042"));

    const QString path = m_dir.filePath(QStringLiteral("court.pdf"));
    pane.setChooseFile([&](const QString &) { return path; });
    QCOMPARE(pane.saveAsPdf(), QString());
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(u'\f');
    QVERIFY(pages.size() > 3);
    QVERIFY2(pages[0].contains(QStringLiteral("Cardiff Family Court")), qPrintable(pages[0]));
    QVERIFY(pages[0].contains(QStringLiteral("3 March 2027")));
    QVERIFY(pages[0].contains(QStringLiteral("Helen Price")));
    for (int i = 1; i < pages.size() - 1; ++i)
        QVERIFY2(pages[i].contains(QStringLiteral("case CF26C00042")), qPrintable(pages[i]));
    // Plain letters, never ligatures: a search for "identified" must find the word.
    const QString all = pages.join(QString());
    for (QChar c = QChar(0xFB00); c <= QChar(0xFB06); c = QChar(c.unicode() + 1))
        QVERIFY2(!all.contains(c), "ligature in the court pack's text");
    QVERIFY(all.contains(QStringLiteral("identified")));
    pane.setCase(nullptr);
}

// The child's book is written to the child: words typed into the case that a child may not know
// are pointed out before it is made (the demo's book has none).
void TestBookPane::theChildsBookPointsOutCareSystemWords()
{
    auto file = TestCase::create(m_dir.filePath(QStringLiteral("words.belonging")));
    QVERIFY(file);
    CaseContent c;
    c.child.knownAs = QStringLiteral("Jade");
    Memory m;
    m.id = 1;
    m.title = QStringLiteral("Contact with Mum at the family centre");
    m.date = FuzzyDate::month(2020, 5);
    c.memories << m;
    QVERIFY(!CaseContentIO::write(*file, c));
    auto model = TestCase::model(*file);
    BookPane pane;
    pane.setCase(model.get());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY2(pane.summary()->text().contains(QStringLiteral("Words a child may not know: "
                                                            "“contact”")),
             qPrintable(pane.summary()->text()));
    pane.setAudience(Redaction::Audience::Court);
    QVERIFY(!pane.summary()->text().contains(QStringLiteral("may not know")));
    pane.setAudience(Redaction::Audience::ChildBook);

    BookPane demo;
    m_model = TestCase::model(*m_file);
    demo.setCase(m_model.get());
    QVERIFY2(!demo.summary()->text().contains(QStringLiteral("may not know")),
             qPrintable(demo.summary()->text()));
}

QTEST_MAIN(TestBookPane)
#include "tst_bookpane.moc"
