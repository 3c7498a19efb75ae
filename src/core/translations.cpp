#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Careleaf {

void installTranslations()
{
    auto *translator = new QTranslator(QCoreApplication::instance()); // owned by the application
    // Falls back to English when there is no file for the user's language.
    if (translator->load(QLocale(), u"careleaf"_s, u"_"_s, u":/translations"_s) ||
        translator->load(u"careleaf_en"_s, u":/translations"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace Careleaf
