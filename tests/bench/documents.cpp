#include "documents.h"

#include "detailpane.h"
#include "documentparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Careleaf::Bench {

namespace {

struct Shape
{
    const char *name;
    std::function<QByteArray(int)> line; // the body's line i
};

// A document of the seed format whose Recovery section is lines of the shape, bytes long at most.
QByteArray longDocument(const Shape &shape, int code, qint64 bytes)
{
    QByteArray doc = "Search all medical codes\n\nA long document\n\nCPT4 code " + QByteArray::number(code) +
                     "\n\nName of the Procedure:\n\nLong Document " + QByteArray::number(code) +
                     "\n\nSummary\n\nA document as long as a library takes.\n\nRecovery\n\n";
    for (int i = 0;; ++i) {
        const QByteArray line = shape.line(i);
        if (doc.size() + line.size() > bytes)
            return doc;
        doc += line;
    }
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double parseMs(const QByteArray &doc, int repeats)
{
    std::vector<double> ms;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        const ParseResult parsed = DocumentParser::parse(doc, u"long.txt"_s);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!parsed.ok())
            std::fprintf(stderr, "careleaf-bench: the long document does not parse: %s\n", qPrintable(parsed.error));
    }
    return median(ms);
}

// The reading pane's time to show doc's procedure with a word of every line marked.
double paneMs(const QByteArray &doc, int repeats)
{
    const ParseResult parsed = DocumentParser::parse(doc, u"long.txt"_s);
    if (!parsed.ok())
        return -1;
    std::vector<double> ms;
    for (int r = 0; r < repeats; ++r) {
        DetailPane pane;
        pane.setHighlightTerms({u"rest"_s, u"item"_s, u"paragraph"_s});
        QElapsedTimer t;
        t.start();
        pane.setProcedure(*parsed.procedure);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

// careleaf-cli's time for args, or -1 when it failed.
double cliMs(const QString &cli, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(cli, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "careleaf-cli %s: %s\n", qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

QJsonObject documentGrowth(const QString &cli, const QString &work, int repeats)
{
    const std::vector<Shape> shapes{
        {"one paragraph",
         [](int i) -> QByteArray { return "Patients rest after procedure " + QByteArray::number(i) + " and walk.\n"; }},
        {"one list",
         [](int i) -> QByteArray { return "  \u2022 Item " + QByteArray::number(i) + " keeps the patient safe\n"; }},
        {"paragraphs",
         [](int i) -> QByteArray { return "Paragraph " + QByteArray::number(i) + " says one thing.\n\n"; }},
    };
    constexpr qint64 ParseShort = DocumentParser::MaxDocumentBytes / 8;
    constexpr qint64 HandoutShort = 64 * 1024;
    QDir().mkpath(work);
    const QString db = work + u"/growth.sqlite"_s;
    QFile::remove(db);
    const auto handoutMs = [&](const QByteArray &doc, int code) {
        const QString file = work + u"/growth-%1.txt"_s.arg(code);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(doc) != doc.size())
            return -1.0;
        f.close();
        if (cliMs(cli, {u"--db"_s, db, u"import"_s, file}) < 0)
            return -1.0;
        std::vector<double> ms;
        for (int r = 0; r < repeats; ++r)
            ms.push_back(cliMs(cli, {u"--db"_s, db, u"handout"_s, u"--preset"_s, u"patient"_s, u"--out"_s,
                                     work + u"/growth.pdf"_s, QString::number(code)}));
        return *std::min_element(ms.begin(), ms.end()) < 0 ? -1.0 : median(ms);
    };
    const double fixed = handoutMs(longDocument(shapes.front(), 90000, 1024), 90000);
    if (fixed < 0) {
        std::fprintf(stderr, "careleaf-bench: a one-page handout failed; nothing measured\n");
        return {};
    }
    std::printf("\none document, short and 8 times as long (growth = long / (8 × short); 1 grows with the "
                "length, 8 with its square)\n");
    std::printf("  a one-page handout, the fixed cost taken off each: %.0f ms\n", fixed);
    std::printf("  %-14s %12s %12s %7s %14s %14s %7s %12s %12s %7s\n", "shape", "parse short", "parse long", "growth",
                "handout short", "handout long", "growth", "pane short", "pane long", "growth");
    QJsonObject result{{u"handout_fixed_ms"_s, fixed}};
    int code = 90001;
    for (const Shape &shape : shapes) {
        const double parseShort = parseMs(longDocument(shape, code, ParseShort), repeats);
        const double parseLong = parseMs(longDocument(shape, code, ParseShort * 8), repeats);
        const double handShort = handoutMs(longDocument(shape, code, HandoutShort), code) - fixed;
        const double handLong = handoutMs(longDocument(shape, code + 1, HandoutShort * 8), code + 1) - fixed;
        const double paneShort = paneMs(longDocument(shape, code, HandoutShort), repeats);
        const double paneLong = paneMs(longDocument(shape, code, HandoutShort * 8), repeats);
        code += 2;
        const double parseGrowth = parseShort > 0 ? parseLong / (8 * parseShort) : 0;
        const double handoutGrowth = handShort > 0 ? handLong / (8 * handShort) : 0;
        const double paneGrowth = paneShort > 0 ? paneLong / (8 * paneShort) : 0;
        std::printf("  %-14s %9.0f ms %9.0f ms %7.2f %11.0f ms %11.0f ms %7.2f %9.0f ms %9.0f ms %7.2f\n", shape.name,
                    parseShort, parseLong, parseGrowth, handShort, handLong, handoutGrowth, paneShort, paneLong,
                    paneGrowth);
        result.insert(QString::fromUtf8(shape.name), QJsonObject{{u"parse_short_ms"_s, parseShort},
                                                                 {u"parse_long_ms"_s, parseLong},
                                                                 {u"parse_growth"_s, parseGrowth},
                                                                 {u"handout_short_ms"_s, handShort},
                                                                 {u"handout_long_ms"_s, handLong},
                                                                 {u"handout_growth"_s, handoutGrowth},
                                                                 {u"pane_short_ms"_s, paneShort},
                                                                 {u"pane_long_ms"_s, paneLong},
                                                                 {u"pane_growth"_s, paneGrowth}});
    }
    std::printf("  (parse: %lld KiB and %lld KiB; handout and pane: %lld KiB and %lld KiB; medians of %d)\n",
                ParseShort / 1024, ParseShort * 8 / 1024, HandoutShort / 1024, HandoutShort * 8 / 1024, repeats);
    return result;
}

} // namespace Careleaf::Bench
