// Helpers shared by the tests: fixture paths, reading files, word sequences, external tools.
#pragma once

#include "librarystore.h"
#include "procedure.h"
#include "procedurelistmodel.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QProcessEnvironment>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Careleaf::Test {

// Waits until model shows the latest query's results and no further page is on its way (the
// model searches on its SearchService's thread); false when that takes longer than timeoutMs.
[[nodiscard]] inline bool settled(const ProcedureListModel &model, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&model] { return !model.isSearching() && !model.isFetching(); }, timeoutMs);
}

// True in the AddressSanitizer build, where everything runs several times slower: tests that are
// long by design take a smaller sample there; the release build runs the whole one.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool underSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool underSanitizer = true;
#else
inline constexpr bool underSanitizer = false;
#endif
#else
inline constexpr bool underSanitizer = false;
#endif

// Qt Test stops any test function after QTEST_FUNCTION_TIMEOUT (300 s by default), whatever
// CTest's own time-out says. A program whose functions are long by design raises it before
// main() runs (the environment wins when it sets one), with CARELEAF_LONG_TEST_FUNCTIONS(minutes);
// its CTest TIMEOUT must be longer still.
bool raiseFunctionTimeout(int minutes);
#define CARELEAF_LONG_TEST_FUNCTIONS(minutes)                                                                          \
    [[maybe_unused]] static const bool careleafFunctionTimeoutRaised = Careleaf::Test::raiseFunctionTimeout(minutes)

[[nodiscard]] QString dataPath(const QString &relative);
// The template for a test program's temporary folders, QTemporaryDir m_dir{scratchTemplate()}:
// <tmp>/careleaf-<program>-<pid>-XXXXXX. A test killed by a time-out, a crash or SIGKILL cleans up
// nothing, so the first call also removes the folders of test processes that are gone (stopping a
// PostgreSQL cluster left running in one).
[[nodiscard]] QString scratchTemplate();
// Points HOME at a new, empty folder of this test program's own, so that test mode's
// ~/.qttest (the default library, settings, waiting log rows) is never shared with test programs
// running beside it or left from an earlier run. Call first thing in initTestCase(), before
// QStandardPaths::setTestModeEnabled(true).
void useOwnHome();
[[nodiscard]] QStringList seedFiles(); // the five seed documents, sorted
[[nodiscard]] QByteArray readFile(const QString &path);
// Words (letters and digits runs) in order, lower-cased.
[[nodiscard]] QStringList words(const QString &text);
// Every word the parsed procedure holds, in document order (descriptor, lay name, then each
// section's heading and blocks).
[[nodiscard]] QStringList procedureWords(const Procedure &p);
// Why a PDF's objects are not where its cross-reference table says (a file Careleaf rewrote
// wrongly, which poppler would silently repair and a printer might not); empty when they are.
// pdfText(), pdfTextAsWritten() and pdfPages() give nothing, with this as the error, for such a file.
[[nodiscard]] QString pdfStructureProblem(const QString &pdfPath);
// Runs pdftotext on a PDF; empty when the tool is missing (callers skip with the reason).
[[nodiscard]] QString pdfText(const QString &pdfPath, QString *error, bool layout = true);
// The same, without the compatibility normalisation: the characters the PDF's text gives.
[[nodiscard]] QString pdfTextAsWritten(const QString &pdfPath, QString *error, bool layout = true);

// Where the words of a PDF page are (pdftotext -bbox), in points from the top left.
struct PdfWord
{
    QString text;
    QRectF box;
};
// The line a handout prints above the body of a page after the first: what the page goes on
// with, ending as continued ("(continued)" in the page's language), or the title of the procedure
// it belongs to (one of titles, or its first words and "…"), and whose pages they are (the
// patient's name, owner).
struct RunningHead
{
    QString continued;
    QString owner;
    QStringList titles;

    // line without the owner's name (the name taken out once, spaces simplified).
    [[nodiscard]] QString withoutOwner(const QString &line) const;
    // Whether line is the running head: the owner's name alone, or a line that ends as continued,
    // or is a title, once the name is taken out.
    [[nodiscard]] bool is(const QString &line) const;
    // Whether shown gives title: whole, or its first words and an ellipsis ("…", or the three full
    // stops some readers give back for it).
    [[nodiscard]] static bool names(const QString &shown, const QString &title);
};

