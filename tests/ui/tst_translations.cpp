// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkspace.h"
#include "dialogs.h"
#include "ecomapdocument.h"
#include "ecomappane.h"
#include "eventdialog.h"
#include "languages.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "memorydialog.h"
#include "moveplandialog.h"
#include "passphrasedialog.h"
#include "persondialog.h"
#include "placementdialog.h"
#include "timelinepane.h"
#include "voiceanswerdialog.h"
#include "voicedocument.h"
#include "voiceentrydialog.h"
#include "voicepane.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTranslator>
#include <QXmlStreamReader>

#include <set>

namespace {

// One entry of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{
                context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus) {
                current.translations << xml.readElementText();
                out << current;
            } else {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
                out << current;
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// The placeholders a translation must keep: %1…%99 (also %L1), so the right value lands in the
// right place.
std::multiset<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+)"));
    std::multiset<QString> out;
    for (const auto &m : re.globalMatch(text))
        out.insert(m.captured(1));
    return out;
}

// Instead of a language, marks every translated text ⟦like this⟧. Whatever appears on screen
// without the marks never went through tr(), so no translator could ever reach it.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return QChar(0x27E6) + QString::fromUtf8(sourceText) + QChar(0x27E7);
    }
    bool isEmpty() const override { return false; }
};

// Text left once every marked part is taken away; it must hold no words.
QString unmarked(QString text)
{
    static const QRegularExpression marked(QStringLiteral("\u27E6[^\u27E6\u27E7]*\u27E7"));
    // Marked texts can nest (a translated name inside a translated sentence): peel inner first.
    for (qsizetype before = -1; before != text.size();) {
        before = text.size();
        text.remove(marked);
    }
    return text;
}

bool hasWords(const QString &text)
{
    // Dates and numbers come from the locale, which is translated by Qt's own data.
    QString rest = text;
    const QLocale locale;
    for (int m = 1; m <= 12; ++m) {
        rest.remove(locale.monthName(m), Qt::CaseInsensitive);
        rest.remove(locale.monthName(m, QLocale::ShortFormat), Qt::CaseInsensitive);
        rest.remove(locale.standaloneMonthName(m), Qt::CaseInsensitive);
    }
    for (int d = 1; d <= 7; ++d)
        rest.remove(locale.dayName(d), Qt::CaseInsensitive);
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
    return rest.contains(word);
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Collects every text a person could see or hear in a widget tree that has no mark.
class UnmarkedTexts
{
public:
    void allow(const QString &text) { m_allowed << text; }
    void allowWords(const QString &text)
    {
        static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
        for (const auto &m : word.globalMatch(text))
            m_allowedWords << m.captured();
    }

    void check(const QString &where, const QString &text)
    {
        const QString shown = plain(text);
        if (shown.isEmpty() || m_allowed.contains(shown))
            return;
        QString rest = unmarked(shown);
        for (const QString &w : m_allowedWords)
            rest.replace(
                QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(w))),
                QString());
        if (hasWords(rest))
            m_found << QStringLiteral("%1: \"%2\"").arg(where, shown.left(80));
    }

    void checkAction(QAction *action)
    {
        if (action->isSeparator())
            return;
        check(QStringLiteral("action"), action->text());
        if (action->toolTip() != action->text().remove(u'&'))
            check(QStringLiteral("action tooltip"), action->toolTip());
        check(QStringLiteral("action status tip"), action->statusTip());
        if (QMenu *menu = action->menu()) {
            check(QStringLiteral("menu"), menu->title());
            for (QAction *a : menu->actions())
                checkAction(a);
        }
    }

    void checkTree(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(root) && w != root)
                continue;
            const QString kind = QString::fromLatin1(w->metaObject()->className());
            if (w->isWindow())
                check(kind + QStringLiteral(" title"), w->windowTitle());
            check(kind + QStringLiteral(" tooltip"), w->toolTip());
            check(kind + QStringLiteral(" what's this"), w->whatsThis());
            check(kind + QStringLiteral(" accessible name"), w->accessibleName());
            check(kind + QStringLiteral(" accessible description"), w->accessibleDescription());
            if (auto *label = qobject_cast<QLabel *>(w))
                check(kind, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(kind, button->text());
            if (auto *box = qobject_cast<QGroupBox *>(w))
                check(kind, box->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(kind + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
                check(kind + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *edit = qobject_cast<QTextEdit *>(w))
                check(kind + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(kind + QStringLiteral(" item"), combo->itemText(i));
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(QStringLiteral("tab"), tabs->tabText(i));
                    check(QStringLiteral("tab tooltip"), tabs->tabToolTip(i));
                }
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                if (QAbstractItemModel *model = view->model()) {
                    for (int c = 0; c < model->columnCount(); ++c)
                        check(QStringLiteral("column"),
                              model->headerData(c, Qt::Horizontal).toString());
                    for (int r = 0; r < std::min(model->rowCount(), 50); ++r) {
                        for (int c = 0; c < model->columnCount(); ++c) {
                            const QModelIndex index = model->index(r, c);
                            check(kind + QStringLiteral(" cell"), index.data().toString());
                            check(kind + QStringLiteral(" cell tooltip"),
                                  index.data(Qt::ToolTipRole).toString());
                        }
                    }
                }
            }
            for (QAction *a : w->actions())
                checkAction(a);
        }
    }

    QStringList found() const { return m_found; }

