#include "testsupport.h"

#include "documentparser.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <iterator>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Careleaf::Test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(CARELEAF_TEST_DATA) + u'/' + relative;
}

namespace {

void removeLeftoversOfEndedTests()
{
    const QDir tmp(QDir::tempPath());
    static const QRegularExpression name(u"^careleaf-.+-(\\d+)-[A-Za-z0-9]{6}$"_s);
    for (const QFileInfo &entry : tmp.entryInfoList({u"careleaf-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch m = name.match(entry.fileName());
        if (!m.hasMatch() || (::getuid() != 0 && entry.ownerId() != ::getuid()))
            continue;
        const pid_t pid = m.captured(1).toInt();
        if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue; // still running, or not ours to judge
        QDirIterator clusters(entry.filePath(), {u"postmaster.pid"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (clusters.hasNext()) {
            const QString cluster = QFileInfo(QFileInfo(clusters.next()).path()).path();
            QProcess::execute(QStringLiteral(CARELEAF_PG_SERVER_SCRIPT), {u"stop"_s, cluster});
        }
        QDir(entry.filePath()).removeRecursively();
    }
}

} // namespace

void useOwnHome()
{
    static QTemporaryDir home(scratchTemplate());
    qputenv("HOME", QFile::encodeName(home.path()));
}

bool raiseFunctionTimeout(int minutes)
{
    if (qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        return false;
    return qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(qint64(minutes) * 60 * 1000));
}

QString scratchTemplate()
{
    static const bool swept = (removeLeftoversOfEndedTests(), true);
    Q_UNUSED(swept)
    return QDir::tempPath() +
           u"/careleaf-%1-%2-XXXXXX"_s.arg(QCoreApplication::applicationName()).arg(QCoreApplication::applicationPid());
}

QStringList seedFiles()
{
    const QDir dir(QStringLiteral(CARELEAF_SAMPLE_DIR));
    QStringList out;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList words(const QString &text)
{
    QStringList out;
    QString w;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            w += c.toLower();
        } else if (!w.isEmpty()) {
            out << w;
            w.clear();
        }
    }
    if (!w.isEmpty())
        out << w;
    return out;
}

QStringList procedureWords(const Procedure &p)
{
    QStringList out = words(p.descriptor);
    out += words(p.layName);
    for (const Section &s : p.sections) {
        out += words(s.heading);
        out += words(s.plainText());
    }
    return out;
}

QString pdfText(const QString &pdfPath, QString *error, bool layout)
{
    // Fonts set "fi" and "ffi" as ligatures; compatibility normalisation turns them back into letters.
    return pdfTextAsWritten(pdfPath, error, layout).normalized(QString::NormalizationForm_KC);
}

QString pdfStructureProblem(const QString &pdfPath)
{
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadOnly))
        return u"%1 cannot be read"_s.arg(pdfPath);
    const QByteArray bytes = f.readAll();
    const qsizetype startXref = bytes.lastIndexOf("startxref\n");
    if (startXref < 0)
        return u"%1 has no startxref"_s.arg(pdfPath);
    const qsizetype xref = bytes.mid(startXref + 10).split('\n').value(0).trimmed().toLongLong();
    if (bytes.mid(xref, 5) != "xref\n")
        return u"%1: startxref %2 is not the cross-reference table"_s.arg(pdfPath).arg(xref);
    const QList<QByteArray> lines = bytes.mid(xref, startXref - xref).split('\n');
    // One subsection from object 0, as Qt writes it: each object where its entry says.
    const qsizetype count = lines.value(1).split(' ').value(1).toLongLong();
    if (lines.value(1).split(' ').value(0) != "0" || count < 2)
        return u"%1: the cross-reference table does not start at object 0"_s.arg(pdfPath);
    for (qsizetype i = 1; i < count; ++i) {
        const QByteArray entry = lines.value(2 + i);
        if (entry.size() < 18 || entry.at(17) != 'n')
            continue;
        const qsizetype offset = entry.left(10).toLongLong();
        if (!bytes.mid(offset, 24).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")))
            return u"%1: object %2 is not at %3, where the cross-reference table says"_s.arg(pdfPath).arg(i).arg(
                offset);
    }
    return {};
}

QString pdfTextAsWritten(const QString &pdfPath, QString *error, bool layout)
{
    if (const QString problem = pdfStructureProblem(pdfPath); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty()) {
        *error = u"pdftotext (poppler-utils) is not installed"_s;
        return {};
    }
    QProcess p;
    p.start(tool, layout ? QStringList{u"-layout"_s, pdfPath, u"-"_s} : QStringList{pdfPath, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = u"pdftotext failed: "_s + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

qreal PdfPage::footerTop() const
{
    // "Page X of Y" in any language written so ("Página 1 de 6"): the lowest such run of words.
    const auto number = [](const QString &w) {
        return !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
    };
    qreal top = size.height();
    bool found = false;
    for (qsizetype i = 0; i + 3 < words.size(); ++i) {
        // In the bottom fifth of the page, where the footer is: "take 2 to 4" in the text is not it.
        if (number(words.at(i + 1).text) && number(words.at(i + 3).text) && !number(words.at(i + 2).text) &&
            words.at(i).box.top() > size.height() * 0.8 && (!found || words.at(i).box.top() > top)) {
            top = words.at(i).box.top();
            found = true;
        }
    }
    return top;
}

qreal PdfPage::bodyFill(qreal bodyTop) const
{
    const qreal footer = footerTop();
    qreal bottom = bodyTop;
    for (const PdfWord &w : words) {
        if (w.box.bottom() < footer - 1)
            bottom = std::max(bottom, w.box.bottom());
    }
    return footer > bodyTop ? (bottom - bodyTop) / (footer - bodyTop) : 0;
}

QString RunningHead::withoutOwner(const QString &line) const
{
    QString rest = line.simplified();
    if (const qsizetype at = owner.isEmpty() ? -1 : rest.indexOf(owner); at >= 0)
        rest.remove(at, owner.size());
    return rest.simplified();
}

bool RunningHead::is(const QString &line) const
{
    const QString rest = withoutOwner(line);
    return (!owner.isEmpty() && rest.isEmpty() && line.contains(owner)) ||
           (!continued.isEmpty() && rest.endsWith(continued)) ||
           (!rest.isEmpty() &&
            std::any_of(titles.cbegin(), titles.cend(), [&rest](const QString &title) { return names(rest, title); }));
}

bool RunningHead::names(const QString &shown, const QString &title)
{
    const qsizetype ellipsis = shown.endsWith(u'\u2026') ? 1 : shown.endsWith(u"..."_s) ? 3 : 0;
    return shown == title || (ellipsis > 0 && title.startsWith(shown.chopped(ellipsis).trimmed() + u' '));
}

QString PdfPage::wordAbove(qreal bodyTop, const RunningHead &head) const
{
    QList<PdfWord> above;
    std::copy_if(words.cbegin(), words.cend(), std::back_inserter(above),
                 [bodyTop](const PdfWord &w) { return w.box.top() < bodyTop - 1; });
    if (above.isEmpty())
        return {};
    // The running head: one line, or two in large print (a long name on a line of its own).
    QList<QStringList> lines;
    qreal lineTop = -1;
    for (const PdfWord &w : std::as_const(above)) {
        if (lines.isEmpty() || std::abs(w.box.top() - lineTop) > 1) {
            lines.append(QStringList());
            lineTop = w.box.top();
        }
        lines.last() << w.text;
    }
    if (lines.size() > 2)
        return lines.at(2).first();
    for (const QStringList &line : std::as_const(lines)) {
        if (!head.is(line.join(u' ')))
            return line.join(u' ');
    }
    return {};
}

QList<PdfLine> PdfPage::lines() const
{
    QList<PdfLine> out;
    for (const PdfWord &w : words) {
        const auto line = std::find_if(out.begin(), out.end(),
                                       [&w](const PdfLine &l) { return std::abs(l.box.top() - w.box.top()) <= 1; });
        if (line == out.end())
            out.append({w.box, w.text});
        else
            *line = {line->box.united(w.box), line->text + u' ' + w.text};
    }
    std::sort(out.begin(), out.end(), [](const PdfLine &a, const PdfLine &b) { return a.box.top() < b.box.top(); });
    return out;
}

QString PdfPage::wordIntoTheFooter() const
{
    const qreal footer = footerTop();
    for (const PdfWord &w : words) {
        if (w.box.top() < footer - 1 && w.box.bottom() > footer)
            return w.text;
    }
    return {};
}

QStringList PdfPage::bodyLines(const RunningHead &head) const
{
    QStringList out;
    QStringList lines = text.split(u'\n');
    // The footer is the last lines of the page: from the line with "Page X of Y" on.
    qsizetype end = lines.size();
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        // "Page X of Y" in any language written so: "Página 1 de 6".
        static const QRegularExpression pageNumber(u"\\S+ \\d+ \\S+ \\d+\\s*$"_s);
        if (lines.at(i).contains(pageNumber)) {
            end = i;
            break;
        }
    }
    for (qsizetype i = 0; i < end; ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            out << lines.at(i).simplified();
    }
    if (!out.isEmpty() && head.is(out.first())) {
        // In large print a long name has a line of its own, above what the page goes on with.
        // It is the next line when that line's top is at the name's foot (the body begins most
        // of a line lower).
        const bool nameAlone = head.withoutOwner(out.first()).isEmpty();
        out.removeFirst();
        const QList<PdfLine> rows = PdfPage::lines();
        if (nameAlone && !out.isEmpty() && rows.size() > 1 &&
            rows.at(1).box.top() - rows.at(0).box.top() < rows.at(0).box.height() * 1.4 && head.is(out.first()))
            out.removeFirst();
    }
    return out;
}

QString pageUnderHalfFull(const QList<PdfPage> &pages)
{
    if (pages.isEmpty() || pages.first().words.isEmpty())
        return {};
    const qreal bodyTop = pages.first().words.first().box.top();
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        if (const qreal fill = pages.at(i).bodyFill(bodyTop); fill < 0.5)
            return u"page %1 of %2 is %3% full"_s.arg(i + 1).arg(pages.size()).arg(qRound(fill * 100));
    }
    return {};
}

QList<PdfPage> pdfPages(const QString &pdfPath, QString *error)
{
    if (const QString problem = pdfStructureProblem(pdfPath); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty()) {
        *error = u"pdftotext (poppler-utils) is not installed"_s;
        return {};
    }
    QProcess p;
    p.start(tool, {u"-bbox"_s, pdfPath, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = u"pdftotext -bbox failed on %1: %2"_s.arg(pdfPath, QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    QList<PdfPage> pages;
    QXmlStreamReader xml(p.readAllStandardOutput());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"page"_s) {
            pages.append({QSizeF(a.value(u"width"_s).toDouble(), a.value(u"height"_s).toDouble()), {}, {}});
        } else if (xml.name() == u"word"_s && !pages.isEmpty()) {
            const QRectF box(QPointF(a.value(u"xMin"_s).toDouble(), a.value(u"yMin"_s).toDouble()),
                             QPointF(a.value(u"xMax"_s).toDouble(), a.value(u"yMax"_s).toDouble()));
            pages.last().words.append({xml.readElementText().normalized(QString::NormalizationForm_KC), box});
        }
    }
    if (xml.hasError() || pages.isEmpty()) {
        *error = u"%1: no pages could be read (%2)"_s.arg(pdfPath, xml.errorString());
        return {};
    }
    const QStringList texts = pdfText(pdfPath, error).split(u'\f');
    for (qsizetype i = 0; i < pages.size(); ++i)
        pages[i].text = texts.value(i);
    return pages;
}

QImage pdfPageImage(const QString &pdfPath, int page, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (tool.isEmpty()) {
        *error = u"pdftoppm (poppler-utils) is not installed"_s;
        return {};
    }
    QTemporaryDir dir(scratchTemplate());
    const QString number = QString::number(page);
    QProcess p;
    p.start(tool, {u"-gray"_s, u"-r"_s, u"72"_s, u"-f"_s, number, u"-l"_s, number, u"-singlefile"_s, pdfPath,
                   dir.filePath(u"page"_s)});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = u"pdftoppm failed on %1: %2"_s.arg(pdfPath, QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    QImage image(dir.filePath(u"page.pgm"_s));
    if (image.isNull())
        *error = u"pdftoppm drew no page %1 of %2"_s.arg(number, pdfPath);
    return image;
}

double pdfInkCoverage(const QString &pdfPath, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (tool.isEmpty()) {
        *error = u"pdftoppm (poppler-utils) is not installed"_s;
        return -1;
    }
    QTemporaryDir dir(scratchTemplate());
    QProcess p;
    p.start(tool, {u"-gray"_s, u"-r"_s, u"40"_s, pdfPath, dir.filePath(u"page"_s)});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = u"pdftoppm failed on %1: %2"_s.arg(pdfPath, QString::fromUtf8(p.readAllStandardError()));
        return -1;
    }
    qint64 dark = 0;
    qint64 all = 0;
    for (const QFileInfo &f : QDir(dir.path()).entryInfoList({u"page*"_s}, QDir::Files)) {
        const QImage image(f.filePath());
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        all += qint64(image.width()) * image.height();
    }
    if (all == 0) {
        *error = u"pdftoppm rendered no page of %1"_s.arg(pdfPath);
        return -1;
    }
    return double(dark) / double(all);
}

int procedureCount(const QString &libraryFile)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-count"_s);
        db.setDatabaseName(libraryFile);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM procedures"_s) && q.next())
                count = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test-count"_s);
    return count;
}

QString spoilPages(const QString &libraryFile, QList<qint64> pages, const QString &pageType)
{
    qint64 pageSize = 0;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-pages"_s);
        db.setDatabaseName(libraryFile);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(u"PRAGMA page_size"_s) || !q.next()) {
            error = u"cannot read the page size: "_s + (db.isOpen() ? q.lastError() : db.lastError()).text();
        } else {
            pageSize = q.value(0).toLongLong();
            if (pages.isEmpty()) {
                q.prepare(u"SELECT pageno FROM dbstat WHERE name = 'procedures' AND pagetype = ?"_s);
                q.addBindValue(pageType);
                if (!q.exec())
                    error = u"dbstat: "_s + q.lastError().text();
                while (q.next())
                    pages << q.value(0).toLongLong();
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test-pages"_s);
    if (!error.isEmpty())
        return error;
    if (pages.isEmpty())
        return u"no %1 pages"_s.arg(pageType);
    QFile f(libraryFile);
    if (!f.open(QIODevice::ReadWrite))
        return f.errorString();
    QByteArray junk(pageSize, '\0');
    for (qsizetype i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 131 + 7) % 251);
    for (const qint64 page : std::as_const(pages)) {
        if (f.size() < page * pageSize || !f.seek((page - 1) * pageSize) || f.write(junk) != junk.size())
            return u"page %1 cannot be written: %2"_s.arg(page).arg(f.errorString());
    }
    return {};
}

QByteArray syntheticDocument(int n)
{
    const QString text = uR"(Search all medical codes

Synthetic test procedure number %1 of the generated library

CPT4 code %2

Name of the Procedure:

Generated Procedure %1 (commonly referred to as Sample %1)

Summary

This generated procedure %1 exists so tests can fill a library with many documents.

Risks and Complications

  • Rare: generated risk %1.

Recovery

Patients rest after procedure %1.
)"_s;
    return text.arg(n).arg(10000 + n).toUtf8();
}

QByteArray revisedDocument(int n)
{
    QByteArray doc = syntheticDocument(n);
    doc.replace("exists so tests can fill a library", "was revised so tests can tell a version");
    doc.replace("Patients rest after", "Patients rest and drink water after");
    return doc;
}

QByteArray markdownHeadingsDocument(int n)
{
    QByteArray doc = syntheticDocument(n);
    for (const QByteArray heading : {"Summary", "Risks and Complications", "Recovery"})
        doc.replace(QByteArray("\n" + heading + "\n"), QByteArray("\n## " + heading + "\n"));
    return doc;
}

bool writeDocuments(const QString &dir, int first, int count, bool revised)
{
    for (int n = first; n < first + count; ++n) {
        if (!writeDocument(dir, n, revised ? revisedDocument(n) : syntheticDocument(n)))
            return false;
    }
    return true;
}

bool writeDocument(const QString &dir, int n, const QByteArray &bytes)
{
    QFile f(dir + u"/doc-%1.txt"_s.arg(n, 5, 10, QLatin1Char('0')));
    return QDir().mkpath(dir) && f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool TwoVersions::write(const QString &beforeDir, const QString &afterDir, int count)
{
    if (!writeDocuments(beforeDir, 0, count) || !writeDocuments(afterDir, 0, count, true))
        return false;
    for (int n = 0; n < count; ++n) {
        const ParseResult old = DocumentParser::parse(syntheticDocument(n), u"old.txt"_s);
        const ParseResult revised = DocumentParser::parse(revisedDocument(n), u"new.txt"_s);
        if (!old.ok() || !revised.ok() || old.procedure->sections == revised.procedure->sections)
            return false;
        before.insert(old.procedure->code, old.procedure->sections);
        after.insert(revised.procedure->code, revised.procedure->sections);
    }
    return true;
}

QString TwoVersions::wholeVersionProblem(const Procedure &p) const
{
    if (p.sections == before.value(p.code) || p.sections == after.value(p.code))
        return {};
    return u"procedure %1 is neither its old nor its new version"_s.arg(p.code);
}

QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The default library lives under the data location: kept inside the test's folder.
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.remove(u"CARELEAF_DB"_s);
    return env;
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QStringList &wrapper)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        p.start(QStringLiteral(CARELEAF_CLI_PATH), args);
    else
        p.start(wrapper.first(), wrapper.mid(1) + QStringList{QStringLiteral(CARELEAF_CLI_PATH)} + args);
    CliRun r;
    if (!p.waitForFinished(600'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList backends()
{
    return {u"sqlite"_s, u"postgresql"_s};
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : backends())
        QTest::newRow(qPrintable(b)) << b;
}

bool inCi()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}

QString serverUrl(const QString &database)
{
    const QString base = qEnvironmentVariable("CARELEAF_TEST_PG");
    if (base.isEmpty())
        return {};
    QUrl url(base);
    url.setPath(u'/' + database);
    return url.toString();
}

QString serverExec(const QStringList &statements, const QString &database)
{
    const QString url = serverUrl(database.isEmpty() ? u"postgres"_s : database);
    if (url.isEmpty())
        return u"no test server: CARELEAF_TEST_PG is not set (scripts/test starts one with scripts/pg-server)"_s;
    const QUrl parsed(url);
    static QAtomicInteger<int> counter;
    const QString name = u"careleaf-test-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(parsed.host());
        db.setPort(parsed.port());
        db.setUserName(parsed.userName());
        db.setDatabaseName(parsed.path().mid(1));
        if (!db.open()) {
            error = u"the test server at %1 cannot be reached: %2"_s.arg(url, db.lastError().text());
        } else {
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    error = statement + u": "_s + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

namespace {

QMutex createdLock;
QStringList created; // databases this test process made on the test server

// Run as the application object goes away: the test server keeps no database of a finished run.
void dropCreatedDatabases()
{
    const QMutexLocker lock(&createdLock);
    QStringList statements;
    for (const QString &db : std::as_const(created))
        statements << u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(db);
    if (!statements.isEmpty()) {
        if (const QString err = serverExec(statements); !err.isEmpty())
            qWarning("test databases left on the server: %s", qPrintable(err));
    }
    created.clear();
}

} // namespace

QSqlDatabase storeConnection(const LibraryStore &store)
{
    const QString database =
        store.connection().isServer() ? store.connection().address().database : store.connection().location();
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && db.databaseName() == database)
            return db;
    }
    return {};
}

QString newLibrary(const QString &backend, const QString &name, QString *why)
{
    static QAtomicInteger<int> counter;
    const int n = counter.fetchAndAddRelaxed(1);
    if (backend == u"sqlite"_s) {
        static QTemporaryDir dir(scratchTemplate());
        return dir.filePath(u"%1-%2.sqlite"_s.arg(name).arg(n));
    }
    if (qEnvironmentVariable("CARELEAF_TEST_PG").isEmpty()) {
        *why = u"no PostgreSQL test server here: CARELEAF_TEST_PG is not set (scripts/test starts one with "
               "scripts/pg-server; it needs postgresql and postgresql-contrib)"_s;
        return {};
    }
    // Database names: lower case, at most 63 bytes.
    QString db = u"t_%1_%2_%3"_s.arg(QCoreApplication::applicationPid()).arg(n).arg(name.toLower());
    db.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    db.truncate(63);
    if (const QString err = serverExec({u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(db)});
        !err.isEmpty()) {
        *why = err;
        return {};
    }
    {
        const QMutexLocker lock(&createdLock);
        if (created.isEmpty())
            qAddPostRoutine(dropCreatedDatabases);
        created << db;
    }
    return serverUrl(db);
}

PrivateServer::PrivateServer()
    : m_dir(std::make_unique<QTemporaryDir>(scratchTemplate()))
{}

PrivateServer::~PrivateServer()
{
    (void)stop();
}

QString PrivateServer::start()
{
    QProcess p;
    p.start(QStringLiteral(CARELEAF_PG_SERVER_SCRIPT), {u"start"_s, m_dir->path()});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return u"scripts/pg-server start failed: "_s + QString::fromUtf8(p.readAllStandardError());
    m_port = QString::fromLatin1(readFile(m_dir->filePath(u"port"_s))).trimmed().toInt();
    return {};
}

QString PrivateServer::stop()
{
    QProcess p;
    p.start(QStringLiteral(CARELEAF_PG_SERVER_SCRIPT), {u"stop"_s, m_dir->path()});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"scripts/pg-server stop failed: "_s + QString::fromUtf8(p.readAllStandardError());
    return {};
}

QString PrivateServer::url(const QString &database) const
{
    const QString password = QString::fromLatin1(readFile(m_dir->filePath(u"password"_s))).trimmed();
    return u"postgresql://careleaf:%1@127.0.0.1:%2/%3"_s.arg(password).arg(m_port).arg(database);
}

} // namespace Careleaf::Test