// A line of a PDF page: its words' boxes united, its words joined by spaces.
struct PdfLine
{
    QRectF box;
    QString text;
};

struct PdfPage
{
    QSizeF size;
    QList<PdfWord> words;
    QString text; // the page as pdftotext -layout reads it

    // The top of the footer: the top of its "Page X of Y"; the page's height when it has none.
    [[nodiscard]] qreal footerTop() const;
    // How much of the body the words above the footer fill, 0 to 1 (from the first word's top).
    [[nodiscard]] qreal bodyFill(qreal bodyTop) const;
    // A word the body drew off itself, empty when there is none: one above bodyTop (the line of
    // the page before, drawn again) or one running into the footer (a line the next page shows).
    // The running head above the body (one line, or two in large print with a long name) is no
    // such word (a line above the body that is not the running head is given whole).
    [[nodiscard]] QString wordAbove(qreal bodyTop, const RunningHead &head = {}) const;
    [[nodiscard]] QString wordIntoTheFooter() const;
    // The words in lines (their tops within a point), top to bottom.
    [[nodiscard]] QList<PdfLine> lines() const;
    // The text lines above the footer, top to bottom, without empty ones, and without the running
    // head when the page begins with it.
    [[nodiscard]] QStringList bodyLines(const RunningHead &head = {}) const;
};
// Every page of a PDF; empty, with *error set, when it cannot be read.
[[nodiscard]] QList<PdfPage> pdfPages(const QString &pdfPath, QString *error);
// The first page but the last whose body is under half full, said as "page 2 of 5 is 44% full"
// (the body from the first page's first word); empty when there is none.
[[nodiscard]] QString pageUnderHalfFull(const QList<PdfPage> &pages);
// A page of a PDF (1 for the first) in grey, at 72 dots an inch: a pixel a point, as PdfWord's
// boxes are given; a null image, with *error set, when it cannot be drawn.
[[nodiscard]] QImage pdfPageImage(const QString &pdfPath, int page, QString *error);
// The share of dark pixels (below half grey) on the PDF's pages rendered at 40 dpi; -1 on error.
[[nodiscard]] double pdfInkCoverage(const QString &pdfPath, QString *error);
// Rows in a library file, read through a connection of its own; -1 when it cannot be read.
[[nodiscard]] int procedureCount(const QString &libraryFile);
// Spoils pages of a library file as a failing disk would, writing junk over them: pages, or when
// pages is empty, those SQLite's dbstat gives the procedures' table of pageType ("leaf",
// "overflow"). The error, empty when the pages were spoilt.
[[nodiscard]] QString spoilPages(const QString &libraryFile, QList<qint64> pages, const QString &pageType = {});
// Writes a synthetic but well-formed procedure document with the given code and words.
[[nodiscard]] QByteArray syntheticDocument(int n);
// The same procedure as syntheticDocument(n), revised: other words in two of its sections.
[[nodiscard]] QByteArray revisedDocument(int n);
// syntheticDocument(n) with its headings written as Markdown ("## Summary"): no heading a parser
// recognises, so its text is all under Other.
[[nodiscard]] QByteArray markdownHeadingsDocument(int n);
// Writes documents first .. first+count-1 (synthetic or revised) as dir/doc-NNNNN.txt.
[[nodiscard]] bool writeDocuments(const QString &dir, int first, int count, bool revised = false);
// Writes bytes as document n (dir/doc-NNNNN.txt), in place of any there.
[[nodiscard]] bool writeDocument(const QString &dir, int n, const QByteArray &bytes);

// Two versions of the synthetic documents 0..count-1 (synthetic and revised), for tests that
// change every procedure while something else reads or kills the change.
struct TwoVersions
{
    QHash<QString, QList<Section>> before; // code -> sections, as the parser reads them
    QHash<QString, QList<Section>> after;

