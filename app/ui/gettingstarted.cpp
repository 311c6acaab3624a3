// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettingstarted.h"

#include <QDialogButtonBox>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString step(const QString &icon, const QString &heading, const QString &text)
{
    const QString picture =
        icon.isEmpty()
            ? QString()
            // not translated: HTML markup around the picture, no words
            : QStringLiteral("<img src=\"%1\" width=\"40\" height=\"40\" style=\"float: left\">")
                  .arg(icon);
    return QStringLiteral("<h3>%1%2</h3><p>%3</p>")
        .arg(picture, heading.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QString GettingStarted::html()
{
    QString page = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Getting started").toHtmlEscaped(),
                            tr("Belonging keeps a child's story safe: the people who matter, "
                               "where they have lived, their memories, and books made from "
                               "them. These steps take a few minutes.")
                                .toHtmlEscaped());
    page += step(QStringLiteral(":/icons/new-story.svg"), tr("1. Start a new life story"),
                 tr("Choose “New life story” (Ctrl+N). Type the name the child likes to be "
                    "called and, if you know it, their birthday — “spring 2015” is fine. Choose "
                    "where to keep the file, then a passphrase of a few unusual words. Nobody can "
                    "open the story without it, so write it down somewhere safe."));
    page += step(QStringLiteral(":/icons/belonging.svg"), tr("2. About the child"),
                 tr("Double-click the circle in the middle of the map, or press Ctrl+I, to add "
                    "their photo, pronouns and “all about me” in their own words."));
    page += step(QString(), tr("3. The people who matter"),
                 tr("Choose “Add someone…” (Ctrl+Shift+A). Say who they are and how the "
                    "relationship feels — or “Not sure yet”. Drag people closer or further "
                    "away; the key beside the map explains the lines and colours."));
    page += step(QString(), tr("4. The timeline"),
                 tr("On the Timeline tab (Ctrl+2) add the places the child has lived, memories "
                    "with photos, and events such as family time, reviews and court hearings. "
                    "“Things we don't know yet” lists the gaps still to fill."));
    page += step(QString(), tr("5. Moves"),
                 tr("On the Moves tab (Ctrl+3) see each change of home and who the child kept "
                    "in touch with afterwards. Before a move, choose “Plan a move…” and decide, "
                    "brothers and sisters first, how each relationship will carry on."));
    page += step(QString(), tr("6. My say"),
                 tr("On the My say tab (Ctrl+4) write down what the child tells you — a wish, a "
                    "worry, a good thing — in their own words, and ask them who may see it. "
                    "After a review, write what happened because they said it, and tell them."));
    page += step(QString(), tr("7. Books"),
                 tr("On the Books tab (Ctrl+5) make a life-story book for the child, a copy for "
                    "the birth family, a review pack or a court pack. The tab lists what will be "
                    "left out before you save the PDF."));
    page += step(QString(), tr("8. The later life letter"),
                 tr("Books › Later life letter (Ctrl+6) is the letter written to the child, to "
                    "read when they are older. Start each part from the facts already in the "
                    "story, then rewrite it in your own words; words a child may not know are "
                    "underlined, and each person named is asked for permission."));
    page += step(QString(), tr("9. Keeping it safe"),
                 tr("Every change is saved at once, inside one encrypted file. Press Ctrl+L to "
                    "lock the story when you step away; it also locks itself after a while."));
    page += step(QString(), tr("10. When the story travels"),
                 tr("File › Hand Over a Copy (Ctrl+Shift+H) makes a copy for new carers, "
                    "adopters, the young person, the family or another worker, holding only "
                    "what they may have. When someone else keeps a copy too, File › Bring In "
                    "Changes from Another Copy (Ctrl+Shift+B) adds what they added and asks "
                    "where you both changed the same thing."));
    page += step(QString(), tr("11. The family tree"),
                 tr("The Family tree tab (Ctrl+7) draws the family for you. Choose someone with "
                    "the arrow keys (or right-click them) and press the Menu key to add their "
                    "mother, father, partner, children or brothers and sisters. A family tree "
                    "from a family history program (a GEDCOM file) can be brought in there "
                    "too."));
    page += step(QString(), tr("12. The child's own space"),
                 tr("View › Child Mode (Ctrl+8) gives the window to the child, with you beside "
                    "them: big buttons and a speaker that reads every text aloud. My people is "
                    "their own map of who is close; My memories takes a photo, a face, words or "
                    "their own voice; My say asks one question at a time; My book shows their "
                    "book. Nothing from your record can be reached; to leave, press Grown-ups "
                    "and type the password. Back on the map of people who matter, the child's "
                    "view shows their map beside yours."));
    return page;
}

GettingStarted::GettingStarted(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Getting started"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html());
    m_browser->setAccessibleName(tr("Getting started"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(QSize(640, 620).boundedTo(available.size() - QSize(0, 40)));
}
