// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "vocabulary.h"
#include "voicerules.h"

#include <QBrush>
#include <QColor>

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setDocument(TimelineDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc) {
        connect(m_doc, &TimelineDocument::reset, this, &TimelineModel::rebuild);
        connect(m_doc, &TimelineDocument::changed, this, &TimelineModel::rebuild);
        connect(m_doc, &QObject::destroyed, this, [this] {
            m_doc = nullptr;
            rebuild();
        });
    }
    rebuild();
}

void TimelineModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_icons.clear();
    if (m_doc) {
        m_rows.reserve(m_doc->placements().size() + m_doc->memories().size() +
                       m_doc->events().size() + m_doc->said().size());
        auto names = [this](const QList<ItemId> &ids) {
            QStringList list;
            for (ItemId id : ids) {
                const QString name = m_doc->personName(id);
                if (!name.isEmpty())
                    list << name;
            }
            return list.join(QStringLiteral(", "));
        };
        for (const Placement &p : m_doc->placements()) {
            Row row{TimelineDocument::Kind::Placement, p.id, p.from.sortKey(), {}, {}};
            row.text[When] =
                p.to.isUnknown() || p.from.isUnknown()
                    ? p.from.toDisplayString()
                    : tr("%1 to %2").arg(p.from.toDisplayString(), p.to.toDisplayString());
            row.text[What] = p.placeName;
            row.text[Kind] = tr("Where I lived");
            row.text[Where] = Vocabulary::placementTypeName(p.type);
            row.text[Who] = names(p.carerIds);
            row.search = p.cameReasonChildsWords + QLatin1Char(' ') + p.leftReasonChildsWords +
                         QLatin1Char(' ') + p.school;
            row.isPrivate = p.isPrivate;
            m_rows << row;
        }
        for (const Memory &m : m_doc->memories()) {
            Row row{TimelineDocument::Kind::Memory, m.id, m.date.sortKey(), {}, {}};
            row.text[When] = m.date.toDisplayString();
            row.text[What] = m.title.isEmpty() ? tr("A memory") : m.title;
            row.text[Kind] = tr("Memory");
            row.text[Where] = m_doc->placementName(m_doc->placementOf(m));
            row.text[Who] = names(m.peopleIds);
            row.search = m.childsWords;
            row.firstPhoto = m.mediaIds.value(0, kNoId);
            row.isPrivate = m.isPrivate;
            m_rows << row;
        }
        for (const Event &e : m_doc->events()) {
            Row row{TimelineDocument::Kind::Event, e.id, e.date.sortKey(), {}, {}};
            row.text[When] = e.date.toDisplayString();
            row.text[What] = e.title;
            row.text[Kind] = Vocabulary::eventTypeName(e.type);
            row.text[Where] = e.source;
            row.text[Who] = names(e.peopleIds);
            row.search = e.details + QLatin1Char(' ') + e.outcome;
            row.isPrivate = e.isPrivate;
            m_rows << row;
        }
        for (const VoiceEntry &v : m_doc->said()) {
            Row row{TimelineDocument::Kind::Voice, v.id, v.date.sortKey(), {}, {}};
            row.text[When] = v.date.toDisplayString();
            row.text[What] = tr("“%1”").arg(VoiceRules::oneLine(v.words, 100));
            row.text[Kind] = tr("What I said");
            row.text[Who] = names(QList<ItemId>{v.saidToId} + v.presentIds);
            row.search = v.words + QLatin1Char(' ') + v.prompt + QLatin1Char(' ') + v.answer;
            if (v.topic != VoiceEntry::Topic::NotChosen)
                row.search += QLatin1Char(' ') + VoiceRules::topicName(v.topic);
            m_rows << row;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row &a, const Row &b) { return a.sortKey < b.sortKey; });
        for (Row &row : m_rows) {
            for (const QString &t : row.text)
                row.search += QLatin1Char(' ') + t;
            row.search = row.search.toCaseFolded();
        }
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text[index.column()];
    case Qt::DecorationRole:
        if (index.column() == What && row.firstPhoto != kNoId && m_doc) {
            auto it = m_icons.constFind(row.firstPhoto);
            if (it == m_icons.cend()) {
                const QImage thumb = m_doc->thumbnail(row.firstPhoto);
                it = m_icons.insert(row.firstPhoto,
                                    thumb.isNull()
                                        ? thumb
                                        : thumb.scaled(kIconSide, kIconSide, Qt::KeepAspectRatio,
                                                       Qt::SmoothTransformation));
            }
            if (!it->isNull())
                return *it;
        }
        return {};
    case Qt::ToolTipRole:
        return row.isPrivate ? tr("%1 (private: left out of every book)").arg(row.text[What])
                             : row.text[What];
    case Qt::AccessibleTextRole:
        return row.text[index.column()];
    case Qt::ForegroundRole:
        if (row.isPrivate)
            return QBrush(QColor(0x6b, 0x70, 0x78));
        return {};
    case SortRole:
        if (index.column() == When)
            return row.sortKey;
        return row.text[index.column()].toCaseFolded();
    case KindRole:
        return int(row.kind);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case Kind:
        return tr("Kind");
    case Where:
        return tr("Where / source");
    case Who:
        return tr("Who");
    default:
        return {};
    }
}

int TimelineModel::rowOf(TimelineDocument::Kind kind, ItemId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].kind == kind && m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

TimelineFilter::TimelineFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TimelineModel::SortRole);
}

void TimelineFilter::setSearchText(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool TimelineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_words.isEmpty())
        return true;
    const auto *model = static_cast<const TimelineModel *>(sourceModel());
    const QString &text = model->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}
