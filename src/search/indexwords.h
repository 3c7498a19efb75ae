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

// The same word as its language also writes it: Russian е for ё and back ("остается",
// "остаётся"), Vietnamese d for đ and back in a word of a syllable's length ("dau", "đau"), Arabic with and without its
// article ال, with each hamza seat on an initial alef (ا أ إ آ) and ة/ه, ى/ي at the end ("ابره", "الإبرة"), and
// with the words written onto it before it: و, and the article after ب و ف ك ل ("بالنيبولايزر"), and with no
// hamza on its seat (fold()'s form, which a word written with vowel marks is indexed by too: "يوخذ"). SQLite's
// tokenizer keeps all of these apart; fold() (the server's words) makes ё and the hamza seats one already, not the
// rest. word lower case; word itself not included; empty for most words.
[[nodiscard]] QStringList otherSpellings(const QString &word);

// text with the forms of its words a search needs besides, on lines of their own after it, marked
// so that what people read leaves them out (readable()):
// - Chinese is written without spaces between words, so a run of Han characters is one token.
//   Each run of two or more is also indexed as the pairs of characters it holds ("静脉输液" ->
//   静脉 脉输 输液); a word of Han characters is searched as the phrase of its pairs.
// - FTS5's tokenizer ends a word at a vowel mark or a shadda ("تجنّب" is two tokens to it) and
//   keeps the tatweel that draws one out ("لقـاح"): each such word is also indexed as fold()
//   makes it, without them, as a query's words are searched ("تجنب", "لقاح").
[[nodiscard]] QString withSearchForms(const QString &text);
// indexed without its words' unmarked forms (the server's words are folded, marks and all: a word
// would be counted twice), its Chinese pairs kept.
[[nodiscard]] QString withoutUnmarkedForms(const QString &indexed);
[[nodiscard]] QString readable(const QString &indexed);
// The pairs of a word of three Han characters or more ("输液治疗" -> 输液 液治 治疗), else nothing.
[[nodiscard]] QStringList hanPairs(const QString &word);
[[nodiscard]] bool hasHan(const QString &word);

} // namespace Careleaf::IndexWords
