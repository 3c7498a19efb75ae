#include "procedurelistmodel.h"

#include "languages.h"
#include "procedurehtml.h"
#include "searchservice.h"

#include <QScopedValueRollback>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

ProcedureListModel::ProcedureListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ProcedureListModel::~ProcedureListModel() = default;

void ProcedureListModel::setService(SearchService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service)
        connect(m_service, &SearchService::finished, this, &ProcedureListModel::onFinished);
    refresh();
}

void ProcedureListModel::setQuery(const QString &text)
{
    if (text == m_query && (m_waitingFor != 0 || !m_hits.isEmpty() || m_total == 0))
        return;
    m_query = text;
    refresh();
}

void ProcedureListModel::setFilters(const SearchFilters &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    refresh();
}

SearchRequest ProcedureListModel::request(int offset) const
{
    // Further pages of a corrected query continue the corrected query.
    return SearchRequest{offset > 0 && !m_corrected.isEmpty() ? m_corrected : m_query, m_filters, offset, PageSize};
}

void ProcedureListModel::refresh()
{
    m_fetching = 0;
    if (m_service)
        m_waitingFor = m_service->submit(request(0));
    else
        showFirstPage({});
}

void ProcedureListModel::onFinished(quint64 ticket, const SearchRequest &, const SearchPage &page)
{
    if (ticket == m_waitingFor) {
        m_waitingFor = 0;
        showFirstPage(page);
    } else if (ticket == m_fetching) {
        m_fetching = 0;
        appendPage(page);
    }
    // Any other ticket is stale: a newer query has been asked for since.
}

void ProcedureListModel::showFirstPage(const SearchPage &page)
{
    const int oldTotal = m_total;
    const bool oldExact = m_totalExact;
    const bool hadMore = m_hits.size() < m_total;
    const QList<SearchHit> hits = page.error.isEmpty() ? page.hits : QList<SearchHit>{};
    m_total = page.error.isEmpty() ? page.total : 0;
    m_totalExact = !page.error.isEmpty() || page.totalIsExact;
    m_corrected = page.correctedQuery;
    m_closest = page.closest;
    m_error = page.error;
    {
        // Views and testers may call fetchMore from their modelReset or dataChanged handlers; rows
        // inserted then would arrive before every observer has seen the change. They fetch again
        // when they paint.
        const QScopedValueRollback notifying(m_notifying, true);
        const auto sameProcedure = [](const SearchHit &a, const SearchHit &b) { return a.id == b.id; };
        // The same procedures in the same order, as most letters typed into a word already
        // matched give: the rows change in place, and the view keeps its scroll position and the
        // row the user is on, redrawing from the first row that changed to the last. Only while
        // whether there is more to fetch stays the same: a view asks for more after a reset or
        // an insertion, not after a change.
        if (!hits.isEmpty() && (hits.size() < m_total) == hadMore &&
            std::equal(hits.cbegin(), hits.cend(), m_hits.cbegin(), m_hits.cend(), sameProcedure)) {
            const auto changed = [&](qsizetype i) { return hits.at(i) != m_hits.at(i); };
            qsizetype first = 0;
            while (first < hits.size() && !changed(first))
                ++first;
            qsizetype last = hits.size() - 1;
            while (last > first && !changed(last))
                --last;
            m_hits = hits;
            if (first < hits.size())
                Q_EMIT dataChanged(index(int(first)), index(int(last)));
        } else {
            beginResetModel();
            m_hits = hits;
            endResetModel();
        }
    }
    if (oldTotal != m_total || oldExact != m_totalExact)
        Q_EMIT totalCountChanged(m_total);
    if (!page.error.isEmpty())
        Q_EMIT searchFailed(page.error);
    Q_EMIT resultsShown();
}

void ProcedureListModel::appendPage(const SearchPage &page)
{
    if (!page.error.isEmpty()) {
        Q_EMIT searchFailed(page.error);
        return;
    }
    if (page.hits.isEmpty()) {
        // The library shrank under us (another workstation removed rows): stop asking.
        m_total = int(m_hits.size());
        m_totalExact = true;
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    const int first = int(m_hits.size());
    {
        const QScopedValueRollback notifying(m_notifying, true); // no nested fetch from rowsInserted handlers
        beginInsertRows({}, first, first + int(page.hits.size()) - 1);
        m_hits += page.hits;
        endInsertRows();
    }
    if (!m_totalExact) {
        // A total not counted to the end: each page tells how far it is known now.
        m_total = page.totalIsExact ? page.total : std::max(m_total, page.total);
        m_totalExact = page.totalIsExact;
        Q_EMIT totalCountChanged(m_total);
    }
    Q_EMIT resultsShown();
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
    case Qt::AccessibleTextRole: {
        // The name, then the code as the row shows it ("CPT 96417", or "CPT" when it has none).
        const QString code = QString(hit.codeSystem + u' ' + hit.code).trimmed();
        QString text = code.isEmpty() ? hit.title : hit.title + u", "_s + code;
        // The languages the list shows as tags, by name: "English, Español".
        if (hit.languages.size() > 1) {
            QStringList names;
            for (const QString &code : hit.languages)
                names << Languages::displayName(code);
            text += u", "_s + names.join(u", "_s);
        }
        return text;
    }
    case Qt::AccessibleDescriptionRole: {
        // The row's second line as the list draws it: where the query matched, else the descriptor.
        QString snippet = hit.snippet;
        snippet.remove(highlightStart).remove(highlightEnd);
        return ProcedureHtml::shownText(snippet.isEmpty() ? hit.descriptor : snippet).simplified();
    }
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
    case LanguagesRole:
        return hit.languages;
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
    names.insert(LanguagesRole, "languages");
    names.insert(TitleRole, "title");
    names.insert(DescriptorRole, "descriptor");
    names.insert(SnippetRole, "snippet");
    names.insert(ScoreRole, "score");
    return names;
}

bool ProcedureListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_waitingFor == 0 && m_fetching == 0 && m_service &&
           m_hits.size() < m_total;
}

void ProcedureListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = m_service->submit(request(int(m_hits.size())));
}

} // namespace Careleaf
