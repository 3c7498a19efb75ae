#include "digits.h"
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
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

// A handout's text of headings, paragraphs of many lengths and lists, for page breaks to fall in
// every place of every kind of paragraph.
QString longHandoutHtml()
{
    const QString words = u"Keep the dressing dry and clean, and call the clinic if the skin around it turns red "
                          u"or warm, or if you get a fever. "_s;
    QString html = u"<h1>Care after the procedure</h1>"_s;
    for (int i = 0; i < 24; ++i) {
        if (i % 5 == 0)
            html += u"<h2>Section %1</h2>"_s.arg(i);
        const QString paragraph = words.repeated(1 + i % 4).left(60 + (i * 37) % 400);
        html += i % 3 == 2 ? u"<ul><li>%1</li><li>%1</li></ul>"_s.arg(paragraph) : u"<p>%1</p>"_s.arg(paragraph);
    }
    return html;
}

} // namespace

class TestPagedPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};

    // html laid out on pages pageHeight high and 400 wide, the passes that keep text together
    // (keepTablesWhole() too, with tables) run until none moves anything.
    static std::unique_ptr<QTextDocument> keptTogether(const QString &html, int pageHeight, bool tables = false)
    {
        static QImage device(10, 10, QImage::Format_RGB32);
        auto doc = PagedPrint::makeDocument(html);
        doc->documentLayout()->setPaintDevice(&device);
        doc->setPageSize(QSizeF(400, pageHeight));
        for (int round = 0; round < 10; ++round) {
            const bool table = tables && PagedPrint::keepTablesWhole(*doc, pageHeight);
            const bool headings = PagedPrint::keepHeadingsWithText(*doc, pageHeight);
            if (!PagedPrint::keepParagraphLinesTogether(*doc, pageHeight) && !headings && !table)
                break;
        }
        return doc;
    }

    // The page (0 for the first) line of block b is on.
    static int pageOf(const QTextBlock &b, int line, int pageHeight)
    {
        const qreal top = b.document()->documentLayout()->blockBoundingRect(b).top();
        return int((top + b.layout()->lineAt(line).y() + 0.01) / pageHeight);
    }

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

    // The page numbers of a packet's list: the page each piece's title starts on, in the digits
    // of the pages' script, once the pages are laid out.
    void shouldWriteThePageEachPieceStartsOn_data()
    {
        QTest::addColumn<QChar>("zero");
        QTest::addRow("western digits") << QChar(u'0');
        QTest::addRow("Arabic-Indic digits") << QChar(u'\u0660');
    }

    void shouldWriteThePageEachPieceStartsOn()
    {
        QFETCH(QChar, zero);
        PagedPrint::Flow flow;
        flow.zeroDigit = zero;
        QString filler;
        for (int i = 0; i < 40; ++i)
            filler += u"<p>A line of the procedure's text, one of many.</p>"_s;
        flow.pieces = {u"<ol><li>First @0</li><li>Second @1</li><li>Third @2</li></ol><h1>First</h1>"_s + filler,
                       u"<h1>Second</h1>"_s + filler + filler, u"<h1>Third</h1><p>Short.</p>"_s};
        for (int i = 0; i < 3; ++i)
            flow.pieces.first().replace(u"@%1"_s.arg(i), PagedPrint::pageNumberHtml(i, zero));
        QImage device(10, 10, QImage::Format_RGB32);
        const qreal pageHeight = 500;
        const auto doc = PagedPrint::layOut(flow, &device, QSizeF(400, pageHeight));
        QHash<QString, int> titlePage;
        QStringList listed;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 1)
                titlePage.insert(b.text(), int(doc->documentLayout()->blockBoundingRect(b).top() / pageHeight) + 1);
            else if (b.textList())
                listed << b.text();
        }
        QCOMPARE(titlePage.size(), 3);
        QVERIFY(titlePage.value(u"Third"_s) > titlePage.value(u"Second"_s)); // not all on one page
        QCOMPARE(listed.size(), 3);
        for (const QString &item : std::as_const(listed)) {
            const QString title = item.section(u' ', 0, 0);
            QCOMPARE(item, title + u' ' + Digits::inScript(QString::number(titlePage.value(title)), zero));
        }
    }

    // Steps are numbered as the document numbers them: after a note between steps 2 and 3, the
    // next are 3 and 4, and a list may start at 10 (Qt 6.4's HTML reader started each at 1), on
    // paper and on screen alike; nothing hidden is printed or copied as text.
    void shouldNumberStepsFromWhereTheDocumentDoes()
    {
        Procedure p;
        p.sections = {Section{u"procedure"_s,
                              u"Procedure Description"_s,
                              {Block{BlockType::Steps, {}, {u"Wash your hands."_s, u"Clean the skin."_s}, 1},
                               Block{BlockType::Paragraph, u"Do not rub it."_s, {}, 1},
                               Block{BlockType::Steps, {}, {u"Pinch the skin."_s, u"Inject."_s}, 3},
                               Block{BlockType::Paragraph, u"Later:"_s, {}, 1},
                               Block{BlockType::Steps, {}, {u"Check the site."_s}, 10}}}};
        const QString html = ProcedureHtml::sectionsHtml(p, {u"procedure"_s});
        QTextDocument screen; // as the reading pane shows it
        screen.setHtml(html);
        PagedPrint::numberLists(screen);
        const auto printed = PagedPrint::makeDocument(html);
        for (QTextDocument *doc : {&screen, printed.get()}) {
            QHash<QString, QString> numbers;
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
                if (b.textList() && b.isVisible())
                    numbers.insert(b.text(), b.textList()->itemText(b));
            }
            QCOMPARE(numbers.value(u"Wash your hands."_s), u"1."_s);
            QCOMPARE(numbers.value(u"Clean the skin."_s), u"2."_s);
            QCOMPARE(numbers.value(u"Pinch the skin."_s), u"3."_s);
            QCOMPARE(numbers.value(u"Inject."_s), u"4."_s);
            QCOMPARE(numbers.value(u"Check the site."_s), u"10."_s);
            // The steps going on join the list before them: nothing hidden between.
            QVERIFY2(doc->toPlainText().contains(u"Do not rub it.\nPinch the skin."_s), qPrintable(doc->toPlainText()));
        }
    }

    // A list under an item stands under that item, further in, lettered or with its own bullet as
    // the source marks it, on paper, on screen and in plain text; the steps after it count on.
    void shouldNestAListUnderItsItem()
    {
        Procedure p;
        p.title = u"Clip"_s;
        p.sections = {Section{
            u"preparation"_s,
            u"Preparation"_s,
            {Block{BlockType::Steps, {}, {u"Arrive early."_s}, 1},
             Block{BlockType::Steps, {}, {u"Bring your card."_s, u"Bring a list."_s}, 3, 1, u'a'},
             Block{BlockType::Steps, {}, {u"Check in."_s}, 2}, Block{BlockType::Paragraph, u"Medicines:"_s, {}, 1},
             Block{BlockType::Bullets, {}, {u"Stop these."_s}, 1}, Block{BlockType::Bullets, {}, {u"Aspirin."_s}, 1, 1},
             Block{BlockType::Bullets, {}, {u"Eat nothing."_s}, 1}}}};
        const QString html = ProcedureHtml::sectionsHtml(p, {u"preparation"_s});
        QTextDocument screen;
        screen.setHtml(html);
        PagedPrint::numberLists(screen);
        const auto printed = PagedPrint::makeDocument(html);
        for (QTextDocument *doc : {&screen, printed.get()}) {
            QHash<QString, QTextBlock> blocks;
            QStringList shown;
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
                if (b.textList() && b.isVisible())
                    blocks.insert(b.text(), b);
                if (b.isVisible())
                    shown << b.text();
            }
            const auto mark = [&](const QString &text) {
                const QTextBlock b = blocks.value(text);
                return b.isValid() ? b.textList()->itemText(b) : QString();
            };
            const auto indent = [&](const QString &text) {
                const QTextBlock b = blocks.value(text);
                return b.isValid() ? b.textList()->format().indent() : -1;
            };
            QCOMPARE(mark(u"Arrive early."_s), u"1."_s);
            QCOMPARE(mark(u"Bring your card."_s), u"c."_s);
            QCOMPARE(mark(u"Bring a list."_s), u"d."_s);
            QCOMPARE(mark(u"Check in."_s), u"2."_s);
            QCOMPARE(blocks.value(u"Check in."_s).textList(), blocks.value(u"Arrive early."_s).textList());
            QVERIFY(indent(u"Bring your card."_s) > indent(u"Arrive early."_s));
            QCOMPARE(blocks.value(u"Aspirin."_s).textList()->format().style(), QTextListFormat::ListCircle);
            QVERIFY(indent(u"Aspirin."_s) > indent(u"Stop these."_s));
            QCOMPARE(blocks.value(u"Eat nothing."_s).textList(), blocks.value(u"Stop these."_s).textList());
            QVERIFY2(shown.join(u'\n').contains(u"Arrive early.\nBring your card.\nBring a list.\nCheck in."_s),
                     qPrintable(shown.join(u'\n')));
        }
        // Steps going on after text join the list at their depth, not the list under its last
        // step (they were drawn as a third sub-step).
        Procedure later;
        later.sections = {Section{u"preparation"_s,
                                  u"Preparation"_s,
                                  {Block{BlockType::Steps, {}, {u"Night before."_s, u"Morning of:"_s}, 1},
                                   Block{BlockType::Steps, {}, {u"No food."_s, u"No drink."_s}, 1, 1},
                                   Block{BlockType::Paragraph, u"Bring your card."_s, {}, 1},
                                   Block{BlockType::Steps, {}, {u"Come in."_s}, 3}}}};
        const auto doc = PagedPrint::makeDocument(ProcedureHtml::sectionsHtml(later, {u"preparation"_s}));
        QHash<QString, QTextBlock> steps;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.textList() && b.isVisible())
                steps.insert(b.text(), b);
        }
        QCOMPARE(steps.value(u"Come in."_s).textList(), steps.value(u"Night before."_s).textList());
        QCOMPARE(steps.value(u"Come in."_s).textList()->itemText(steps.value(u"Come in."_s)), u"3."_s);
        QCOMPARE(steps.value(u"No drink."_s).textList()->count(), 2);

        const QString text = ProcedureHtml::plainText(p);
        QVERIFY2(
            text.contains(u"  1. Arrive early.\n      c. Bring your card.\n      d. Bring a list.\n  2. Check in.\n"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"  \u2022 Stop these.\n      \u25E6 Aspirin.\n  \u2022 Eat nothing."_s),
                 qPrintable(text));
    }

    // Lists only a stored document could shape (a sub-list first in its section, a level skipped,
    // a list of no items above its sub-list): every item shown once, in order.
    void shouldShowEveryItemOfAnyListsShape()
    {
        Procedure p;
        p.sections = {
            Section{u"preparation"_s,
                    u"Preparation"_s,
                    {Block{BlockType::Bullets, {}, {u"Orphan."_s}, 1, 1}, Block{BlockType::Steps, {}, {u"Top."_s}, 1},
                     Block{BlockType::Bullets, {}, {u"Deep."_s}, 1, 2}, Block{BlockType::Bullets, {}, {}, 1},
                     Block{BlockType::Steps, {}, {u"Under nothing."_s}, 1, 1, u'a'},
                     Block{BlockType::Paragraph, u"End."_s, {}, 1}}}};
        const auto doc = PagedPrint::makeDocument(ProcedureHtml::sectionsHtml(p, {u"preparation"_s}));
        QStringList shown;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.isVisible() && !b.text().isEmpty())
                shown << b.text();
        }
        QCOMPARE(shown,
                 (QStringList{u"Preparation"_s, u"Orphan."_s, u"Top."_s, u"Deep."_s, u"Under nothing."_s, u"End."_s}));
        const QString text = ProcedureHtml::plainText(p);
        for (const QString &item : {u"Orphan."_s, u"Top."_s, u"Deep."_s, u"Under nothing."_s})
            QCOMPARE(text.count(item), 1);
    }

    // A table in the pane and on paper is a ruled table of its rows and cells, its header row in
    // bold; as plain text (show) its columns line up, a wide character taking two, an empty cell
    // keeping its place.
    void shouldSetATableOutByRowsAndColumns()
    {
        Block table{BlockType::Table, {}, {}, 1};
        table.rows = {{QString(), u"Morning"_s, u"Evening"_s},
                      {u"Ibuprofen"_s, u"400 mg"_s},
                      {u"布洛芬"_s, u"一片"_s, u"两片"_s}};
        table.headerRows = 1;
        Procedure p;
        p.sections = {Section{u"preparation"_s, u"Preparation"_s, {table}}};
        const auto doc = PagedPrint::makeDocument(ProcedureHtml::sectionsHtml(p, {u"preparation"_s}));
        QList<QTextTable *> tables;
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            if (auto *t = qobject_cast<QTextTable *>(frame))
                tables << t;
        }
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first()->rows(), 3);
        QCOMPARE(tables.first()->columns(), 3);
        QCOMPARE(doc->findBlock(tables.first()->cellAt(1, 1).firstPosition()).text(), u"400\u00A0mg"_s); // on one line
        QVERIFY(QTextCursor(doc->findBlock(tables.first()->cellAt(0, 1).firstPosition())).charFormat().fontWeight() >
                QFont::Normal);
        const QString text = ProcedureHtml::plainText(p);
        QVERIFY2(text.contains(u"            | Morning | Evening\n  ----------+---------+--------\n"
                               "  Ibuprofen | 400 mg  |\n  布洛芬    | 一片    | 两片\n"_s),
                 qPrintable(text));
    }

    // Where a printed line must not break: what is read together, bound by a no-break space;
    // nothing else (a long word after a number, a word before one, the number of a phone
    // number's extension and the word after it).
    void shouldBindWhatIsReadTogether_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bound");
        const QString nb(QChar::Nbsp);
        QTest::addRow("a dose") << u"take 400 mg now"_s << u"take 400"_s + nb + u"mg now"_s;
        QTest::addRow("a sign") << u"if \u2265 38.5 \u00B0C"_s << u"if \u2265"_s + nb + u"38.5"_s + nb + u"\u00B0C"_s;
        QTest::addRow("a sign in parentheses") << u"high (> 3.0)"_s << u"high (>"_s + nb + u"3.0)"_s;
        QTest::addRow("a product") << u"ANC \u2265 1.5 \u00D7 10\u2079/L"_s
                                   << u"ANC \u2265"_s + nb + u"1.5"_s + nb + u"\u00D7"_s + nb + u"10\u2079/L"_s;
        QTest::addRow("in parentheses") << u"one (40 mg)"_s << u"one (40"_s + nb + u"mg)"_s;
        QTest::addRow("after a slash") << u"80 mg/0.8 mL"_s << u"80"_s + nb + u"mg/0.8"_s + nb + u"mL"_s;
        QTest::addRow("after a Han letter") << u"\u670D500 mg"_s << u"\u670D500"_s + nb + u"mg"_s;
        QTest::addRow("a Spanish time") << u"a las 9:00 a. m."_s << u"a las 9:00"_s + nb + u"a."_s + nb + u"m."_s;
        QTest::addRow("a phone number and its extension, not the word after")
            << u"call (217) 555-0142 ext. 3 before 6"_s
            << u"call (217)"_s + nb + u"555-0142"_s + nb + u"ext."_s + nb + u"3 before 6"_s;
        QTest::addRow("a dose times a dose") << u"take 2 x 500 mg"_s << u"take 2"_s + nb + u"x 500"_s + nb + u"mg"_s;
        QTest::addRow("a long word after a number, not") << u"3 acetaminophen"_s << u"3 acetaminophen"_s;
        QTest::addRow("a word before a number, not") << u"every 12 h"_s << u"every 12"_s + nb + u"h"_s;
        QTest::addRow("a slash and a dash, not") << u"mg/m\u00B2 10\u201315"_s << u"mg/m\u00B2 10\u201315"_s;
    }

    void shouldBindWhatIsReadTogether()
    {
        QFETCH(QString, text);
        QFETCH(QString, bound);
        QCOMPARE(ProcedureHtml::withLineBindings(text), bound);
    }

    // Large print keeps its lines' spacing when a short last page is pulled back with less air:
    // a Spanish handout in large print was set at 20.5 pt a line where English had 22.4.
    void shouldKeepLargePrintsLineSpacing()
    {
        QImage device(10, 10, QImage::Format_RGB32);
        const qreal pageHeight = 700;
        const QString paragraph = u"<p>Keep the dressing dry and clean, and call the clinic if the skin around it "
                                  "turns red or warm, or if you get a fever.</p>"_s;
        const auto spacings = [&](const QTextDocument &doc) {
            QList<qreal> out;
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
                if (b.layout() && b.layout()->lineCount() >= 2)
                    out << b.layout()->lineAt(1).y() - b.layout()->lineAt(0).y();
            }
            return out;
        };
        // The spacing of a paragraph's lines in a layout of count paragraphs, in print of size.
        const auto spacing = [&](int count, double size) {
            PagedPrint::Flow flow;
            flow.pointSize = size;
            flow.pieces = {u"<h1>Care</h1>"_s + paragraph.repeated(count)};
            return spacings(*PagedPrint::layOut(flow, &device, QSizeF(400, pageHeight)));
        };
        const qreal regular = spacing(1, PagedPrint::LargePrint).value(0);
        const qreal normal = spacing(1, 11).value(0);
        QVERIFY(regular > 0 && normal > 0);
        int pulledBack = 0; // layouts of normal print pulled back with less air between lines
        for (int count = 4; count <= 40; ++count) {
            for (qreal each : spacing(count, PagedPrint::LargePrint))
                QVERIFY2(each >= regular - 0.01,
                         qPrintable(u"%1 paragraphs: %2 against %3"_s.arg(count).arg(each).arg(regular)));
            pulledBack += spacing(count, 11).value(0) < normal - 0.01 ? 1 : 0;
        }
        QVERIFY(pulledBack > 0);
    }

    // The writing lines of "My questions", which take what the last page leaves, never make a
    // handout give up keeping a paragraph's lines together: a layout with them whose kept lines
    // took another sheet had given up for every layout after it, and printed "Lugar" at a page's
    // foot with one line of its paragraph, the other on the next page, which was half empty.
    void shouldKeepLinesTogetherBesideTheWritingLines_data() { shouldNotLeaveALineAloneAtAPageBreak_data(); }
    void shouldKeepLinesTogetherBesideTheWritingLines()
    {
        QFETCH(int, pageHeight);
        PagedPrint::Flow flow;
        flow.pieces = {longHandoutHtml()};
        QImage device(10, 10, QImage::Format_RGB32);
        const auto aloneLines = [&](const QTextDocument &doc) {
            int alone = 0;
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
                const QTextLayout *lines = b.layout();
                if (!lines || lines->lineCount() < 2 || QTextCursor(b).currentTable())
                    continue;
                const qreal top = doc.documentLayout()->blockBoundingRect(b).top();
                const auto pageOf = [&](int line) { return int((top + lines->lineAt(line).y() + 0.01) / pageHeight); };
                int before = 0;
                while (before < lines->lineCount() && pageOf(before) == pageOf(0))
                    ++before;
                const int after = lines->lineCount() - before;
                if (after > 0 && (before == 1 || (after == 1 && before <= PagedPrint::MaxLinesMovedForOne)))
                    ++alone;
            }
            return alone;
        };
        const auto text = PagedPrint::layOut(flow, &device, QSizeF(400, pageHeight));
        flow.questionsHeading = u"My questions"_s;
        const auto withLines = PagedPrint::layOut(flow, &device, QSizeF(400, pageHeight));
        if (aloneLines(*text) == 0)
            QCOMPARE(aloneLines(*withLines), 0);
        // And the lines are there, where the text leaves half its last page.
        const qreal left = text->pageCount() * pageHeight - text->documentLayout()->documentSize().height();
        if (left > pageHeight / 2)
            QVERIFY(withLines->toPlainText().contains(flow.questionsHeading));
    }

    // Writing lines tried and taken out again (too many for the page) leave nothing behind: the
    // text's last block kept a rule's format, a stray dash under a table that ended the text.
    void shouldLeaveNoRuleOfWritingLinesTakenOut()
    {
        PagedPrint::Flow flow;
        QString rows;
        for (int i = 0; i < 6; ++i)
            rows += u"<tr><td>Term %1</td><td>What it means, in a few plain words.</td></tr>"_s.arg(i);
        flow.pieces = {u"<h1>Title</h1><p>Some text.</p><table width=\"100%\">"_s + rows + u"</table>"_s};
        flow.questionsHeading = u"My questions"_s;
        QImage device(10, 10, QImage::Format_RGB32);
        int tried = 0;
        for (qreal pageHeight = 300; pageHeight <= 700; pageHeight += 10) {
            const auto doc = PagedPrint::layOut(flow, &device, QSizeF(400, pageHeight));
            bool questions = false;
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
                questions = questions || b.text() == flow.questionsHeading;
                const bool rule = b.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
                QVERIFY2(questions || !rule,
                         qPrintable(u"a rule above the questions at page height %1"_s.arg(pageHeight)));
            }
            tried += questions ? 1 : 0;
        }
        QVERIFY(tried > 0);
    }

    // No paragraph or list item leaves one line alone at the foot of a page, nor at the head of
    // the next after a short paragraph: a patient reading one line alone loses the thread. Over
    // many page heights, so the breaks fall in every place of every kind of paragraph.
    void shouldNotLeaveALineAloneAtAPageBreak_data()
    {
        QTest::addColumn<int>("pageHeight");
        for (int height = 260; height <= 720; height += 23)
            QTest::addRow("page %d px", height) << height;
    }

    void shouldNotLeaveALineAloneAtAPageBreak()
    {
        QFETCH(int, pageHeight);
        // The pass itself (layOut() leaves a line alone where keeping it would take another sheet).
        const auto doc = keptTogether(longHandoutHtml(), pageHeight);
        QVERIFY(doc->pageCount() > 1);
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QTextLayout *lines = b.layout();
            if (!lines || lines->lineCount() < 2)
                continue;
            const qreal top = layout->blockBoundingRect(b).top();
            const auto pageOf = [&](int line) { return int((top + lines->lineAt(line).y() + 0.01) / pageHeight); };
            int before = 0;
            while (before < lines->lineCount() && pageOf(before) == pageOf(0))
                ++before;
            const int after = lines->lineCount() - before;
            if (after == 0)
                continue;
            QVERIFY2(
                before >= 2,
                qPrintable(
                    u"one line of \"%1\" alone at the foot of page %2"_s.arg(b.text().left(40)).arg(pageOf(0) + 1)));
            QVERIFY2(
                after >= 2 || before > PagedPrint::MaxLinesMovedForOne,
                qPrintable(
                    u"one line of \"%1\" alone at the head of page %2"_s.arg(b.text().left(40)).arg(pageOf(0) + 2)));
        }
        // No heading ends a page either (the heading above a moved paragraph goes with it).
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || !b.next().isValid())
                continue;
            const int page = int((layout->blockBoundingRect(b).top() + 0.01) / pageHeight);
            const int next = int((layout->blockBoundingRect(b.next()).top() + 0.01) / pageHeight);
            QVERIFY2(page == next, qPrintable(b.text()));
        }
    }

    // A line is left alone at a page break only where keeping its paragraph together would take
    // another sheet: one such paragraph had every other left alone too (a packet in large print
    // for a long name, one line of a step at the head of a page, a heading and a line at a foot).
    void shouldLeaveALineAloneOnlyWhereKeepingItTakesASheet_data() { shouldNotLeaveALineAloneAtAPageBreak_data(); }

    void shouldLeaveALineAloneOnlyWhereKeepingItTakesASheet()
    {
        QFETCH(int, pageHeight);
        QImage device(10, 10, QImage::Format_RGB32);
        PagedPrint::Flow flow;
        flow.pieces = {longHandoutHtml(), longHandoutHtml()};
        const auto doc = PagedPrint::layOut(flow, &device, QSizeF(400, pageHeight));
        const int pages = doc->pageCount();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QTextLayout *lines = b.layout();
            if (!lines || lines->lineCount() < 2 || QTextCursor(b).currentTable())
                continue;
            int before = 0;
            while (before < lines->lineCount() && pageOf(b, before, pageHeight) == pageOf(b, 0, pageHeight))
                ++before;
            const int after = lines->lineCount() - before;
            if (after == 0 || !(before == 1 || (after == 1 && before <= PagedPrint::MaxLinesMovedForOne)))
                continue;
            // Kept together: the paragraph (with the heading right above it) on the next page.
            QTextBlock moved = b;
            if (moved.previous().isValid() && moved.previous().blockFormat().headingLevel() > 0)
                moved = moved.previous();
            const QTextBlockFormat was = moved.blockFormat();
            QTextBlockFormat format = was;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(moved).setBlockFormat(format);
            const int kept = doc->pageCount();
            QTextCursor(moved).setBlockFormat(was);
            QCOMPARE(doc->pageCount(), pages);
            QVERIFY2(kept > pages,
                     qPrintable(u"\"%1\" left apart at a page break, though kept together it takes %2 pages of %3"_s
                                    .arg(b.text().left(40))
                                    .arg(kept)
                                    .arg(pages)));
        }
    }

    // The words leading into a list ("Follow these steps exactly:", an item "…your medicines:"
    // above the items under it) are never left at a page's foot with the list on the next page:
    // the steps read there without what they are for. Over many page heights.
    void shouldKeepTheWordsLeadingIntoAListWithIt_data()
    {
        QTest::addColumn<int>("pageHeight");
        for (int height = 250; height <= 600; height += 7)
            QTest::addRow("page %d px", height) << height;
    }

    void shouldKeepTheWordsLeadingIntoAListWithIt()
    {
        QFETCH(int, pageHeight);
        QString html = u"<h2>Preparation</h2><h3>Important</h3>"_s;
        for (int i = 0; i < 3; ++i)
            html += u"<p>Stop taking iron pills 7 days before the test. If you take a blood thinner, call the clinic "
                    "at least 5 days before.</p>"_s;
        html += u"<p>Follow these steps exactly:</p><ol>"_s;
        for (int i = 0; i < 6; ++i)
            html += u"<li>At %1:00 PM, drink one 8 oz glass of the prep every 10 to 15 minutes.</li>"_s.arg(i + 1);
        html += u"<li>The pharmacist reviews the result and your medicines:<ol type=\"a\"><li>if it is below 2.0, "
                "your dose may go up;</li><li>if it is above 3.0, you may skip a dose.</li></ol></li>"
                "<li>You get a new schedule.</li></ol><h2>Follow-up</h2><p>Call (217) 555-0142.</p>"_s;
        const auto doc = keptTogether(html, pageHeight);
        const auto pageOf = [pageHeight](const QTextBlock &b, int line) {
            return TestPagedPrint::pageOf(b, line, pageHeight);
        };
        int leads = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (!b.text().endsWith(u':') || !b.next().textList())
                continue;
            ++leads;
            QVERIFY2(pageOf(b, b.layout()->lineCount() - 1) == pageOf(b.next(), 0),
                     qPrintable(u"\"%1\" at the foot of page %2"_s.arg(b.text()).arg(pageOf(b, 0) + 1)));
        }
        QCOMPARE(leads, 2);
    }

    // In a column of a bilingual page (a section beside its translation, a row of two cells)
    // no line of a paragraph is left alone at a page break either, nor a heading or the words
    // leading into a list at a page's foot: the columns were cut anywhere ("ni crema." alone at
    // the head of a page). Over many page heights.
    void shouldKeepLinesTogetherInAColumn_data()
    {
        QTest::addColumn<int>("pageHeight");
        QTest::addColumn<int>("linesBefore"); // of the page's own, before the row
        for (const int height : {320, 410, 530, 650}) {
            for (int lines = 0; lines <= height / 24; ++lines)
                QTest::addRow("page %d px, %d lines before", height, lines) << height << lines;
        }
    }

    void shouldKeepLinesTogetherInAColumn()
    {
        QFETCH(int, pageHeight);
        QFETCH(int, linesBefore);
        const auto column = [](const QString &word) -> QString {
            QString html = u"<h2>Preparation %1</h2><h3>Important</h3>"_s.arg(word);
            for (int i = 0; i < 4; ++i)
                html += u"<p>Stop taking iron pills 7 days before the test (%1). If you take a blood thinner, call "
                        "the clinic at least 5 days before the test.</p>"_s.arg(word);
            html += u"<p>Follow these steps exactly:</p><ol>"_s;
            for (int i = 0; i < 5; ++i)
                html +=
                    u"<li>At %1:00 PM, drink one glass of the prep every 10 to 15 minutes (%2).</li>"_s.arg(i + 1).arg(
                        word);
            return html + u"</ol><h3>Warning</h3><p>Do not drink more than 4 L of the prep in total.</p>"_s;
        };
        // The row starts anywhere on the first page, after lines of the page's own.
        QString html;
        for (int i = 0; i < linesBefore; ++i)
            html += u"<p>Before the columns, a line of the page's own.</p>"_s;
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><td width=\"50%\">"_s +
                column(u"one"_s) + u"</td><td width=\"50%\">"_s + column(u"uno y dos"_s) + u"</td></tr></table>"_s;
        const auto doc = keptTogether(html, pageHeight, true);
        QVERIFY(doc->pageCount() > 1);
        const auto pageOf = [pageHeight](const QTextBlock &b, int line) {
            return TestPagedPrint::pageOf(b, line, pageHeight);
        };
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QTextLayout *lines = b.layout();
            if (!lines || lines->lineCount() == 0 || !QTextCursor(b).currentTable())
                continue;
            const int last = lines->lineCount() - 1;
            int before = 0;
            while (before <= last && pageOf(b, before) == pageOf(b, 0))
                ++before;
            if (before <= last) {
                QVERIFY2(before >= 2, qPrintable(u"one line of \"%1\" alone at a page's foot"_s.arg(b.text())));
                QVERIFY2(last + 1 - before >= 2 || before > PagedPrint::MaxLinesMovedForOne,
                         qPrintable(u"one line of \"%1\" alone at a page's head"_s.arg(b.text())));
            }
            const bool keptWithNext = b.blockFormat().headingLevel() > 0 || b.text().endsWith(u':');
            if (keptWithNext && b.next().isValid() && b.next().layout() && b.next().layout()->lineCount() > 0)
                QVERIFY2(pageOf(b, last) == pageOf(b.next(), 0),
                         qPrintable(u"\"%1\" at a page's foot"_s.arg(b.text())));
        }
    }

    // A bilingual row that a page cuts goes on from one page to the next, each column cut where its
    // own lines allow, as the page's own text is. It was moved whole to the next page, leaving
    // the page above it blank (the first page of a large-print bilingual handout held its header
    // alone): when it was under half a page tall; when a column's section was one paragraph, the
    // last of its cell (the empty block after the table, below the whole row, was taken for the
    // "text" its heading had to stay with); when a column ended in headings with nothing under
    // them. Rows short and long, starting high and low on the page.
    void shouldCutARowOfColumnsAsThePagesText_data()
    {
        QTest::addColumn<int>("pageHeight");
        QTest::addColumn<int>("items"); // in the English column
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<double>("onThePage");    // how much of the row the first page has room for
        QTest::addColumn<bool>("endsInAHeading"); // the English column, with nothing under it
        const QList<std::pair<const char *, QString>> columns{
            {"one paragraph",
             u"<h2>Resumen</h2><p>La colonoscopia permite al médico ver el interior del intestino grueso.</p>"_s},
            {"headings alone", u"<h2>Políticas médicas</h2><h3>Políticas relacionadas de los planes de salud</h3>"_s}};
        for (const int height : {410, 530, 650, 800}) {
            for (const int items : {3, 8}) {
                for (const auto &[name, html] : columns) {
                    for (const double part : {0.35, 0.6, 0.85}) {
                        for (const bool ends : {false, true})
                            QTest::addRow("page %d px, %d items, %s, %d%% on the page%s", height, items, name,
                                          int(part * 100), ends ? ", English ending in a heading" : "")
                                << height << items << html << part << ends;
                    }
                }
            }
        }
    }

    void shouldCutARowOfColumnsAsThePagesText()
    {
        QFETCH(int, pageHeight);
        QFETCH(int, items);
        QFETCH(QString, theirs);
        QFETCH(double, onThePage);
        QFETCH(bool, endsInAHeading);
        QString english = u"<h2>Important Safety Information</h2><ul>"_s;
        for (int i = 0; i < items; ++i)
            english += u"<li>Tell the nurse about blood thinners (%1).</li>"_s.arg(i);
        english += endsInAHeading ? u"</ul><h3>Pros and Cons</h3>"_s : u"</ul>"_s;
        const QString columns = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><td width=\"50%\">"_s +
                                english + u"</td><td width=\"50%\">"_s + theirs +
                                u"</td></tr></table><p>After the columns.</p>"_s;
        // The page's own lines above the row, as many as put its top where the part onThePage of
        // it has room on the first page.
        const auto withLinesBefore = [&columns](int lines) -> QString {
            return u"<p>Before the columns.</p>"_s.repeated(lines) + columns;
        };
        // Laid out as a handout's pages are, every pass run (layOut()).
        const auto laidOut = [](const QString &html, int height) {
            static QImage device(10, 10, QImage::Format_RGB32);
            PagedPrint::Flow flow;
            flow.pieces = {html};
            return PagedPrint::layOut(flow, &device, QSizeF(400, height));
        };
        const auto rowOf = [](const QTextDocument &doc) {
            return doc.documentLayout()->frameBoundingRect(doc.rootFrame()->childFrames().constFirst());
        };
        const int unpaged = 100000;
        const qreal tall = rowOf(*laidOut(columns, unpaged)).height();
        int linesBefore = 0;
        while (rowOf(*laidOut(withLinesBefore(linesBefore + 1), unpaged)).top() < pageHeight - tall * onThePage)
            ++linesBefore;
        const auto doc = laidOut(withLinesBefore(linesBefore), pageHeight);
        QTextTable *row = nullptr;
        for (QTextFrame *frame : doc->rootFrame()->childFrames())
            row = row ? row : qobject_cast<QTextTable *>(frame);
        QVERIFY(row);
        const QAbstractTextDocumentLayout *layout = doc->documentLayout();
        const QRectF r = layout->frameBoundingRect(row);
        if (r.bottom() <= pageHeight)
            return; // tighter lines (a short last page's) brought it onto the first page whole
        // A heading ending a column, with nothing under it, stays under the list above it where
        // it fits: it was kept with the other column's first line, on the page before, and sent
        // to a page after the list's, alone there.
        const QTextBlock last = doc->findBlock(row->cellAt(0, 0).lastPosition());
        if (endsInAHeading) {
            QCOMPARE(last.text(), u"Pros and Cons"_s);
            const qreal above = layout->blockBoundingRect(last.previous()).bottom();
            const qreal height = layout->blockBoundingRect(last).height();
            QVERIFY2(int(layout->blockBoundingRect(last).top() / pageHeight) == int(above / pageHeight) ||
                         above + height > (int(above / pageHeight) + 1) * pageHeight - 8,
                     "the heading ending the column went to a page after the list above it");
        }
        if (r.top() < pageHeight)
            return;
        // Moved only where the first page has no room for a column's heading with its first
        // paragraph whole (the least a heading keeps with it there, as on the page).
        const qreal room = pageHeight - layout->blockBoundingRect(doc->findBlock(row->firstPosition() - 1)).bottom();
        qreal needs = 0;
        for (int column = 0; column < 2; ++column) {
            const QTextBlock heading = doc->findBlock(row->cellAt(0, column).firstPosition());
            needs = std::max(needs, layout->blockBoundingRect(heading.next()).bottom() - r.top() + 4); // its padding
        }
        // (Within part of a line: the margins of the cell and the page are not all measured here.)
        QVERIFY2(room < needs + 12,
                 qPrintable(u"the row moved whole to the next page, %1 px of the first page left blank "
                            "where %2 px would hold its headings and first paragraphs"_s.arg(int(room))
                                .arg(int(needs))));
    }

    // A heading in a column of a bilingual row stays with the table under it (a dose table in the
    // section): the table in its cell is its text. It was taken for nothing under the heading,
    // which stayed alone at a page's foot. Over every room a page's foot may leave.
    void shouldKeepAHeadingWithTheTableUnderItInAColumn_data()
    {
        QTest::addColumn<int>("room"); // below the page's own lines, where the row starts
        for (int room = 6; room <= 120; room += 6)
            QTest::addRow("%d px left", room) << room;
    }

    void shouldKeepAHeadingWithTheTableUnderItInAColumn()
    {
        QFETCH(int, room);
        const auto column = [](const QString &heading, const QString &weight) -> QString {
            QString html = u"<h2>%1</h2><table border=\"1\" cellpadding=\"2\">"_s.arg(heading);
            for (int kg = 5; kg <= 25; kg += 5)
                html += u"<tr><td>%1 %2 kg</td><td>%3 mL</td></tr>"_s.arg(weight).arg(kg).arg(kg / 5);
            return html + u"</table>"_s;
        };
        const QString html = u"<p>Before the columns.</p>"_s.repeated(8) +
                             u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><td width=\"50%\">"_s +
                             column(u"Doses"_s, u"Weight"_s) + u"</td><td width=\"50%\">"_s +
                             column(u"Dosis"_s, u"Peso"_s) + u"</td></tr></table><p>After the columns.</p>"_s;
        static QImage device(10, 10, QImage::Format_RGB32);
        PagedPrint::Flow flow;
        flow.pieces = {html};
        const auto laidOut = [&flow](int height) { return PagedPrint::layOut(flow, &device, QSizeF(400, height)); };
        const auto unpaged = laidOut(100000);
        const int rowTop =
            int(unpaged->documentLayout()->frameBoundingRect(unpaged->rootFrame()->childFrames().constFirst()).top());
        const int pageHeight = rowTop + room;
        const auto doc = laidOut(pageHeight);
        const QAbstractTextDocumentLayout *layout = doc->documentLayout();
        const auto pageOf = [&](const QTextBlock &b) {
            return int((layout->blockBoundingRect(b).top() + b.layout()->lineAt(0).y() + 0.01) / pageHeight);
        };
        int headings = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || !QTextCursor(b).currentTable())
                continue;
            ++headings;
            QVERIFY2(pageOf(b) == pageOf(b.next()),
                     qPrintable(u"\"%1\" on page %2, the table under it on page %3"_s.arg(b.text())
                                    .arg(pageOf(b) + 1)
                                    .arg(pageOf(b.next()) + 1)));
        }
        QCOMPARE(headings, 2);
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
