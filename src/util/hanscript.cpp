#include "hanscript.h"

#include <QStringList>

#include <algorithm>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace Careleaf::HanScript {

namespace {

bool hasHan(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

// One transliterator a thread and direction, made when first needed (ICU reads its rules then):
// a transliterator is not to be used by two threads at once. Null when ICU lacks the rules.
QString transliterated(const QString &text, const char *id)
{
    if (!hasHan(text))
        return text;
    thread_local std::unique_ptr<icu::Transliterator> toHans;
    thread_local std::unique_ptr<icu::Transliterator> toHant;
    thread_local bool made = false;
    if (!made) {
        made = true;
        UErrorCode status = U_ZERO_ERROR;
        toHans.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            toHans.reset();
        status = U_ZERO_ERROR;
        toHant.reset(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            toHant.reset();
    }
    icu::Transliterator *t = qstrcmp(id, "Hant-Hans") == 0 ? toHans.get() : toHant.get();
    if (!t)
        return text;
    icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    t->transliterate(s);
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace

QString toSimplified(const QString &text)
{
    return transliterated(text, "Hant-Hans");
}

QString toTraditional(const QString &text)
{
    return transliterated(text, "Hans-Hant");
}

bool isTraditional(QStringView text)
{
    // Each character whose form in the other script differs is of its own script alone. Both
    // conversions map a character to one character; where one does not, the text is compared as
    // far as the two run alike.
    QString han;
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            han += c;
    }
    if (han.isEmpty())
        return false;
    const QString simplified = toSimplified(han);
    const QString traditional = toTraditional(han);
    qsizetype traditionalOnly = 0;
    qsizetype simplifiedOnly = 0;
    for (qsizetype i = 0; i < han.size(); ++i) {
        if (i < simplified.size() && simplified.at(i) != han.at(i))
            ++traditionalOnly;
        if (i < traditional.size() && traditional.at(i) != han.at(i))
            ++simplifiedOnly;
    }
    return traditionalOnly > simplifiedOnly;
}

QStringList otherScriptForms(const QString &word)
{
    QStringList out;
    for (const QString &form : {toSimplified(word), toTraditional(word)}) {
        if (form != word && !out.contains(form))
            out << form;
    }
    return out;
}

} // namespace Careleaf::HanScript
