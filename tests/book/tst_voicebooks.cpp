// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "bookexport.h"
#include "casecontentio.h"
#include "voicerepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What the child said reaches a printed book only where the child agreed, checked in the
// real PDFs with pdftotext.
class TestVoiceBooks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void eachEntryAppearsExactlyWhereTheChildAgreed_data();
    void eachEntryAppearsExactlyWhereTheChildAgreed();
    void theReviewPackQuotesAttributesAndAnswers();
    void aWithheldPersonNamedByTheChildIsReplaced();
    void aSavedBookIsForItsOwnerOnly();
    void aDrawingIsDescribedNotQuoted();
    void aVeryLongEntryGoesOverPagesWithoutLosingWords_data();
    void aVeryLongEntryGoesOverPagesWithoutLosingWords();

private:
    QString pdfText(Redaction::Audience audience, const QSet<ItemId> &withheld = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    CaseContent m_case;
};

namespace {
const QString kOnlyHome = QStringLiteral("Bubblegum fort under the stairs");
const QString kNotFamily = QStringLiteral("Worried about Mum shouting");
const QString kEveryone = QStringLiteral("Pancakes every Sunday please");
} // namespace

void TestVoiceBooks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = TestCase::create(m_dir->filePath(QStringLiteral("voice.belonging")));
    QVERIFY(m_file);
    m_case = CaseContent();
    m_case.child.knownAs = QStringLiteral("Maisie");
    m_case.child.fullName = QStringLiteral("Maisie Jones");
    Person helen;
    helen.id = 1;
    helen.fullName = QStringLiteral("Helen Price");
    helen.role = Person::Role::SocialWorker;
    Person sue;
    sue.id = 2;
    sue.fullName = QStringLiteral("Sue Baker");
    sue.knownAs = QStringLiteral("Sue");
    sue.role = Person::Role::FosterCarer;
    m_case.people << helen << sue;
    Event review;
    review.id = 1;
    review.type = Event::Type::Review;
    review.date = FuzzyDate::day(2026, 3, 20);
    review.title = QStringLiteral("Looked-after child review");
    m_case.events << review;

    auto entry = [this](const QString &words, quint8 audiences, int day) {
        VoiceEntry v;
        v.id = m_case.voice.size() + 1;
        v.date = FuzzyDate::day(2026, 3, day);
        v.words = words;
        v.audiences = audiences;
        m_case.voice << v;
        return &m_case.voice.last();
    };
    entry(kOnlyHome, VoiceEntry::MeAndCarer, 1);
    entry(kNotFamily,
          VoiceEntry::MeAndCarer | VoiceEntry::SocialWorker | VoiceEntry::ReviewsAndCourt, 2);
    VoiceEntry *answered = entry(kEveryone, VoiceEntry::kAllAudiences, 3);
    answered->given = VoiceEntry::Given::WrittenDownByAdult;
    answered->saidToId = 1;
    answered->writtenById = 1;
    answered->presentIds = {2};
    answered->readBack = VoiceEntry::ReadBack::Agreed;
    answered->readBackOn = QDate(2026, 3, 3);
    answered->answeredByEventId = 1;
    answered->outcome = VoiceEntry::Outcome::Done;
    answered->answer = QStringLiteral("The review agreed: pancakes on Sundays.");
    answered->toldToChild = true;
    answered->toldOn = QDate(2026, 3, 25);
    QVERIFY(!CaseContentIO::write(*m_file, m_case));
}

QString TestVoiceBooks::pdfText(Redaction::Audience audience, const QSet<ItemId> &withheld)
{
    BookOptions options;
    options.audience = audience;
    options.withheldPeople = withheld;
    options.preparedOn = QDate(2026, 4, 1);
    BookExport book(*m_file, options);
    if (book.prepare())
        return {};
    const QString path = m_dir->filePath(QStringLiteral("book.pdf"));
    if (!book.writePdf(path).isEmpty())
        return {};
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {path, QStringLiteral("-")});
    if (!text.waitForFinished(60000))
        return {};
    // Lines joined, so words wrapped in a table cell are found as a phrase.
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

