// SPDX-License-Identifier: GPL-3.0-or-later
// Reading GEDCOM: every date form the standard has, a real-looking family with a divorce, an
// adoption and a death, the four character sets, and files that are broken in each way a file
// from another program can be — read as far as they go, with each problem's line.
#include "gedcomreader.h"
#include "gedcomwriter.h"

#include <QStringEncoder>
#include <QTest>

using G = GedcomReader;

namespace {

QByteArray lines(std::initializer_list<const char *> list)
{
    QByteArray out;
    for (const char *l : list)
        out += QByteArray(l) + "\r\n";
    return out;
}

const G::Individual *named(const G::Result &r, const QString &given)
{
    for (const G::Individual &p : r.people) {
        if (p.given == given)
            return &p;
    }
    return nullptr;
}

QString problems(const G::Result &r)
{
    QStringList out;
    for (const G::Problem &p : r.problems)
        out << p.message;
    return out.join(u'|');
}

} // namespace

class TestGedcomReader : public QObject
{
    Q_OBJECT

private slots:
    void datesReadAsPeopleMeantThem_data();
    void datesReadAsPeopleMeantThem();
    void aFamilyWithADivorceAnAdoptionAndADeath();
    void gedcom7SexXAndCapitalPedigrees();
    void eachCharacterSetIsRead();
    void brokenFilesAreReadAsFarAsTheyGoWithLineNumbers();
    void someoneTheirOwnAncestorIsCaught();
    void aHundredThousandLinesAreRead();
    void tenThousandGenerationsAreWalkedWithoutRunningOutOfStack();
    void writtenAndReadBackTheFamilyIsTheSame();
    void datesAreWrittenAsGedcomSaysThem_data();
    void datesAreWrittenAsGedcomSaysThem();
};

void TestGedcomReader::datesReadAsPeopleMeantThem_data()
{
    QTest::addColumn<QString>("gedcom");
    QTest::addColumn<QString>("stored"); // FuzzyDate's storage text; empty: not readable
    QTest::newRow("day") << "12 MAR 1950"
                         << "1950-03-12";
    QTest::newRow("month") << "MAR 1950"
                           << "1950-03";
    QTest::newRow("year") << "1950"
                          << "1950";
    QTest::newRow("about") << "ABT 1950"
                           << "~1950";
    QTest::newRow("calculated") << "CAL JUN 1950"
                                << "~1950-06";
    QTest::newRow("estimated") << "EST 1950"
                               << "~1950";
    QTest::newRow("before") << "BEF 1 JAN 1900"
                            << "<1900-01-01";
    QTest::newRow("after") << "AFT 1900"
                           << ">1900";
    QTest::newRow("between") << "BET 1901 AND MAY 1903"
                             << "1901..1903-05";
    QTest::newRow("from to") << "FROM 1901 TO 1903"
                             << "1901..1903";
    QTest::newRow("from") << "FROM 1901"
                          << ">1901";
    QTest::newRow("to") << "TO 1905"
                        << "<1905";
    QTest::newRow("interpreted") << "INT 1950 (about then)"
                                 << "1950";
    QTest::newRow("dual year") << "1799/00"
                               << "1800";
    QTest::newRow("before 1800") << "1750"
                                 << ""; // older than a FuzzyDate keeps
    QTest::newRow("gregorian escape") << "@#DGREGORIAN@ 3 JUL 1990"
                                      << "1990-07-03";
    QTest::newRow("lower case") << "abt 1950"
                                << "~1950";
    QTest::newRow("no such day") << "32 MAR 1950"
                                 << "";
    QTest::newRow("month alone") << "MAR"
                                 << "";
    QTest::newRow("no such month") << "FOO 1950"
                                   << "";
    QTest::newRow("backwards") << "BET 1903 AND 1901"
                               << "";
    QTest::newRow("julian") << "@#DJULIAN@ 1700"
                            << "";
    QTest::newRow("words only") << "(unknown)"
                                << "";
    QTest::newRow("dual year nonsense") << "1750/99"
                                        << "";
}

void TestGedcomReader::datesReadAsPeopleMeantThem()
{
    QFETCH(QString, gedcom);
    QFETCH(QString, stored);
    const auto date = G::date(gedcom);
    QCOMPARE(date.has_value(), !stored.isEmpty());
    if (date)
        QCOMPARE(date->toStorage(), stored);
}

