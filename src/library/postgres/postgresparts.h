// The parts of the PostgreSQL backend (postgresbackend.cpp) kept in files of their own: the
// library format's steps (postgresschema.cpp) and the words as the server indexes them
// and connection errors (postgrestext.cpp). Nothing outside library/postgres uses them.
#pragma once

#include "storebackend.h"

#include <QHash>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Careleaf::PostgresParts {

// The statements of format step version (1 to latestSchemaVersion); empty for a step with none.
[[nodiscard]] QStringList postgresMigration(int version);

// Lower case without diacritics: "Épaule" -> "epaule".
[[nodiscard]] QString fold(const QString &word);
// The words of a text as both backends split them (letters, digits, marks), folded.
[[nodiscard]] QStringList tokens(const QString &text);
[[nodiscard]] QStringList foldedWords(const QStringList &alternative);
// A PostgreSQL text[] literal of words.
[[nodiscard]] QString textArray(const QStringList &words);

// name_words keeps words up to this long, and titles cut to SortTitle: a key of the index
// stays far below PostgreSQL's limit of 2,704 bytes. A query word longer than this (or a
// prefix that stands for one) is never looked up there.
constexpr int MaxNameWordLength = 100;
[[nodiscard]] QString sortTitle(const QString &title);
extern const QString SortTitle;

// A tsvector literal ('word':1A,5A 'other':2B ...); words gets the distinct words of at least
// minWordLength characters.
[[nodiscard]] QString tsvectorLiteral(const IndexedText &text, QStringList *words = nullptr, int minWordLength = 3);

// The library's words for each typed prefix (see PostgresBackend::expand()); a prefix not here
// stays a prefix term.
using Expansions = QHash<QString, QStringList>;

// One alternative as tsquery text: a prefix term, or a phrase whose last word is a prefix.
[[nodiscard]] QString alternative(const QStringList &words, const Expansions &expansions);
[[nodiscard]] QString groupsQuery(const QList<QList<QStringList>> &groups, const Expansions &expansions);
[[nodiscard]] QString excludedQuery(const QList<QStringList> &excluded, const Expansions &expansions);
// The server's own words in an error, without Qt's wrapping.
[[nodiscard]] QString serverWords(const QSqlError &error);
// True when error says the connection to the server is gone (rather than a refused statement).
[[nodiscard]] bool isConnectionLost(const QSqlError &error);

} // namespace Careleaf::PostgresParts