    // Writes the old versions into beforeDir and the new into afterDir (same file names) and
    // fills before and after.
    [[nodiscard]] bool write(const QString &beforeDir, const QString &afterDir, int count);
    [[nodiscard]] bool isNew(const Procedure &p) const { return p.sections == after.value(p.code); }
    // Empty when p is whole in its old or its new version; otherwise what is wrong.
    [[nodiscard]] QString wholeVersionProblem(const Procedure &p) const;
};

struct CliRun
{
    int exitCode = -1;    // -1 when it crashed or did not finish
    bool crashed = false; // ended by a signal
    QString out;
    QString err;
};
// The console's environment for tests: HOME and the XDG folders under home, CARELEAF_DB unset.
[[nodiscard]] QProcessEnvironment cliEnvironment(const QString &home);
// Runs careleaf-cli in env (usually cliEnvironment(home)). wrapper is a program the console
// runs under (setpriv, or /bin/sh -c 'ulimit ...; exec "$0" "$@"').
[[nodiscard]] CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QStringList &wrapper = {});

// The store backends: "sqlite" (a file) and "postgresql" (a database on the test server that
// scripts/pg-server started; CARELEAF_TEST_PG names it).
[[nodiscard]] QStringList backends();
// A "backend" column with one row per backend, for a test's _data() or initTestCase_data().
void addBackendRows();
// One row per backend named "<backend>/<name>": the backend first, then values (a _data()
// whose first column is "backend").
template<typename... Values>
void addRowPerBackend(const QString &name, const Values &...values)
{
    for (const QString &backend : backends())
        ((QTest::addRow("%s/%s", qPrintable(backend), qPrintable(name)) << backend) << ... << values);
}
// The child of parent named name (its objectName), with a warning naming it when there is none:
// GUI tests find the real widgets this way.
template<typename T>
[[nodiscard]] T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}
[[nodiscard]] bool inCi(); // CI=true: a backend that cannot be reached fails instead of skipping
// The test server's address (CARELEAF_TEST_PG) with another database; empty when there is no server.
[[nodiscard]] QString serverUrl(const QString &database);
// Runs statements on the test server's maintenance database as its superuser; the first error.
[[nodiscard]] QString serverExec(const QStringList &statements, const QString &database = QString());
// A location for a new, empty library: a file in a temporary folder, or a new database on the
// test server (dropped as the test process ends). Empty, with *why set, when the backend cannot
// be used here.
[[nodiscard]] QString newLibrary(const QString &backend, const QString &name, QString *why);

// The connection a store opened on this thread (a file, or a server's database); invalid if none.
[[nodiscard]] QSqlDatabase storeConnection(const LibraryStore &store);

// A PostgreSQL cluster of one test's own (scripts/pg-server in a temporary folder), to stop and
// start without disturbing the other tests. Stopped when destroyed.
class PrivateServer
{
public:
    PrivateServer();
    ~PrivateServer();
    Q_DISABLE_COPY_MOVE(PrivateServer)
    [[nodiscard]] QString start(); // the error, empty on success
    [[nodiscard]] QString stop();
    // An address of a database on it, with the superuser's password in it.
    [[nodiscard]] QString url(const QString &database) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
};

} // namespace Careleaf::Test

// In a test function (or init()): skips with the reason, or fails under CI=true, where every
// backend must be there.
#define CARELEAF_SKIP_OR_FAIL(why)                                                                                     \
    do {                                                                                                               \
        if (Careleaf::Test::inCi())                                                                                    \
            QFAIL(qPrintable(why));                                                                                    \
        QSKIP(qPrintable(why));                                                                                        \
    } while (false)

// In a test function: declares var as a new library location for backend, or skips the test
// with the reason (see CARELEAF_SKIP_OR_FAIL).
#define CARELEAF_NEW_LIBRARY(var, backend, name)                                                                       \
    QString var;                                                                                                       \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        var = Careleaf::Test::newLibrary(backend, name, &why_);                                                        \
        if (var.isEmpty())                                                                                             \
            CARELEAF_SKIP_OR_FAIL(why_);                                                                               \
    } while (false)
