#include "digits.h"

namespace Careleaf::Digits {

QString inScript(QString text, QChar zero)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Number_DecimalDigit)
            c = QChar(zero.unicode() + c.digitValue());
    }
    return text;
}

} // namespace Careleaf::Digits