private:
    QStringList m_allowed;
    QSet<QString> m_allowedWords;
    QStringList m_found;
};

// Literals in the code that reach people without tr(): found by reading the sources. A literal
// counts when it is passed to a call that shows text, or when it reads like a sentence; calls
// that wrap a literal for the computer (QStringLiteral, QLatin1String) are looked through.
struct Literal
{
    QString text;
    QString call; // innermost call that is not a mere wrapper
    int line = 0;
};

QList<Literal> literalsIn(const QString &code)
{
    static const QSet<QString> wrappers = {QStringLiteral("QStringLiteral"),
                                           QStringLiteral("QLatin1String"),
                                           QStringLiteral("QLatin1StringView"),
                                           QStringLiteral("QString"),
                                           QStringLiteral("fromUtf8"),
                                           QStringLiteral("fromLatin1"),
                                           QStringLiteral("QByteArray"),
                                           QStringLiteral("QByteArrayLiteral"),
                                           QStringLiteral("arg")};
    QList<Literal> out;
    QStringList calls; // the identifier before each open '('
    QString lastIdentifier;
    int line = 1;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = code.at(i);
        if (c == u'\n') {
            ++line;
            ++i;
            // Preprocessor lines (#include "x.h") are not text.
            qsizetype j = i;
            while (j < n && (code.at(j) == u' ' || code.at(j) == u'\t'))
                ++j;
            if (j < n && code.at(j) == u'#') {
                while (j < n && code.at(j) != u'\n')
                    ++j;
                i = j;
            }
            continue;
        }
        if (code.mid(i, 2) == u"//") {
            while (i < n && code.at(i) != u'\n')
                ++i;
            continue;
        }
        if (code.mid(i, 2) == u"/*") {
            const qsizetype end = code.indexOf(QStringLiteral("*/"), i + 2);
            line += code.mid(i, (end < 0 ? n : end) - i).count(u'\n');
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == u'\'') {
            ++i;
            while (i < n && code.at(i) != u'\'') {
                if (code.at(i) == u'\\')
                    ++i;
                ++i;
            }
            ++i;
            continue;
        }
        if (c == u'"') {
            Literal lit;
            lit.line = line;
            // Adjacent literals are one string.
            while (i < n && code.at(i) == u'"') {
                const bool raw = lastIdentifier.endsWith(u'R');
                ++i;
                if (raw) {
                    const qsizetype open = code.indexOf(u'(', i);
                    const QString close = u')' + code.mid(i, open - i) + u'"';
                    const qsizetype end = code.indexOf(close, open);
                    lit.text += code.mid(open + 1, end - open - 1);
                    line += code.mid(i, end - i).count(u'\n');
                    i = end + close.size();
                } else {
                    while (i < n && code.at(i) != u'"') {
                        if (code.at(i) == u'\\')
                            ++i;
                        lit.text += code.at(i);
                        ++i;
                    }
                    ++i;
                }
                lastIdentifier.clear();
                while (i < n && code.at(i).isSpace()) {
                    if (code.at(i) == u'\n')
                        ++line;
                    ++i;
                }
            }
            for (auto it = calls.crbegin(); it != calls.crend(); ++it) {
                if (!wrappers.contains(*it)) {
                    lit.call = *it;
                    break;
                }
            }
            out << lit;
            continue;
        }
        if (c.isLetter() || c == u'_') {
            const qsizetype start = i;
            while (i < n && (code.at(i).isLetterOrNumber() || code.at(i) == u'_'))
                ++i;
            lastIdentifier = code.mid(start, i - start);
            continue;
        }
        if (c == u'(') {
            calls << lastIdentifier;
        } else if (c == u')') {
            if (!calls.isEmpty())
                calls.removeLast();
        } else if (c == u';' || c == u'{' || c == u'}') {
            calls.clear(); // a statement ends; recover from anything the scan misread
        }
        if (!c.isSpace())
            lastIdentifier.clear();
        ++i;
    }
    return out;
}

