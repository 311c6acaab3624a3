// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkspace.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

CaseWorkspace::CaseWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeEmptyPane(tr("Ecomap")), tr("&People who matter"));
    m_tabs->addTab(makeEmptyPane(tr("Timeline")), tr("&Timeline"));
    m_tabs->addTab(makeEmptyPane(tr("Books")), tr("&Books"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
}

QWidget *CaseWorkspace::makeEmptyPane(const QString &accessibleName)
{
    auto *pane = new QWidget(m_tabs);
    pane->setAccessibleName(accessibleName);
    return pane;
}

void CaseWorkspace::setChildName(const QString &name)
{
    m_heading->setText(name.isEmpty() ? QString() : tr("%1's story").arg(name));
}

void CaseWorkspace::showPane(Pane pane)
{
    m_tabs->setCurrentIndex(int(pane));
}

CaseWorkspace::Pane CaseWorkspace::currentPane() const
{
    return Pane(m_tabs->currentIndex());
}
