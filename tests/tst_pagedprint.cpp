#include "documentparser.h"
#include "handout.h"
#include "pagedprint.h"
#include "procedurehtml.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

// A document of three paragraphs of one-word lines (a, b and c lines long) laid out on pages of
// the given height, 300 points wide.
std::unique_ptr<QTextDocument> linesDocument(int a, int b, int c, qreal pageHeight)
{
    const auto paragraph = [](const QString &word, int lines) -> QString {
        QStringList words;
        for (int i = 0; i < lines; ++i)
            words << word + QString::number(i + 1);
        return u"<p>"_s + words.join(u"<br>"_s) + u"</p>"_s;
    };
    auto doc =
        PagedPrint::makeDocument(paragraph(u"first"_s, a) + paragraph(u"second"_s, b) + paragraph(u"third"_s, c));
    doc->setPageSize(QSizeF(300, pageHeight));
    return doc;
}

// Where the lines of the document's nth block start, by page.
QList<int> linePages(const QTextDocument &doc, int n, qreal pageHeight)
{
    const QTextBlock block = doc.findBlockByNumber(n);
    const qreal origin = doc.documentLayout()->blockBoundingRect(block).top() - block.layout()->boundingRect().top();
    QList<int> pages;
    for (int i = 0; i < block.layout()->lineCount(); ++i)
        pages << int((origin + block.layout()->lineAt(i).y()) / pageHeight);
    return pages;
}

} // namespace

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

    // A paragraph whose first line alone ends a page starts the next one, unless the document
    // would then take a page more than it may (the patient's paper counts first): then its lines
    // stay where they are and it is not tried again.
    void shouldKeepAParagraphsLinesTogetherWithinItsPages()
    {
        // A tall page first: where the second paragraph's first line ends.
        auto probe = linesDocument(10, 3, 1, 10000);
        const QTextBlock second = probe->findBlockByNumber(1);
        const qreal top =
            probe->documentLayout()->blockBoundingRect(second).top() - second.layout()->boundingRect().top();
        const qreal pageHeight = top + second.layout()->lineAt(0).rect().bottom() + 1;
        // As laid out: the second paragraph's first line alone at the foot of page 1.
        auto doc = linesDocument(10, 3, 1, pageHeight);
        QCOMPARE(linePages(*doc, 1, pageHeight), (QList<int>{0, 1, 1}));
        QCOMPARE(PagedPrint::keepLinesTogether(*doc, pageHeight), 1);
        QCOMPARE(linePages(*doc, 1, pageHeight), (QList<int>{1, 1, 1}));
        QCOMPARE(doc->pageCount(), 2);
        QCOMPARE(PagedPrint::keepLinesTogether(*doc, pageHeight), 0); // nothing left to move

        // A third paragraph so long, on a page so tall (the second's first line still alone at
        // the foot of the first), that the move pushes its last line onto a third page.
        qreal height = 0;
        int third = 0;
        for (qreal extra = 0; extra < 20 && third == 0; extra += 0.5) {
            for (int lines = 1; lines < 40 && third == 0; ++lines) {
                auto unbound = linesDocument(10, 3, lines, pageHeight + extra);
                if (unbound->pageCount() == 2 && linePages(*unbound, 1, pageHeight + extra).count(0) == 1 &&
                    PagedPrint::keepLinesTogether(*unbound, pageHeight + extra) == 1 && unbound->pageCount() == 3) {
                    height = pageHeight + extra;
                    third = lines;
                }
            }
        }
        QVERIFY(third > 0);
        auto full = linesDocument(10, 3, third, height);
        QCOMPARE(PagedPrint::keepLinesTogether(*full, height, 2), 0);
        QCOMPARE(linePages(*full, 1, height), (QList<int>{0, 1, 1}));
        QCOMPARE(full->pageCount(), 2);
        QCOMPARE(PagedPrint::keepLinesTogether(*full, height), 0); // let apart for good

        // A last line alone at the top of a page: a paragraph of four lines or fewer moves whole,
        // a longer one stays (moving it would blank more of the page than the line it mends).
        for (const int lines : {4, 6}) {
            auto last = linesDocument(10, lines, 1, 10000);
            const QTextBlock block = last->findBlockByNumber(1);
            const qreal origin =
                last->documentLayout()->blockBoundingRect(block).top() - block.layout()->boundingRect().top();
            // The page's end just under the paragraph's last line but one.
            qreal height = origin + block.layout()->lineAt(lines - 2).rect().bottom();
            while (linePages(*linesDocument(10, lines, 1, height), 1, height).count(1) > 1 && height < 10000)
                height += 0.5;
            auto cut = linesDocument(10, lines, 1, height);
            QCOMPARE(linePages(*cut, 1, height).count(1), 1);
            QCOMPARE(PagedPrint::keepLinesTogether(*cut, height), lines <= 4 ? 1 : 0);
            QCOMPARE(linePages(*cut, 1, height).count(1), lines <= 4 ? lines : 1);
        }
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
