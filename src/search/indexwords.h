// Words as both engines index them: split at anything that is not a letter, a digit or a mark,
// lower case, diacritics removed, as SQLite's FTS5 unicode61 tokenizer (remove_diacritics 2)
// does. Careleaf folds them itself, so what is found never depends on a server's locale.
#pragma once

#include <QString>
#include <QStringList>

namespace Careleaf::IndexWords {

// Lower case without diacritics: "Épaule" -> "epaule".
[[nodiscard]] QString fold(const QString &word);
// The words of a text, folded, in order (repeats kept).
[[nodiscard]] QStringList tokens(const QString &text);
// An alternative's words folded, those that fold to nothing (diacritics alone) left out.
[[nodiscard]] QStringList foldedWords(const QStringList &alternative);

} // namespace Careleaf::IndexWords