void TestVoiceBooks::eachEntryAppearsExactlyWhereTheChildAgreed_data()
{
    QTest::addColumn<int>("audience");
    QTest::addColumn<bool>("onlyHome");
    QTest::addColumn<bool>("notFamily");
    QTest::addColumn<bool>("everyone");
    QTest::newRow("child's book") << int(Redaction::Audience::ChildBook) << true << true << true;
    QTest::newRow("family copy") << int(Redaction::Audience::Family) << false << false << true;
    QTest::newRow("review pack") << int(Redaction::Audience::Review) << false << true << true;
    QTest::newRow("court pack") << int(Redaction::Audience::Court) << false << true << true;
}

void TestVoiceBooks::eachEntryAppearsExactlyWhereTheChildAgreed()
{
    QFETCH(int, audience);
    QFETCH(bool, onlyHome);
    QFETCH(bool, notFamily);
    QFETCH(bool, everyone);
    const QString text = pdfText(Redaction::Audience(audience));
    QVERIFY(!text.isEmpty());
    QCOMPARE(text.contains(kOnlyHome), onlyHome);
    QCOMPARE(text.contains(kNotFamily), notFamily);
    QCOMPARE(text.contains(kEveryone), everyone);
    // Each at most once in the child's words (the court's own statement repeats only what
    // the child typed, drew or recorded, and none of these was).
    QVERIFY(text.count(kEveryone) <= 1);
}

void TestVoiceBooks::theReviewPackQuotesAttributesAndAnswers()
{
    const QString text = pdfText(Redaction::Audience::Review);
    QVERIFY(text.contains(QStringLiteral("Review pack")));
    QVERIFY(text.contains(QStringLiteral("The child's wishes and feelings in their own words")));
    QVERIFY(text.contains(QStringLiteral("“") + kEveryone + QStringLiteral("”")));
    QVERIFY2(text.contains(QStringLiteral("Said to Helen Price (social worker), with Sue Baker "
                                          "(foster carer) present.")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Written down by Helen Price (social worker).")));
    QVERIFY(text.contains(QStringLiteral("Read back and agreed on 3 March 2026.")));
    QVERIFY(text.contains(QStringLiteral("The review agreed: pancakes on Sundays.")));
    QVERIFY(text.contains(QStringLiteral("Told to Maisie on 25 March 2026.")));
    // Who Maisie agreed may see each thing, so nobody reads a worry out to her family.
    QVERIFY(text.contains(QStringLiteral("Maisie agreed it may be seen by:")));
    QCOMPARE(text.count(QStringLiteral("Not to be shared with the family.")), 1);
    // The worry was said before the review and never answered: it is waiting.
    QVERIFY(text.contains(QStringLiteral("Waiting for an answer")));
    QVERIFY(text.contains(QStringLiteral("no answer is recorded")));
    QVERIFY(text.contains(
        QStringLiteral("Waiting for an answer since Looked-after child review (20 March 2026).")));
    // In the child's own book the answer is there in their words, the record is not.
    const QString book = pdfText(Redaction::Audience::ChildBook);
    QVERIFY(book.contains(QStringLiteral("What I said, and what happened")));
    QVERIFY(book.contains(QStringLiteral("What happened: The review agreed: pancakes")));
    QVERIFY(!book.contains(QStringLiteral("Helen Price")));
}

void TestVoiceBooks::aWithheldPersonNamedByTheChildIsReplaced()
{
    VoiceEntry v = m_case.voice.last();
    v.words = QStringLiteral("Sue makes the best pancakes");
    QVERIFY(!VoiceRepository(*m_file).update(v));
    const QString text = pdfText(Redaction::Audience::Court, {2});
    QVERIFY(text.contains(QStringLiteral("[withheld] makes the best pancakes")));
    QVERIFY(!text.contains(QStringLiteral("Sue Baker")));
    QVERIFY(!text.contains(QStringLiteral("Sue ")));
}

// Seen by a new user: a described drawing was printed as the child's own words.
void TestVoiceBooks::aDrawingIsDescribedNotQuoted()
{
    VoiceEntry drawing = m_case.voice.last();
    drawing.given = VoiceEntry::Given::Drawn;
    drawing.words = QStringLiteral("A house with a big sun");
    QVERIFY(!VoiceRepository(*m_file).update(drawing));
    const QString pack = pdfText(Redaction::Audience::Review);
    QVERIFY(pack.contains(QStringLiteral("A drawing, described: A house with a big sun")));
    QVERIFY(!pack.contains(QStringLiteral("“A house with a big sun”")));
    QVERIFY(!pack.contains(QStringLiteral("The child's own statement")));
    const QString book = pdfText(Redaction::Audience::ChildBook);
    QVERIFY(book.contains(QStringLiteral("On 3 March 2026 I drew")));
    QVERIFY(!book.contains(QStringLiteral("“A house with a big sun”")));
}

// Seen by a new user: saved PDFs were -rw-r--r-- while the case file is owner-only.
void TestVoiceBooks::aSavedBookIsForItsOwnerOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("owner.pdf"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly)); // even over a file anyone could read
    existing.close();
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther));
    BookOptions options;
    options.audience = Redaction::Audience::Review;
    BookExport book(*m_file, options);
    QVERIFY(!book.prepare());
    QCOMPARE(book.writePdf(path), QString());
    const QFileDevice::Permissions perms = QFile::permissions(path);
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                       QFileDevice::WriteOther)));
    QVERIFY(perms & QFileDevice::ReadOwner);
}