void TestGedcomReader::aFamilyWithADivorceAnAdoptionAndADeath()
{
    const G::Result r = G::read(lines({"0 HEAD",
                                       "1 GEDC",
                                       "2 VERS 5.5.1",
                                       "1 CHAR UTF-8",
                                       "0 @I1@ INDI",
                                       "1 NAME Maisie /Clarke/",
                                       "1 SEX F",
                                       "1 BIRT",
                                       "2 DATE 14 JUN 2016",
                                       "1 FAMC @F1@",
                                       "0 @I2@ INDI",
                                       "1 NAME Tyler /Clarke/",
                                       "1 SEX M",
                                       "1 FAMC @F1@",
                                       "0 @I3@ INDI",
                                       "1 NAME Ruby /Clarke/",
                                       "1 SEX F",
                                       "1 FAMC @F1@",
                                       "2 PEDI birth",
                                       "1 FAMC @F3@",
                                       "2 PEDI adopted",
                                       "0 @I4@ INDI",
                                       "1 NAME Lisa /Clarke/",
                                       "1 SEX F",
                                       "1 FAMS @F1@",
                                       "1 FAMC @F2@",
                                       "0 @I5@ INDI",
                                       "1 NAME Dean /Marsh/",
                                       "1 SEX M",
                                       "1 FAMS @F1@",
                                       "0 @I6@ INDI",
                                       "1 NAME Pat /Clarke/",
                                       "1 SEX F",
                                       "0 @I7@ INDI",
                                       "1 NAME Ron /Clarke/",
                                       "1 SEX M",
                                       "1 DEAT",
                                       "2 DATE ABT 2019",
                                       "0 @I8@ INDI",
                                       "1 NAME Sue /Owen/",
                                       "1 SEX F",
                                       "0 @I9@ INDI",
                                       "1 NAME Jon /Hale/",
                                       "1 SEX M",
                                       "0 @F1@ FAM",
                                       "1 HUSB @I5@",
                                       "1 WIFE @I4@",
                                       "1 CHIL @I1@",
                                       "1 CHIL @I2@",
                                       "1 CHIL @I3@",
                                       "1 MARR",
                                       "2 DATE 2010",
                                       "1 DIV",
                                       "2 DATE BEF 2019",
                                       "0 @F2@ FAM",
                                       "1 HUSB @I7@",
                                       "1 WIFE @I6@",
                                       "1 CHIL @I4@",
                                       "0 @F3@ FAM",
                                       "1 HUSB @I9@",
                                       "1 WIFE @I8@",
                                       "0 TRLR"}));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
    QCOMPARE(r.version, QStringLiteral("5.5.1"));
    QCOMPARE(r.people.size(), 9);
    QCOMPARE(r.families.size(), 3);
    const G::Individual *maisie = named(r, QStringLiteral("Maisie"));
    QVERIFY(maisie);
    QCOMPARE(maisie->surname, QStringLiteral("Clarke"));
    QCOMPARE(maisie->name, QStringLiteral("Maisie Clarke"));
    QCOMPARE(maisie->sex, G::Sex::Female);
    QCOMPARE(maisie->born.toStorage(), QStringLiteral("2016-06-14"));
    const G::Individual *ruby = named(r, QStringLiteral("Ruby"));
    QCOMPARE(ruby->childOf.size(), 2);
    QCOMPARE(ruby->childOf[0].pedigree, G::Pedigree::Birth);
    QCOMPARE(ruby->childOf[1].family, QStringLiteral("@F3@"));
    QCOMPARE(ruby->childOf[1].pedigree, G::Pedigree::Adopted);
    // The adopters' family lists her though their record did not.
    QVERIFY(r.families[2].children.contains(QStringLiteral("@I3@")));
    const G::Individual *ron = named(r, QStringLiteral("Ron"));
    QVERIFY(ron->deceased);
    QCOMPARE(ron->died.toStorage(), QStringLiteral("~2019"));
    QVERIFY(r.families[0].divorced);
    QCOMPARE(r.families[0].divorcedOn.toStorage(), QStringLiteral("<2019"));
    QCOMPARE(r.families[0].marriedOn.toStorage(), QStringLiteral("2010"));
    QVERIFY(!r.families[2].married);
}

