// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzydateedit.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

FuzzyDateEdit::FuzzyDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_feedback(new QLabel(this))
{
    // The numeric example shows the order it is read in: 12/03/2019 is March here, not December.
    // Short enough to show whole in a narrow field; the tooltip has more ways to write it.
    m_edit->setPlaceholderText(tr("%1 or summer 2015").arg(FuzzyDate::numericExample(locale())));
    m_edit->setToolTip(
        tr("For example: %1, summer 2015, about 2012").arg(FuzzyDate::numericExample(locale())));
    m_edit->setMaxLength(60);
    // Wide enough to show the example whole: cut short, it loses the part that says how.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()) +
                            24);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    QFont small = m_feedback->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_feedback->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FuzzyDateEdit::update);
    update();
}

void FuzzyDateEdit::setDate(const FuzzyDate &date)
{
    m_edit->setText(date.isUnknown() ? QString() : date.toDisplayString(locale()));
}

std::optional<FuzzyDate> FuzzyDateEdit::date() const
{
    if (m_edit->text().trimmed().isEmpty())
        return FuzzyDate();
    return FuzzyDate::parse(m_edit->text(), locale()).date;
}

bool FuzzyDateEdit::isAcceptable() const
{
    return m_acceptable;
}

void FuzzyDateEdit::setCheck(Check check)
{
    m_check = std::move(check);
    update();
}

QString FuzzyDateEdit::feedback() const
{
    return m_feedback->text();
}

void FuzzyDateEdit::setEmptyMeaning(const QString &text)
{
    m_emptyMeaning = text;
    update();
}

void FuzzyDateEdit::update()
{
    QString text;
    QString colour = QStringLiteral("#5f6670");
    m_acceptable = true;
    if (m_edit->text().trimmed().isEmpty()) {
        text = m_emptyMeaning.isEmpty() ? tr("Not known yet — that's fine.") : m_emptyMeaning;
    } else {
        const FuzzyDate::ParseResult parsed = FuzzyDate::parse(m_edit->text(), locale());
        if (!parsed.ok()) {
            text = parsed.error;
            colour = QStringLiteral("#b3261e");
            m_acceptable = false;
        } else {
            text = tr("Understood as: %1").arg(parsed.date->toDisplayString(locale()));
            if (m_check) {
                const DateCheck::Result check = m_check(*parsed.date);
                if (check.severity != DateCheck::Severity::Fine) {
                    text += QLatin1Char(' ') + check.message;
                    colour = check.blocksSaving() ? QStringLiteral("#b3261e")
                                                  : QStringLiteral("#8a5300");
                    m_acceptable = !check.blocksSaving();
                }
            }
        }
    }
    m_feedback->setText(text);
    m_feedback->setStyleSheet(QStringLiteral("color: %1").arg(colour));
    m_edit->setAccessibleDescription(text);
    emit changed();
}

std::optional<QDate> FuzzyDateEdit::exactDay() const
{
    const std::optional<FuzzyDate> d = date();
    if (!d)
        return std::nullopt;
    if (d->isUnknown())
        return QDate();
    if (d->qualifier() != FuzzyDate::Qualifier::Exact ||
        d->first().precision != FuzzyDate::Precision::Day)
        return std::nullopt;
    return d->earliest();
}
