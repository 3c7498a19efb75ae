#include "translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QTranslator>

#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

const QString Resources = u":/translations"_s;

// What the scopes of this thread ask for.
thread_local QString scopeLanguage;
thread_local QStringList scopeContexts;

// Careleaf's words in one language, loaded once per language and kept for the program's life:
// a translator is never destroyed here, as that would take the lock translate() runs under.
const QTranslator *wordsIn(const QString &language)
{
    struct Words
    {
        std::unique_ptr<QTranslator> translator = std::make_unique<QTranslator>();
        bool loaded = false;
    };
    static QMutex mutex;
    static std::map<QString, Words> loaded;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = loaded.find(language); it != loaded.end())
            return it->second.loaded ? it->second.translator.get() : nullptr;
    }
    // Loaded outside the mutex: translate() takes the mutex under Qt's translate lock, and loading
    // may take that lock, so holding the mutex here could deadlock. Another thread may load the same
    // language meanwhile; the first one stored wins, and the other is left alive, unused, as
    // destroying a translator takes Qt's lock too.
    Words words;
    words.loaded = words.translator->load(QLocale(language), u"careleaf"_s, u"_"_s, Resources);
    const QMutexLocker lock(&mutex);
    const auto [it, stored] = loaded.try_emplace(language, std::move(words)); // not moved when there
    if (!stored)
        (void)words.translator.release();
    return it->second.loaded ? it->second.translator.get() : nullptr;
}

// Installed last, so asked first: inside a scope, the scope's contexts answer in its language,
// and never fall through to the application's own language.
class ScopeTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    [[nodiscard]] bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (scopeLanguage.isEmpty() || !sourceText || !scopeContexts.contains(QLatin1StringView(context)))
            return {};
        if (const QTranslator *words = wordsIn(scopeLanguage)) {
            if (QString text = words->translate(context, sourceText, disambiguation, n); !text.isNull())
                return text;
        }
        return QString::fromUtf8(sourceText);
    }
};

QPointer<QTranslator> qtWords;
QPointer<QTranslator> englishWords;
QPointer<QTranslator> appWords;
QPointer<ScopeTranslator> scopeWords;

void replace(QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

void installScopeTranslator()
{
    if (scopeWords)
        QCoreApplication::removeTranslator(scopeWords);
    else
        scopeWords = new ScopeTranslator(QCoreApplication::instance()); // owned by the application
    QCoreApplication::installTranslator(scopeWords);
}

} // namespace

void installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // Qt's own words first (the buttons of standard dialogs, the print and file dialogs), in the
    // user's language, from Qt's translations (Debian: qt6-translations-l10n). Not looked for when
    // the first language the locale asks for (LANGUAGE, LC_MESSAGES, as Qt reads them) is English
    // or the C locale's, which they are written in: finding Qt's folder and trying each file name
    // the locale could have was nearly half of what the console's main() did.
    const auto inEnglish = [](const QLocale &l) {
        return l.language() == QLocale::English || l.language() == QLocale::C;
    };
    const QStringList asked = locale.uiLanguages();
    const bool speaksEnglish = inEnglish(locale);
    auto *qt = inEnglish(asked.isEmpty() ? locale : QLocale(asked.first()))
                   ? nullptr
                   : new QTranslator(QCoreApplication::instance());
    if (qt && !qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(qtWords, qt);

    // English beneath (it holds the plural forms of "%n" strings), the user's language over it: a
    // language translated in part (only a handout's words) reads English for the rest.
    auto *english = new QTranslator(QCoreApplication::instance()); // owned by the application
    if (!english->load(u"careleaf_en"_s, Resources)) {
        delete english;
        english = nullptr;
    }
    replace(englishWords, english);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (speaksEnglish || !translator->load(locale, u"careleaf"_s, u"_"_s, Resources)) {
        delete translator;
        translator = nullptr;
    }
    replace(appWords, translator);
    installScopeTranslator();
}

QString languageCode(const QString &code)
{
    static const QHash<QString, QString> tableCodes{
        {u"fil"_s, u"tl"_s}, {u"zh-CN"_s, u"zh-Hans"_s}, {u"zh-TW"_s, u"zh-Hant"_s}};
    const QString dashed = QString(code).replace(u'_', u'-');
    return tableCodes.value(dashed, dashed);
}

QStringList translatedLanguages()
{
    // By the codes Careleaf's language tables and options use (--language tl, zh-Hant), not the
    // translation files' Qt names (careleaf_fil, careleaf_zh_TW), which IT was shown in a message.
    QStringList languages{u"en"_s};
    for (QDirIterator it(Resources, {u"careleaf_*.qm"_s}); it.hasNext();) {
        it.next();
        const QString code = languageCode(it.fileName().mid(9).chopped(3));
        if (!languages.contains(code))
            languages << code;
    }
    std::sort(languages.begin() + 1, languages.end());
    return languages;
}

bool translatesTheApplication(const QString &language)
{
    if (QLocale(language).language() == QLocale::English)
        return true;
    // A translation of the application translates its menus.
    const QTranslator *words = wordsIn(language);
    return words && !words->translate("MainWindow", "&File").isEmpty();
}

TranslationScope::TranslationScope(const QString &language, const QStringList &contexts)
    : previousLanguage_(scopeLanguage)
    , previousContexts_(scopeContexts)
{
    if (!scopeWords && QCoreApplication::instance())
        installScopeTranslator();
    scopeLanguage = language.isEmpty() ? u"en"_s : language;
    scopeContexts = contexts;
    (void)wordsIn(scopeLanguage); // loaded here, not under the lock translate() runs under
}

TranslationScope::~TranslationScope()
{
    scopeLanguage = previousLanguage_;
    scopeContexts = previousContexts_;
}

bool TranslationScope::hasTranslation(const QString &language)
{
    return wordsIn(language) != nullptr;
}

} // namespace Careleaf
