#include "digits.h"

#include <utility>

namespace Careleaf::Digits {

QString inScript(QString text, QChar zero)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Number_DecimalDigit)
            c = QChar(zero.unicode() + c.digitValue());
    }
    return text;
}

QString roman(int n)
{
    constexpr int Largest = 3999;
    if (n < 1 || n > Largest)
        return {};
    static const std::pair<int, const char16_t *> parts[] = {
        {1000, u"m"}, {900, u"cm"}, {500, u"d"}, {400, u"cd"}, {100, u"c"}, {90, u"xc"}, {50, u"l"},
        {40, u"xl"},  {10, u"x"},   {9, u"ix"},  {5, u"v"},    {4, u"iv"},  {1, u"i"}};
    QString out;
    for (const auto &[value, letters] : parts) {
        for (; n >= value; n -= value)
            out += QStringView(letters);
    }
    return out;
}

int fromRoman(QStringView text)
{
    constexpr qsizetype Longest = 15; // "mmmdccclxxxviii"
    if (text.isEmpty() || text.size() > Longest)
        return 0;
    const QString lower = text.toString().toLower();
    if (text != lower && text != lower.toUpper())
        return 0;
    int value = 0;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const auto of = [](QChar c) {
            switch (c.unicode()) {
            case u'i':
                return 1;
            case u'v':
                return 5;
            case u'x':
                return 10;
            case u'l':
                return 50;
            case u'c':
                return 100;
            case u'd':
                return 500;
            case u'm':
                return 1000;
            default:
                return 0;
            }
        };
        const int here = of(lower.at(i));
        if (here == 0)
            return 0;
        value += i + 1 < lower.size() && of(lower.at(i + 1)) > here ? -here : here;
    }
    // Only as roman() writes it: "iiii" and "vx" are no numerals.
    return roman(value) == lower ? value : 0;
}

} // namespace Careleaf::Digits
