// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmodekit.h"

#include <QWidget>

#include <functional>
#include <memory>

class BookExport;
class CaseFile;
class QLabel;
class QPushButton;

// "My book" in child mode: the child's own life-story book (what the child's book holds and
// nothing more), one big page at a time, with a speaker that reads the page out.
class MyBookPage : public QWidget
{
    Q_OBJECT

public:
    using WithSpeaker = ChildModeKit::WithSpeaker;
    using BigButton = ChildModeKit::BigButton;
    MyBookPage(const WithSpeaker &withSpeaker, const BigButton &bigButton,
               QWidget *parent = nullptr);
    ~MyBookPage() override;

    void setCase(CaseFile *file) { m_file = file; }
    // Makes the book afresh (what was added today is in it) and shows the first page.
    void start();
    int pageCount() const;
    int page() const { return m_page; }
    void showPage(int index);
    QString pageText() const; // what the speaker reads
    QLabel *pageView() const { return m_view; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }

signals:
    void backRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    CaseFile *m_file = nullptr;
    std::unique_ptr<BookExport> m_book;
    int m_page = 0;
    QLabel *m_view;
    QLabel *m_where;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_back;
};