const QSet<QString> &translatingCalls()
{
    static const QSet<QString> calls = {QStringLiteral("tr"),
                                        QStringLiteral("translate"),
                                        QStringLiteral("QT_TR_NOOP"),
                                        QStringLiteral("QT_TR_N_NOOP"),
                                        QStringLiteral("QT_TRANSLATE_NOOP"),
                                        QStringLiteral("QT_TRANSLATE_N_NOOP"),
                                        QStringLiteral("QT_TRANSLATE_NOOP3")};
    return calls;
}

// Calls whose text argument is shown to people.
const QSet<QString> &showingCalls()
{
    static const QSet<QString> calls = {QStringLiteral("setText"),
                                        QStringLiteral("setWindowTitle"),
                                        QStringLiteral("setToolTip"),
                                        QStringLiteral("setStatusTip"),
                                        QStringLiteral("setWhatsThis"),
                                        QStringLiteral("setPlaceholderText"),
                                        QStringLiteral("setAccessibleName"),
                                        QStringLiteral("setAccessibleDescription"),
                                        QStringLiteral("setTitle"),
                                        QStringLiteral("setLabelText"),
                                        QStringLiteral("setItemText"),
                                        QStringLiteral("addItem"),
                                        QStringLiteral("addItems"),
                                        QStringLiteral("insertItem"),
                                        QStringLiteral("addTab"),
                                        QStringLiteral("insertTab"),
                                        QStringLiteral("setTabText"),
                                        QStringLiteral("addAction"),
                                        QStringLiteral("addMenu"),
                                        QStringLiteral("addButton"),
                                        QStringLiteral("addRow"),
                                        QStringLiteral("showMessage"),
                                        QStringLiteral("information"),
                                        QStringLiteral("warning"),
                                        QStringLiteral("critical"),
                                        QStringLiteral("question"),
                                        QStringLiteral("about"),
                                        QStringLiteral("setInformativeText"),
                                        QStringLiteral("setDetailedText"),
                                        QStringLiteral("setHtml"),
                                        QStringLiteral("setPlainText"),
                                        QStringLiteral("setSuffix"),
                                        QStringLiteral("setPrefix"),
                                        QStringLiteral("setSpecialValueText"),
                                        QStringLiteral("setCancelButtonText"),
                                        QStringLiteral("setFormat"),
                                        QStringLiteral("setHorizontalHeaderLabels"),
                                        QStringLiteral("QLabel"),
                                        QStringLiteral("QPushButton"),
                                        QStringLiteral("QToolButton"),
                                        QStringLiteral("QCheckBox"),
                                        QStringLiteral("QRadioButton"),
                                        QStringLiteral("QGroupBox"),
                                        QStringLiteral("QAction"),
                                        QStringLiteral("QMenu"),
                                        QStringLiteral("QCommandLinkButton"),
                                        QStringLiteral("QProgressDialog")};
    return calls;
}

// Calls whose text is for the computer or a developer, never shown.
const QSet<QString> &internalCalls()
{
    static const QSet<QString> calls = {QStringLiteral("exec"),
                                        QStringLiteral("prepare"),
                                        QStringLiteral("run"),
                                        QStringLiteral("qWarning"),
                                        QStringLiteral("qDebug"),
                                        QStringLiteral("qCritical"),
                                        QStringLiteral("qFatal"),
                                        QStringLiteral("qInfo"),
                                        QStringLiteral("Q_ASSERT_X"),
                                        QStringLiteral("setObjectName"),
                                        QStringLiteral("setStyleSheet"),
                                        QStringLiteral("pragma"),
                                        QStringLiteral("query"),
                                        QStringLiteral("Q_LOGGING_CATEGORY"),
                                        QStringLiteral("setApplicationDescription")};
    return calls;
}

