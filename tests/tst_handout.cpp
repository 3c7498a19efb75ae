// Patient handouts as PDFs: the chosen sections and nothing else, packets, large print, footers,
// headings kept with their text, the education log, and privacy of what is typed about a patient.
#include "documentparser.h"
#include "handout.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

Procedure seed(int i)
{
    const QString path = Test::seedFiles().at(i);
    Procedure p = *DocumentParser::parse(Test::readFile(path), path).procedure;
    p.updatedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    return p;
}

int pageCount(const QString &text)
{
    return int(text.split(u'\f', Qt::SkipEmptyParts).size());
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};

    QString render(const QList<Procedure> &procedures, const HandoutOptions &o, const QString &name)
    {
        const QString pdf = m_dir.filePath(name);
        const QString error = PagedPrint::exportPdf(Handout::parts(procedures, o), pdf, u"test"_s);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        QString toolError;
        const QString text = Test::pdfText(pdf, &toolError);
        if (text.isEmpty())
            qWarning("%s", qPrintable(toolError));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    // Every word of the chosen sections is in the PDF; words found only in other sections are not.
    void shouldPrintChosenSectionsOnly_data()
    {
        QTest::addColumn<QString>("preset");
        for (const Handout::Preset &p : Handout::builtInPresets())
            QTest::addRow("%s", qPrintable(p.id)) << p.id;
    }

    void shouldPrintChosenSectionsOnly()
    {
        QFETCH(QString, preset);
        const Procedure p = seed(0);
        HandoutOptions o;
        o.sections = Handout::builtInPreset(preset)->sections;
        const QString text = render({p}, o, preset + u".pdf"_s);
        QVERIFY(!text.isEmpty());
        const QStringList pdfWords = Test::words(text);
        QSet<QString> chosenWords;
        for (const Section &s : p.sections) {
            if (!o.sections.contains(s.key))
                continue;
            for (const QString &w : Test::words(s.heading + u'\n' + s.plainText())) {
                chosenWords.insert(w);
                QVERIFY2(pdfWords.contains(w), qPrintable(u"missing \"%1\" of %2"_s.arg(w, s.key)));
            }
        }
        QSet<QString> everything(pdfWords.cbegin(), pdfWords.cend());
        for (const Section &s : p.sections) {
            if (o.sections.contains(s.key))
                continue;
            for (const QString &w : Test::words(s.plainText())) {
                const bool elsewhere =
                    chosenWords.contains(w) ||
                    Test::words(p.title + u' ' + p.descriptor + u" my questions page of cpt code not given content")
                        .contains(w);
                const bool number = w.front().isDigit(); // page numbers and dates are in every footer
                if (!elsewhere && !number)
                    QVERIFY2(!everything.contains(w), qPrintable(u"\"%1\" of unchosen %2 printed"_s.arg(w, s.key)));
            }
        }
        QVERIFY(text.contains(u"My questions"_s));
    }

    void shouldPrintPacketWithCoverAndEachProcedureOnNewPages()
    {
        HandoutOptions o;
        o.sections = Handout::builtInPreset(u"before"_s)->sections;
        o.patientName = u"Ada Example"_s;
        o.date = QDate(2026, 11, 23);
        const QList<Procedure> packet{seed(3), seed(1), seed(0)};
        const QString text = render(packet, o, u"packet.pdf"_s);
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY(pages.first().contains(u"Your procedures"_s));
        QVERIFY(pages.first().contains(u"Ada Example"_s));
        for (const Procedure &p : packet)
            QVERIFY(pages.first().contains(p.title.left(20)));
        // Each procedure starts a page: its title is in the first lines of some page, after the cover.
        int previous = 0;
        for (const Procedure &p : packet) {
            int start = -1;
            for (int i = previous + 1; i < pages.size() && start < 0; ++i) {
                if (pages.at(i).trimmed().section(u'\n', 0, 4).simplified().contains(p.title.left(25)))
                    start = i;
            }
            QVERIFY2(start > previous, qPrintable(p.title));
            previous = start;
        }
    }

    void shouldTakeMorePagesInLargePrint()
    {
        HandoutOptions o;
        o.sections = Handout::builtInPreset(u"full"_s)->sections;
        const int normal = pageCount(render({seed(2)}, o, u"normal.pdf"_s));
        o.largePrint = true;
        const int large = pageCount(render({seed(2)}, o, u"large.pdf"_s));
        QVERIFY2(large > normal, qPrintable(u"%1 vs %2"_s.arg(large).arg(normal)));
    }

    void shouldCarryPageNumbersCodeDateAndPhoneInFooters()
    {
        HandoutOptions o;
        o.sections = Handout::builtInPreset(u"full"_s)->sections;
        o.letterhead.clinicName = u"Riverside Clinic"_s;
        o.letterhead.phone = u"555-0100"_s;
        const QString text = render({seed(3)}, o, u"footer.pdf"_s);
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 2);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString &page = pages.at(i);
            QVERIFY(page.contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())));
            QVERIFY(page.contains(u"CPT (code not given)"_s));
            QVERIFY(page.contains(u"Questions? Call 555-0100"_s));
            QVERIFY(page.contains(u"Content of"_s));
        }
        QVERIFY(pages.first().contains(u"Riverside Clinic"_s));
    }

    // No page ends with a heading whose text is on the next page.
    void shouldNeverStrandAHeading_data()
    {
        QTest::addColumn<int>("seedIndex");
        QTest::addColumn<bool>("large");
        for (int i = 0; i < 5; ++i) {
            QTest::addRow("seed %d", i) << i << false;
            QTest::addRow("seed %d large", i) << i << true;
        }
    }

    void shouldNeverStrandAHeading()
    {
        QFETCH(int, seedIndex);
        QFETCH(bool, large);
        const Procedure p = seed(seedIndex);
        HandoutOptions o;
        o.sections = Handout::builtInPreset(u"full"_s)->sections;
        o.largePrint = large;
        const QString text = render({p}, o, u"strand.pdf"_s);
        QStringList headings;
        for (const Section &s : p.sections)
            headings << (s.heading.endsWith(u':') ? s.heading.chopped(1) : s.heading).simplified();
        QStringList pages;
        for (const QString &page : text.split(u'\f'))
            if (!page.trimmed().isEmpty())
                pages << page;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString &page = pages.at(i);

            QStringList lines;
            for (const QString &l : page.split(u'\n')) {
                if (!l.trimmed().isEmpty() && !l.contains(u"Page "_s))
                    lines << l.simplified();
            }
            if (lines.isEmpty())
                continue;
            // "My questions" is followed by ruled lines pdftotext cannot show: it may be the last
            // text of the last page only.
            if (lines.last() == u"My questions"_s) {
                QCOMPARE(i, pages.size() - 1);
                continue;
            }
            QVERIFY2(!headings.contains(lines.last()),
                     qPrintable(u"page ends with heading \"%1\""_s.arg(lines.last())));
        }
    }

    void shouldWriteCsvThatParsesBack()
    {
        EducationLogEntry e =
            Handout::logEntry({seed(0)}, {u"risks"_s, u"summary"_s}, QString(), 2, u"printer"_s, {u"abc"_s});
        e.procedures << u"A \"quoted\", comma title"_s;
        const QString csv = EducationLog::toCsv({e});
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).contains(
            u"\"CPT (code not given) Magnesium Infusion Therapy; A \"\"quoted\"\", comma title\""_s));
        QVERIFY(lines.at(1).contains(u",summary risks,"_s)); // print order
        QVERIFY(lines.at(1).endsWith(u",2,printer"_s));
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
