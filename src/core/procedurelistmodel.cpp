#include "procedurelistmodel.h"

#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Careleaf {

ProcedureListModel::ProcedureListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ProcedureListModel::~ProcedureListModel() = default;

void ProcedureListModel::setStore(LibraryStore *store)
{
    m_store = store;
    refresh();
}

void ProcedureListModel::setQuery(const QString &text)
{
    m_query = text;
    m_parsed = parseQuery(text);
    refresh();
}

void ProcedureListModel::refresh()
{
    // Views and testers may call fetchMore from their modelReset handlers; rows inserted then
    // would arrive before every observer has seen the reset. They fetch again when they paint.
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_hits.clear();
    const int oldTotal = m_total;
    m_total = 0;
    if (m_store) {
        SearchPage page = m_store->search(m_parsed, 0, PageSize);
        if (!page.error.isEmpty()) {
            endResetModel();
            if (oldTotal != 0)
                Q_EMIT totalCountChanged(0);
            Q_EMIT searchFailed(page.error);
            return;
        }
        m_hits = std::move(page.hits);
        m_total = page.total;
    }
    endResetModel();
    if (oldTotal != m_total)
        Q_EMIT totalCountChanged(m_total);
}

qint64 ProcedureListModel::idAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).id : 0;
}

int ProcedureListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case Qt::ToolTipRole:
    case DescriptorRole:
        return hit.descriptor;
    case Qt::AccessibleTextRole:
        return hit.code.isEmpty() ? hit.title : hit.title + u", "_s + hit.codeSystem + u' ' + hit.code;
    case IdRole:
        return hit.id;
    case CodeSystemRole:
        return hit.codeSystem;
    case CodeRole:
        return hit.code;
    case SnippetRole:
        return hit.snippet;
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProcedureListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "procedureId");
    names.insert(CodeSystemRole, "codeSystem");
    names.insert(CodeRole, "code");
    names.insert(TitleRole, "title");
    names.insert(DescriptorRole, "descriptor");
    names.insert(SnippetRole, "snippet");
    names.insert(ScoreRole, "score");
    return names;
}

bool ProcedureListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_store && m_hits.size() < m_total;
}

void ProcedureListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    SearchPage page = m_store->search(m_parsed, int(m_hits.size()), PageSize);
    if (!page.error.isEmpty()) {
        Q_EMIT searchFailed(page.error);
        return;
    }
    if (page.hits.isEmpty()) {
        // The library shrank under us (another workstation deleted rows): stop asking.
        m_total = int(m_hits.size());
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    const int first = int(m_hits.size());
    const QScopedValueRollback notifying(m_notifying, true); // no nested fetch from rowsInserted handlers
    beginInsertRows({}, first, first + int(page.hits.size()) - 1);
    m_hits += page.hits;
    endInsertRows();
}

} // namespace Careleaf
