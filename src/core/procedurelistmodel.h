// The search-result list: a QAbstractListModel over LibraryStore::search, fetched a page at a
// time as the view scrolls (canFetchMore/fetchMore), so a query matching the whole library costs
// one page to show. Not a copy of the library.
#pragma once

#include "librarystore.h"

#include <QAbstractListModel>

namespace Careleaf {

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
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;

    explicit ProcedureListModel(QObject *parent = nullptr);
    ~ProcedureListModel() override;

    // The store is owned by the caller and must outlive the model or be replaced first.
    void setStore(LibraryStore *store);
    [[nodiscard]] LibraryStore *store() const { return m_store; }

    // Runs the query and shows its first page. An empty query lists the whole library by title.
    void setQuery(const QString &text);
    [[nodiscard]] QString query() const { return m_query; }
    // Re-runs the current query (after an import).
    void refresh();

    [[nodiscard]] int totalCount() const { return m_total; }
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

private:
    LibraryStore *m_store = nullptr;
    QString m_query;
    ParsedQuery m_parsed;
    QList<SearchHit> m_hits;
    int m_total = 0;
    bool m_notifying = false; // inside our own reset/insert notifications
};

} // namespace Careleaf