void TestVoiceBooks::aVeryLongEntryGoesOverPagesWithoutLosingWords_data()
{
    QTest::addColumn<int>("audience");
    QTest::newRow("child's book") << int(Redaction::Audience::ChildBook);
    QTest::newRow("court pack") << int(Redaction::Audience::Court);
}

void TestVoiceBooks::aVeryLongEntryGoesOverPagesWithoutLosingWords()
{
    QFETCH(int, audience);
    // Four pages' worth of words, numbered so a lost line shows.
    QStringList words;
    for (int i = 1; i <= 900; ++i)
        words << QStringLiteral("w%1").arg(i);
    VoiceEntry v = m_case.voice.last();
    v.words = words.join(QLatin1Char(' '));
    QVERIFY(!VoiceRepository(*m_file).update(v));

    BookOptions options;
    options.audience = Redaction::Audience(audience);
    options.chronology = false;
    BookExport book(*m_file, options);
    QVERIFY(!book.prepare());
    // Nothing is drawn outside its page.
    const QSizeF page = book.model().size();
    for (const BookPage &p : book.model().pages) {
        for (const BookItem &item : p.items) {
            if (item.type == BookItem::Type::Text)
                QVERIFY2(item.rect.bottom() <= page.height() + 0.5, qPrintable(item.text));
        }
    }
    const QString text = pdfText(Redaction::Audience(audience));
    for (const QString &w : {QStringLiteral("w1"), QStringLiteral("w450"), QStringLiteral("w899"),
                             QStringLiteral("w900")})
        QVERIFY2(text.contains(QLatin1Char(' ') + w + QLatin1Char(' ')) ||
                     text.contains(QLatin1Char(' ') + w + QStringLiteral("”")) ||
                     text.contains(QStringLiteral("“") + w + QLatin1Char(' ')),
                 qPrintable(w));
    int found = 0;
    for (const QString &w : std::as_const(words))
        found += text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(w)));
    QCOMPARE(found, words.size());
}

QTEST_MAIN(TestVoiceBooks)
#include "tst_voicebooks.moc"