void TestGedcomReader::gedcom7SexXAndCapitalPedigrees()
{
    const G::Result r = G::read(
        lines({"0 HEAD", "1 GEDC", "2 VERS 7.0", "0 @A@ INDI", "1 NAME Alex /Rowe/", "1 SEX X",
               "1 FAMC @F@", "2 PEDI FOSTER", "0 @B@ INDI", "1 NAME Sam", "1 SEX U", "0 @F@ FAM",
               "1 WIFE @B@", "1 ENGA", "2 DATE FROM 2020 TO 2021", "0 TRLR"}));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
    QCOMPARE(r.version, QStringLiteral("7.0"));
    QCOMPARE(r.people[0].sex, G::Sex::Other);
    QCOMPARE(r.people[1].sex, G::Sex::Unknown);
    QCOMPARE(r.people[1].surname, QString());
    QCOMPARE(r.people[0].childOf.first().pedigree, G::Pedigree::Foster);
    QVERIFY(r.families[0].engaged);
    QCOMPARE(r.families[0].engagedOn.toStorage(), QStringLiteral("2020..2021"));
}

void TestGedcomReader::eachCharacterSetIsRead()
{
    // UTF-16 with its byte-order mark.
    const QString text =
        QStringLiteral("0 HEAD\n1 CHAR UNICODE\n0 @I1@ INDI\n1 NAME Zoë /Ó Brien/\n"
                       "0 TRLR\n");
    QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    G::Result r = G::read(toUtf16(text));
    QCOMPARE(r.encoding, QStringLiteral("UTF-16"));
    QCOMPARE(r.people.first().name, QStringLiteral("Zoë Ó Brien"));

    // ANSEL: the accent comes before its letter; Ł is a letter of its own.
    QByteArray ansel = lines({"0 HEAD", "1 CHAR ANSEL", "0 @I1@ INDI"});
    ansel += QByteArray("1 NAME Ren\xE2"
                        "e /\xA1"
                        "ukasz/\r\n0 TRLR\r\n");
    r = G::read(ansel);
    QCOMPARE(r.encoding, QStringLiteral("ANSEL"));
    QCOMPARE(r.people.first().given, QStringLiteral("René"));
    QCOMPARE(r.people.first().surname, QStringLiteral("Łukasz"));

    // ANSI (Windows-1252).
    QByteArray ansi = lines({"0 HEAD", "1 CHAR ANSI", "0 @I1@ INDI"});
    ansi += QByteArray("1 NAME Jos\xE9 /M\xFCller/\r\n0 TRLR\r\n");
    r = G::read(ansi);
    QCOMPARE(r.encoding, QStringLiteral("ANSI"));
    QCOMPARE(r.people.first().name, QStringLiteral("José Müller"));

    // UTF-8 with a byte-order mark, and a name carried over two lines.
    r = G::read("\xEF\xBB\xBF" +
                lines({"0 HEAD", "0 @I1@ INDI", "1 NAME Anna /Sm", "2 CONC ith/", "0 TRLR"}));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.people.first().surname, QStringLiteral("Smith"));
}

void TestGedcomReader::brokenFilesAreReadAsFarAsTheyGoWithLineNumbers()
{
    const G::Result r = G::read(lines({
        "0 HEAD",                                        // 1
        "0 @I1@ INDI", "1 NAME Amy /Lee/",               // 2-3
        "1 BIRT", "2 DATE 31 FEB 2001",                  // 4-5: no such day
        "this is not gedcom",                            // 6
        "4 NOTE too deep",                               // 7: level jumps
        "0 @I1@ INDI", "1 NAME Amy again",               // 8-9: the same id
        "0 INDI", "1 NAME No Id",                        // 10-11
        "0 @F1@ FAM", "1 HUSB @I404@", "1 CHIL @I1@",    // 12-14: someone not there
        "0 @I2@ INDI", "1 NAME Bo /Lee/", "1 FAMC @F9@", // 15-17: a family not there
        "1 _CUSTOM tag that nobody knows",               // 18: ignored
    }));
    const QString said = problems(r);
    QCOMPARE(r.people.size(), 2);
    QCOMPARE(r.families.size(), 1);
    for (const char *expected :
         {"Line 5: the date “31 FEB 2001”", "Line 6 is not a GEDCOM line",
          "Line 7 is nested deeper", "Line 8: a second record called @I1@",
          "Line 10: a record without its @id@", "Line 12: a family names @I404@",
          "Line 15: Bo Lee is said to be a child of @F9@", "cut short"})
        QVERIFY2(said.contains(QString::fromUtf8(expected)),
                 qPrintable(QString::fromUtf8(expected) + u'\n' + said));
    QVERIFY(r.families.first().husband.isEmpty());
    QCOMPARE(r.families.first().children, QStringList{QStringLiteral("@I1@")});
    QVERIFY(r.people[1].childOf.isEmpty());
    QVERIFY(r.people[0].born.isUnknown());

    // Not a family tree at all; nothing; and far too big (refused before it is decoded).
    QVERIFY(problems(G::read("just some words")).contains(QStringLiteral("not a GEDCOM line")));
    QVERIFY(problems(G::read(QByteArray())).contains(QStringLiteral("no family tree")));
    QByteArray huge = lines({"0 HEAD", "0 @I1@ INDI", "1 NAME Too /Big/"});
    huge.append(G::kMaxBytes, 'x');
    const G::Result tooBig = G::read(huge);
    QVERIFY(tooBig.people.isEmpty());
    QVERIFY(problems(tooBig).contains(QStringLiteral("too big")));
}

