// libFuzzer target: what a user types, through the search-query translation: parseQuery, the
// search plan (synonyms, phrases, exclusions, ranges, short prefixes) and the FTS5 MATCH
// expressions the SQLite backend builds. Every expression is compiled and run by SQLite against
// an FTS5 table shaped like the library's, so input that could form FTS syntax SQLite refuses,
// or anything else the backend would surface as an error, fails the run.
#include "librarystore.h"
#include "searchengine.h"
#include "searchquery.h"
#include "storebackend.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<LibraryStore> store;
    std::unique_ptr<SearchEngine> engine;
    sqlite3 *db = nullptr;
    sqlite3_stmt *match = nullptr;

    Fixture()
    {
        LibraryStore::OpenResult opened = LibraryStore::open(dir.filePath(u"fuzz.sqlite"_s));
        if (!opened.store) {
            std::fprintf(stderr, "cannot open a library: %s\n", qPrintable(opened.error));
            std::abort();
        }
        store = std::move(opened.store);
        engine = std::make_unique<SearchEngine>(*store);
        if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
            sqlite3_exec(db,
                         "CREATE VIRTUAL TABLE f USING fts5(code, names, descriptor, body,"
                         " tokenize = 'unicode61 remove_diacritics 2');"
                         "INSERT INTO f VALUES ('96413', 'chemotherapy infusion', 'x', 'y')",
                         nullptr, nullptr, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(db, "SELECT rowid FROM f WHERE f MATCH ?", -1, &match, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "cannot set up FTS5: %s\n", sqlite3_errmsg(db));
            std::abort();
        }
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void check(bool ok, const char *what, const QString &input)
{
    if (ok)
        return;
    std::fprintf(stderr, "%s (input %s)\n", what, qPrintable(input));
    std::abort();
}

void runMatch(const QString &expression, const QString &input)
{
    Fixture &f = fixture();
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_reset(f.match);
    sqlite3_bind_text(f.match, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(f.match);
    if (rc != SQLITE_DONE)
        std::fprintf(stderr, "FTS5 refused %s: %s\n", utf8.constData(), sqlite3_errmsg(f.db));
    check(rc == SQLITE_DONE, "FTS5 refused the match expression", input);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the filters and the decoding, the rest is the typed text.
    const uint8_t mode = data[0];
    const char *rest = reinterpret_cast<const char *>(data + 1);
    const qsizetype restSize = qsizetype(size - 1);
    const QString input = (mode & 1) ? QString::fromUtf16(reinterpret_cast<const char16_t *>(rest), restSize / 2)
                                     : QString::fromUtf8(rest, restSize);

    const ParsedQuery q = parseQuery(input);
    check(q.terms.size() <= ParsedQuery::MaxTerms, "too many terms", input);
    for (const QString &term : q.terms) {
        check(!term.isEmpty() && term.size() <= ParsedQuery::MaxTermLength, "term length", input);
        for (QChar c : term)
            check(c.isLetterOrNumber() || c.isMark(), "a term holds a character that is not a word character", input);
    }

    SearchFilters filters;
    filters.settingsMask = (mode >> 1) & 0x7;
    filters.maxDurationMinutes = (mode & 0x10) ? 30 : 0;
    const SearchPlan plan = fixture().engine->plan(q, filters);
    if (plan.hasText())
        runMatch(SqliteFts::matchExpression(plan.groups), input);
    if (!plan.excluded.isEmpty())
        runMatch(SqliteFts::excludedExpression(plan), input);
    return 0;
}
