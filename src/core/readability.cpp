#include "readability.h"

#include <algorithm>

namespace Careleaf::Readability {

namespace {

bool isVowel(QChar c)
{
    switch (c.toLower().unicode()) {
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

} // namespace

int syllables(const QString &word)
{
    QString w;
    for (QChar c : word) {
        if (c.isLetter())
            w += c.toLower();
    }
    if (w.isEmpty())
        return 0;
    if (w.size() <= 3)
        return 1;
    int groups = 0;
    bool previousVowel = false;
    for (QChar c : w) {
        const bool vowel = isVowel(c);
        if (vowel && !previousVowel)
            ++groups;
        previousVowel = vowel;
    }
    // A final silent "e" ("infuse") does not make a syllable; "-le" after a consonant does ("table").
    if (w.endsWith(QLatin1Char('e')) && !w.endsWith(QLatin1String("le")) && groups > 1)
        --groups;
    if ((w.endsWith(QLatin1String("es")) || w.endsWith(QLatin1String("ed"))) && groups > 1 &&
        !w.endsWith(QLatin1String("ted")) && !w.endsWith(QLatin1String("ded")) && !w.endsWith(QLatin1String("ses")) &&
        !w.endsWith(QLatin1String("ces")) && !w.endsWith(QLatin1String("ges")))
        --groups;
    return std::max(1, groups);
}

Counts count(const QString &text)
{
    Counts c;
    QString word;
    bool sentenceOpen = false;
    auto flushWord = [&] {
        if (!word.isEmpty()) {
            bool hasLetter = std::any_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isLetter(); });
            if (hasLetter) {
                ++c.words;
                c.syllables += syllables(word);
                sentenceOpen = true;
            }
            word.clear();
        }
    };
    for (QChar ch : text) {
        if (ch.isLetterOrNumber() || ch == QLatin1Char('\'') || ch == QChar(0x2019)) {
            word += ch;
            continue;
        }
        flushWord();
        // List items and lines are sentences too: a bullet rarely ends with a full stop.
        if (ch == QLatin1Char('.') || ch == QLatin1Char('!') || ch == QLatin1Char('?') || ch == QLatin1Char(';') ||
            ch == QLatin1Char('\n')) {
            if (sentenceOpen) {
                ++c.sentences;
                sentenceOpen = false;
            }
        }
    }
    flushWord();
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
