// Hostile content: markup, entities, direction overrides, invisible characters, a 10,000-
// character word and 5,000 bullets are shown and printed literally. Nothing is fetched: a local
// server that the markup points at receives no connection, a file it points at is never read
// into the view or the print, and neither the text view nor the printer's document even asks
// for a resource. The layout stays usable: no sideways scrolling, every character printed.
#include "detailpane.h"
#include "documentparser.h"
#include "handout.h"
#include "pagedprint.h"
#include "safetextview.h"
#include "sectionkeys.h"
#include "testsupport.h"

#include <QClipboard>
#include <QFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestHostileContent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{Test::scratchTemplate()};
    QTcpServer m_server; // what the markup points at; must never see a connection
    QString m_canaryPath;
    QString m_longWord;
    std::optional<Procedure> m_procedure;
    QStringList m_literals; // strings that must appear exactly as written

    static constexpr int Bullets = 5000;

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_canaryPath = m_dir.filePath(u"canary.css"_s);
        QFile canary(m_canaryPath);
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write("body { color: red } /* CANARYFILECONTENT */");
        canary.close();

        const QString http = u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort());
        const QString file = u"file://"_s + m_canaryPath;
        m_longWord = QString(10'000, u'x');
        m_literals = {
            u"<script>alert('x')</script>"_s,
            u"<img src=\"%1pixel.png\">"_s.arg(http),
            u"<a href=\"file:///etc/passwd\">passwords</a>"_s,
            u"<style>body { display: none }</style>"_s,
            u"<link rel=\"stylesheet\" href=\"%1\">"_s.arg(file),
            u"<img src=\"%1\">"_s.arg(file),
            u"&amp; &lt;b&gt; &#x41; &nbsp;"_s,
            u"right[U+202E]to-left override[U+202C] end"_s, // shown, never obeyed
            u"zero\u200Bwidth\u200Djoiner"_s,
        };
        QString doc = u"Search all medical codes\n\n"
                      "Hostile test procedure %1 with <b>markup</b> in the descriptor\n\n"
                      "CPT4 code 99999\n\n"
                      "Name of the Procedure:\n\n"
                      "Hostile Procedure <i>italic</i> (commonly referred to as <script>x</script>)\n\n"
                      "Summary\n\n"_s.arg(m_literals.at(0));
        for (const QString &literal : std::as_const(m_literals))
            doc += QString(literal).replace(u"[U+202E]"_s, u"\u202E"_s).replace(u"[U+202C]"_s, u"\u202C"_s) + u"\n\n"_s;
        doc += u"Preparation\n\nA long word follows: "_s + m_longWord + u" and after it text.\n\n"_s;
        doc += u"Procedure Description\n\n"_s;
        for (int i = 1; i <= Bullets; ++i)
            doc += u"  \u2022 hostile bullet item %1\n"_s.arg(i);
        doc += u"\nRecovery\n\nRest.\n"_s;
        const ParseResult parsed = DocumentParser::parse(doc.toUtf8(), u"hostile.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        m_procedure = parsed.procedure;
    }

    void shouldShowEverythingLiterallyAndFetchNothing()
    {
        DetailPane pane;
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setProcedure(m_procedure);
        QString shown;
        int blocked = 0;
        for (const SectionKeys::Tab &tab : SectionKeys::detailTabs()) {
            SafeTextView *view = pane.view(tab.id);
            if (!view)
                continue;
            shown += view->toPlainText() + u'\n';
            blocked += view->blockedResourceLoads();
        }
        for (const QString &literal : std::as_const(m_literals))
            QVERIFY2(shown.contains(literal), qPrintable(literal));
        // Whole, with places to break between its letters that draw nothing (U+200B): laid out
        // without them, such a word took Qt seconds for every line (ProcedureHtml::breakableRuns).
        QVERIFY(QString(shown).remove(QChar(0x200B)).contains(m_longWord));
        // Copied, the word is whole: the places to break are no part of it.
        SafeTextView *withTheWord = pane.view(u"preparation"_s);
        QVERIFY(withTheWord && withTheWord->toPlainText().contains(QChar(0x200B)));
        withTheWord->selectAll();
        withTheWord->copy();
        QVERIFY(QGuiApplication::clipboard()->text().contains(m_longWord));
        QVERIFY(!QGuiApplication::clipboard()->text().contains(QChar(0x200B)));
        QVERIFY(!shown.contains(QChar(0x202E)));
        // Kept as the source wrote it: only the display marks it.
        QVERIFY(m_procedure->sections.first().plainText().contains(u"right\u202Eto-left"_s));
        QVERIFY(shown.contains(u"hostile bullet item %1"_s.arg(Bullets)));
        QVERIFY(!shown.contains(u"CANARYFILECONTENT"_s));
        QCOMPARE(blocked, 0);
        QTest::qWait(100);
        QVERIFY(!m_server.hasPendingConnections());

        // The 10,000-character word wraps: nobody scrolls sideways to read a preparation step.
        QString preparationTab;
        for (const SectionKeys::Tab &tab : SectionKeys::detailTabs()) {
            if (tab.keys.contains(u"preparation"_s))
                preparationTab = tab.id;
        }
        SafeTextView *preparation = pane.view(preparationTab);
        QVERIFY(preparation);
        auto *tabs = pane.findChild<QTabWidget *>(u"detailTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentWidget(preparation);
        QTest::qWait(50);
        QCOMPARE(preparation->horizontalScrollBar()->maximum(), 0);
    }

    void shouldPrintEverythingLiterallyAndFetchNothing()
    {
        const int refusedBefore = PagedPrint::refusedResourceLoads();
        HandoutOptions options;
        options.sections = SectionKeys::canonicalKeys();
        const QString pdf = m_dir.filePath(u"hostile.pdf"_s);
        QCOMPARE(PagedPrint::exportPdf(Handout::flow({*m_procedure}, options), pdf, u"Hostile"_s), QString());
        QCOMPARE(PagedPrint::refusedResourceLoads(), refusedBefore);
        QVERIFY(!m_server.hasPendingConnections());

        QString error;
        const QString text = Test::pdfText(pdf, &error);
        QVERIFY2(!Test::words(text).isEmpty(), qPrintable(u"no text in the PDF: "_s + error));
        QVERIFY(!text.contains(u"CANARYFILECONTENT"_s));
        const QString flat = QString(text).remove(u'\n').remove(u' ');
        for (const QString &literal : {u"<script>alert('x')</script>"_s, u"<style>body{display:none}</style>"_s,
                                       u"<ahref=\"file:///etc/passwd\">passwords</a>"_s, u"&amp;&lt;b&gt;&#x41;"_s,
                                       u"right[U+202E]to-leftoverride[U+202C]end"_s})
            QVERIFY2(flat.contains(literal), qPrintable(literal));
        QVERIFY2(flat.count(u'x') >= m_longWord.size(), qPrintable(QString::number(flat.count(u'x'))));
        // The long word breaks across lines instead of running off the paper, where the page's
        // clip would cut it (pdftotext still finds clipped text, so measure the layout).
        const std::unique_ptr<QTextDocument> doc =
            PagedPrint::makeDocument(Handout::flow({*m_procedure}, options).pieces.first());
        doc->setTextWidth(500);
        QVERIFY2(doc->idealWidth() <= 501, qPrintable(QString::number(doc->idealWidth())));
        QVERIFY(text.contains(u"hostile bullet item %1"_s.arg(Bullets)));
    }
};

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
