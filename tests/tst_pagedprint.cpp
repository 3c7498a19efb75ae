#include "documentparser.h"
#include "handout.h"
#include "pagedprint.h"
#include "procedurehtml.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestPagedPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
    }

    // The staff copy of a procedure holds every word of every section, in order, with page numbers.
    void shouldExportEveryWordToPdf_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : Test::seedFiles())
            QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
    }

    void shouldExportEveryWordToPdf()
    {
        QFETCH(QString, path);
        const ParseResult parsed = DocumentParser::parse(Test::readFile(path), path);
        QVERIFY(parsed.ok());
        const Procedure &p = *parsed.procedure;
        const QString pdf = m_dir.filePath(QFileInfo(path).baseName() + u".pdf"_s);
        HandoutOptions o;
        o.sections = Handout::builtInPreset(u"full"_s)->sections;
        o.staffCopy = true;
        o.wordsToKnow = false;
        const QString error = PagedPrint::exportPdf(Handout::flow({p}, o), pdf, p.title);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QString toolError;
        const QString text = Test::pdfText(pdf, &toolError);
        QVERIFY2(!Test::words(text).isEmpty(), qPrintable(u"no text in the PDF: "_s + toolError));

        // Every section's words appear in the PDF in the same order (page breaks and footers may
        // interleave, so look for each word after the previous one).
        QStringList pdfWords = Test::words(text);
        qsizetype at = 0;
        int sectionsSeen = 0;
        for (const QString &key : Handout::sectionOrder()) {
            for (const Section &s : p.sections) {
                if (s.key != key)
                    continue;
                ++sectionsSeen;
                for (const QString &w : Test::words(s.heading + u'\n' + s.plainText())) {
                    const qsizetype found = pdfWords.indexOf(w, at);
                    QVERIFY2(found >= 0, qPrintable(u"word \"%1\" of section %2 missing from the PDF"_s.arg(w, s.key)));
                    at = found + 1;
                }
            }
        }
        QCOMPARE(sectionsSeen, p.sections.size());
        static const QRegularExpression pageOf(uR"(Page 1 of (\d+))"_s);
        const auto m = pageOf.match(text);
        QVERIFY2(m.hasMatch(), "footer page numbers missing");
        const int pages = m.captured(1).toInt();
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"CPT (code not given)"_s));
    }

    void shouldReportUnwritableDestination()
    {
        PagedPrint::Flow flow;
        flow.pieces = {u"<h1>x</h1>"_s};
        const QString error = PagedPrint::exportPdf(flow, u"/nonexistent-dir/x.pdf"_s, {});
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(u"/nonexistent-dir/x.pdf"_s), qPrintable(error));
    }

    // Clinical text is escaped into our template: markup in a document stays text.
    void shouldEscapeMarkupInClinicalText()
    {
        Procedure p;
        p.title = u"<b>Bold</b> & <script>alert(1)</script>"_s;
        p.descriptor = u"<img src=\"http://example.invalid/x.png\">"_s;
        p.sections = {Section{u"summary"_s,
                              u"Summary"_s,
                              {Block{BlockType::Paragraph, u"<a href=\"file:///etc/passwd\">link</a>"_s, {}, 1}}}};
        const QString html = ProcedureHtml::headerHtml(p) + ProcedureHtml::sectionsHtml(p, {u"summary"_s});
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"<a href"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        const std::unique_ptr<QTextDocument> doc = PagedPrint::makeDocument(html);
        QVERIFY(doc->toPlainText().contains(u"<a href=\"file:///etc/passwd\">link</a>"_s));
    }
};

QTEST_MAIN(TestPagedPrint)
#include "tst_pagedprint.moc"
