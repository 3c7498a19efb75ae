// Loads Careleaf's compiled translations (resources/translations) for the user's locale, and lets
// a handout speak its patient's language while the application speaks the staff's.
#pragma once

#include <QString>
#include <QStringList>

namespace Careleaf {

// Installs the translators on the running application: Qt's own words, Careleaf's in the user's
// language (or the language chosen in Preferences: language, empty for the system's), and the
// one TranslationScope answers through. English is loaded for English locales too: it holds the
// plural forms of "%n" strings. Safe to call again after the language changed.
void installTranslations(const QString &language = {});

// The languages Careleaf's own words are translated into (BCP 47 codes, "en" first), and whether
// a language's translation covers the application (its menus and dialogs) or a handout's words only.
[[nodiscard]] QStringList translatedLanguages();
// code as those are named: the code of Careleaf's tables for a translation file's Qt name, or one
// saved by an earlier Careleaf ("fil", "zh_TW" -> "tl", "zh-Hant"); any other code as it is.
[[nodiscard]] QString languageCode(const QString &code);
[[nodiscard]] bool translatesTheApplication(const QString &language);

// While a TranslationScope lives, tr() on this thread in the given contexts (the class names
// lupdate files them under, such as "Careleaf::Handout") answers in language (BCP 47), whatever
// language the application speaks; a message with no translation there reads as its source
// (English). The handout uses it to print its own words in the patient's language. Scopes nest.
class TranslationScope
{
public:
    TranslationScope(const QString &language, const QStringList &contexts);
    ~TranslationScope();
    TranslationScope(const TranslationScope &) = delete;
    TranslationScope &operator=(const TranslationScope &) = delete;

    // True when Careleaf's own words are translated into language (English always is).
    [[nodiscard]] static bool hasTranslation(const QString &language);

private:
    QString previousLanguage_;
    QStringList previousContexts_;
};

} // namespace Careleaf
