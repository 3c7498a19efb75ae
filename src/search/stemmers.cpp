#include "stemmers.h"

#include <QHash>
#include <QtDebug>

#include <dlfcn.h>
#include <libstemmer.h>
#include <memory>

namespace Careleaf::Stemmers {

namespace {

// libstemmer is loaded when a search first asks for a stem, not when a program starts: its
// tables are about 10,000 relocations, 1.5-2 ms of the start of every console command, and most
// of them (--version, list, show, check, log, import) never stem a word. The library is named by
// its SONAME, read from the file the build found (src/search/CMakeLists.txt).
struct Library
{
    decltype(&sb_stemmer_new) create = nullptr;
    decltype(&sb_stemmer_delete) destroy = nullptr;
    decltype(&sb_stemmer_stem) stem = nullptr;
    decltype(&sb_stemmer_length) length = nullptr;
};

const Library &library()
{
    static const Library loaded = [] {
        Library l;
        // Never closed: the stemmers of every thread use it until the process ends. Where the
        // loader looks, else where the build found it.
        void *handle = dlopen(CARELEAF_STEMMER_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (!handle)
            handle = dlopen(CARELEAF_STEMMER_FOLDER "/" CARELEAF_STEMMER_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (handle) {
            l.create = reinterpret_cast<decltype(l.create)>(dlsym(handle, "sb_stemmer_new"));
            l.destroy = reinterpret_cast<decltype(l.destroy)>(dlsym(handle, "sb_stemmer_delete"));
            l.stem = reinterpret_cast<decltype(l.stem)>(dlsym(handle, "sb_stemmer_stem"));
            l.length = reinterpret_cast<decltype(l.length)>(dlsym(handle, "sb_stemmer_length"));
        }
        if (!l.create || !l.destroy || !l.stem || !l.length) {
            // A broken installation (the package depends on the library): words of other
            // languages are then searched as typed, without their inflections.
            const char *why = dlerror();
            qWarning("careleaf: cannot load the Snowball stemmers (%s): %s", CARELEAF_STEMMER_SONAME,
                     why ? why : "a function is missing");
            l = {};
        }
        return l;
    }();
    return loaded;
}

struct Free
{
    void operator()(sb_stemmer *s) const { library().destroy(s); }
};

// A stemmer is not safe to share between threads: each search thread keeps its own.
sb_stemmer *stemmerFor(const QString &language)
{
    const Library &l = library();
    if (!l.create)
        return nullptr;
    thread_local QHash<QString, std::shared_ptr<sb_stemmer>> stemmers;
    const QString primary = language.section(u'-', 0, 0).toLower();
    if (const auto it = stemmers.constFind(primary); it != stemmers.cend())
        return it->get();
    // libstemmer knows languages by their ISO 639 codes as well as by name ("es", "spanish").
    sb_stemmer *made = l.create(primary.toLatin1().constData(), "UTF_8");
    std::shared_ptr<sb_stemmer> s = made ? std::shared_ptr<sb_stemmer>(made, Free{}) : nullptr;
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
    const Library &l = library();
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *out = l.stem(s, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!out)
        return word; // out of memory: the word as typed still searches
    return QString::fromUtf8(reinterpret_cast<const char *>(out), l.length(s));
}

} // namespace Careleaf::Stemmers
