#include "readability.h"

#include <algorithm>

namespace Careleaf::Readability {

namespace {

bool isVowel(char16_t c)
{
    switch (c) {
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

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Works on a view of the text: counting runs once per import, over every word of a document.
int syllablesOf(QStringView word)
{
    char16_t letters[64];
    qsizetype n = 0;
    for (QChar c : word) {
        if (c.isLetter() && n < qsizetype(std::size(letters)))
            letters[n++] = c.toLower().unicode();
    }
    if (n == 0)
        return 0;
    if (n <= 3)
        return 1;
    int groups = 0;
    bool previousVowel = false;
    for (qsizetype i = 0; i < n; ++i) {
        const bool vowel = isVowel(letters[i]);
        if (vowel && !previousVowel)
            ++groups;
        previousVowel = vowel;
    }
    const QStringView w(letters, n);
    // A final silent "e" ("infuse") does not make a syllable; "-le" after a consonant does ("table").
    if (w.endsWith(u'e') && !w.endsWith(u"le") && groups > 1)
        --groups;
    if ((w.endsWith(u"es") || w.endsWith(u"ed")) && groups > 1 && !w.endsWith(u"ted") && !w.endsWith(u"ded") &&
        !w.endsWith(u"ses") && !w.endsWith(u"ces") && !w.endsWith(u"ges"))
        --groups;
    return std::max(1, groups);
}

} // namespace

Counts count(const QString &text)
{
    Counts c;
    bool sentenceOpen = false;
    qsizetype start = -1;
    bool hasLetter = false;
    auto flushWord = [&](qsizetype end) {
        if (start >= 0 && hasLetter) {
            ++c.words;
            c.syllables += syllablesOf(QStringView(text).sliced(start, end - start));
            sentenceOpen = true;
        }
        start = -1;
        hasLetter = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (isWordChar(ch)) {
            if (start < 0)
                start = i;
            hasLetter = hasLetter || ch.isLetter();
            continue;
        }
        flushWord(i);
        // List items and lines are sentences too: a bullet rarely ends with a full stop.
        if (ch == QLatin1Char('.') || ch == QLatin1Char('!') || ch == QLatin1Char('?') || ch == QLatin1Char(';') ||
            ch == QLatin1Char('\n')) {
            if (sentenceOpen) {
                ++c.sentences;
                sentenceOpen = false;
            }
        }
    }
    flushWord(text.size());
    if (sentenceOpen)
        ++c.sentences;
    return c;
}

double fleschKincaidGrade(const QString &text)
{
    const Counts c = count(text);
    if (c.words == 0 || c.sentences == 0)
        return 0.0;
    return 0.39 * (double(c.words) / c.sentences) + 11.8 * (double(c.syllables) / c.words) - 15.59;
}

} // namespace Careleaf::Readability
