#pragma once

#include <QByteArray>
#include <QString>

namespace Careleaf::PdfText {

// Makes the text of a PDF that Qt wrote read as the characters drawn.
//
// Qt 6.4's PDF writer tells a reader which character each glyph stands for (the font's
// ToUnicode map) by the first code point the font maps to that glyph. A glyph several code points
// share then reads as the lowest of them: a Latin "ff" ligature as U+FB00 ("ﬀ"), every Arabic
// letter as its presentation form (U+FExx), and common Chinese characters (人, 大, 水, 血) as
// Kangxi or CJK radicals (U+2Fxx, U+2Exx). The page looks right, but a screen reader, a copy and
// paste or a search in the PDF gets other characters than the document's. This rewrites those
// entries: compatibility characters by their decomposition ("ff", the Arabic letter, the
// ideograph), a CJK radical without one, or a rare ideograph (Extension A: 㬵 for 胶), by the common
// ideograph its font draws with the same glyph, unless drawn (the text the PDF shows, when known)
// holds it. An Arabic ligature of two letters stays as it is (readers would reverse its letters);
// a no-break space reads as a space.
//
// The ToUnicode maps are rewritten with the lengths and the cross-reference table they move. Returns
// false, and leaves pdf as it was, when the file is not laid out as Qt writes one (uncompressed
// maps, a single cross-reference table at the end); the PDF is then kept as Qt wrote it.
bool restoreCharacters(QByteArray *pdf, const QString &drawn = {});

} // namespace Careleaf::PdfText
