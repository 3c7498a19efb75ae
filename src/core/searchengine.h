// Search as the GUI and the console run it: parses what was typed, widens each word with its
// base forms and lay-term equivalents, ranks in tiers (SearchIndex::search, tieredsearch.h), and, when the
// exact words find too little, corrects typos against the words in the library.
//
// Uses one LibraryStore and so belongs to that store's thread.
#pragma once

#include "librarystore.h"
#include "searchquery.h"
#include "synonyms.h"

#include <QCoreApplication>

namespace Careleaf {

struct SearchFilters
{
    QString system;             // "CPT", "HCPCS"; empty for any
    int settingsMask = 0;       // Facets::Setting bits; 0 for any
    int maxDurationMinutes = 0; // 0 for any
    QString language;           // BCP 47 ("es"); empty for any

    bool operator==(const SearchFilters &) const = default;
};

struct SearchRequest
{
    QString text;
    SearchFilters filters;
    int offset = 0;
    int limit = 100;
};

class SearchEngine
{
    Q_DISABLE_COPY_MOVE(SearchEngine)

public:
    // Typo correction runs when the exact words find fewer results than this.
    static constexpr int FewResults = 3;

    explicit SearchEngine(LibraryStore &store, Synonyms synonyms = Synonyms::load());

    // Which forms of a word a plan searches besides the word: its inflections and spellings
    // (Synonyms::baseForms(), spellingVariants()), or also the words it was derived from
    // (Synonyms::derivedForms()), searched only when the first find nothing or little
    // (derivedInstead()).
    enum class WordForms
    {
        Inflected,
        Derived
    };

    [[nodiscard]] SearchPage search(const SearchRequest &request);
    [[nodiscard]] SearchPlan plan(const ParsedQuery &query, const SearchFilters &filters,
                                  WordForms forms = WordForms::Inflected) const;

    // Words to highlight for a query: its terms, their base forms and equivalents.
    [[nodiscard]] QStringList highlightTerms(const QString &text) const;

    // The closest indexed word within one edit (five to seven letters) or two (eight or more);
    // empty when none, when the word starts an indexed word or is an inflection of one (a
    // plural, or a base of five letters or more), and when the library's words could not be
    // read (then *error says why).
    [[nodiscard]] QString correction(const QString &word, QString *error = nullptr);

    [[nodiscard]] LibraryStore &store() const { return m_store; }

    // About `words` words of text around the first word that starts with one of terms, the matched
    // words wrapped in highlightStart/highlightEnd; empty when nothing matches.
    [[nodiscard]] static QString snippet(const QString &text, const QStringList &terms, int words = 14);

private:
    void addSnippets(SearchPage &page, const SearchPlan &plan) const;
    // search() without the languages of the hits; splitHan: a Chinese question no text holds
    // whole may be searched as its words (hanWords()).
    [[nodiscard]] SearchPage searchPage(const SearchRequest &request, bool splitHan = true);
    // When no procedure has all the words: the procedures that have the most telling of them
    // (words of names before words of texts, the rarer first; a word no procedure has left out),
    // with closest and correctedQuery set (typed, the query as typed with words' corrections,
    // less the words left out); an empty page when there is nothing closer.
    [[nodiscard]] SearchPage closest(const ParsedQuery &words, const SearchRequest &request, const QString &typed);
    // text with each run of Han characters that no text holds whole (a question typed without
    // spaces, as Chinese is written: "胃镜检查前要空腹吗") as the words of it the library's texts
    // hold, longest first, between spaces ("胃镜检查 空腹"); a character no text holds beside
    // its neighbours ("吗") is left out, and so is a letter alone in a word with Han ("B超").
    // text itself when every run is held or none of them has a word a text holds; *error set
    // (and text returned) when the library cannot be read. Its lookups of the library are bounded.
    [[nodiscard]] QString hanWords(const QString &text, const SearchFilters &filters, QString *error);
    // Whether the page of the words derived from typed is shown instead of asTyped's (nothing
    // found as typed, or only in a text or two while the derived words name a procedure).
    [[nodiscard]] static bool derivedInstead(const SearchPage &asTyped, const SearchPage &derived,
                                             const QStringList &typed);

    // Whether a plan of terms leaves out their English function words ("on", "the"): when they
    // hold some and something else, and are not searched in another language, nor in a library
    // holding Vietnamese (whose syllables typed without their marks include "an", "do", "to").
    [[nodiscard]] bool leavesFunctionWordsOut(const QStringList &terms, const SearchFilters &filters) const;
    // Whether "d" is also tried as Vietnamese "đ": the filter on Vietnamese, or, with no
    // filter, the library holding a Vietnamese version (asked once a search, m_vietnamese).
    [[nodiscard]] bool holdsVietnamese(const SearchFilters &filters) const;

    LibraryStore &m_store;
    Synonyms m_synonyms;
    mutable std::optional<bool> m_vietnamese;
};

} // namespace Careleaf
