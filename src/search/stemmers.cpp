#include "stemmers.h"

#include <QHash>

#include <libstemmer.h>
#include <memory>

namespace Careleaf::Stemmers {

namespace {

struct Free
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

// A stemmer is not safe to share between threads: each search thread keeps its own.
sb_stemmer *stemmerFor(const QString &language)
{
    thread_local QHash<QString, std::shared_ptr<sb_stemmer>> stemmers;
    const QString primary = language.section(u'-', 0, 0).toLower();
    if (const auto it = stemmers.constFind(primary); it != stemmers.cend())
        return it->get();
    // libstemmer knows languages by their ISO 639 codes as well as by name ("es", "spanish").
    std::shared_ptr<sb_stemmer> s(sb_stemmer_new(primary.toLatin1().constData(), "UTF_8"), Free{});
    stemmers.insert(primary, s);
    return s.get();
}

} // namespace

bool has(const QString &language)
{
    return stemmerFor(language) != nullptr;
}

QString stem(const QString &language, const QString &word)
{
    sb_stemmer *s = stemmerFor(language);
    if (!s || word.isEmpty())
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!out)
        return word; // out of memory: the word as typed still searches
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(s));
}

} // namespace Careleaf::Stemmers