bool readsLikeASentence(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("\\b[A-Za-z][a-z]+\\s+[a-z]{2,}\\b"));
    static const QRegularExpression sql(
        QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|"
                       "COMMIT|ROLLBACK|SAVEPOINT|RELEASE|ATTACH|DETACH|VACUUM|REPLACE)\\b"));
    return text.contains(words) && !text.contains(sql);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyShippedTranslationIsFinished_data();
    void everyShippedTranslationIsFinished();
    void everyStringInTheCodeIsInTheShippedFiles();
    void literalsShownToPeopleGoThroughTr();
    void everythingOnScreenGoesThroughTr();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestTranslations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Dialogs::setSuppressWarnings(true);
}

void TestTranslations::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestTranslations::everyShippedTranslationIsFinished_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Welsh") << QStringLiteral(BELONGING_SOURCE_DIR "/translations/belonging_cy.ts");
    QTest::newRow("Arabic") << QStringLiteral(BELONGING_SOURCE_DIR "/translations/belonging_ar.ts");
}

void TestTranslations::everyShippedTranslationIsFinished()
{
    QFETCH(QString, file);
    QString error;
    const QList<TsMessage> messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    // A letter after & is the Alt+letter shortcut, in any script.
    static const QRegularExpression shortcut(QStringLiteral("&\\w"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + u'"';
        if (!m.type.isEmpty()) {
            problems << where + QStringLiteral(" is ") + m.type;
            continue;
        }
        if (m.translations.isEmpty()) {
            problems << where + QStringLiteral(" has no translation");
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << where + QStringLiteral(" has an empty form");
            // A numerus form may say "none" or "one" in words instead of %n; %1… must stay.
            else if (placeholders(t) != placeholders(m.source))
                problems << where + QStringLiteral(" loses or adds a placeholder: ") + t;
            else if (m.source.startsWith(u' ') != t.startsWith(u' ') ||
                     m.source.endsWith(u' ') != t.endsWith(u' '))
                problems << where + QStringLiteral(" changes the spaces around it: ") + t;
            else if (!m.source.contains(QStringLiteral("&&")) &&
                     shortcut.match(m.source).hasMatch() && !shortcut.match(t).hasMatch())
                problems << where + QStringLiteral(" loses its keyboard shortcut (&): ") + t;
        }
    }
    for (const QString &p : problems)
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, first ones:\n").arg(problems.size()) +
                        problems.mid(0, 25).join(u'\n')));
}

void TestTranslations::everyStringInTheCodeIsInTheShippedFiles()
{
    // lupdate reads the code as translators' tools do; anything it finds must already be in
    // the shipped files (run the update_translations target, then translate).
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(BELONGING_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(BELONGING_SOURCE_DIR "/app"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<TsMessage> inCode = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(inCode.size() > 500);
    for (const QString &shipped :
         {QStringLiteral(BELONGING_SOURCE_DIR "/translations/belonging_cy.ts"),
          QStringLiteral(BELONGING_SOURCE_DIR "/translations/belonging_ar.ts")}) {
        QSet<QString> known;
        for (const TsMessage &m : readTs(shipped, &error))
            known << m.context + u'\x1f' + m.source;
        QStringList missing;
        for (const TsMessage &m : inCode) {
            if (!known.contains(m.context + u'\x1f' + m.source))
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QFileInfo(shipped).fileName() +
                            QStringLiteral(" is missing %1 strings; run the update_translations "
                                           "target and translate them:\n")
                                .arg(missing.size()) +
                            missing.mid(0, 20).join(u'\n')));
    }
}

void TestTranslations::literalsShownToPeopleGoThroughTr()
{
    QStringList problems;
    QDirIterator it(QStringLiteral(BELONGING_SOURCE_DIR "/app"),
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    int literals = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        const bool wholeFileExempt =
            lines.join(u'\n').contains(QStringLiteral("not translated (whole file):"));
        for (const Literal &lit : literalsIn(lines.join(u'\n'))) {
            ++literals;
            if (translatingCalls().contains(lit.call) || internalCalls().contains(lit.call))
                continue;
            static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
            const bool shown = showingCalls().contains(lit.call) && lit.text.contains(letters);
            if (!shown && !readsLikeASentence(lit.text))
                continue;
            // A deliberate exception says why, on its line or the one above:
            // "not translated: <reason>"; or for a whole file "not translated (whole file):".
            if (lines.value(lit.line - 1).contains(QStringLiteral("not translated:")) ||
                lines.value(lit.line - 2).contains(QStringLiteral("not translated:")) ||
                wholeFileExempt)
                continue;
            problems << QStringLiteral("%1:%2 %3(\"%4\")")
                            .arg(QDir(QStringLiteral(BELONGING_SOURCE_DIR)).relativeFilePath(path))
                            .arg(lit.line)
                            .arg(lit.call, lit.text.left(60));
        }
    }
    QVERIFY(files > 50);
    QVERIFY(literals > 500);
    for (const QString &p : problems)
        qWarning().noquote() << p; // the failure message below is cut short by Qt Test
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("%1 literals reach people without tr():\n").arg(problems.size()) +
                   problems.join(u'\n')));
}

