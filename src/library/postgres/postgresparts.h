// The parts of the PostgreSQL backend (postgresbackend.cpp) kept in files of their own: the
// library format's steps (postgresschema.cpp) and the server's errors. The words as the server
// indexes them are the search index's (search/postgres/postgrestext.h). Nothing outside
// library/postgres uses them.
#pragma once

#include "postgrestext.h"
#include "storebackend.h"

#include <QHash>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Careleaf::PostgresParts {

// The education log's only door (format 9 on): its name and argument types, as GRANT, REVOKE and
// ALTER FUNCTION name it.
inline const QString AppendLogFunction =
    QStringLiteral("careleaf_append_log(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT, TEXT, BOOLEAN)");

// The statements of format step version (1 to latestSchemaVersion); empty for a step with none.
[[nodiscard]] QStringList postgresMigration(int version);

// The server's own words in an error, without Qt's wrapping.
[[nodiscard]] QString serverWords(const QSqlError &error);
// True when error says the connection to the server is gone (rather than a refused statement).
[[nodiscard]] bool isConnectionLost(const QSqlError &error);

} // namespace Careleaf::PostgresParts
