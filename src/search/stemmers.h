// Snowball stemmers (libstemmer, the ones PostgreSQL's text search uses), by language: a query
// word's stem is searched as a prefix, so "infusiones" finds "infusión" and "инфузия" finds
// "инфузией", on both backends alike (the stem is taken here, not by the database).
#pragma once

#include <QString>

namespace Careleaf::Stemmers {

// Whether Snowball has a stemmer for the language (a BCP 47 code; its primary subtag counts).
[[nodiscard]] bool has(const QString &language);
// The stem of a lower-case word in that language, or the word when there is no stemmer.
[[nodiscard]] QString stem(const QString &language, const QString &word);

} // namespace Careleaf::Stemmers
