#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Careleaf {

void installTranslations()
{
    // Qt's own words first (the buttons of standard dialogs, the print and file dialogs), in the
    // user's language, from Qt's translations (Debian: qt6-translations-l10n).
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *translator = new QTranslator(QCoreApplication::instance()); // owned by the application
    // Falls back to English when there is no file for the user's language.
    if (translator->load(QLocale(), u"careleaf"_s, u"_"_s, u":/translations"_s) ||
        translator->load(u"careleaf_en"_s, u":/translations"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace Careleaf
