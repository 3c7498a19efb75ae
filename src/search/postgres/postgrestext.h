// Words as the clinic server indexes and searches them, folded by Careleaf (not by the server's
// locale) so both backends agree: tsvector literals, word arrays, tsquery text for a plan. The
// PostgreSQL search index's (postgresindex.cpp); the library's format steps use the name-word
// limits too.
#pragma once

#include "indexwords.h"
#include "searchindex.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Careleaf::PostgresText {

using namespace IndexWords;

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

// The library's words for each typed prefix (see PostgresIndex::expand()); a prefix not here
// stays a prefix term.
using Expansions = QHash<QString, QStringList>;

// One alternative as tsquery text: a prefix term, or a phrase whose last word is a prefix.
[[nodiscard]] QString alternative(const QStringList &words, const Expansions &expansions);
[[nodiscard]] QString groupsQuery(const QList<QList<QStringList>> &groups, const Expansions &expansions);
[[nodiscard]] QString excludedQuery(const QList<QStringList> &excluded, const Expansions &expansions);

} // namespace Careleaf::PostgresText