void TestTranslations::everythingOnScreenGoesThroughTr()
{
    MarkingTranslator marker;
    QVERIFY(qApp->installTranslator(&marker));
    UnmarkedTexts texts;
    // Language names are written as their own speakers write them, on purpose.
    for (const Languages::Language &l : Languages::available())
        texts.allow(l.nativeName);
    {
        MainWindow w(*m_settings);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        texts.checkTree(&w);
        for (QAction *menu : w.menuBar()->actions())
            texts.checkAction(menu);
        w.openDemo();
        // People's names are theirs, in every language.
        for (const Person &p : w.workspace()->ecomapPane()->document()->people()) {
            texts.allowWords(p.fullName);
            texts.allowWords(p.knownAs);
        }
        for (auto pane :
             {CaseWorkspace::Pane::Ecomap, CaseWorkspace::Pane::Timeline,
              CaseWorkspace::Pane::Moves, CaseWorkspace::Pane::Voice, CaseWorkspace::Pane::Book}) {
            w.workspace()->showPane(pane);
            texts.checkTree(&w);
        }
        for (QAction *menu : w.menuBar()->actions())
            texts.checkAction(menu);

        TimelineDocument *doc = w.workspace()->timelinePane()->document();
        QVERIFY(doc);
        MemoryDialog memory(*doc, &w);
        texts.checkTree(&memory);
        PlacementDialog placement(*doc, &w);
        texts.checkTree(&placement);
        EventDialog event(*doc, &w);
        texts.checkTree(&event);
        MovePlanDialog plan(*doc, doc->continuity().moves().at(1), &w);
        texts.checkTree(&plan);
        PersonDialog person(QStringLiteral("\u27E6Sam\u27E7"), &w);
        texts.checkTree(&person);
        VoicePane *voice = w.workspace()->voicePane();
        voice->select(voice->document()->entries().first().id);
        texts.checkTree(voice);
        VoiceEntryDialog said(w.caseModel()->people(), QStringLiteral("\u27E6Sam\u27E7"), QDate(),
                              QDate::currentDate(), &w);
        said.setEntry(voice->document()->entries().first());
        texts.checkTree(&said);
        VoiceAnswerDialog answer(voice->document()->entries().first(),
                                 voice->document()->decisions(), QStringLiteral("\u27E6Sam\u27E7"),
                                 &w);
        texts.checkTree(&answer);
    }
    PassphraseDialog create(PassphraseDialog::Mode::Create, QStringLiteral("\u27E6Sam\u27E7"));
    texts.checkTree(&create);
    PassphraseDialog open(PassphraseDialog::Mode::Open, QStringLiteral("\u27E6Sam\u27E7"));
    texts.checkTree(&open);
    LockScreen lock;
    texts.checkTree(&lock);
    WelcomePage welcome;
    texts.checkTree(&welcome);
    qApp->removeTranslator(&marker);

    for (const QString &p : texts.found())
        qWarning().noquote() << p;
    QVERIFY2(texts.found().isEmpty(),
             qPrintable(QStringLiteral("Shown without tr():\n") + texts.found().join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
