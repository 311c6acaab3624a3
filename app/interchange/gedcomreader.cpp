// SPDX-License-Identifier: GPL-3.0-or-later
#include "gedcomreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {

// ANSEL (ANSI/NISO Z39.47), GEDCOM 5.5's own character set: 0xA1–0xC8 are letters and signs,
// 0xE0–0xFE are accents written *before* the letter they go on.
char16_t anselSpecial(uchar c)
{
    static const char16_t table[] = {
        0x0141, 0x00D8, 0x0110, 0x00DE, 0x00C6, 0x0152, 0x02B9, 0x00B7, // A1–A8
        0x266D, 0x00AE, 0x00B1, 0x01A0, 0x01AF, 0x02BC, 0xFFFD, 0x02BB, // A9–B0
        0x0142, 0x00F8, 0x0111, 0x00FE, 0x00E6, 0x0153, 0x02BA, 0x0131, // B1–B8
        0x00A3, 0x00F0, 0xFFFD, 0x01A1, 0x01B0, 0xFFFD, 0xFFFD, 0x00B0, // B9–C0
        0x2113, 0x2117, 0x00A9, 0x266F, 0x00BF, 0x00A1, 0x00DF, 0x20AC, // C1–C8
    };
    return c >= 0xA1 && c <= 0xC8 ? table[c - 0xA1] : 0xFFFD;
}

char16_t anselAccent(uchar c)
{
    static const char16_t table[] = {
        0x0309, 0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x0306, 0x0307, // E0–E7
        0x0308, 0x030C, 0x030A, 0xFE20, 0xFE21, 0x0315, 0x030B, 0x0310, // E8–EF
        0x0327, 0x0328, 0x0323, 0x0324, 0x0325, 0x0333, 0x0332, 0x0326, // F0–F7
        0x031C, 0x032E, 0xFE22, 0xFE23, 0xFFFD, 0xFFFD, 0x0313,         // F8–FE
    };
    return c >= 0xE0 && c <= 0xFE ? table[c - 0xE0] : 0;
}

QString fromAnsel(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    QString accents; // waiting for their letter
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if (const char16_t accent = anselAccent(c)) {
            accents += QChar(accent);
            continue;
        }
        if (c < 0x80)
            out += QLatin1Char(char(c));
        else
            out += QChar(anselSpecial(c));
        out += accents;
        accents.clear();
    }
    out += accents;
    return out.normalized(QString::NormalizationForm_C);
}

