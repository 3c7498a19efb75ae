// How wide text stands in a fixed-width font (a terminal, a plain-text editor): two columns for a
// wide character (Han, Hangul, full-width forms), none for a mark, one for the rest. Tables typed
// with spaces line up by it; `show` lines tables up by it.
#pragma once

#include <QChar>
#include <QStringView>

namespace Careleaf::TextWidth {

[[nodiscard]] inline qsizetype columns(QStringView text)
{
    qsizetype n = 0;
    for (char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        const QChar::Category category = QChar::category(c);
        n += category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ? 0 : wide ? 2 : 1;
    }
    return n;
}

} // namespace Careleaf::TextWidth
