// The search-result list: a QAbstractListModel over search results, fetched a page at a time as
// the view scrolls (canFetchMore/fetchMore), so a query matching the whole library costs one
// page to show. Not a copy of the library.
//
// The model never blocks: it searches through a SearchService, each query and page a ticket, and
// results for any ticket but the latest are dropped.
#pragma once

#include "searchengine.h"

#include <QAbstractListModel>

#include <memory>

namespace Careleaf {

class SearchService;

class ProcedureListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedureListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CodeSystemRole,
        CodeRole,
        TitleRole,
        DescriptorRole,
        SnippetRole,
        ScoreRole,
        LanguagesRole, // QStringList of BCP 47 codes, English first
    };
    Q_ENUM(Role)

    // Rows asked for at a time: more than a tall screen shows (a view asks for the next page when
    // it is not full or is scrolled to the end), and no more, since every row of a page is
    // ranked, read and given its snippet on each keystroke.
    static constexpr int PageSize = 50;

    explicit ProcedureListModel(QObject *parent = nullptr);
    ~ProcedureListModel() override;

    // The service is owned by the caller and must outlive the model (or be set to nullptr first).
    void setService(SearchService *service);

    // Runs the query and shows its first page. An empty query lists the whole library by title.
    void setQuery(const QString &text);
    [[nodiscard]] QString query() const { return m_query; }
    void setFilters(const SearchFilters &filters);
    [[nodiscard]] SearchFilters filters() const { return m_filters; }
    // Re-runs the current query (after an import).
    void refresh();

    [[nodiscard]] int totalCount() const { return m_total; }
    // False while totalCount() is a lower bound (a very broad search on a large server library);
    // it grows as pages arrive and is exact once the last one has.
    [[nodiscard]] bool totalIsExact() const { return m_totalExact; }
    // The query the shown results are for when typos were corrected; empty otherwise.
    [[nodiscard]] QString correctedQuery() const { return m_corrected; }
    // True when no procedure has all the words: the results are the closest, for correctedQuery().
    [[nodiscard]] bool isClosest() const { return m_closest; }
    // Why the search on show failed (no rows shown for it); empty when it did not.
    [[nodiscard]] QString searchError() const { return m_error; }
    // True while the results on show are not yet those of the latest query.
    [[nodiscard]] bool isSearching() const { return m_waitingFor != 0; }
    // True while a further page (fetchMore) is on its way.
    [[nodiscard]] bool isFetching() const { return m_fetching != 0; }
    [[nodiscard]] qint64 idAt(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);
    void searchFailed(const QString &message);
    // New results are on show for query() (first page or a further one).
    void resultsShown();

private:
    void onFinished(quint64 ticket, const SearchRequest &request, const SearchPage &page);
    void showFirstPage(const SearchPage &page);
    void appendPage(const SearchPage &page);
    [[nodiscard]] SearchRequest request(int offset) const;

    SearchService *m_service = nullptr;
    QString m_query;
    QString m_corrected;
    bool m_closest = false;
    QString m_error; // of the first page on show
    SearchFilters m_filters;
    QList<SearchHit> m_hits;
    int m_total = 0;
    bool m_totalExact = true;
    quint64 m_waitingFor = 0; // ticket of the first page on its way
    quint64 m_fetching = 0;   // ticket of a further page on its way
    bool m_notifying = false; // inside our own reset/insert notifications
};

} // namespace Careleaf
