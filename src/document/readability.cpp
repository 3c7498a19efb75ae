#include "readability.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf::Readability {

namespace {

// Lower-case vowels only: a capital starts a word or a name, and GNU style counts it as a
// consonant too, so the two figures agree.
bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
        return true;
    default:
        return false;
    }
}

// Abbreviations whose full stop does not end a sentence.
bool isAbbreviation(QStringView word)
{
    static const QStringList known{u"dr."_s,  u"mr."_s,  u"mrs."_s, u"ms."_s,  u"st."_s,     u"vs."_s,
                                   u"e.g."_s, u"i.e."_s, u"eg."_s,  u"etc."_s, u"approx."_s, u"no."_s,
                                   u"fig."_s, u"min."_s, u"max."_s, u"prof."_s};
    for (const QString &a : known) {
        if (word.compare(a, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int englishSyllables(QStringView word)
{
    int groups = 0;
    bool previousVowel = false;
    bool endsInVowel = false;
    qsizetype letters = 0;
    for (QChar c : word) {
        if (!c.isLetterOrNumber())
            continue;
        ++letters;
        const bool vowel = isVowel(c);
        if (vowel && !previousVowel)
            ++groups;
        previousVowel = vowel;
        endsInVowel = vowel;
    }
    if (letters == 0)
        return 0;
    if (endsInVowel)
        --groups; // "the", "area", "chemo": a final vowel is not counted
    if (groups > 1 && word.endsWith(u"ed"))
        --groups; // "needed", "started"
    return std::max(1, groups);
}

// Spanish vowels; the strong ones (a e o, and i or u with an accent, which break a diphthong)
// begin a syllable of their own right after another vowel: "dí-a", "le-e", but "cuí-da" is one
// group "ui" (u is weak).
bool isSpanishVowel(QChar c)
{
    return u"aeiouáéíóúü"_s.contains(c);
}

bool isStrongSpanishVowel(QChar c)
{
    return u"aeoáéíóú"_s.contains(c);
}

int spanishSyllables(QStringView word)
{
    const QString lower = word.toString().toLower();
    int nuclei = 0;
    QChar previous;
    bool previousVowel = false;
    qsizetype letters = 0;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        if (!c.isLetterOrNumber())
            continue;
        ++letters;
        // "y" is a vowel only at the end of a word ("y", "muy", "hay").
        const bool vowel = isSpanishVowel(c) || (c == u'y' && i + 1 == lower.size());
        if (vowel && (!previousVowel || (isStrongSpanishVowel(previous) && isStrongSpanishVowel(c))))
            ++nuclei;
        previousVowel = vowel;
        previous = c;
    }
    return letters == 0 ? 0 : std::max(1, nuclei);
}

} // namespace

Formula formulaFor(const QString &language)
{
    const QString primary = language.section(u'-', 0, 0).toLower();
    if (primary == u"en"_s)
        return Formula::FleschKincaid;
    if (primary == u"es"_s)
        return Formula::FernandezHuerta;
    return Formula::None;
}

int syllables(QStringView word, Formula formula)
{
    return formula == Formula::FernandezHuerta ? spanishSyllables(word) : englishSyllables(word);
}

namespace {

// Walks text word by word: onWord(syllables) for each word, onSentenceEnd(endPosition) after
// each sentence. Words are what lies between spaces, without the punctuation around them; a
// hyphenated word is one word, a number is a word of one syllable. A sentence ends at . ! or ?
// (not after a known abbreviation), and at a line break: a list item or a line of its own is a
// sentence, full stop or not.
template<typename OnWord, typename OnSentenceEnd>
void walk(const QString &text, Formula formula, OnWord onWord, OnSentenceEnd onSentenceEnd)
{
    bool sentenceOpen = false;
    auto endSentence = [&](qsizetype at) {
        if (sentenceOpen) {
            onSentenceEnd(at);
            sentenceOpen = false;
        }
    };
    static const QString closing = u"\"'\u201D\u2019)]\u00BB"_s;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'\n') {
            endSentence(i);
            ++i;
            continue;
        }
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        const QStringView token = QStringView(text).sliced(start, i - start);
        QStringView trimmed = token;
        while (!trimmed.isEmpty() && closing.contains(trimmed.back()))
            trimmed.chop(1);
        const bool ends = !trimmed.isEmpty() &&
                          (trimmed.back() == u'.' || trimmed.back() == u'!' || trimmed.back() == u'?') &&
                          !isAbbreviation(trimmed);
        qsizetype first = 0;
        qsizetype last = token.size();
        while (first < last && !token.at(first).isLetterOrNumber())
            ++first;
        while (last > first && !token.at(last - 1).isLetterOrNumber())
            --last;
        if (first < last) {
            onWord(syllables(token.sliced(first, last - first), formula));
            sentenceOpen = true;
        }
        if (ends)
            endSentence(i);
    }
    endSentence(n);
}

double grade(const Counts &c)
{
    if (c.words == 0 || c.sentences == 0)
        return 0.0;
    return 0.39 * (double(c.words) / c.sentences) + 11.8 * (double(c.syllables) / c.words) - 15.59;
}

double ease(const Counts &c)
{
    if (c.words == 0 || c.sentences == 0)
        return 0.0;
    // As corrected by Law (2011): the published formula's last term, sentences per 100 words,
    // made shorter sentences read harder; Flesch's formula, which it refits, has words per sentence.
    return 206.84 - 60.0 * c.syllables / c.words - 1.02 * c.words / c.sentences;
}

} // namespace

Counts count(const QString &text, Formula formula)
{
    Counts c;
    walk(
        text, formula,
        [&c](int syllables) {
            ++c.words;
            c.syllables += syllables;
        },
        [&c](qsizetype) { ++c.sentences; });
    return c;
}

QList<Sentence> sentences(const QString &text, Formula formula)
{
    QList<Sentence> out;
    Counts current;
    qsizetype start = 0;
    walk(
        text, formula,
        [&current](int syllables) {
            ++current.words;
            current.syllables += syllables;
        },
        [&](qsizetype end) {
            current.sentences = 1;
            out.append({text.mid(start, end - start).trimmed(),
                        formula == Formula::FernandezHuerta ? 100.0 - ease(current) : grade(current)});
            current = {};
            start = end;
        });
    return out;
}

double fleschKincaidGrade(const QString &text)
{
    return grade(count(text));
}

double fernandezHuertaEase(const QString &text)
{
    return ease(count(text, Formula::FernandezHuerta));
}

} // namespace Careleaf::Readability
