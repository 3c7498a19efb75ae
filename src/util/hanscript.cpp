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
// a transliterator is not to be used by two threads at once. Without ICU's rules, text is returned
// as it is.
QString transliterated(const QString &text, bool toSimplifiedForms)
{
    if (!hasHan(text))
        return text;
    struct Made
    {
        std::unique_ptr<icu::Transliterator> transliterator;
        bool tried = false;
    };
    thread_local Made made[2];
    Made &m = made[toSimplifiedForms ? 0 : 1];
    if (!m.tried) {
        m.tried = true;
        UErrorCode status = U_ZERO_ERROR;
        m.transliterator.reset(
            icu::Transliterator::createInstance(toSimplifiedForms ? "Hant-Hans" : "Hans-Hant", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m.transliterator.reset();
    }
    if (!m.transliterator)
        return text;
    icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    m.transliterator->transliterate(s);
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace

QString toSimplified(const QString &text)
{
    return transliterated(text, true);
}

QString toTraditional(const QString &text)
{
    return transliterated(text, false);
}

bool isTraditional(QStringView text)
{
    // Each character whose form in the other script differs is of its own script alone, over the
    // first few thousand (a document's script is plain by then). ICU converts by phrase as well as
    // by character (准备 and 準備), but each character to one: the two are compared as far as they
    // run alike.
    constexpr qsizetype Enough = 4000;
    QString han;
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han && han.size() < Enough)
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
