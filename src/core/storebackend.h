// The only place where SQL differs between database engines. LibraryStore speaks portable SQL
// for everything else and asks its backend for the rest. A second engine is a second subclass.
#pragma once

#include "searchquery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Careleaf {

struct SearchHit
{
    qint64 id = 0;
    QString codeSystem;
    QString code;
    QString title;
    QString descriptor;
    QString snippet;    // matched words wrapped in U+0002 ... U+0003 (see highlightStart/End)
    double score = 0.0; // higher is better
};

inline constexpr QChar highlightStart = QChar(0x0002);
inline constexpr QChar highlightEnd = QChar(0x0003);

struct SearchPage
{
    QList<SearchHit> hits;
    int total = 0; // matches in all, not just this page
    QString error; // set only on a database failure, never for anything a user typed
};

class StoreBackend
{
public:
    virtual ~StoreBackend() = default;

    [[nodiscard]] virtual QString driverName() const = 0;
    // Per-connection settings (pragmas, time-outs). Returns an error message or an empty string.
    [[nodiscard]] virtual QString configure(QSqlDatabase &db) const = 0;
    // Statements that take the schema from version-1 to version.
    [[nodiscard]] virtual QStringList migration(int version) const = 0;
    [[nodiscard]] virtual int latestSchemaVersion() const = 0;
    // Starts a transaction that will write: taken before the first read so two writers never deadlock.
    [[nodiscard]] virtual QString beginWriteStatement() const = 0;
    [[nodiscard]] virtual SearchPage search(QSqlDatabase &db, const ParsedQuery &query, int offset,
                                            int limit) const = 0;
    // Engine-level consistency checks; each problem as one line.
    [[nodiscard]] virtual QStringList integrityProblems(QSqlDatabase &db) const = 0;
};

[[nodiscard]] std::unique_ptr<StoreBackend> makeSqliteBackend();

} // namespace Careleaf
