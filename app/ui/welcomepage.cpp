// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_new(new QCommandLinkButton(tr("Start a new life story"),
                                   tr("Make a new, private story file protected by a passphrase."),
                                   this))
    , m_open(new QCommandLinkButton(tr("Open a life story"),
                                    tr("Carry on with a story you have already started."), this))
    , m_demo(new QCommandLinkButton(tr("Explore the demo"),
                                    tr("Look around a made-up story to see what Belonging can do. "
                                       "Nothing you change is kept."),
                                    this))
    , m_recent(new QListWidget(this))
    , m_clearRecent(new QPushButton(tr("Clear list"), this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/belonging.svg")).pixmap(QSize(96, 96)));
    logo->setAccessibleName(tr("Belonging logo"));

    auto *title = new QLabel(tr("Belonging"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *subtitle = new QLabel(tr("A safe place for a child's story and the people who matter "
                                   "to them."),
                                this);
    subtitle->setWordWrap(true);
    QFont subtitleFont = subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.2);
    subtitle->setFont(subtitleFont);

    m_new->setIcon(QIcon(QStringLiteral(":/icons/new-story.svg")));
    m_open->setIcon(QIcon(QStringLiteral(":/icons/open-story.svg")));
    m_demo->setIcon(QIcon(QStringLiteral(":/icons/demo-story.svg")));
    for (QCommandLinkButton *b : {m_new, m_open, m_demo}) {
        b->setIconSize(QSize(32, 32));
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        // The second line is shown, so a screen reader says it too.
        b->setAccessibleDescription(b->description());
        // Return presses a button here as Space does (outside a dialog Qt answers only Space,
        // and Return is what most people try first).
        for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
            auto *press = new QShortcut(QKeySequence(key), b, b, &QAbstractButton::click);
            press->setContext(Qt::WidgetShortcut);
        }
    }

    auto *left = new QVBoxLayout;
    auto *heading = new QHBoxLayout;
    heading->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    heading->addLayout(titles, 1);
    left->addLayout(heading);
    left->addSpacing(32);
    left->addWidget(m_new);
    left->addWidget(m_open);
    left->addWidget(m_demo);
    left->addStretch();

    auto *recentLabel = new QLabel(tr("&Recent life stories"), this);
    QFont recentFont = recentLabel->font();
    recentFont.setBold(true);
    recentLabel->setFont(recentFont);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent life stories"));
    m_recent->setAccessibleDescription(tr("Press Enter to open the selected story."));
    m_recent->setUniformItemSizes(true);
    m_recent->setTextElideMode(Qt::ElideMiddle);

    auto *right = new QVBoxLayout;
    right->addSpacing(8);
    right->addWidget(recentLabel);
    right->addWidget(m_recent, 1);
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addStretch();
    recentButtons->addWidget(m_clearRecent);
    right->addLayout(recentButtons);

    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(48, 40, 48, 40);
    columns->setSpacing(48);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    connect(m_new, &QCommandLinkButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_clearRecent, &QPushButton::clicked, this, &WelcomePage::clearRecentRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });

    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_demo);
    setTabOrder(m_demo, m_recent);
    setTabOrder(m_recent, m_clearRecent);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/open-story.svg")),
                                         info.completeBaseName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Stories you open will be listed here."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_recent->setCurrentRow(0);
    }
    m_clearRecent->setEnabled(!paths.isEmpty());
}
