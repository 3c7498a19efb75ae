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

} // namespace

int syllables(QStringView word)
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

namespace {

// Walks text word by word: onWord(syllables) for each word, onSentenceEnd(endPosition) after
// each sentence. Words are what lies between spaces, without the punctuation around them; a
// hyphenated word is one word, a number is a word of one syllable. A sentence ends at . ! or ?
// (not after a known abbreviation), and at a line break: a list item or a line of its own is a
// sentence, full stop or not.
template<typename OnWord, typename OnSentenceEnd>
void walk(const QString &text, OnWord onWord, OnSentenceEnd onSentenceEnd)
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
            onWord(syllables(token.sliced(first, last - first)));
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

} // namespace

Counts count(const QString &text)
{
    Counts c;
    walk(
        text,
        [&c](int syllables) {
            ++c.words;
            c.syllables += syllables;
        },
        [&c](qsizetype) { ++c.sentences; });
    return c;
}

QList<Sentence> sentences(const QString &text)
{
    QList<Sentence> out;
    Counts current;
    qsizetype start = 0;
    walk(
        text,
        [&current](int syllables) {
            ++current.words;
            current.syllables += syllables;
        },
        [&](qsizetype end) {
            current.sentences = 1;
            out.append({text.mid(start, end - start).trimmed(), grade(current)});
            current = {};
            start = end;
        });
    return out;
}

double fleschKincaidGrade(const QString &text)
{
    return grade(count(text));
}

} // namespace Careleaf::Readability
