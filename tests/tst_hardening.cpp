// Trying hard to break the core: random and adversarial queries through the real search path,
// and the fuzzers' search findings replayed.
#include "importer.h"
#include "librarystore.h"
#include "searchengine.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

// One query string of a random kind: search syntax, SQL, control characters, any code point
// (lone surrogates included), huge strings, or pieces of real queries glued together.
QString hostileQuery(QRandomGenerator &rng)
{
    static const QStringList pieces{
        u"\""_s,
        u"-"_s,
        u"*"_s,
        u":"_s,
        u"^"_s,
        u"("_s,
        u")"_s,
        u"+"_s,
        u"NEAR("_s,
        u" OR "_s,
        u" AND "_s,
        u" NOT "_s,
        u"cpt:"_s,
        u"hcpcs:"_s,
        u"96360-96379"_s,
        u"J1000-J1999"_s,
        u"'; DROP TABLE procedures; --"_s,
        u"' OR 1=1 --"_s,
        u"%"_s,
        u"_"_s,
        u"\\"_s,
        u"/*"_s,
        u"*/"_s,
        u"\u202e"_s,
        u"\u200b"_s,
        u"\ufeff"_s,
        u"chemo"_s,
        u"infusion"_s,
        u"heart cath"_s,
        u"magnesium"_s,
        u"9641"_s,
        u"x"_s,
        u"café"_s,
        u"ǅ"_s,
        u"ﬁ"_s,
        u"İ"_s,
        u"\U0001F489"_s,
        u"{"_s,
        u"}"_s,
        u"["_s,
        u"]"_s,
        u"$"_s,
        u"?"_s,
        u"@"_s,
    };
    QString q;
    switch (rng.bounded(6)) {
    case 0: // syntax soup
        for (int i = 0, n = int(rng.bounded(1, 12)); i < n; ++i)
            q += pieces.at(qsizetype(rng.bounded(qsizetype(pieces.size())))) + (rng.bounded(2) ? u" "_s : QString());
        break;
    case 1: // control characters and NUL among words
        for (int i = 0, n = int(rng.bounded(1, 40)); i < n; ++i)
            q += rng.bounded(3) == 0 ? QChar(char16_t(rng.bounded(0x20))) : QChar(char16_t(u'a' + rng.bounded(26)));
        break;
    case 2: // any UTF-16 code unit, surrogates and non-characters included
        for (int i = 0, n = int(rng.bounded(1, 30)); i < n; ++i)
            q += QChar(char16_t(rng.bounded(0x10000)));
        break;
    case 3: // huge: a long word, many words, many quotes
        switch (rng.bounded(3)) {
        case 0:
            q = QString(qsizetype(rng.bounded(1000, 200000)), u'a');
            break;
        case 1:
            for (int i = 0, n = int(rng.bounded(50, 5000)); i < n; ++i)
                q += pieces.at(qsizetype(rng.bounded(qsizetype(pieces.size())))) + u' ';
            break;
        default:
            q = QString(qsizetype(rng.bounded(10, 20000)), u'"');
        }
        break;
    case 4: // plausible typing with mistakes
        for (int i = 0, n = int(rng.bounded(1, 5)); i < n; ++i) {
            QString w = pieces.at(qsizetype(rng.bounded(qsizetype(pieces.size()))));
            if (!w.isEmpty() && rng.bounded(2))
                w[qsizetype(rng.bounded(qsizetype(w.size())))] = QChar(char16_t(u'a' + rng.bounded(26)));
            q += w + u' ';
        }
        break;
    default: // random bytes read as UTF-8
    {
        QByteArray bytes;
        for (int i = 0, n = int(rng.bounded(1, 60)); i < n; ++i)
            bytes += char(rng.bounded(256));
        q = QString::fromUtf8(bytes);
    }
    }
    return q;
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{Test::scratchTemplate()};
    std::unique_ptr<LibraryStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        LibraryStore::OpenResult opened = LibraryStore::open(m_dir.filePath(u"hostile.sqlite"_s));
        QVERIFY2(opened.store, qPrintable(opened.error));
        m_store = std::move(opened.store);
        const ImportReport report =
            Importer::importPaths(*m_store, {QStringLiteral(CARELEAF_SAMPLE_DIR), Test::dataPath(u"relevance"_s)});
        QVERIFY(report.rejected() == 0);
        QVERIFY(m_store->count() >= 20);
    }

    // 100,000 queries, 30,000 in the sanitizer build (CARELEAF_HOSTILE_QUERIES overrides,
    // CARELEAF_HOSTILE_SEED picks others)
    // through SearchEngine, the path every keystroke takes: no error reaches the user,
    // nothing crashes, and no query takes long enough to look like a hang.
    void shouldSurviveRandomAndAdversarialQueries()
    {
        int count = Test::underSanitizer ? 30'000 : 100'000;
        if (const int fromEnv = qEnvironmentVariableIntValue("CARELEAF_HOSTILE_QUERIES"); fromEnv > 0)
            count = fromEnv;
        const quint32 seed = quint32(qEnvironmentVariableIntValue("CARELEAF_HOSTILE_SEED"));
        QRandomGenerator rng(seed == 0 ? 20261123u : seed);
        SearchEngine engine(*m_store);
        qint64 slowest = 0;
        QString slowestQuery;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < count; ++i) {
            const QString query = hostileQuery(rng);
            SearchFilters filters;
            filters.settingsMask = int(rng.bounded(4));
            QElapsedTimer clock;
            clock.start();
            const SearchPage page = engine.search({query, filters, int(rng.bounded(3)) * 10, 20});
            const qint64 ms = clock.elapsed();
            if (ms > slowest) {
                slowest = ms;
                slowestQuery = query.left(60);
            }
            if (!page.error.isEmpty())
                QFAIL(qPrintable(u"query %1 (%2 characters, \"%3\"): %4"_s.arg(i)
                                     .arg(query.size())
                                     .arg(query.left(80), page.error)));
            // A hang guard, not a speed target: the slowest query is reported below.
            QVERIFY2(ms < 5000, qPrintable(u"query %1 took %2 ms: %3"_s.arg(i).arg(ms).arg(query.left(80))));
        }
        qInfo("%d queries in %lld ms; slowest %lld ms (\"%s\")", count, total.elapsed(), slowest,
              qPrintable(slowestQuery));
    }

    // Inputs the query fuzzer kept (tests/data/fuzz/searchquery; the first byte picks filters and
    // decoding there) go through the real search too.
    void shouldSearchFuzzerFindings_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QDir dir(Test::dataPath(u"fuzz/searchquery"_s));
        QTest::newRow("empty") << QByteArray();
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << Test::readFile(dir.filePath(name));
    }

    void shouldSearchFuzzerFindings()
    {
        QFETCH(QByteArray, input);
        SearchEngine engine(*m_store);
        const QString text = input.isEmpty() ? QString() : QString::fromUtf8(input.mid(1));
        const SearchPage page = engine.search({text, {}, 0, 20});
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    }
};

QTEST_MAIN(TestHardening)
#include "tst_hardening.moc"
