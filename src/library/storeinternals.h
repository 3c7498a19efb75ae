// What the parts of the library (librarystore.cpp, migrator.cpp, educationlogstore.cpp,
// storeconnection.cpp, sqlite/sqlitefile.cpp) share and nothing outside the library uses: the
// write transaction and the derived values a procedure is stored with.
#pragma once

#include "facets.h"
#include "indexwords.h"
#include "procedure.h"
#include "searchindex.h"
#include "searchquery.h"
#include "storebackend.h"
#include "storeconnection.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Careleaf::StoreInternals {

using namespace Qt::StringLiterals;

inline QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"careleaf-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// What a procedure is, without where it came from or when: equal content means "unchanged".
inline QByteArray contentHash(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

// The lay name and aliases as query words ("magnesium drip"): the exact-name tier of search.
inline QStringList normalisedNames(const Procedure &p)
{
    QStringList out{queryWords(p.title).join(u' ')};
    for (const QString &alias : p.aliases) {
        const QString name = queryWords(alias).join(u' ');
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

// The order of a family's versions (the rows of one procedure in its languages): English first,
// then as stored. The first is the row lists and search show, whose name keys are made from
// familyNames() (groupVersions(), check()).
inline std::pair<bool, qint64> versionOrder(const QString &language, qint64 id)
{
    return {language != u"en", id};
}

// Every version's normalisedNames(), in versionOrder(), each once.
inline QStringList familyNames(const QList<Procedure> &versions)
{
    QStringList out;
    for (const Procedure &p : versions) {
        for (const QString &name : normalisedNames(p)) {
            if (!out.contains(name))
                out << name;
        }
    }
    return out;
}

inline QVariant durationValue(const Procedure &p)
{
    const std::optional<int> minutes = Facets::maxDurationMinutes(p);
    return minutes ? QVariant(*minutes) : QVariant(QMetaType(QMetaType::Int));
}

inline QString namesText(const Procedure &p)
{
    QStringList names{p.title};
    names += p.aliases;
    if (p.layName != p.title)
        names << p.layName;
    return names.join(u'\n');
}

// What the full-text index holds of a procedure, column by column (searchindex.h). A null
// QString binds as SQL NULL; the schema wants '' for "not given".
inline IndexedText indexedText(const Procedure &p)
{
    const auto text = [](const QString &s) { return s.isNull() ? QString(u""_s) : s; };
    // Each section with its words' search forms (IndexWords::withSearchForms), so that they stay
    // in the section for SearchIndex::placement().
    const auto sections = [](const QString &joined) {
        QStringList parts = joined.split(Procedure::SectionSeparator);
        for (QString &part : parts)
            part = IndexWords::withSearchForms(part);
        return parts.join(Procedure::SectionSeparator);
    };
    return {text(p.code), text(IndexWords::withSearchForms(namesText(p))), text(p.descriptor),
            text(sections(p.sectionText(Procedure::Part::About))),
            text(sections(p.sectionText(Procedure::Part::Rest)))};
}

// One procedure's writes (or one log row's): rolled back unless committed, so every early return
// leaves the database as it was. On its own it is a transaction; inside a batch
// (LibraryStore::Batch) it is a savepoint, so one failed procedure leaves the batch's
// others standing. Tells the search index (when one writes in it) that it began and how it ended.
class Transaction
{
public:
    explicit Transaction(const StoreConnection &connection, SearchIndex *index = nullptr)
        : m_db(connection.db())
        , m_index(index)
        , m_inBatch(connection.inBatch())
    {
        if (m_inBatch && connection.backend().transactionLost(m_db)) {
            m_error = QSqlError(u"the database ended the transaction that held the procedures stored before this one"_s,
                                {}, QSqlError::TransactionError);
            return;
        }
        QSqlQuery q(m_db);
        m_open = q.exec(m_inBatch ? u"SAVEPOINT careleaf_one"_s : connection.backend().beginWriteStatement());
        if (!m_open)
            m_error = q.lastError();
        else if (m_index)
            m_index->procedureStarted();
    }
    ~Transaction()
    {
        if (!m_open)
            return;
        QSqlQuery q(m_db);
        if (m_inBatch) {
            (void)q.exec(u"ROLLBACK TO SAVEPOINT careleaf_one"_s);
            (void)q.exec(u"RELEASE SAVEPOINT careleaf_one"_s);
        } else {
            (void)q.exec(u"ROLLBACK"_s);
        }
        ended(false);
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QSqlError error() const { return m_error; }
    [[nodiscard]] bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(m_inBatch ? u"RELEASE SAVEPOINT careleaf_one"_s : u"COMMIT"_s)) {
            m_error = q.lastError();
            return false;
        }
        m_open = false;
        ended(true);
        return true;
    }

private:
    void ended(bool kept)
    {
        if (!m_index)
            return;
        m_index->procedureEnded(kept);
        if (!m_inBatch) // a batch's own end tells the index (LibraryStore::Batch::commit)
            m_index->transactionEnded(kept);
    }

    QSqlDatabase m_db;
    SearchIndex *m_index = nullptr;
    bool m_inBatch = false;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace Careleaf::StoreInternals
