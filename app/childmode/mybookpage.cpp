// SPDX-License-Identifier: GPL-3.0-or-later
#include "mybookpage.h"

#include "bookexport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

MyBookPage::MyBookPage(const WithSpeaker &withSpeaker, const BigButton &bigButton, QWidget *parent)
    : QWidget(parent)
    , m_view(new QLabel(this))
    , m_where(new QLabel(this))
    , m_previous(bigButton(tr("Back a page")))
    , m_next(bigButton(tr("Next page")))
    , m_back(bigButton(tr("Close my book"))) // not "Back", beside "Back a page"
{
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(200, 200);
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_view->setFocusPolicy(Qt::StrongFocus);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(withSpeaker(m_where, [this] { return pageText(); }));
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_back, &QPushButton::clicked, this, &MyBookPage::backRequested);
}

MyBookPage::~MyBookPage() = default;

void MyBookPage::start()
{
    m_book.reset();
    if (m_file) {
        BookOptions options; // the child's own book, as the Books tab makes it
        options.audience = Redaction::Audience::ChildBook;
        m_book = std::make_unique<BookExport>(*m_file, options);
        if (m_book->prepare())
            m_book.reset();
    }
    showPage(0);
}

int MyBookPage::pageCount() const
{
    return m_book ? int(m_book->model().pages.size()) : 0;
}

void MyBookPage::showPage(int index)
{
    const int count = pageCount();
    m_page = std::clamp(index, 0, std::max(0, count - 1));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < count);
    if (count == 0) {
        m_view->setText(tr("Your book is empty so far. Add a memory and it will be here."));
        m_where->clear();
        return;
    }
    m_where->setText(tr("Page %1 of %2").arg(m_page + 1).arg(count));
    // Drawn to fit the space, sharp at this size (never a scaled-up small picture).
    const QSizeF paper = m_book->model().size();
    const QSize room = m_view->size().expandedTo(QSize(200, 200));
    const double scale = std::min(room.width() / paper.width(), room.height() / paper.height());
    QImage page((paper * scale).toSize() * devicePixelRatioF(), QImage::Format_RGB32);
    page.setDevicePixelRatio(devicePixelRatioF());
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.scale(scale, scale);
    m_book->renderer().paintPage(painter, m_page);
    painter.end();
    m_view->setPixmap(QPixmap::fromImage(page));
    m_view->setAccessibleDescription(pageText());
}

QString MyBookPage::pageText() const
{
    if (!m_book || m_page >= pageCount())
        return m_view->text();
    QStringList lines;
    for (const BookItem &item : m_book->model().pages[m_page].items) {
        if (item.type == BookItem::Type::Text && !item.text.trimmed().isEmpty())
            lines << item.text;
    }
    return lines.join(u' ');
}

void MyBookPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_book)
        showPage(m_page);
}