void TestGedcomReader::someoneTheirOwnAncestorIsCaught()
{
    const G::Result r =
        G::read(lines({"0 HEAD", "0 @A@ INDI", "1 NAME Ann", "1 FAMC @F2@", "0 @B@ INDI",
                       "1 NAME Ben", "1 FAMC @F1@", "0 @F1@ FAM", "1 HUSB @A@", "1 CHIL @B@",
                       "0 @F2@ FAM", "1 HUSB @B@", "1 CHIL @A@", "0 TRLR"}));
    QVERIFY2(problems(r).contains(QStringLiteral("their own ancestor")), qPrintable(problems(r)));
    // One link of the circle is gone; the other stays.
    int links = 0;
    for (const G::Individual &p : r.people)
        links += int(p.childOf.size());
    QCOMPARE(links, 1);
}

void TestGedcomReader::aHundredThousandLinesAreRead()
{
    QByteArray big = "0 HEAD\n1 CHAR UTF-8\n";
    constexpr int kPeople = 20000;
    for (int i = 0; i < kPeople; ++i)
        big += QByteArray("0 @I") + QByteArray::number(i) + "@ INDI\n1 NAME Person /Number" +
               QByteArray::number(i) + "/\n1 BIRT\n2 DATE ABT " +
               QByteArray::number(1900 + i % 100) + "\n1 SEX F\n";
    big += "0 TRLR\n";
    const G::Result r = G::read(big);
    QVERIFY(r.lines > 100000);
    QCOMPARE(r.people.size(), kPeople);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
}

void TestGedcomReader::tenThousandGenerationsAreWalkedWithoutRunningOutOfStack()
{
    // Each person the only child of the one before: a hostile file, not a family.
    QByteArray chain = "0 HEAD\n";
    constexpr int kGenerations = 10000;
    for (int i = 0; i < kGenerations; ++i) {
        chain += "0 @I" + QByteArray::number(i) + "@ INDI\n1 NAME P" + QByteArray::number(i) + "\n";
        if (i > 0)
            chain += "1 FAMC @F" + QByteArray::number(i - 1) + "@\n";
    }
    for (int i = 0; i + 1 < kGenerations; ++i)
        chain += "0 @F" + QByteArray::number(i) + "@ FAM\n1 HUSB @I" + QByteArray::number(i) +
                 "@\n1 CHIL @I" + QByteArray::number(i + 1) + "@\n";
    chain += "1 CHIL @I0@\n0 TRLR\n"; // and the last family claims the first: a circle
    const G::Result r = G::read(chain);
    QCOMPARE(r.people.size(), kGenerations);
    QVERIFY(problems(r).contains(QStringLiteral("their own ancestor")));
}

