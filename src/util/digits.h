// Decimal digits of any script (Arabic-Indic ٠١٢, Persian ۰۱۲, full-width ０１２, Devanagari …)
// written in one script: a code typed or printed in a patient's digits is the same code.
#pragma once

#include <QChar>
#include <QString>

namespace Careleaf::Digits {

// text with every decimal digit written in the script whose zero is zero: "٩٦٣٧٤" with u'0'
// is "96374"; "Page 1 of 2" with u'\u0660' is "Page ١ of ٢". Nothing else changes.
[[nodiscard]] QString inScript(QString text, QChar zero);

// The digits of text as ASCII digits: how codes are stored and looked up.
[[nodiscard]] inline QString western(const QString &text)
{
    return inScript(text, u'0');
}

// text as a code is read wherever it is typed or written: in compatibility form (NFKC: the
// full-width "ｃｐｔ：Ｊ３４" is "cpt:J34") with western digits.
[[nodiscard]] inline QString plain(const QString &text)
{
    return western(text.normalized(QString::NormalizationForm_KC));
}

// A character's number as the Unicode standard writes it, in hexadecimal digits after "U+":
// "007F", "0E01", "1F600".
[[nodiscard]] inline QString codePoint(char32_t c)
{
    return QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

// n (1 to 3999) in lower-case roman numerals, "iv"; empty for any other n.
[[nodiscard]] QString roman(int n);

// The value of text in roman numerals of one case ("iv", "XII") as roman() writes them, or 0.
[[nodiscard]] int fromRoman(QStringView text);

} // namespace Careleaf::Digits