QString fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        out += (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

// The header's CHAR value, read from the first lines as plain ASCII.
QString declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression charLine(QStringLiteral("^\\s*1\\s+CHAR\\s+(\\S+)"),
                                             QRegularExpression::MultilineOption);
    const QString head = QString::fromLatin1(bytes.left(8192));
    const QRegularExpressionMatch m = charLine.match(head);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

struct Node
{
    int line = 0;
    QString xref;
    QString tag;
    QString value;
    QList<Node> children;

    const Node *first(QLatin1String t) const
    {
        for (const Node &n : children) {
            if (n.tag == t)
                return &n;
        }
        return nullptr;
    }
};

const QHash<QString, int> &months()
{
    static const QHash<QString, int> m = {
        {QStringLiteral("JAN"), 1},  {QStringLiteral("FEB"), 2},  {QStringLiteral("MAR"), 3},
        {QStringLiteral("APR"), 4},  {QStringLiteral("MAY"), 5},  {QStringLiteral("JUN"), 6},
        {QStringLiteral("JUL"), 7},  {QStringLiteral("AUG"), 8},  {QStringLiteral("SEP"), 9},
        {QStringLiteral("OCT"), 10}, {QStringLiteral("NOV"), 11}, {QStringLiteral("DEC"), 12}};
    return m;
}

// "12 MAR 1950", "MAR 1950", "1950", "1750/51" (the later year, as the new style counts it).
std::optional<FuzzyDate::Point> point(const QStringList &words)
{
    if (words.isEmpty() || words.size() > 3)
        return std::nullopt;
    QString yearText = words.last();
    int year = 0;
    bool ok = false;
    if (const qsizetype slash = yearText.indexOf(QLatin1Char('/')); slash > 0) {
        const int first = yearText.left(slash).toInt(&ok);
        const QString tail = yearText.mid(slash + 1);
        if (!ok || tail.isEmpty() || tail.size() > 2)
            return std::nullopt;
        const int last = tail.toInt(&ok);
        year = first + 1;
        if (!ok || (first + 1) % (tail.size() == 1 ? 10 : 100) != last)
            return std::nullopt;
    } else {
        year = yearText.toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    FuzzyDate::Point p;
    p.year = year;
    p.precision = FuzzyDate::Precision::Year;
    if (words.size() >= 2) {
        const int month = months().value(words[words.size() - 2], 0);
        if (month == 0)
            return std::nullopt;
        p.month = month;
        p.precision = FuzzyDate::Precision::Month;
    }
    if (words.size() == 3) {
        const int day = words[0].toInt(&ok);
        if (!ok)
            return std::nullopt;
        p.day = day;
        p.precision = FuzzyDate::Precision::Day;
    }
    if (!p.isValid())
        return std::nullopt;
    return p;
}

GedcomReader::Pedigree pedigreeFrom(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("BIRTH"))
        return GedcomReader::Pedigree::Birth;
    if (t == QLatin1String("ADOPTED"))
        return GedcomReader::Pedigree::Adopted;
    if (t == QLatin1String("FOSTER"))
        return GedcomReader::Pedigree::Foster;
    if (t == QLatin1String("SEALING"))
        return GedcomReader::Pedigree::Sealing;
    if (t == QLatin1String("STEP")) // not in the standard, but written by common programs
        return GedcomReader::Pedigree::Step;
    if (t == QLatin1String("OTHER"))
        return GedcomReader::Pedigree::Other;
    return GedcomReader::Pedigree::Unknown;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(GedcomReader)

public:
    explicit Parser(GedcomReader::Result &r)
        : m_r(r)
    {}

    void problem(int line, const QString &message)
    {
        m_r.problems << GedcomReader::Problem{line, message};
    }

    QList<Node> tree(const QString &text);
    void individual(const Node &n);
    void family(const Node &n);
    FuzzyDate dateOf(const Node &event);
    void link();

private:
    GedcomReader::Result &m_r;
};

QList<Node> Parser::tree(const QString &text)
{
    static const QRegularExpression lineRx(
        QStringLiteral("^\\s*(\\d{1,2})\\s+(?:(@[^@\\s]+@)\\s+)?([A-Za-z0-9_]+)(?: (.*))?$"));
    QList<Node> roots;
    QList<Node *> stack; // the open node at each level
    const QList<QStringView> lines =
        QStringView(text).split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    int number = 0;
    for (QStringView raw : lines) {
        ++number;
        if (raw.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = lineRx.match(raw.toString());
        if (!m.hasMatch()) {
            problem(number, tr("Line %1 is not a GEDCOM line, so it was skipped.").arg(number));
            continue;
        }
        const int level = m.captured(1).toInt();
        Node node{number, m.captured(2), m.captured(3).toUpper(), m.captured(4), {}};
        if (node.value.startsWith(QLatin1String("@@"))) // a value that begins with "@"
            node.value.remove(0, 1);
        if (level == 0) {
            roots << node;
            stack = {&roots.last()};
            continue;
        }
        if (stack.isEmpty() || level > stack.size()) {
            problem(number, tr("Line %1 is nested deeper than the line before allows, so it was "
                               "skipped.")
                                .arg(number));
            continue;
        }
        stack.resize(level);
        Node *parent = stack.last();
        if (node.tag == QLatin1String("CONT")) {
            parent->value += QLatin1Char('\n') + node.value;
            continue;
        }
        if (node.tag == QLatin1String("CONC")) {
            parent->value += node.value;
            continue;
        }
        parent->children << node;
        stack << &parent->children.last();
    }
    m_r.lines = number;
    return roots;
}

FuzzyDate Parser::dateOf(const Node &event)
{
    const Node *d = event.first(QLatin1String("DATE"));
    if (!d || d->value.trimmed().isEmpty())
        return {};
    if (const auto date = GedcomReader::date(d->value))
        return *date;
    problem(d->line, tr("Line %1: the date “%2” could not be read; it was left out.")
                         .arg(d->line)
                         .arg(d->value.trimmed().left(80)));
    return {};
}

void Parser::individual(const Node &n)
{
    GedcomReader::Individual p;
    p.xref = n.xref;
    p.line = n.line;
    for (const Node &c : n.children) {
        if (c.tag == QLatin1String("NAME") && p.name.isEmpty() && p.given.isEmpty()) {
            const QString v = c.value.trimmed();
            const qsizetype open = v.indexOf(QLatin1Char('/'));
            const qsizetype close = open < 0 ? -1 : v.indexOf(QLatin1Char('/'), open + 1);
            if (open >= 0) {
                p.given = v.left(open).simplified();
                p.surname = v.mid(open + 1, (close < 0 ? v.size() : close) - open - 1).simplified();
            } else {
                p.given = v.simplified();
            }
            QString whole = v;
            whole.remove(QLatin1Char('/'));
            p.name = whole.simplified();
            if (const Node *g = c.first(QLatin1String("GIVN")))
                p.given = g->value.simplified();
            if (const Node *s = c.first(QLatin1String("SURN")))
                p.surname = s->value.simplified();
        } else if (c.tag == QLatin1String("SEX")) {
            const QString s = c.value.trimmed().toUpper();
            p.sex = s == QLatin1String("F")   ? GedcomReader::Sex::Female
                    : s == QLatin1String("M") ? GedcomReader::Sex::Male
                    : s == QLatin1String("X") ? GedcomReader::Sex::Other
                                              : GedcomReader::Sex::Unknown;
        } else if (c.tag == QLatin1String("BIRT")) {
            if (p.born.isUnknown())
                p.born = dateOf(c);
        } else if (c.tag == QLatin1String("DEAT")) {
            p.deceased = true;
            if (p.died.isUnknown())
                p.died = dateOf(c);
        } else if (c.tag == QLatin1String("FAMC")) {
            GedcomReader::FamilyLink link{c.value.trimmed(), GedcomReader::Pedigree::Unknown};
            if (const Node *pedi = c.first(QLatin1String("PEDI")))
                link.pedigree = pedigreeFrom(pedi->value);
            p.childOf << link;
        } else if (c.tag == QLatin1String("ADOP")) {
            // An adoption event names the family that adopted them.
            if (const Node *famc = c.first(QLatin1String("FAMC"))) {
                const QString family = famc->value.trimmed();
                bool found = false;
                for (GedcomReader::FamilyLink &l : p.childOf) {
                    if (l.family == family) {
                        l.pedigree = GedcomReader::Pedigree::Adopted;
                        found = true;
                    }
                }
                if (!found)
                    p.childOf << GedcomReader::FamilyLink{family, GedcomReader::Pedigree::Adopted};
            }
        }
    }
    m_r.people << p;
}

void Parser::family(const Node &n)
{
    GedcomReader::Family f;
    f.xref = n.xref;
    f.line = n.line;
    for (const Node &c : n.children) {
        if (c.tag == QLatin1String("HUSB") && f.husband.isEmpty())
            f.husband = c.value.trimmed();
        else if (c.tag == QLatin1String("WIFE") && f.wife.isEmpty())
            f.wife = c.value.trimmed();
        else if (c.tag == QLatin1String("CHIL") && !f.children.contains(c.value.trimmed()))
            f.children << c.value.trimmed();
        else if (c.tag == QLatin1String("MARR") && !f.married) {
            f.married = true;
            f.marriedOn = dateOf(c);
        } else if (c.tag == QLatin1String("DIV") && !f.divorced) {
            f.divorced = true;
            f.divorcedOn = dateOf(c);
        } else if (c.tag == QLatin1String("ENGA") && !f.engaged) {
            f.engaged = true;
            f.engagedOn = dateOf(c);
        }
    }
    m_r.families << f;
}

// Every link points at someone in the file, both sides agree, and nobody is their own ancestor.
void Parser::link()
{
    QHash<QString, int> people;
    for (int i = 0; i < m_r.people.size(); ++i)
        people.insert(m_r.people[i].xref, i);
    QHash<QString, int> families;
    for (int i = 0; i < m_r.families.size(); ++i)
        families.insert(m_r.families[i].xref, i);

    for (GedcomReader::Family &f : m_r.families) {
        for (QString *spouse : {&f.husband, &f.wife}) {
            if (!spouse->isEmpty() && !people.contains(*spouse)) {
                problem(f.line, tr("Line %1: a family names %2, who is not in the file.")
                                    .arg(f.line)
                                    .arg(*spouse));
                spouse->clear();
            }
        }
        QStringList kept;
        for (const QString &child : std::as_const(f.children)) {
            if (!people.contains(child)) {
                problem(f.line, tr("Line %1: a family names %2, who is not in the file.")
                                    .arg(f.line)
                                    .arg(child));
                continue;
            }
            kept << child;
            GedcomReader::Individual &p = m_r.people[people.value(child)];
            const bool linked = std::any_of(p.childOf.cbegin(), p.childOf.cend(),
                                            [&f](const auto &l) { return l.family == f.xref; });
            if (!linked)
                p.childOf << GedcomReader::FamilyLink{f.xref, GedcomReader::Pedigree::Unknown};
        }
        f.children = kept;
    }
    for (GedcomReader::Individual &p : m_r.people) {
        QList<GedcomReader::FamilyLink> kept;
        for (const GedcomReader::FamilyLink &l : std::as_const(p.childOf)) {
            if (!families.contains(l.family)) {
                problem(p.line, tr("Line %1: %2 is said to be a child of %3, which is not in the "
                                   "file.")
                                    .arg(p.line)
                                    .arg(p.name.isEmpty() ? p.xref : p.name, l.family));
                continue;
            }
            GedcomReader::Family &f = m_r.families[families.value(l.family)];
            if (!f.children.contains(p.xref))
                f.children << p.xref;
            kept << l;
        }
        p.childOf = kept;
    }

    // Someone their own ancestor: the link that closes the circle goes. Walked with a stack of
    // its own, so a hostile file of thousands of generations cannot exhaust the real one.
    enum Mark : quint8 { None, Open, Done };
    QList<Mark> marks(m_r.people.size(), None);
    struct Step
    {
        int person;
        qsizetype link = 0;
        int parent = 0; // 0 husband, 1 wife
    };
    for (int start = 0; start < m_r.people.size(); ++start) {
        if (marks[start] != None)
            continue;
        QList<Step> stack = {{start}};
        marks[start] = Open;
        while (!stack.isEmpty()) {
            Step &step = stack.last();
            GedcomReader::Individual &p = m_r.people[step.person];
            if (step.link >= p.childOf.size()) {
                marks[step.person] = Done;
                stack.removeLast();
                continue;
            }
            GedcomReader::Family &f = m_r.families[families.value(p.childOf[step.link].family)];
            if (step.parent > 1) {
                ++step.link;
                step.parent = 0;
                continue;
            }
            const QString parent = step.parent == 0 ? f.husband : f.wife;
            ++step.parent;
            if (parent.isEmpty())
                continue;
            const int j = people.value(parent);
            if (marks[j] == Open) {
                problem(p.line, tr("Line %1: %2 would be their own ancestor; that link was "
                                   "left out.")
                                    .arg(p.line)
                                    .arg(p.name.isEmpty() ? p.xref : p.name));
                f.children.removeAll(p.xref);
                p.childOf.removeAt(step.link);
                step.parent = 0;
            } else if (marks[j] == None) {
                marks[j] = Open;
                stack << Step{j};
            }
        }
    }
}

} // namespace

QString GedcomReader::decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    const bool le =
        bytes.startsWith("\xFF\xFE") || (bytes.size() > 1 && bytes[0] == '0' && bytes[1] == 0);
    const bool be =
        bytes.startsWith("\xFE\xFF") || (bytes.size() > 1 && bytes[0] == 0 && bytes[1] == '0');
    if (le || be) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return QString(decoder(bytes)).remove(QChar(0xFEFF));
    }
    const QString declared = declaredCharset(bytes);
    if (declared == QLatin1String("ANSEL")) {
        *encoding = QStringLiteral("ANSEL");
        return fromAnsel(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString asUtf8 = utf8(bytes);
    if (declared == QLatin1String("ANSI") || declared == QLatin1String("IBMPC") ||
        (utf8.hasError() && declared != QLatin1String("UTF-8"))) {
        *encoding = QStringLiteral("ANSI");
        return fromWindows1252(bytes);
    }
    *encoding = QStringLiteral("UTF-8");
    return asUtf8;
}

std::optional<FuzzyDate> GedcomReader::date(const QString &given)
{
    QString text = given.trimmed().toUpper();
    // Calendar escapes (5.5.1) and names (7.0): only the Gregorian calendar is kept as written.
    text.remove(QStringLiteral("@#DGREGORIAN@")).remove(QStringLiteral("GREGORIAN "));
    if (text.contains(QLatin1Char('@')) || text.startsWith(QLatin1String("JULIAN")) ||
        text.startsWith(QLatin1String("HEBREW")) || text.startsWith(QLatin1String("FRENCH_R")))
        return std::nullopt;
    // "INT 1950 (about then)": the date, without the words.
    if (const qsizetype paren = text.indexOf(QLatin1Char('(')); paren >= 0)
        text = text.left(paren);
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    const QString head = words.takeFirst();
    const auto one = [&](const QStringList &w) { return point(w); };
    if (head == QLatin1String("ABT") || head == QLatin1String("CAL") ||
        head == QLatin1String("EST")) {
        if (const auto p = one(words))
            return FuzzyDate::about(*p);
        return std::nullopt;
    }
    if (head == QLatin1String("BEF") || head == QLatin1String("TO")) {
        if (const auto p = one(words))
            return FuzzyDate::before(*p);
        return std::nullopt;
    }
    if (head == QLatin1String("AFT")) {
        if (const auto p = one(words))
            return FuzzyDate::after(*p);
        return std::nullopt;
    }
    if (head == QLatin1String("BET") || head == QLatin1String("FROM")) {
        const QLatin1String joiner(head == QLatin1String("BET") ? "AND" : "TO");
        const qsizetype at = words.indexOf(joiner);
        if (at < 0) {
            if (head == QLatin1String("FROM")) // a period with no end: from then on
                if (const auto p = one(words))
                    return FuzzyDate::after(*p);
            return std::nullopt;
        }
        const auto first = one(words.mid(0, at));
        const auto last = one(words.mid(at + 1));
        if (!first || !last || last->latest() < first->earliest())
            return std::nullopt;
        return FuzzyDate::between(*first, *last);
    }
    if (head == QLatin1String("INT"))
        return date(words.join(QLatin1Char(' ')));
    words.prepend(head);
    if (const auto p = one(words))
        return FuzzyDate::exact(*p);
    return std::nullopt;
}

GedcomReader::Result GedcomReader::read(const QByteArray &bytes)
{
    Result r;
    Parser parser(r);
    if (bytes.size() > kMaxBytes) {
        parser.problem(0, tr("The file is too big to be a family tree (more than 64 MB); "
                             "nothing was read."));
        return r;
    }
    const QString text = decode(bytes, &r.encoding);
    const QList<Node> roots = parser.tree(text);
    bool ended = false;
    QSet<QString> seen;
    for (const Node &n : roots) {
        if (n.tag == QLatin1String("HEAD")) {
            if (const Node *gedc = n.first(QLatin1String("GEDC")))
                if (const Node *vers = gedc->first(QLatin1String("VERS")))
                    r.version = vers->value.trimmed();
            continue;
        }
        if (n.tag == QLatin1String("TRLR")) {
            ended = true;
            continue;
        }
        if (n.tag != QLatin1String("INDI") && n.tag != QLatin1String("FAM"))
            continue; // sources, notes, media, submitters: not part of the family's shape
        if (n.xref.isEmpty()) {
            parser.problem(n.line,
                           tr("Line %1: a record without its @id@ was skipped.").arg(n.line));
            continue;
        }
        if (seen.contains(n.xref)) {
            parser.problem(
                n.line,
                tr("Line %1: a second record called %2 was skipped.").arg(n.line).arg(n.xref));
            continue;
        }
        seen.insert(n.xref);
        if (n.tag == QLatin1String("INDI"))
            parser.individual(n);
        else
            parser.family(n);
    }
    if (!roots.isEmpty() && !ended)
        parser.problem(0, tr("The file ends before its last line (TRLR): it may have been cut "
                             "short. Everything before that was read."));
    if (roots.isEmpty())
        parser.problem(0, tr("There is no family tree in this file."));
    parser.link();
    return r;
}
