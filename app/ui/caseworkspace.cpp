// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkspace.h"

#include "bookpane.h"
#include "casefile.h"
#include "dialogs.h"
#include "ecomappane.h"
#include "placementrepository.h"
#include "timelinepane.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

CaseWorkspace::CaseWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_ecomap(new EcomapPane(m_tabs))
    , m_timeline(new TimelinePane(m_tabs))
    , m_books(new BookPane(m_tabs))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_ecomap, tr("&People who matter"));
    m_ecomap->setConfirm([this](const QString &title, const QString &question) {
        return Dialogs::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
    });
    m_ecomap->setChooseExportFile([this](const QString &title, const QString &suggested) {
        return Dialogs::saveFileName(this, title, suggested,
                                     tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    });
    connect(m_ecomap, &EcomapPane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_timeline->setConfirm([this](const QString &title, const QString &question) {
        return Dialogs::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
    });
    connect(m_timeline, &TimelinePane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });
    connect(m_timeline, &TimelinePane::placementsChanged, this,
            [this] { m_ecomap->setPlacementEndings(placementEndings()); });
    m_tabs->addTab(m_books, tr("&Books"));
    connect(m_books, &BookPane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
}

void CaseWorkspace::setChildName(const QString &name)
{
    m_heading->setText(name.isEmpty() ? QString() : tr("%1's story").arg(name));
}

QList<QDate> CaseWorkspace::placementEndings() const
{
    QList<QDate> endings;
    if (m_file) {
        for (const Placement &p : PlacementRepository(*m_file).all()) {
            if (!p.to.isUnknown())
                endings << p.to.representativeDay();
        }
    }
    return endings;
}

void CaseWorkspace::setCase(CaseFile *file, QUndoStack *stack)
{
    m_file = file;
    m_ecomap->setCase(file, stack, placementEndings());
    m_timeline->setCase(file, stack);
    m_books->setCase(file);
}

void CaseWorkspace::showPane(Pane pane)
{
    m_tabs->setCurrentIndex(int(pane));
}

CaseWorkspace::Pane CaseWorkspace::currentPane() const
{
    return Pane(m_tabs->currentIndex());
}
