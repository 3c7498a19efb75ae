// Chinese written in its two scripts: Simplified (zh-Hans: 风险, 准备) and Traditional (zh-Hant:
// 風險, 準備). A patient's handout keeps the script its document is written in; search meets
// the two, so a word typed in either finds a procedure written in the other.
#pragma once

#include <QString>
#include <QStringView>

namespace Careleaf::HanScript {

// text with its Traditional characters in their Simplified forms (ICU's Traditional-Simplified
// transliteration, which also turns 「」 into “” and back). Text without Han characters is
// returned as it is.
[[nodiscard]] QString toSimplified(const QString &text);

// text with its Simplified characters in their usual Traditional forms. A Simplified character
// that stands for two Traditional ones (发: 發 and 髮) takes the commoner.
[[nodiscard]] QString toTraditional(const QString &text);

// Which script text is written in: Traditional where more of its characters are of that script
// alone than of Simplified alone. False for text with neither (Latin, or characters the two share).
[[nodiscard]] bool isTraditional(QStringView text);

// The forms of a word in the other script, other than the word itself (none for a word without
// a character that differs).
[[nodiscard]] QStringList otherScriptForms(const QString &word);

} // namespace Careleaf::HanScript