void TestGedcomReader::writtenAndReadBackTheFamilyIsTheSame()
{
    QList<G::Individual> people(5);
    people[0] = {QStringLiteral("@I1@"),
                 QStringLiteral("Maisie"),
                 QStringLiteral("Clarke"),
                 {},
                 G::Sex::Female,
                 FuzzyDate::day(2016, 6, 14),
                 {},
                 false,
                 {{QStringLiteral("@F1@"), G::Pedigree::Birth}},
                 0};
    people[1] = {QStringLiteral("@I2@"),
                 QStringLiteral("Ruby"),
                 QStringLiteral("Clarke"),
                 {},
                 G::Sex::Female,
                 FuzzyDate::year(2019),
                 {},
                 false,
                 {{QStringLiteral("@F1@"), G::Pedigree::Birth},
                  {QStringLiteral("@F2@"), G::Pedigree::Adopted}},
                 0};
    people[2] = {QStringLiteral("@I3@"),
                 QStringLiteral("Lisa"),
                 {},
                 {},
                 G::Sex::Female,
                 {},
                 {},
                 false,
                 {},
                 0};
    people[3] = {QStringLiteral("@I4@"),
                 QStringLiteral("Ron"),
                 QStringLiteral("Clarke"),
                 {},
                 G::Sex::Male,
                 FuzzyDate::season(1950, FuzzyDate::Season::Winter),
                 {},
                 true,
                 {},
                 0};
    people[4] = {QStringLiteral("@I5@"),
                 QStringLiteral("@lex"),
                 {},
                 {},
                 G::Sex::Other,
                 {},
                 FuzzyDate::about({FuzzyDate::Precision::Year, 2020}),
                 true,
                 {},
                 0};
    QList<G::Family> families(2);
    families[0].xref = QStringLiteral("@F1@");
    families[0].husband = QStringLiteral("@I4@");
    families[0].wife = QStringLiteral("@I3@");
    families[0].children = {QStringLiteral("@I1@"), QStringLiteral("@I2@")};
    families[0].married = true;
    families[0].marriedOn = FuzzyDate::month(2010, 5);
    families[0].divorced = true;
    families[1].xref = QStringLiteral("@F2@");
    families[1].wife = QStringLiteral("@I5@");
    families[1].children = {QStringLiteral("@I2@")};
    families[1].engaged = true;

    const QByteArray written = GedcomWriter::write(people, families);
    const G::Result back = G::read(written);
    QVERIFY2(back.problems.isEmpty(),
             qPrintable(problems(back) + u'\n' + QString::fromUtf8(written)));
    QCOMPARE(back.version, QStringLiteral("7.0"));
    QCOMPARE(back.people.size(), people.size());
    for (int i = 0; i < people.size(); ++i) {
        const G::Individual &a = people[i];
        const G::Individual &b = back.people[i];
        QCOMPARE(b.xref, a.xref);
        QCOMPARE(b.given, a.given);
        QCOMPARE(b.surname, a.surname);
        QCOMPARE(b.sex, a.sex);
        QCOMPARE(b.deceased, a.deceased);
        QCOMPARE(b.died.toStorage(), a.died.toStorage());
        QCOMPARE(b.childOf.size(), a.childOf.size());
        for (int l = 0; l < a.childOf.size(); ++l) {
            QCOMPARE(b.childOf[l].family, a.childOf[l].family);
            QCOMPARE(b.childOf[l].pedigree, a.childOf[l].pedigree);
        }
    }
    QCOMPARE(back.people[0].born.toStorage(), QStringLiteral("2016-06-14"));
    // A season has no GEDCOM word: it travels as the months it spans.
    QCOMPARE(back.people[3].born.toStorage(), QStringLiteral("1950-12..1951-02"));
    QCOMPARE(back.families.size(), 2);
    QCOMPARE(back.families[0].children, families[0].children);
    QCOMPARE(back.families[0].marriedOn.toStorage(), QStringLiteral("2010-05"));
    QVERIFY(back.families[0].divorced);
    QVERIFY(back.families[0].divorcedOn.isUnknown());
    QVERIFY(back.families[1].engaged && !back.families[1].married);
}

void TestGedcomReader::datesAreWrittenAsGedcomSaysThem_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("gedcom");
    QTest::newRow("day") << "1950-03-12"
                         << "12 MAR 1950";
    QTest::newRow("month") << "1950-03"
                           << "MAR 1950";
    QTest::newRow("about") << "~1950"
                           << "ABT 1950";
    QTest::newRow("before") << "<1900-01-01"
                            << "BEF 1 JAN 1900";
    QTest::newRow("after") << ">1900"
                           << "AFT 1900";
    QTest::newRow("between") << "1901..1903-05"
                             << "BET 1901 AND MAY 1903";
    QTest::newRow("summer") << "2015-summer"
                            << "BET JUN 2015 AND AUG 2015";
    QTest::newRow("unknown") << ""
                             << "";
}

void TestGedcomReader::datesAreWrittenAsGedcomSaysThem()
{
    QFETCH(QString, stored);
    QFETCH(QString, gedcom);
    const auto date = stored.isEmpty() ? FuzzyDate() : FuzzyDate::fromStorage(stored).value();
    QCOMPARE(GedcomWriter::date(date), gedcom);
    if (!gedcom.isEmpty() && !stored.contains(QLatin1String("summer")))
        QCOMPARE(G::date(gedcom)->toStorage(), stored);
}

QTEST_GUILESS_MAIN(TestGedcomReader)
#include "tst_gedcomreader.moc"
