// Patient handouts as PDFs, read back with poppler: the chosen sections and nothing else, for the
// patient unless a staff copy is asked for, ink that stays black on a dark desktop, paper not
// wasted (no page but the last under half full, headings kept with their text, the care team's note
// on the first page, "My questions" only where it fits), large print whole, words to know, and the
// education log. A PDF that cannot be read fails: a blank handout must never pass.
#include "documentparser.h"
#include "glossary.h"
#include "handout.h"
#include "pagedprint.h"
#include "procedurehtml.h"
#include "readability.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextTable>

#include <csignal>
#include <limits>
#include <sys/resource.h>

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

QList<Procedure> seeds(const QList<int> &indexes)
{
    QList<Procedure> out;
    for (int i : indexes)
        out << seed(i);
    return out;
}

// A data row's name for the seeds of a handout: "4+2+0".
QString packetName(const QList<int> &seeds)
{
    QStringList name;
    for (int i : seeds)
        name << QString::number(i);
    return name.join(u'+');
}

// Data rows (seeds, preset, large) for each handout as a patient's and a staff copy, in normal
// and large print: "4+2+0, full, large".
void addHandoutRows(const QList<QList<int>> &handouts)
{
    for (const QList<int> &handout : handouts) {
        for (const char *preset : {"patient", "full"}) {
            for (bool large : {false, true}) {
                QTest::addRow("%s, %s, %s", qPrintable(packetName(handout)), preset, large ? "large" : "normal")
                    << handout << QString::fromLatin1(preset) << large;
            }
        }
    }
}

const QString Phone = u"(217) 555-0142"_s;
const QString LongName = u"Maria de los Ángeles Fernández-Castillo Ruiz"_s;
const QString Note = u"Take your usual morning pills with a sip of water. Bring your glucose meter."_s;
// Above the body of every page after the first: what it goes on with, and whose pages they are.
const Test::RunningHead Head{u"(continued)"_s, LongName, {}};

Letterhead clinic()
{
    Letterhead l;
    l.clinicName = u"Riverside Family Clinic"_s;
    l.address = u"120 River Road\nSpringfield, IL 62701"_s;
    l.phone = Phone;
    return l;
}

HandoutOptions patientOptions(const QString &preset = Handout::defaultPresetId())
{
    HandoutOptions o;
    const auto p = Handout::builtInPreset(preset);
    o.sections = p->sections;
    o.staffCopy = p->staffCopy;
    o.letterhead = clinic();
    o.patientName = LongName;
    o.date = QDate(2026, 11, 30);
    return o;
}

// The Before sheet in Spanish beside english, without the words to know.
HandoutOptions bilingualBefore(const Procedure &english)
{
    HandoutOptions o = patientOptions(u"before"_s);
    o.language = u"es"_s;
    o.bilingual = true;
    o.english = {english};
    o.wordsToKnow = false;
    return o;
}

// "Pain Control", a document in the seeds' form whose Recovery section is recovery.
ParseResult painControl(const QByteArray &recovery, const QString &fileName)
{
    return DocumentParser::parse("Search all medical codes\n\nPain control after a procedure\n\nCPT4 code 99999\n\n"
                                 "Name of the Procedure:\n\nPain Control\n\nRecovery\n\n" +
                                     recovery,
                                 fileName);
}

// Section headings as printed (the source's own words, without a colon).
QStringList headingsOf(const QList<Procedure> &procedures)
{
    QStringList out{u"Words to know"_s, u"Words to know (continued)"_s, u"In this packet"_s, u"Your instructions"_s};
    for (const Procedure &p : procedures) {
        for (const Section &s : p.sections)
            out << (s.heading.endsWith(u':') ? s.heading.chopped(1) : s.heading).simplified();
    }
    return out;
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};

    QString exportPdf(const QList<Procedure> &procedures, const HandoutOptions &o, const QString &name)
    {
        const QString pdf = m_dir.filePath(name);
        const QString error = PagedPrint::exportPdf(Handout::flow(procedures, o), pdf, u"test"_s, QPageSize::Letter);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return pdf;
    }

    // The pages of a handout; a PDF that cannot be read, or reads as no text, fails the test.
    [[nodiscard]] bool pages(const QString &pdf, QList<Test::PdfPage> *out)
    {
        QString error;
        *out = Test::pdfPages(pdf, &error);
        // A footer alone is a blank handout: count the words above it.
        qsizetype words = 0;
        for (const Test::PdfPage &p : std::as_const(*out)) {
            for (const Test::PdfWord &w : p.words)
                words += w.box.bottom() < p.footerTop() - 1 ? 1 : 0;
        }
        if (out->isEmpty() || words == 0) {
            qWarning("%s: %s", qPrintable(pdf), qPrintable(error.isEmpty() ? u"no text on any page"_s : error));
            return false;
        }
        return true;
    }

    // Each of order printed once, in that order, and none of absent; the text a reading grade
    // and the words to know are found in (chosen: the sections' sentences, not their headings)
    // holds the same.
    static void verifyPrintedInOrder(const QString &printed, const QString &chosen, const QStringList &order,
                                     const QStringList &absent)
    {
        QVERIFY(!printed.isEmpty());
        qsizetype at = 0;
        for (const QString &expected : order) {
            const qsizetype found = printed.indexOf(expected, at);
            QVERIFY2(found >= 0,
                     qPrintable(u"\"%1\" not printed after what comes before it: %2"_s.arg(expected, printed)));
            at = found + expected.size();
            QVERIFY2(printed.count(expected) == 1, qPrintable(u"\"%1\" printed twice"_s.arg(expected)));
            QVERIFY2(chosen.contains(expected) || !expected.endsWith(u'.'), qPrintable(expected));
        }
        for (const QString &left : absent) {
            QVERIFY2(!printed.contains(left), qPrintable(u"\"%1\" printed: %2"_s.arg(left, printed)));
            QVERIFY2(!chosen.contains(left), qPrintable(left));
        }
    }

    QString text(const QList<Procedure> &procedures, const HandoutOptions &o, const QString &name)
    {
        QString error;
        const QString t = Test::pdfText(exportPdf(procedures, o, name), &error);
        if (Test::words(t).isEmpty())
            qWarning("%s: no text (%s)", qPrintable(name), qPrintable(error));
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        for (const char *tool : {"pdftotext", "pdftoppm"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(
                    u"%1 (poppler-utils) is not installed: handouts cannot be checked"_s.arg(QLatin1String(tool))));
        }
    }

    // The checks themselves: a PDF of blank pages, or no PDF at all, is never taken for a handout.
    void shouldFailToReadABlankOrMissingPdf()
    {
        QList<Test::PdfPage> read;
        PagedPrint::Flow blank;
        blank.pieces = {u"<p>&nbsp;</p>"_s};
        const QString pdf = m_dir.filePath(u"blank.pdf"_s);
        QCOMPARE(PagedPrint::exportPdf(blank, pdf, u"blank"_s), QString());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no text on any page"_s));
        QVERIFY(!pages(pdf, &read));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no pages could be read|failed|cannot be read"_s));
        QVERIFY(!pages(m_dir.filePath(u"no-such.pdf"_s), &read));
    }

    // A PDF is written whole or not at all: a disk that fills (here, a limit on a file's size)
    // fails the export with a message naming the file, and the PDF that was there stays as it
    // was, with nothing left beside it. It was emptied when the export began and left half
    // written, and the export said it had written it (the console logged the handout).
    void shouldLeaveTheOldPdfWhenTheNewOneCannotBeWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(u"handout.pdf"_s);
        const HandoutOptions o = patientOptions();
        QCOMPARE(PagedPrint::exportPdf(Handout::flow({seed(0)}, o), pdf, u"old"_s), QString());
        const QByteArray before = Test::readFile(pdf);
        QVERIFY(before.size() > 20000);

        const auto restore = std::signal(SIGXFSZ, SIG_IGN);
        rlimit was{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &was), 0);
        rlimit small = was;
        small.rlim_cur = 16384;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const QString error = PagedPrint::exportPdf(Handout::flow(seeds({3, 4}), o), pdf, u"new"_s);
        setrlimit(RLIMIT_FSIZE, &was);
        std::signal(SIGXFSZ, restore);

        QVERIFY2(error.contains(pdf) && error.contains(u"could not be written"_s), qPrintable(error));
        QCOMPARE(Test::readFile(pdf), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"handout.pdf"_s});
        // And with room, replaced whole.
        QCOMPARE(PagedPrint::exportPdf(Handout::flow(seeds({3, 4}), o), pdf, u"new"_s), QString());
        QVERIFY(Test::readFile(pdf) != before);
        QVERIFY(Test::readFile(pdf).trimmed().endsWith("%%EOF"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"handout.pdf"_s});
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
        HandoutOptions o = patientOptions(preset);
        o.wordsToKnow = false; // definitions use words of their own
        const QString t = text({p}, o, preset + u".pdf"_s);
        const QStringList pdfWords = Test::words(t);
        QVERIFY(!pdfWords.isEmpty());
        QSet<QString> chosenWords;
        for (const Section &s : p.sections) {
            if (!o.sections.contains(s.key))
                continue;
            for (const QString &w : Test::words(s.heading + u'\n' + s.plainText())) {
                chosenWords.insert(w);
                QVERIFY2(pdfWords.contains(w), qPrintable(u"missing \"%1\" of %2"_s.arg(w, s.key)));
            }
        }
        const QSet<QString> everything(pdfWords.cbegin(), pdfWords.cend());
        const QStringList furniture = Test::words(p.title + u' ' + p.fullName + u' ' + p.descriptor + u' ' + LongName +
                                                  u" my questions page of cpt code not given staff copy "
                                                  "riverside family clinic river road springfield il "
                                                  "phone questions call prepared for monday november"_s);
        for (const Section &s : p.sections) {
            if (o.sections.contains(s.key))
                continue;
            for (const QString &w : Test::words(s.plainText())) {
                if (!chosenWords.contains(w) && !furniture.contains(w) && !w.front().isDigit())
                    QVERIFY2(!everything.contains(w), qPrintable(u"\"%1\" of unchosen %2 printed"_s.arg(w, s.key)));
            }
        }
    }

    // Codes, the descriptor, personnel, health-plan policies and similar codes are for staff.
    void shouldKeepStaffMaterialOffPatientHandouts_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("seedIndex");
        for (const Handout::Preset &p : Handout::builtInPresets()) {
            if (p.staffCopy)
                continue;
            for (int i = 0; i < 5; ++i)
                QTest::addRow("%s/seed %d", qPrintable(p.id), i) << p.id << i;
        }
    }

    void shouldKeepStaffMaterialOffPatientHandouts()
    {
        QFETCH(QString, preset);
        QFETCH(int, seedIndex);
        const Procedure p = seed(seedIndex);
        const QString t =
            text({p}, patientOptions(preset), u"patient-%1-%2.pdf"_s.arg(preset).arg(seedIndex)).simplified();
        QVERIFY(!t.isEmpty());
        for (const QString &staff : {u"CPT"_s, u"code not given"_s, u"Official descriptor"_s, u"Personnel"_s,
                                     u"Similar Codes"_s, u"Medical Policies"_s, u"Staff copy"_s}) {
            QVERIFY2(!t.contains(staff, Qt::CaseInsensitive), qPrintable(staff));
        }
        if (p.descriptor.simplified().size() > 40 && !p.fullName.contains(p.descriptor.simplified().left(40)))
            QVERIFY2(!t.contains(p.descriptor.simplified().left(40)), qPrintable(p.descriptor));
        QVERIFY(t.contains(p.title));
    }

    void shouldPrintEverythingOnTheStaffCopy_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < Test::seedFiles().size(); ++i)
            QTest::newRow(qPrintable(QFileInfo(Test::seedFiles().at(i)).fileName())) << i;
    }

    void shouldPrintEverythingOnTheStaffCopy()
    {
        QFETCH(int, index);
        const Procedure p = seed(index);
        HandoutOptions o = patientOptions(u"full"_s);
        QVERIFY(o.staffCopy);
        const QString t = text({p}, o, u"staff.pdf"_s);
        const QString flat = t.simplified();
        QVERIFY(flat.contains(u"Staff copy"_s));
        QVERIFY(flat.contains(u"CPT (code not given)"_s));
        QVERIFY(flat.contains(u"Official descriptor"_s));
        const QStringList pdfWords = Test::words(t);
        for (const Section &s : p.sections) {
            for (const QString &w : Test::words(s.plainText()))
                QVERIFY2(pdfWords.contains(w), qPrintable(u"missing \"%1\" of %2"_s.arg(w, s.key)));
        }
        // The other names the procedure goes by, which staff search or are asked by.
        for (const QString &alias : p.aliases) {
            for (const QString &w : Test::words(alias))
                QVERIFY2(pdfWords.contains(w), qPrintable(u"missing \"%1\" of the alias %2"_s.arg(w, alias)));
        }
    }

    // Text a document puts under its name before any section (a short document with no sections
    // at all, or notes beneath the name) is the document's: every preset prints it, as the pane
    // and the console's plain text show it. It used to reach neither the handout nor the text.
    void shouldPrintTextBeforeAnySectionOnEveryPreset_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QByteArray>("document");
        const QByteArray head = "Search all medical codes\n\nEar wax removal, per visit\n\nCPT4 code\n\n"
                                "Name of the Procedure:\n\nEar Wax Removal\n\n";
        const QByteArray body = "A nurse washes out the wax that blocks the ear canal with warm water.\n\n"
                                "Tell the nurse at once if you feel dizzy.\n";
        for (const Handout::Preset &preset : Handout::builtInPresets()) {
            QTest::addRow("no sections, %s", qPrintable(preset.id)) << preset.id << head + body;
            QTest::addRow("then sections, %s", qPrintable(preset.id))
                << preset.id << head + body + "\nRecovery\n\nKeep the ear dry for a day.\n";
        }
    }

    void shouldPrintTextBeforeAnySectionOnEveryPreset()
    {
        QFETCH(QString, preset);
        QFETCH(QByteArray, document);
        const ParseResult parsed = DocumentParser::parse(document, u"earwax.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const Procedure &p = *parsed.procedure;
        QCOMPARE(p.title, u"Ear Wax Removal"_s);
        const QStringList body{u"A nurse washes out the wax that blocks the ear canal with warm water."_s,
                               u"Tell the nurse at once if you feel dizzy."_s};
        QCOMPARE(p.textUnderName(), body);
        const QString plain = ProcedureHtml::plainText(p);
        const QString pane = ProcedureHtml::headerHtml(p);
        const QString printed = text({p}, patientOptions(preset), u"earwax-"_s + preset + u".pdf"_s).simplified();
        for (const QString &paragraph : body) {
            QVERIFY2(plain.contains(paragraph), qPrintable(plain));
            QVERIFY2(pane.contains(paragraph.toHtmlEscaped()), qPrintable(pane));
            QVERIFY2(printed.contains(paragraph), qPrintable(printed));
        }
        QCOMPARE(pane.count(u"Ear Wax Removal"_s), 1); // the name once, not again with the text
        QVERIFY2(p.readingGrade > 0, "the text under the name is read for its grade too");
        QVERIFY(!printed.contains(u"None listed"_s));
    }

    // A heading under the name, before any section, starts a section of its own: its list was
    // read into the text under the name, the items run into one paragraph ("- Tell us ... -
    // Tell us ..."). Like that text it prints on every preset, at the top.
    void shouldPrintAHeadingUnderTheNameAtTheTopOfEveryPreset_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QByteArray>("document");
        const QByteArray head = "Search all medical codes\n\nA skin biopsy, shave\n\nCPT4 code 11300\n\n"
                                "Name of the Procedure:\n\nShave Biopsy\n\nImportant Safety Information\n\n"
                                "- Tell us if you take blood thinners.\n- Tell us if you are allergic to lidocaine.\n";
        for (const Handout::Preset &preset : Handout::builtInPresets()) {
            QTest::addRow("no sections, %s", qPrintable(preset.id)) << preset.id << head;
            QTest::addRow("then sections, %s", qPrintable(preset.id))
                << preset.id
                << head + "\nSummary\n\nA thin slice of skin is shaved off.\n\nSimilar Codes\n\n11301 Shave\n\n"
                          "Recovery\n\nKeep the spot covered for a day.\n";
        }
    }

    void shouldPrintAHeadingUnderTheNameAtTheTopOfEveryPreset()
    {
        QFETCH(QString, preset);
        QFETCH(QByteArray, document);
        const ParseResult parsed = DocumentParser::parse(document, u"shave.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const Procedure &p = *parsed.procedure;
        QCOMPARE(p.title, u"Shave Biopsy"_s);
        QVERIFY(p.textUnderName().isEmpty());
        QVERIFY(!p.sections.isEmpty());
        const Section &first = p.sections.first();
        QCOMPARE(first.key, u"other"_s);
        QCOMPARE(first.heading, u"Important Safety Information"_s);
        QCOMPARE(first.blocks.size(), 1);
        QCOMPARE(first.blocks.first().type, BlockType::Bullets);
        QCOMPARE(first.blocks.first().items.size(), 2);
        HandoutOptions o = patientOptions(preset);
        o.wordsToKnow = false;
        const QString printed = text({p}, o, u"under-name-%1.pdf"_s.arg(preset)).simplified();
        QVERIFY(!printed.isEmpty());
        qsizetype at = printed.indexOf(u"Shave Biopsy"_s);
        QVERIFY(at >= 0);
        for (const QString &expected : {u"Important Safety Information"_s, u"Tell us if you take blood thinners."_s,
                                        u"Tell us if you are allergic to lidocaine."_s}) {
            const qsizetype found = printed.indexOf(expected, at);
            QVERIFY2(found >= 0, qPrintable(expected + u": "_s + printed));
            QCOMPARE(printed.count(expected), 1);
            at = found + expected.size();
        }
        // Before every section printed.
        for (const QString &later : {u"A thin slice"_s, u"Keep the spot"_s, u"11301"_s}) {
            if (printed.contains(later))
                QVERIFY2(printed.indexOf(later) > at, qPrintable(later + u": "_s + printed));
        }
    }

    // Text before every section without a heading of its own (a note above the descriptor, the
    // words after the code line) is for staff: under Other, never at the top of a patient's sheet.
    void shouldLeaveUntitledTextAboveTheSectionsToOther_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("printed");
        QTest::addRow("before") << u"before"_s << false;
        QTest::addRow("expect") << u"expect"_s << false;
        QTest::addRow("patient") << u"patient"_s << true; // Other is ticked
    }
    void shouldLeaveUntitledTextAboveTheSectionsToOther()
    {
        QFETCH(QString, preset);
        QFETCH(bool, printed);
        const ParseResult parsed = DocumentParser::parse(
            "Search all medical codes\n\nBilled with modifier 25 only.\n\nA skin biopsy, shave\n\nCPT4 code 11300\n\n"
            "Name of the Procedure:\n\nShave Biopsy\n\nSummary\n\nA thin slice of skin is shaved off.\n",
            u"note.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(std::any_of(parsed.procedure->sections.cbegin(), parsed.procedure->sections.cend(),
                            [](const Section &s) { return s.key == u"other"_s && s.heading.isEmpty(); }));
        HandoutOptions o = patientOptions(preset);
        o.wordsToKnow = false;
        const QString text = this->text({*parsed.procedure}, o, u"untitled-%1.pdf"_s.arg(preset)).simplified();
        QVERIFY(text.contains(u"A thin slice of skin"_s));
        QCOMPARE(text.contains(u"modifier 25"_s), printed);
        if (printed)
            QVERIFY(text.indexOf(u"modifier 25"_s) > text.indexOf(u"A thin slice of skin"_s));
    }

    // A section of a heading Careleaf does not know is printed right after the known one it
    // follows in the document, whenever that one is printed: "Stop These Medicines" under
    // Preparation was left off the "Before the procedure" handout (no "other" there) and printed
    // last on the others. One after a staff section, or whose section is not printed, keeps its
    // place at the end, under "other".
    void shouldPrintAnUnknownSectionWithTheOneItFollows_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("large");
        // Each expected text in the order it must print; absent ones must not print.
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<QStringList>("absent");
        const QString prepare = u"Drink only clear liquids the day before."_s;
        const QString stop = u"Stop These Medicines"_s;
        const QString stopText = u"Stop aspirin and warfarin five days before."_s;
        const QString during = u"The doctor numbs the skin and takes a small sample."_s;
        const QString recovery = u"Rest at home for the rest of the day."_s;
        const QString visits = u"Your Follow-up Visits"_s;
        const QString visitsText = u"Come back in two weeks for the results."_s;
        const QString risks = u"Bleeding at the site can happen."_s;
        const QString billing = u"Billing Questions"_s;
        // After the summary, which every preset prints: with it, on every preset.
        const QString bring = u"Bring a list of your medicines."_s;
        QTest::addRow("before") << u"before"_s << false << QStringList{bring, prepare, stop, stopText}
                                << QStringList{during, visits, visitsText, recovery, billing};
        QTest::addRow("before, large print") << u"before"_s << true << QStringList{bring, prepare, stop, stopText}
                                             << QStringList{during, visits, visitsText, recovery, billing};
        QTest::addRow("patient") << u"patient"_s << false
                                 << QStringList{bring,    prepare, stop,       stopText, during,
                                                recovery, visits,  visitsText, risks,    billing}
                                 << QStringList{};
        QTest::addRow("after") << u"after"_s << false
                               << QStringList{bring, recovery, visits, visitsText, risks, stop, stopText, billing}
                               << QStringList{prepare, during};
        QTest::addRow("expect") << u"expect"_s << false << QStringList{bring, during}
                                << QStringList{stop, stopText, visits, visitsText, prepare, billing};
    }

    void shouldPrintAnUnknownSectionWithTheOneItFollows()
    {
        QFETCH(QString, preset);
        QFETCH(bool, large);
        QFETCH(QStringList, order);
        QFETCH(QStringList, absent);
        const QByteArray document = "Search all medical codes\n\nA skin biopsy\n\nCPT4 code 11102\n\n"
                                    "Name of the Procedure:\n\nSkin Biopsy\n\nSummary\n\n"
                                    "A small piece of skin is taken to look at under a microscope.\n\n"
                                    "Your Medicines List\n\nBring a list of your medicines.\n\n"
                                    "Preparation\n\nDrink only clear liquids the day before.\n\n"
                                    "Stop These Medicines\n\nStop aspirin and warfarin five days before.\n\n"
                                    "Procedure\n\nThe doctor numbs the skin and takes a small sample.\n\n"
                                    "Recovery\n\nRest at home for the rest of the day.\n\n"
                                    "Your Follow-up Visits\n\nCome back in two weeks for the results.\n\n"
                                    "Risks and Complications\n\nBleeding at the site can happen.\n\n"
                                    "Similar Codes\n\n11104 Punch biopsy of skin\n\n"
                                    "Billing Questions\n\nAsk the front desk about the cost.\n";
        const ParseResult parsed = DocumentParser::parse(document, u"biopsy.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const Procedure &p = *parsed.procedure;
        QStringList headings;
        for (const Section &s : p.sections)
            headings << s.key + u'=' + s.heading;
        QVERIFY2(headings.contains(u"other=Stop These Medicines"_s), qPrintable(headings.join(u", "_s)));
        QVERIFY2(headings.contains(u"other=Billing Questions"_s), qPrintable(headings.join(u", "_s)));
        HandoutOptions o = patientOptions(preset);
        o.largePrint = large;
        o.wordsToKnow = false;
        const QString printed =
            text({p}, o, u"unknown-%1%2.pdf"_s.arg(preset, large ? u"-large"_s : QString())).simplified();
        verifyPrintedInOrder(printed, Handout::selectedText(p, o.sections), order, absent);
        if (QTest::currentTestFailed())
            return;
        // The education log names "other" when one printed, ticked or not.
        QCOMPARE(Handout::logEntry({p}, o.sections, preset, 1, u"x.pdf"_s, u"en"_s, {}).sections.contains(u"other"_s),
                 printed.contains(u"Stop These Medicines"_s) || printed.contains(u"Your Medicines List"_s));
    }

    // A heading Careleaf does not know that says the stage of the visit it is for prints with
    // that stage, after its own sections, wherever the document put it, and not on a handout
    // that leaves the stage out: the after-care sheet printed "Medicines to Stop Before Surgery"
    // (after the recovery it followed, or under Other), and the before sheet left it out when it
    // followed a section the preset does not print. One that says no stage goes with the known
    // section it follows, whatever stands between ("Stop These Medicines" after Preparation and
    // "Wound Care").
    void shouldPrintAnUnknownSectionWithTheStageItsHeadingNames_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<QStringList>("absent");
        const QString prepare = u"Drink only clear liquids the day before."_s;
        const QString stopThese = u"Stop your iron pills a week ahead."_s;
        const QString stopBefore = u"Stop aspirin and warfarin five days before."_s;
        const QString during = u"The doctor numbs the skin and takes a small sample."_s;
        const QString recovery = u"Rest for the rest of the day."_s;
        const QString wound = u"Keep the bandage dry for two days."_s;
        const QString leaving = u"Someone must drive you home."_s;
        const QString risks = u"Bleeding at the site can happen."_s;
        QTest::addRow("before") << u"before"_s << QStringList{prepare, stopThese, stopBefore}
                                << QStringList{during, recovery, wound, leaving, risks};
        // One that says none, after a section not printed, still ends the sheet under Other.
        QTest::addRow("after") << u"after"_s << QStringList{recovery, leaving, wound, risks, stopThese}
                               << QStringList{prepare, stopBefore, during};
        QTest::addRow("expect") << u"expect"_s << QStringList{during}
                                << QStringList{prepare, stopThese, stopBefore, recovery, wound, leaving};
        const QStringList all{prepare, stopThese, stopBefore, during, recovery, leaving, wound, risks};
        QTest::addRow("patient") << u"patient"_s << all << QStringList{};
        QTest::addRow("staff copy") << u"full"_s << all << QStringList{};
    }
    void shouldPrintAnUnknownSectionWithTheStageItsHeadingNames()
    {
        QFETCH(QString, preset);
        QFETCH(QStringList, order);
        QFETCH(QStringList, absent);
        const QByteArray document =
            "Search all medical codes\n\nA skin biopsy\n\nCPT4 code 11102\n\n"
            "Name of the Procedure:\n\nSkin Biopsy\n\nSummary\n\n"
            "A small piece of skin is taken to look at under a microscope.\n\n"
            "Before You Go Home\n\nSomeone must drive you home.\n\n"
            "Preparation\n\nDrink only clear liquids the day before.\n\n"
            "Wound Care\n\nKeep the bandage dry for two days.\n\n"
            "Stop These Medicines\n\nStop your iron pills a week ahead.\n\n"
            "Procedure\n\nThe doctor numbs the skin and takes a small sample.\n\n"
            "Recovery\n\nRest for the rest of the day.\n\n"
            "Medicines to Stop Before Surgery\n\nStop aspirin and warfarin five days before.\n\n"
            "Risks and Complications\n\nBleeding at the site can happen.\n";
        const ParseResult parsed = DocumentParser::parse(document, u"biopsy.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const Procedure &p = *parsed.procedure;
        QCOMPARE(
            std::count_if(p.sections.cbegin(), p.sections.cend(), [](const Section &s) { return s.key == u"other"_s; }),
            4);
        HandoutOptions o = patientOptions(preset);
        o.wordsToKnow = false;
        const QString printed = text({p}, o, u"stage-%1.pdf"_s.arg(preset)).simplified();
        verifyPrintedInOrder(printed, Handout::selectedText(p, o.sections), order, absent);
    }

    // On a bilingual page each column places its unknown sections by its own document. Where they
    // differ (Spanish has "Deje estos medicamentos" after the risks, English after Preparation), the
    // ones a column left unplaced print in a last row: the English column never says what the
    // patient's lacks. Also where both placed one ("Qu\u00E9 traer" after Preparaci\u00F3n), which a
    // count of the placed ones missed.
    void shouldPrintEveryColumnsUnknownSectionsOnABilingualPage()
    {
        const ParseResult english = DocumentParser::parse(
            "Search all medical codes\n\nA skin biopsy\n\nCPT4 code 11102\n\nName of the Procedure:\n\n"
            "Skin Biopsy\n\nSummary\n\nA small piece of skin is taken.\n\nPreparation\n\n"
            "Drink only clear liquids.\n\nStop These Medicines\n\nStop aspirin five days before.\n",
            u"en.txt"_s);
        const ParseResult spanish = DocumentParser::parse(
            u"Buscar todos los c\u00F3digos m\u00E9dicos\n\nUna biopsia de piel\n\nCPT4 c\u00F3digo 11102\n\n"
            "Nombre del procedimiento:\n\nBiopsia de piel\n\nResumen\n\nSe toma un trozo de piel.\n\n"
            "Preparaci\u00F3n\n\nBeba solo l\u00EDquidos claros.\n\nQu\u00E9 traer\n\nTraiga su tarjeta.\n\n"
            "Riesgos y complicaciones\n\nPuede sangrar.\n\n"
            "Deje estos medicamentos\n\nDeje la aspirina cinco d\u00EDas antes.\n"_s.toUtf8(),
            u"es.txt"_s);
        QVERIFY2(english.ok() && spanish.ok(), qPrintable(english.error + spanish.error));
        QCOMPARE(spanish.procedure->language, u"es"_s);
        const HandoutOptions o = bilingualBefore(*english.procedure);
        const QString printed = text({*spanish.procedure}, o, u"unknown-bilingual.pdf"_s).simplified();
        for (const QString &expected :
             {u"Stop aspirin five days before."_s, u"Deje la aspirina cinco d\u00EDas antes."_s,
              u"Beba solo l\u00EDquidos claros."_s, u"Traiga su tarjeta."_s}) {
            QVERIFY2(printed.contains(expected), qPrintable(expected + u": "_s + printed));
            QCOMPARE(printed.count(expected), 1);
        }
        QVERIFY(!printed.contains(u"Puede sangrar."_s));
        // The log names Other: a last row printed one. Also where only the English column placed
        // one, which the Spanish versions alone do not show.
        QVERIFY(Handout::logEntry({*spanish.procedure}, o.sections, u"before"_s, 1, u"x.pdf"_s, u"es"_s, {}, o.english)
                    .sections.contains(u"other"_s));
        Procedure placesNone = *spanish.procedure;
        placesNone.sections.removeIf([](const Section &s) { return s.heading == u"Qu\u00E9 traer"_s; });
        QVERIFY(!Handout::logEntry({placesNone}, o.sections, u"before"_s, 1, u"x.pdf"_s, u"es"_s, {})
                     .sections.contains(u"other"_s));
        QVERIFY(Handout::logEntry({placesNone}, o.sections, u"before"_s, 1, u"x.pdf"_s, u"es"_s, {}, o.english)
                    .sections.contains(u"other"_s));
    }

    // Each column files its unknown sections by its own words: English "Going Home" with Recovery
    // (off a Before sheet), its Spanish "Regreso a su hogar", which says no stage, after Lugar. The
    // patient's column held what the nurse's did not, or the reverse, a blank beside it. Where one
    // column places one after a section, what the other filed off after that section prints
    // beside it; elsewhere not (a Before sheet is no place for after-care without cause).
    void shouldPrintWhatOneColumnFiledOffWhereTheOtherPrintsIt_data()
    {
        QTest::addColumn<QString>("englishHeading");
        QTest::addColumn<QString>("spanishHeading");
        QTest::addColumn<QString>("englishMore"); // a section of the English alone, after Setting
        QTest::addColumn<bool>("englishPrinted");
        QTest::addColumn<bool>("spanishPrinted");
        const QString none;
        const QString driver = u"Bring a Driver\n\nYou cannot drive after sedation.\n\n"_s;
        QTest::addRow("English filed off") << u"Going Home"_s << u"Regreso a su hogar"_s << none << true << true;
        QTest::addRow("Spanish filed off") << u"Home Care"_s << u"Despu\u00E9s de la biopsia"_s << none << true << true;
        QTest::addRow("both filed off") << u"Going Home"_s << u"Al volver a casa"_s << none << false << false;
        QTest::addRow("neither") << u"Home Care"_s << u"Regreso a su hogar"_s << none << true << true;
        QTest::addRow("both filed off, English places one there")
            << u"Going Home"_s << u"Al volver a casa"_s << driver << false << true;
    }
    void shouldPrintWhatOneColumnFiledOffWhereTheOtherPrintsIt()
    {
        QFETCH(QString, englishHeading);
        QFETCH(QString, spanishHeading);
        QFETCH(QString, englishMore);
        QFETCH(bool, englishPrinted);
        QFETCH(bool, spanishPrinted);
        const ParseResult english = DocumentParser::parse(
            u"Search all medical codes\n\nA skin biopsy\n\nCPT4 code 11102\n\nName of the Procedure:\n\n"
            "Skin Biopsy\n\nSummary\n\nA small piece of skin is taken.\n\nSetting\n\nAn exam room.\n\n%1%2\n\n"
            "Keep the bandage on for a day.\n"_s.arg(englishMore, englishHeading)
                .toUtf8(),
            u"en.txt"_s);
        const ParseResult spanish = DocumentParser::parse(
            u"Buscar todos los c\u00F3digos m\u00E9dicos\n\nUna biopsia de piel\n\nCPT4 c\u00F3digo 11102\n\n"
            "Nombre del procedimiento:\n\nBiopsia de piel\n\nDescripci\u00F3n general\n\nSe toma un trozo de piel.\n\n"
            "Lugar\n\nUna sala de examen.\n\n%1\n\nDeje la venda puesta un d\u00EDa.\n"_s.arg(spanishHeading)
                .toUtf8(),
            u"es.txt"_s);
        QVERIFY2(english.ok() && spanish.ok(), qPrintable(english.error + spanish.error));
        const HandoutOptions o = bilingualBefore(*english.procedure);
        const QString text = this->text({*spanish.procedure}, o, u"filed-off-bilingual.pdf"_s).simplified();
        QVERIFY2(text.contains(u"An exam room."_s) && text.contains(u"Una sala de examen."_s), qPrintable(text));
        QVERIFY2(text.count(u"Keep the bandage on for a day."_s) == (englishPrinted ? 1 : 0), qPrintable(text));
        QVERIFY2(text.count(u"Deje la venda puesta un d\u00EDa."_s) == (spanishPrinted ? 1 : 0), qPrintable(text));
        QCOMPARE(Handout::logEntry({*spanish.procedure}, o.sections, u"before"_s, 1, u"x.pdf"_s, u"es"_s, {}, o.english)
                     .sections.contains(u"other"_s),
                 englishPrinted || spanishPrinted || !englishMore.isEmpty());
    }

    // A section a bilingual page prints with nothing beside it in the other language is named,
    // for the nurse to say (the console and the composer say it): "Anesthesia" beside an empty
    // Spanish column; "Riesgos" beside an empty English one. A row holding both languages is not
    // named, nor a section of a preset that does not print it.
    void shouldNameTheSectionsWithNothingBesideThem_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("englishOnly");
        QTest::addColumn<QString>("spanishOnly");
        QTest::addRow("the patient sheet") << u"patient"_s << u"\u201CAnesthesia\u201D"_s << u"\u201CRiesgos\u201D"_s;
        QTest::addRow("the before sheet") << u"before"_s << u"\u201CAnesthesia\u201D"_s << QString();
        QTest::addRow("the after sheet") << u"after"_s << QString() << u"\u201CRiesgos\u201D"_s;
    }
    void shouldNameTheSectionsWithNothingBesideThem()
    {
        QFETCH(QString, preset);
        QFETCH(QString, englishOnly);
        QFETCH(QString, spanishOnly);
        const ParseResult english = DocumentParser::parse(
            "Search all medical codes\n\nA skin biopsy\n\nCPT4 code 11102\n\nName of the Procedure:\n\n"
            "Skin Biopsy\n\nSummary\n\nA small piece of skin is taken.\n\nAnesthesia\n\nA numbing shot.\n\n"
            "Recovery\n\nKeep the bandage on for a day.\n",
            u"en.txt"_s);
        const ParseResult spanish = DocumentParser::parse(
            u"Buscar todos los c\u00F3digos m\u00E9dicos\n\nUna biopsia de piel\n\nCPT4 c\u00F3digo 11102\n\n"
            "Nombre del procedimiento:\n\nBiopsia de piel\n\nResumen\n\nSe toma un trozo de piel.\n\n"
            "Recuperaci\u00F3n\n\nDeje la venda puesta un d\u00EDa.\n\nRiesgos\n\nUn sangrado leve.\n"_s.toUtf8(),
            u"es.txt"_s);
        QVERIFY2(english.ok() && spanish.ok(), qPrintable(english.error + spanish.error));
        const QStringList said =
            Handout::unpairedSections(*spanish.procedure, *english.procedure, Handout::builtInPreset(preset)->sections);
        QCOMPARE(said.size(), int(!englishOnly.isEmpty()) + int(!spanishOnly.isEmpty()));
        if (!englishOnly.isEmpty())
            QCOMPARE(said.first(),
                     u"No Spanish version of %1: the patient's column beside it is empty."_s.arg(englishOnly));
        if (!spanishOnly.isEmpty())
            QCOMPARE(said.last(),
                     u"No English version of %1: the English column beside it is empty."_s.arg(spanishOnly));
        // The same versions side by side in full: nothing to say.
        QVERIFY(
            Handout::unpairedSections(*english.procedure, *english.procedure, Handout::builtInPreset(preset)->sections)
                .isEmpty());
    }

    // A bilingual page prints the text under the name beside its English, as it does sections:
    // the English column had none of it, and the nurse could not read it with the patient.
    void shouldPrintTheTextUnderTheNameInBothColumns()
    {
        const ParseResult english = DocumentParser::parse(
            "Search all medical codes\n\nEar wax removal\n\nCPT4 code 69210\n\nName of the Procedure:\n\n"
            "Ear Wax Removal\n\nTell the nurse at once if you feel dizzy.\n\nSummary\n\nWax is washed out.\n",
            u"en.txt"_s);
        const ParseResult spanish = DocumentParser::parse(
            u"Buscar todos los c\u00F3digos m\u00E9dicos\n\nExtracci\u00F3n de cerumen\n\nCPT4 c\u00F3digo 69210\n\n"
            "Nombre del procedimiento:\n\nExtracci\u00F3n de cerumen\n\nAvise a la enfermera si se marea.\n\n"
            "Resumen\n\nSe lava la cera.\n"_s.toUtf8(),
            u"es.txt"_s);
        QVERIFY2(english.ok() && spanish.ok(), qPrintable(english.error + spanish.error));
        const HandoutOptions o = bilingualBefore(*english.procedure);
        const QString printed = text({*spanish.procedure}, o, u"name-text-bilingual.pdf"_s).simplified();
        for (const QString &expected : {u"Tell the nurse at once if you feel dizzy."_s,
                                        u"Avise a la enfermera si se marea."_s, u"Wax is washed out."_s}) {
            QVERIFY2(printed.contains(expected), qPrintable(expected + u": "_s + printed));
            QCOMPARE(printed.count(expected), 1);
        }
        // Above the sections, in both columns.
        QVERIFY(printed.indexOf(u"Tell the nurse"_s) < printed.indexOf(u"Wax is washed out."_s));
    }

    // The packet's list keeps "— page 4" whole: with a long name in large print the number of
    // the first stood alone on a line under "Home Infusion/Specialty Drug Administration — page".
    void shouldKeepAPacketsPageNumbersWithTheirWords()
    {
        HandoutOptions o = patientOptions(u"patient"_s);
        o.largePrint = true;
        o.patientName = LongName;
        o.note = Note;
        QList<Test::PdfPage> read;
        const QString pdf = m_dir.filePath(u"packet-list.pdf"_s); // on A4, narrower than Letter
        QCOMPARE(PagedPrint::exportPdf(Handout::flow(::seeds({1, 3}), o), pdf, u"test"_s, QPageSize::A4), QString());
        QVERIFY(pages(pdf, &read));
        int listed = 0;
        for (const QString &line : read.first().text.split(u'\n')) {
            const QString l = line.simplified();
            QVERIFY2(!QRegularExpression(u"^\\d+$"_s).match(l).hasMatch() && !l.endsWith(u"\u2014"_s) &&
                         !l.endsWith(u" page"_s),
                     qPrintable(read.first().text.left(500)));
            listed += QRegularExpression(u"\u2014 page \\d+$"_s).match(l).hasMatch() ? 1 : 0;
        }
        QCOMPARE(listed, 2);
    }

    // Paper is precious: the layout of every seed and a packet, normal and large print, with and
    // without a note from the care team.
    void shouldLayHandoutsOutWithoutWastingPaper_data()
    {
        QTest::addColumn<QList<int>>("seeds");
        QTest::addColumn<bool>("large");
        QTest::addColumn<bool>("note");
        QTest::addColumn<bool>("questions");
        for (bool large : {false, true}) {
            for (bool note : {false, true}) {
                const char *size = large ? "large" : "normal";
                const char *with = note ? "note" : "no note";
                for (int i = 0; i < 5; ++i)
                    QTest::addRow("seed %d, %s, %s", i, size, with) << QList<int>{i} << large << note << true;
                QTest::addRow("packet, %s, %s", size, with) << QList<int>{3, 1, 0} << large << note << true;
                QTest::addRow("seed 3 without questions, %s, %s", size, with)
                    << QList<int>{3} << large << note << false;
            }
        }
    }

    void shouldLayHandoutsOutWithoutWastingPaper()
    {
        QFETCH(QList<int>, seeds);
        QFETCH(bool, large);
        QFETCH(bool, note);
        QFETCH(bool, questions);
        const QList<Procedure> procedures = ::seeds(seeds);
        HandoutOptions o = patientOptions();
        o.largePrint = large;
        o.questions = questions;
        if (note)
            o.note = Note;
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf(procedures, o, u"layout.pdf"_s), &read));
        const qsizetype n = read.size();
        const qreal bodyTop = read.first().words.first().box.top();
        const QStringList headings = headingsOf(procedures);
        for (qsizetype i = 0; i < n; ++i) {
            const Test::PdfPage &page = read.at(i);
            const QString flat = page.text.simplified();
            // Whole on every page: the page number and the clinic's phone number.
            QVERIFY2(flat.contains(u"Page %1 of %2"_s.arg(i + 1).arg(n)), qPrintable(flat.right(200)));
            QVERIFY2(page.text.contains(Phone),
                     qPrintable(u"page %1: phone number cut: %2"_s.arg(i + 1).arg(page.text.right(300))));
            // Every page but the last at least half full.
            if (i + 1 < n)
                QVERIFY2(page.bodyFill(bodyTop) >= 0.5, qPrintable(u"page %1 of %2 is %3% full"_s.arg(i + 1).arg(n).arg(
                                                            qRound(page.bodyFill(bodyTop) * 100))));
            // No heading stranded at the foot of a page.
            const QStringList lines = page.bodyLines();
            QVERIFY(!lines.isEmpty());
            if (lines.last() != u"My questions"_s)
                QVERIFY2(!headings.contains(lines.last()),
                         qPrintable(u"page %1 ends with heading \"%2\""_s.arg(i + 1).arg(lines.last())));
            else
                QCOMPARE(i, n - 1);
        }
        // The patient's name is never split, whatever the print size.
        QVERIFY2(read.first().text.contains(LongName), qPrintable(read.first().text.left(400)));
        if (note) {
            // The care team's note is at the top of the first page, above the first section.
            QVERIFY(read.first().text.simplified().contains(Note));
            const QString firstHeading = procedures.first().sections.first().heading;
            qreal noteY = -1;
            qreal headingY = -1;
            for (const Test::PdfWord &w : read.first().words) {
                if (noteY < 0 && w.text == u"glucose"_s)
                    noteY = w.box.top();
                if (headingY < 0 && w.text == firstHeading.section(u' ', 0, 0))
                    headingY = w.box.top();
            }
            QVERIFY(noteY > 0 && (headingY < 0 || noteY < headingY));
        }
        if (procedures.size() > 1) {
            // The packet's list begins the first procedure's page; it is not a sheet of its own.
            const QString first = read.first().text.simplified();
            QVERIFY(first.contains(u"In this packet"_s));
            QVERIFY(first.contains(procedures.first().title));
            QVERIFY(first.contains(procedures.first().sections.first().heading.section(u' ', 0, 0)));
        }
        // "My questions" is printed only where the lines fit: never on a page of its own. Where
        // half the last page is left, they fit: a large-print handout ended on a page holding two
        // of the words to know, its questions left out (they had been sent to a page of their own).
        QCOMPARE(read.last().text.contains(u"My questions"_s) && questions,
                 read.last().text.contains(u"My questions"_s));
        if (questions && read.last().bodyFill(bodyTop) < 0.5)
            QVERIFY2(read.last().text.contains(u"My questions"_s),
                     qPrintable(u"the last page is %1% full, without the questions"_s.arg(
                         qRound(read.last().bodyFill(bodyTop) * 100))));
        // The patient handout of any seed on its clinic's letterhead: two pages at most.
        if (!large && !note && procedures.size() == 1)
            QVERIFY2(n <= 2, qPrintable(u"%1 pages at normal size"_s.arg(n)));
    }

    // Packets of two and three procedures, patient and staff copies, normal and large print: no
    // page but the last is under half full, and none is blank (Qt's layout skipped a page before
    // a row of "Words to know" that had to start one, after a row ending at the foot of the page);
    // the list of the packet gives the page each procedure starts on.
    void shouldFillEveryPageButTheLastOfAPacket_data()
    {
        QTest::addColumn<QList<int>>("seeds");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("large");
        QList<QList<int>> packets;
        for (int a = 0; a < 5; ++a) {
            for (int b = a + 1; b < 5; ++b) {
                packets << QList<int>{a, b};
                for (int c = b + 1; c < 5; ++c)
                    packets << QList<int>{a, b, c};
            }
        }
        addHandoutRows(packets);
    }

    void shouldFillEveryPageButTheLastOfAPacket()
    {
        QFETCH(QList<int>, seeds);
        QFETCH(QString, preset);
        QFETCH(bool, large);
        const QList<Procedure> procedures = ::seeds(seeds);
        HandoutOptions o = patientOptions(preset);
        o.largePrint = large;
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf(procedures, o, u"packet.pdf"_s), &read));
        const QString underHalf = Test::pageUnderHalfFull(read);
        QVERIFY2(underHalf.isEmpty(), qPrintable(underHalf));
        // "In this packet" says on which page each procedure starts: the first with a line that
        // begins its title (a long title wraps; the list's own lines start with their number).
        const QString list = read.first().text.simplified();
        for (const Procedure &p : procedures) {
            const QString title = p.title.simplified();
            qsizetype starts = -1;
            for (qsizetype i = 0; i < read.size() && starts < 0; ++i) {
                for (const QString &line : read.at(i).text.split(u'\n')) {
                    const QString l = line.simplified();
                    if (l.size() >= std::min<qsizetype>(title.size(), 12) && title.startsWith(l)) {
                        starts = i;
                        break;
                    }
                }
            }
            QVERIFY2(starts >= 0, qPrintable(title));
            QVERIFY2(list.contains(title + u" \u2014 page %1"_s.arg(starts + 1)),
                     qPrintable(u"%1 starts on page %2: %3"_s.arg(title).arg(starts + 1).arg(list.left(600))));
        }
    }

    // A page whose first lines go on with a section begun on the page before says which, above
    // them: "Title — Section (continued)", the last section printed before it. Any other page
    // starts with a heading or a title.
    void shouldSayWhatAPageGoesOnWith_data()
    {
        QTest::addColumn<QList<int>>("seeds");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("large");
        addHandoutRows({{0}, {1}, {2}, {3}, {4}, {4, 2, 0}});
    }

    void shouldSayWhatAPageGoesOnWith()
    {
        QFETCH(QList<int>, seeds);
        QFETCH(QString, preset);
        QFETCH(bool, large);
        const QList<Procedure> procedures = ::seeds(seeds);
        HandoutOptions o = patientOptions(preset);
        o.largePrint = large;
        o.note = Note;
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf(procedures, o, u"continued.pdf"_s), &read));
        QStringList starts = headingsOf(procedures) << u"My questions"_s;
        for (const Procedure &p : procedures)
            starts << p.title;
        const QString continued = u" (continued)"_s;
        QString before; // the text of the pages before, one line
        // The last procedure begun before: the title whose first printed line came last.
        const auto lastTitle = [&] {
            qsizetype last = -1;
            QString title;
            for (const Procedure &p : procedures) {
                for (qsizetype at = before.indexOf(u'\n'); at >= 0; at = before.indexOf(u'\n', at + 1)) {
                    const QString line = before.mid(at + 1, before.indexOf(u'\n', at + 1) - at - 1);
                    if (line.size() >= 10 && p.title.startsWith(line) && at > last) {
                        last = at;
                        title = p.title;
                    }
                }
            }
            return title;
        };
        int labels = 0;
        int titles = 0;
        Test::RunningHead head = Head;
        for (const Procedure &p : procedures)
            head.titles << p.title;
        for (qsizetype i = 0; i < read.size(); ++i) {
            const QStringList all = read.at(i).bodyLines();
            QStringList lines = i > 0 ? read.at(i).bodyLines(head) : all;
            QVERIFY(!lines.isEmpty());
            // The line above the body of every page after the first (two in large print with a
            // long name), without the patient's name (shouldSayWhosePagesTheyAre): empty,
            // "… (continued)", or the procedure's title.
            if (i > 0 && lines.size() == all.size())
                lines.removeFirst();
            const QString running = Head.withoutOwner(all.mid(0, all.size() - lines.size()).join(u' '));
            QVERIFY2(!lines.isEmpty(), qPrintable(u"page %1 holds only \"%2\""_s.arg(i + 1).arg(running)));
            const QString first = lines.first().simplified();
            const bool startsWithHeading =
                std::any_of(starts.cbegin(), starts.cend(), [&first](const QString &s) { return s.startsWith(first); });
            // The procedure named is the one the page goes on with (its first words where the line
            // is short).
            const auto namesTheProcedure = [&](const QString &named) {
                return Test::RunningHead::names(named, lastTitle());
            };
            if (running.endsWith(continued)) {
                ++labels;
                // "Title — Section (continued)", "Title (continued)" or "Section (continued)".
                const QString what = running.chopped(continued.size());
                const qsizetype dash = what.lastIndexOf(u" \u2014 "_s);
                const QString titlePart = dash >= 0 ? what.left(dash) : namesTheProcedure(what) ? what : QString();
                const QString named = dash >= 0 ? what.mid(dash + 3) : titlePart.isEmpty() ? what : QString();
                // (every page after the first here belongs to a procedure begun before it)
                QVERIFY2(!titlePart.isEmpty() && namesTheProcedure(titlePart),
                         qPrintable(u"page %1 names \"%2\"; the procedure it goes on with is \"%3\""_s.arg(i + 1).arg(
                             running, lastTitle())));
                if (!named.isEmpty()) {
                    // The section named is the last heading printed before this page (or a heading
                    // within that section, such as "Pros and Cons" under "Alternatives").
                    qsizetype last = -1;
                    QString lastHeading;
                    for (const QString &heading : std::as_const(starts)) {
                        const qsizetype at = before.lastIndexOf(u'\n' + heading + u'\n');
                        if (at > last) {
                            last = at;
                            lastHeading = heading;
                        }
                    }
                    const qsizetype namedAt = before.lastIndexOf(u'\n' + named + u'\n');
                    QVERIFY2(namedAt >= 0 && namedAt >= last,
                             qPrintable(u"page %1 names \"%2\"; the last section before it is \"%3\""_s.arg(i + 1).arg(
                                 named, lastHeading)));
                }
                QVERIFY2(!startsWithHeading,
                         qPrintable(u"page %1 starts with a heading under \"%2\""_s.arg(i + 1).arg(running)));
            } else if (!running.isEmpty()) {
                // A page starting a section of a procedure begun before names the procedure.
                ++titles;
                QVERIFY2(namesTheProcedure(running),
                         qPrintable(u"page %1 names \"%2\"; the procedure it goes on with is \"%3\""_s.arg(i + 1).arg(
                             running, lastTitle())));
                QVERIFY2(startsWithHeading &&
                             !std::any_of(procedures.cbegin(), procedures.cend(),
                                          [&first](const Procedure &p) { return p.title.startsWith(first); }),
                         qPrintable(u"page %1 under \"%2\" starts with \"%3\""_s.arg(i + 1).arg(running, first)));
            } else if (i > 0) {
                QVERIFY2(
                    startsWithHeading,
                    qPrintable(u"page %1 goes on with \"%2\" and does not say from where"_s.arg(i + 1).arg(first)));
            }
            for (const QString &line : lines)
                before += u'\n' + line.simplified() + u'\n';
        }
        // A packet in large print goes on with a section somewhere, and starts one on a new page.
        if (seeds.size() > 1 && large)
            QVERIFY(labels > 0 && titles > 0);
    }

    // Every page after the first says whose it is, above its text: the patient's name, whole, in
    // any print size, at the end of the line (a page parted from the others finds its patient).
    // Not on the first page, which says "Prepared for", nor on a handout for no one by name.
    void shouldSayWhosePagesTheyAre_data()
    {
        QTest::addColumn<QList<int>>("seeds");
        QTest::addColumn<bool>("large");
        QTest::addColumn<QString>("name");
        for (bool large : {false, true}) {
            for (const QString &name : {LongName, u"Ana Li"_s, QString()}) {
                for (const QList<int> &seeds : {QList<int>{3}, QList<int>{4, 2, 0}}) {
                    QTest::addRow("%s, %s, %s", qPrintable(packetName(seeds)), large ? "large" : "normal",
                                  name.isEmpty() ? "no name" : qPrintable(name))
                        << seeds << large << name;
                }
            }
        }
    }

    void shouldSayWhosePagesTheyAre()
    {
        QFETCH(QList<int>, seeds);
        QFETCH(bool, large);
        QFETCH(QString, name);
        HandoutOptions o = patientOptions();
        o.largePrint = large;
        o.patientName = name;
        o.note = Note;
        const QList<Procedure> procedures = ::seeds(seeds);
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf(procedures, o, u"whose.pdf"_s), &read));
        QVERIFY(read.size() > 1);
        const qreal bodyTop = read.first().words.first().box.top();
        Test::RunningHead running{u"(continued)"_s, name, {}};
        for (const Procedure &p : procedures)
            running.titles << p.title;
        QList<qreal> sizes; // of the line's words, on every page: one size
        for (qsizetype i = 1; i < read.size(); ++i) {
            QStringList above;
            qreal right = 0;
            for (const Test::PdfWord &w : read.at(i).words) {
                if (w.box.top() < bodyTop - 1) {
                    above << w.text;
                    right = std::max(right, w.box.right());
                    sizes << w.box.height();
                }
            }
            // The name, and nothing but what the page goes on with beside it.
            const QString head = above.join(u' ');
            QVERIFY2(head.isEmpty() || running.is(head), qPrintable(u"page %1: \"%2\""_s.arg(i + 1).arg(head)));
            if (name.isEmpty())
                continue;
            QVERIFY2(head.contains(name), qPrintable(u"page %1: \"%2\""_s.arg(i + 1).arg(head)));
            // At the end of the line: the right margin, where the body's lines end.
            qreal bodyRight = 0;
            for (const Test::PdfWord &w : read.at(i).words) {
                if (w.box.top() >= bodyTop - 1)
                    bodyRight = std::max(bodyRight, w.box.right());
            }
            QVERIFY2(right > bodyRight - 2,
                     qPrintable(u"page %1: the name ends at %2 of %3"_s.arg(i + 1).arg(right).arg(bodyRight)));
        }
        if (!sizes.isEmpty()) {
            const auto [smallest, largest] = std::minmax_element(sizes.cbegin(), sizes.cend());
            QVERIFY2(*largest - *smallest < 0.5, qPrintable(u"from %1 to %2 high"_s.arg(*smallest).arg(*largest)));
        }
        // On the first page, once: "Prepared for".
        if (!name.isEmpty())
            QCOMPARE(read.first().text.count(name), 1);
    }

    // The words to know are read entry by entry: a page break never cuts one (the end of a
    // definition was read alone at the top of the next page, above and beside other entries),
    // a page the list runs onto starts with its heading, "(continued)" after it, and every entry
    // is printed once. On pages
    // of several heights, so that breaks fall everywhere in the list.
    void shouldNeverCutAnEntryOfTheWordsToKnow_data()
    {
        QTest::addColumn<QList<int>>("seeds");
        QTest::addColumn<bool>("large");
        QTest::addColumn<qreal>("pageHeight");
        const QList<QList<int>> handouts{{0}, {1}, {2}, {3}, {4}, {4, 2, 0}};
        for (const QList<int> &handout : handouts) {
            for (bool large : {false, true}) {
                for (qreal height : {520.0, 610.0, 700.0, 830.0}) {
                    QTest::addRow("%s, %s, %.0f", qPrintable(packetName(handout)), large ? "large" : "normal", height)
                        << handout << large << height;
                }
            }
        }
    }

    void shouldNeverCutAnEntryOfTheWordsToKnow()
    {
        QFETCH(QList<int>, seeds);
        QFETCH(bool, large);
        QFETCH(qreal, pageHeight);
        const QList<Procedure> procedures = ::seeds(seeds);
        HandoutOptions o = patientOptions(u"full"_s);
        o.largePrint = large;
        o.note = Note;
        QStringList expected;
        for (const Glossary::Entry &e : Handout::wordsToKnow(procedures, o.sections))
            expected << e.term + u" \u2014 "_s + e.definition;
        QVERIFY(expected.size() >= 4);

        QImage device(10, 10, QImage::Format_RGB32);
        const auto doc = PagedPrint::layOut(Handout::flow(procedures, o), &device, QSizeF(480, pageHeight));
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
        const QString heading = u"Words to know"_s;
        const QString continued = u"Words to know (continued)"_s;
        QSet<int> headed; // pages where the heading is printed
        int headings = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text() == heading || b.text() == continued) {
                headed << pageOf(layout->blockBoundingRect(b).top());
                // The first says what the list is; the copies above rows moved on, that it goes on.
                QCOMPARE(b.text(), headings++ == 0 ? heading : continued);
            }
        }
        QStringList printed;
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            for (int row = 0; row < table->rows(); ++row) {
                int first = -1;
                int last = -1;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    const QTextBlock block = doc->findBlock(cell.firstPosition());
                    if (cell.column() != column || !expected.contains(block.text()))
                        continue;
                    printed << block.text();
                    const int top = pageOf(layout->blockBoundingRect(block).top());
                    const int bottom = pageOf(layout->blockBoundingRect(block).bottom() - 0.01);
                    QVERIFY2(top == bottom,
                             qPrintable(u"cut by the foot of page %1: %2"_s.arg(top + 1).arg(block.text())));
                    first = first < 0 ? top : std::min(first, top);
                    last = std::max(last, bottom);
                }
                QCOMPARE(first, last); // the cells of a row side by side on one page
                // Qt repeats a header row on each page its table runs onto.
                if (first >= 0 && !headed.contains(first)) {
                    const QString repeated = doc->findBlock(table->cellAt(0, 0).firstPosition()).text();
                    QVERIFY2(table->format().headerRowCount() > 0 && (repeated == heading || repeated == continued),
                             qPrintable(u"no heading on page %1 above %2"_s.arg(first + 1).arg(printed.last())));
                }
            }
        }
        // Alphabetical, whatever the case of a word's first letter ("IV line" among the i's).
        for (qsizetype i = 1; i < printed.size(); ++i)
            QVERIFY2(printed.at(i - 1).front().toCaseFolded() <= printed.at(i).front().toCaseFolded(),
                     qPrintable(printed.at(i - 1) + u" before "_s + printed.at(i)));
        std::sort(printed.begin(), printed.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(printed, expected);
    }

    // The text of the PDF is what a screen reader reads aloud, what a copy and paste gives and
    // what pdftotext sees: each line once. Qt drew the last line of a page again, above the top
    // of the next, hidden by the page's clip on paper but kept in the text.
    void shouldPutEachLineInThePdfsTextOnce_data()
    {
        QTest::addColumn<QList<int>>("seeds");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("large");
        for (bool large : {false, true}) {
            for (const char *preset : {"patient", "after", "full"}) {
                for (int i = 0; i < 5; ++i)
                    QTest::addRow("seed %d, %s, %s", i, preset, large ? "large" : "normal")
                        << QList<int>{i} << QString::fromLatin1(preset) << large;
                QTest::addRow("packet, %s, %s", preset, large ? "large" : "normal")
                    << QList<int>{4, 2, 0} << QString::fromLatin1(preset) << large;
            }
        }
    }

    void shouldPutEachLineInThePdfsTextOnce()
    {
        QFETCH(QList<int>, seeds);
        QFETCH(QString, preset);
        QFETCH(bool, large);
        const QList<Procedure> procedures = ::seeds(seeds);
        HandoutOptions o = patientOptions(preset);
        o.largePrint = large;
        o.note = Note;
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf(procedures, o, u"once.pdf"_s), &read));
        Test::RunningHead head = Head;
        for (const Procedure &p : procedures)
            head.titles << p.title;
        const qreal bodyTop = read.first().words.first().box.top();
        for (qsizetype i = 0; i < read.size(); ++i) {
            const QString above = read.at(i).wordAbove(bodyTop, head);
            QVERIFY2(above.isEmpty(), qPrintable(u"page %1: \"%2\" above the body"_s.arg(i + 1).arg(above)));
            // A line of the body running into the footer is one the next page shows too.
            const QString into = read.at(i).wordIntoTheFooter();
            QVERIFY2(into.isEmpty(), qPrintable(u"page %1: \"%2\" runs into the footer"_s.arg(i + 1).arg(into)));
        }
        for (qsizetype i = 1; i < read.size(); ++i) {
            const QStringList before = read.at(i - 1).bodyLines(head);
            const QStringList after = read.at(i).bodyLines(head);
            QVERIFY(!before.isEmpty() && !after.isEmpty());
            QVERIFY2(before.last() != after.first(),
                     qPrintable(u"pages %1 and %2 both hold \"%3\""_s.arg(i).arg(i + 1).arg(after.first())));
        }
    }

    // run, 40 times in a paragraph among words of many lengths, is printed whole on one line
    // each time; and no piece of it (apart at its spaces) is on a line without it, unless
    // pieces are checked only as the whole (a piece that is a common word).
    void printsOnOneLine(const QString &run, bool large, bool pieces)
    {
        QString paragraph;
        const QStringList fillers{u"please"_s, u"at once"_s,        u"day or night"_s,  u"if you are worried"_s,
                                  u"now"_s,    u"the nurse line"_s, u"or your doctor"_s};
        for (int i = 0; i < 40; ++i)
            paragraph += u"Note %1: call %2 %3 about it. "_s.arg(i).arg(fillers.at(i % fillers.size()), run);
        const QByteArray document = "Search all medical codes\n\nNurse line, per call\n\nCPT4 code 99999\n\n"
                                    "Name of the Procedure:\n\nNurse Line\n\nRecovery\n\n" +
                                    paragraph.toUtf8() + "\n";
        const ParseResult parsed = DocumentParser::parse(document, u"nurse.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        HandoutOptions o = patientOptions(u"full"_s);
        o.largePrint = large;
        const QString printed = text({*parsed.procedure}, o, u"together.pdf"_s);
        int whole = 0;
        for (const QString &line : printed.split(u'\n')) {
            const QString flat = line.simplified();
            whole += int(flat.count(run.normalized(QString::NormalizationForm_KC))); // as pdfText() reads it
            // Any piece of the number on a line: the whole number is there.
            for (const QString &group : run.split(u' ')) {
                QVERIFY2(!pieces || flat.count(group) <= flat.count(run) || run.count(group) > 1,
                         qPrintable(u"cut: \"%1\""_s.arg(flat)));
            }
        }
        QCOMPARE(whole, 40);
    }

    // A phone number in the text is dialled from the paper: never "(217)" at the end of one line
    // and "555-0142" on the next, wherever the words before it put it.
    void shouldKeepPhoneNumbersOnOneLine_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("large");
        for (const QString &number : {u"(312) 555-0199"_s, u"+34 912 345 678"_s, u"0123 456 789"_s,
                                      u"1-800-555-0199 ext. 73"_s, u"1-800-555-0199, ext. 73"_s}) {
            QTest::addRow("%s", qPrintable(number)) << number << false;
            QTest::addRow("%s, large print", qPrintable(number)) << number << true;
        }
    }

    void shouldKeepPhoneNumbersOnOneLine()
    {
        QFETCH(QString, number);
        QFETCH(bool, large);
        printsOnOneLine(number, large, true);
    }

    // What is read together is printed on one line: a dose and its unit, a sign and its number, a
    // time. They printed "≥" / "38.5 °C", "every 12" / "h", "(>" / "3.0)", "ANC ≥ 1.5" / "× 10".
    void shouldKeepWhatIsReadTogetherOnOneLine_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<bool>("large");
        for (const QString &run : {u"\u2265 38.5 \u00B0C"_s, u"(40 mg)"_s, u"9:00 a. m."_s, u"12 h"_s, u"(> 3.0)"_s,
                                   u"1.5 \u00D7 109"_s, u"2,400 mg"_s}) {
            QTest::addRow("%s", qPrintable(run)) << run << false;
            QTest::addRow("%s, large print", qPrintable(run)) << run << true;
        }
    }

    void shouldKeepWhatIsReadTogetherOnOneLine()
    {
        QFETCH(QString, run);
        QFETCH(bool, large);
        printsOnOneLine(run, large, false);
    }

    // Letters no installed font draws print as empty boxes: named (each once, in order), so the
    // console and the composer can say so. Whatever the handout's languages print in (DejaVu
    // Sans, Noto Sans CJK from fonts-noto-cjk) is not named; an unassigned code point never has a
    // glyph anywhere. Before, such a handout was written and handed out without a word.
    void shouldNameTheLettersNoFontDraws_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("undrawn");
        QTest::addRow("English") << u"Rest, then walk (about 5\u201310 min) \u2022 \u00BD tablet"_s << u"en"_s
                                 << QStringList();
        QTest::addRow("Arabic") << u"\u0627\u0644\u0631\u0627\u062D\u0629 \u0661\u0662"_s << u"ar"_s << QStringList();
        QTest::addRow("Chinese") << u"\u8BF7\u591A\u559D\u6C34\u3002"_s << u"zh-Hans"_s << QStringList();
        QTest::addRow("Korean") << u"\uBB3C\uC744 \uB9C8\uC2DC\uC138\uC694"_s << u"ko"_s << QStringList();
        QTest::addRow("marks and spaces that draw nothing")
            << u"a\u200Bb\u200Dc\u200Ed\u00A0e\u2028f\tgh\uFE0F h\u180B i\U000E0100 j\u034F"_s << u"en"_s
            << QStringList();
        QTest::addRow("unassigned, each once")
            << u"take \u0378 and \u0379, then \u0378"_s << u"en"_s << QStringList{u"\u0378"_s, u"\u0379"_s};
        QTest::addRow("outside the first plane")
            << u"dose \U0003FFF0 here"_s << u"en"_s << QStringList{u"\U0003FFF0"_s};
    }

    void shouldNameTheLettersNoFontDraws()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QStringList, undrawn);
        PagedPrint::Flow flow;
        flow.language = language;
        flow.pieces << u"<h1>Title</h1><p>"_s + ProcedureHtml::escaped(text) + u"</p>"_s;
        QCOMPARE(PagedPrint::undrawnCharacters(flow), undrawn);
        // The owner's name and the footer are printed too.
        PagedPrint::Flow named;
        named.language = language;
        named.owner = text;
        QCOMPARE(PagedPrint::undrawnCharacters(named), undrawn);
        if (undrawn.isEmpty())
            return;
        const QString warning = PagedPrint::undrawnWarning(undrawn);
        QVERIFY2(warning.contains(u"print as empty boxes"_s), qPrintable(warning));
        const QString codePoint = QString::number(undrawn.first().toUcs4().first(), 16).toUpper();
        QVERIFY2(warning.contains(u"(U+%1)"_s.arg(codePoint.rightJustified(4, u'0'))), qPrintable(warning));
    }

    // A run in which no line may break, over 160 characters (a damaged file's 400,000-letter
    // "word"), gets a zero-width space every few characters: Qt scanned it again for every line
    // (37 s for one handout, the pane frozen as long). Nothing else gets one; nothing is lost.
    void shouldGiveAnUnbreakableRunPlacesToBreak_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("broken");
        QTest::addRow("a word of 161 letters") << QString(161, u'a') << true;
        QTest::addRow("a word of 160 letters") << QString(160, u'a') << false;
        QTest::addRow("letters and their accents") << QString(200, u'a').replace(u"a"_s, u"e\u0301"_s) << true;
        QTest::addRow("outside the first plane") << QString(400, u'a').replace(u"aa"_s, u"\U0001D400"_s) << true;
        QTest::addRow("long words") << QString(QString(200, u'a') + u' ').repeated(30) << true;
        QTest::addRow("sentences") << u"Rest well and drink water. "_s.repeated(40) << false;
        QTest::addRow("an address with its slashes")
            << u"https://example.org/patient-education/infusion/after-your-visit/"_s.repeated(5) << false;
        QTest::addRow("Chinese") << u"\u8BF7\u591A\u559D\u6C34\u5E76\u4F11\u606F\u3002"_s.repeated(40) << false;
    }

    void shouldGiveAnUnbreakableRunPlacesToBreak()
    {
        QFETCH(QString, text);
        QFETCH(bool, broken);
        const QString out = ProcedureHtml::breakableRuns(text);
        QCOMPARE(QString(out).remove(QChar(0x200B)), text);
        if (!broken) {
            QCOMPARE(out, text);
            return;
        }
        // Never inside what a reader sees as one character.
        QTextBoundaryFinder characters(QTextBoundaryFinder::Grapheme, out);
        for (qsizetype at = out.indexOf(QChar(0x200B)); at != -1; at = out.indexOf(QChar(0x200B), at + 1)) {
            characters.setPosition(at);
            QVERIFY2(characters.isAtBoundary(), qPrintable(u"inside a character at %1"_s.arg(at)));
        }
        // A few characters apart at most, so lines are as full as breaking anywhere makes them;
        // a run's first a few characters into it, not after its first letter.
        for (const QString &piece : out.split(QRegularExpression(u"[\u200B ]"_s)))
            QVERIFY2(piece.size() <= ProcedureHtml::BreakEvery + 1, qPrintable(piece));
        for (qsizetype space = out.indexOf(u' '); space != -1; space = out.indexOf(u' ', space + 1)) {
            const qsizetype next = out.indexOf(QChar(0x200B), space);
            QVERIFY2(next == -1 || next - space - 1 >= ProcedureHtml::BreakEvery,
                     qPrintable(u"%1 after a space"_s.arg(next - space - 1)));
        }
    }

    void shouldPrintAnUnbreakableRunWhole()
    {
        const QString word = u"abcdefghij"_s.repeated(3000);
        const QByteArray document = "Search all medical codes\n\nLong word, per call\n\nCPT4 code 99999\n\n"
                                    "Name of the Procedure:\n\nLong Word\n\nSummary\n\nStart " +
                                    word.toUtf8() + " end.\n";
        const ParseResult parsed = DocumentParser::parse(document, u"long.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        for (const bool large : {false, true}) {
            HandoutOptions o = patientOptions(u"full"_s);
            o.largePrint = large;
            const QString printed = text({*parsed.procedure}, o, u"long.pdf"_s);
            // The word's lines, between the pages' running heads: the word whole, in order.
            static const QRegularExpression itsLetters(u"^[a-j]+$"_s);
            QString joined;
            qsizetype lines = 0;
            qsizetype longest = 0;
            for (const QString &printedLine : printed.split(u'\n')) {
                QString line = QString(printedLine).remove(QChar(0x200B)).trimmed();
                if (line.startsWith(u"Start "_s))
                    line.remove(0, 6);
                if (line.endsWith(u" end."_s))
                    line.chop(5);
                if (!line.contains(itsLetters))
                    continue;
                joined += line;
                ++lines;
                longest = std::max(longest, line.size());
            }
            QCOMPARE(joined, word);
            // Its lines full, as breaking anywhere makes them: not a short line after each long one.
            QVERIFY2(lines <= word.size() / (longest - ProcedureHtml::BreakEvery) + 2,
                     qPrintable(u"%1 lines of at most %2"_s.arg(lines).arg(longest)));
        }
    }

    // A procedure's title is never left at the foot of a page with only its other names under it:
    // it goes on with its first section. A care-team note of a few lines in large print left "Home
    // Infusion/Specialty Drug Administration" and its full name alone at the foot of the first page.
    void shouldKeepATitleWithItsFirstSection_data()
    {
        QTest::addColumn<int>("seedIndex");
        QTest::addColumn<int>("noteLines");
        for (int i = 0; i < 5; ++i) {
            for (int lines = 2; lines <= 10; lines += 2)
                QTest::addRow("seed %d, %d lines of note", i, lines) << i << lines;
        }
    }
    void shouldKeepATitleWithItsFirstSection()
    {
        QFETCH(int, seedIndex);
        QFETCH(int, noteLines);
        const Procedure p = seed(seedIndex);
        HandoutOptions o = patientOptions();
        o.largePrint = true;
        o.note = QStringList(noteLines, u"Take your usual morning medicines with a small sip of water."_s).join(u'\n');
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf({p}, o, u"title.pdf"_s), &read));
        const QString firstHeading = p.sections.first().heading.simplified();
        const auto pageWith = [&read](const std::function<bool(const QString &)> &is) {
            for (qsizetype i = 0; i < read.size(); ++i) {
                for (const QString &line : read.at(i).bodyLines(Head)) {
                    if (is(line))
                        return i;
                }
            }
            return qsizetype(-1);
        };
        const qsizetype title = pageWith([&p](const QString &line) {
            return line.size() >= 8 && p.title.simplified().startsWith(line.simplified());
        });
        const qsizetype section = pageWith([&firstHeading](const QString &line) {
            return line.simplified().startsWith(firstHeading.section(u':', 0, 0));
        });
        QVERIFY(title >= 0 && section >= 0);
        QCOMPARE(section, title);
    }

    // A care team's note longer than what is left of page 1 goes on in a box of its own at the
    // top of the next page, under "Your instructions (continued)": the patient sees what the lines
    // are. Every line once, in order, and no page left empty.
    void shouldSayANoteGoesOnOnTheNextPage_data()
    {
        QTest::addColumn<bool>("large");
        QTest::addColumn<int>("noteLines");
        QTest::addColumn<bool>("oneParagraph"); // the lines as sentences of one paragraph
        for (const int lines : {14, 30, 45}) {
            QTest::addRow("normal, %d lines", lines) << false << lines << false;
            QTest::addRow("large print, %d lines", lines) << true << lines << false;
        }
        QTest::addRow("normal, one paragraph") << false << 75 << true;
        QTest::addRow("large print, one paragraph") << true << 45 << true;
    }
    void shouldSayANoteGoesOnOnTheNextPage()
    {
        QFETCH(bool, large);
        QFETCH(int, noteLines);
        QFETCH(bool, oneParagraph);
        HandoutOptions o = patientOptions();
        o.largePrint = large;
        QStringList note;
        for (int i = 1; i <= noteLines; ++i)
            note << u"Step %1: take the tablets with food and a full glass of water."_s.arg(i);
        o.note = note.join(oneParagraph ? u' ' : u'\n');
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf({seed(0)}, o, u"long-note.pdf"_s), &read));
        QVERIFY(read.size() >= 2);
        QStringList body;
        int continuedAt = -1;
        for (qsizetype p = 0; p < read.size(); ++p) {
            const QStringList lines = read.at(p).bodyLines(Head);
            QVERIFY2(!lines.isEmpty(), qPrintable(u"page %1 is empty"_s.arg(p + 1)));
            for (const QString &line : lines) {
                if (line.simplified() == u"Your instructions (continued)" && continuedAt < 0)
                    continuedAt = int(p);
            }
            body << lines;
        }
        // (The continued box's title between two parts of a sentence parted at the page's foot.)
        const QString text = body.join(u' ').remove(u"Your instructions (continued)"_s).simplified();
        qsizetype at = 0;
        for (const QString &line : std::as_const(note)) {
            const qsizetype found = text.indexOf(line, at);
            QVERIFY2(found >= at, qPrintable(line));
            QVERIFY2(text.indexOf(line, found + line.size()) < 0, qPrintable(line));
            at = found + line.size();
        }
        // The note goes on past page 1: the page it goes on to says so, first thing.
        const QString last = note.constLast();
        qsizetype lastPage = -1;
        for (qsizetype p = 0; p < read.size() && lastPage < 0; ++p) {
            if (read.at(p).bodyLines(Head).join(u' ').simplified().contains(last))
                lastPage = p;
        }
        if (lastPage > 0) {
            QCOMPARE(continuedAt, 1);
            QCOMPARE(read.at(1).bodyLines(Head).constFirst().simplified(), u"Your instructions (continued)"_s);
        }
        QVERIFY(noteLines < 45 || lastPage > 0);
    }

    // A table prints as one: each row's cells on one line, in order, normal and large print, its
    // heading row too; the words leading into it go with it to the next page.
    void shouldPrintATableRowByRow_data()
    {
        QTest::addColumn<bool>("large");
        QTest::addRow("normal") << false;
        QTest::addRow("large print") << true;
    }
    void shouldPrintATableRowByRow()
    {
        QFETCH(bool, large);
        const ParseResult parsed =
            painControl("Doses for pain:\n| Medicine | Dose | Most a day |\n|---|---|---|\n"
                        "| Acetaminophen | 650 mg | 3,000 mg |\n| Ibuprofen | 400 mg | 1,200 mg |\n\n"
                        "Follow-up Care\n\nCheck        Morning  Night\nTemperature  yes      no\n",
                        u"table.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        HandoutOptions o = patientOptions();
        o.largePrint = large;
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf({*parsed.procedure}, o, u"table.pdf"_s), &read));
        QStringList lines;
        for (const Test::PdfPage &page : std::as_const(read)) {
            for (const Test::PdfLine &line : page.lines())
                lines << line.text.simplified();
        }
        for (const QStringList &row : {QStringList{u"Medicine"_s, u"Dose"_s, u"Most a day"_s},
                                       QStringList{u"Acetaminophen"_s, u"650 mg"_s, u"3,000 mg"_s},
                                       QStringList{u"Ibuprofen"_s, u"400 mg"_s, u"1,200 mg"_s},
                                       QStringList{u"Temperature"_s, u"yes"_s, u"no"_s}}) {
            const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                           [&row](const QString &l) { return l.startsWith(row.first()); });
            QVERIFY2(line != lines.cend(), qPrintable(lines.join(u'\n')));
            qsizetype at = 0;
            for (const QString &cell : row) {
                at = line->indexOf(cell, at);
                QVERIFY2(at >= 0, qPrintable(*line));
            }
        }
    }

    // A table too wide for the page loses no column: its rows are printed as paragraphs of their
    // cells under their columns' headings ("Dose: 400 mg"), in normal and large print.
    void shouldPrintEveryColumnOfAWideTable_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("large");
        for (const int columns : {8, 100}) {
            QTest::addRow("%d columns", columns) << columns << false;
            QTest::addRow("%d columns, large print", columns) << columns << true;
        }
    }
    void shouldPrintEveryColumnOfAWideTable()
    {
        QFETCH(int, columns);
        QFETCH(bool, large);
        QStringList headings;
        QStringList first;
        QStringList second;
        for (int c = 0; c < columns; ++c) {
            headings << u"Heading%1"_s.arg(c);
            first << u"Magnesium%1"_s.arg(c);
            second << u"Sulfate%1"_s.arg(c);
        }
        const auto row = [](const QStringList &cells) { return (u"| "_s + cells.join(u" | "_s) + u" |\n"_s).toUtf8(); };
        const QByteArray document = "Search all medical codes\n\nWide table\n\nCPT4 code 99999\n\n"
                                    "Name of the Procedure:\n\nWide Table\n\nRecovery\n\n" +
                                    row(headings) + row(QStringList(columns, u"---"_s)) + row(first) + row(second);
        const ParseResult parsed = DocumentParser::parse(document, u"wide.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        HandoutOptions o = patientOptions();
        o.largePrint = large;
        const QString t = text({*parsed.procedure}, o, u"wide.pdf"_s).simplified();
        for (const QStringList &cells : {headings, first, second}) {
            for (const QString &cell : cells)
                QVERIFY2(QRegularExpression(u"\\b"_s + cell + u"\\b"_s).match(t).hasMatch(), qPrintable(cell));
        }
    }

    // A table longer than a page: every page its rows go on to starts with its column headings
    // as they are ("Dose", not "Dose (continued)"), under the running head that says the
    // procedure goes on; every page it goes on from closes it with a rule under its last row there
    // (Qt left it open, its sides running on to the page's foot over empty cells).
    void shouldRepeatATablesHeadingsOnEveryPage_data()
    {
        QTest::addColumn<bool>("large");
        QTest::addRow("normal") << false;
        QTest::addRow("large print") << true;
    }
    void shouldRepeatATablesHeadingsOnEveryPage()
    {
        QFETCH(bool, large);
        QByteArray recovery = "Doses by day:\n| Day | Dose | When |\n|---|---|---|\n";
        for (int day = 1; day <= 70; ++day)
            recovery +=
                "| Day " + QByteArray::number(day) + " | " + QByteArray::number(day * 10) + " mg | At night |\n";
        recovery += "\nAfter the last day, stop.\n";
        const ParseResult parsed = painControl(recovery, u"long-table.txt"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        HandoutOptions o = patientOptions();
        o.largePrint = large;
        QList<Test::PdfPage> read;
        const QString pdf = exportPdf({*parsed.procedure}, o, u"long-table.pdf"_s);
        QVERIFY(pages(pdf, &read));
        QVERIFY(read.size() >= 2);
        static const QRegularExpression row(u"^Day \\d+ \\d+ mg At night$"_s);
        int pagesWithRows = 0;
        int rows = 0;
        for (qsizetype p = 0; p < read.size(); ++p) {
            QStringList lines;
            for (const Test::PdfLine &line : read.at(p).lines())
                lines << line.text.simplified();
            const qsizetype first = lines.indexOf(row);
            if (first < 0)
                continue;
            ++pagesWithRows;
            rows += int(
                std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) { return row.match(l).hasMatch(); }));
            QVERIFY2(first > 0 && lines.at(first - 1) == u"Day Dose When", qPrintable(lines.join(u'\n')));
            QVERIFY2(!lines.join(u'\n').contains(u"Dose (continued)"), qPrintable(lines.join(u'\n')));
            if (p > 0)
                QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                                     [](const QString &l) {
                                         return l.startsWith(u"Pain Control \u2014 Recovery (continued)");
                                     }),
                         qPrintable(lines.join(u'\n')));
        }
        QVERIFY(pagesWithRows >= 2);
        QCOMPARE(rows, 70);
        for (qsizetype p = 0; p + 1 < pagesWithRows; ++p) {
            QString error;
            const QImage image = Test::pdfPageImage(pdf, int(p) + 1, &error);
            QVERIFY2(!image.isNull(), qPrintable(error));
            const QList<Test::PdfLine> lines = read.at(p).lines();
            const auto last = std::find_if(lines.crbegin(), lines.crend(), [](const Test::PdfLine &l) {
                return row.match(l.text.simplified()).hasMatch();
            });
            QVERIFY(last != lines.crend());
            const QRect words = last->box.toAlignedRect();
            const auto dark = [&image](int x, int y) { return qGray(image.pixel(x, y)) < 160; };
            // The rule: a line of dark pixels under the row's words, as wide as they are.
            int rule = -1;
            for (int y = words.bottom() + 1; y < words.bottom() + words.height() && rule < 0; ++y) {
                int across = 0;
                for (int x = words.left(); x <= words.right(); ++x)
                    across += dark(x, y) ? 1 : 0;
                if (across >= words.width() * 95 / 100)
                    rule = y;
            }
            QVERIFY2(rule >= 0, qPrintable(u"page %1: no rule under \"%2\""_s.arg(p + 1).arg(last->text)));
            // Below it nothing of the table, down to the footer's rule.
            for (int y = rule + 3; y < read.at(p).footerTop() - 10; ++y) {
                for (int x = words.left() - 12; x <= words.right() + 12; ++x)
                    QVERIFY2(!dark(x, y),
                             qPrintable(u"page %1: ink at %2,%3 under the table"_s.arg(p + 1).arg(x).arg(y)));
            }
        }
    }

    // No page is blank: the writing lines of "My questions", tried and taken out again, left
    // Qt's layout of the text after a page break a page further down, so an insulin class's
    // handout had a page with only its running head between the rows of its follow-up table.
    void shouldLeaveNoPageBlank_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("large");
        QStringList documents = Test::seedFiles();
        documents << Test::dataPath(u"insulin_teaching.txt"_s);
        for (const QString &document : std::as_const(documents)) {
            for (bool large : {false, true})
                QTest::addRow("%s, %s", qPrintable(QFileInfo(document).fileName()), large ? "large" : "normal")
                    << document << large;
        }
    }

    void shouldLeaveNoPageBlank()
    {
        QFETCH(QString, document);
        QFETCH(bool, large);
        HandoutOptions o = patientOptions();
        o.largePrint = large;
        o.letterhead = {};
        o.patientName = u"Maria-Fernanda Guadalupe Hernández-O'Connor de la Santísima Trinidad Wójcik-Nakamura"_s;
        o.note = u"Take ½ tablet (2.5 mg) on Tue/Fri only — call 555-0142 if INR ≥ 4.0 or temp ≥ 38.5 °C.\n"
                 u"Next visit: 12/03 at 09:30 (Room 2.14)."_s;
        const Procedure procedure = *DocumentParser::parse(Test::readFile(document), document).procedure;
        const QString pdf = m_dir.filePath(u"blank.pdf"_s);
        QCOMPARE(PagedPrint::exportPdf(Handout::flow({procedure}, o), pdf, u"test"_s, QPageSize::A4), QString());
        QList<Test::PdfPage> read;
        QVERIFY(pages(pdf, &read));
        const Test::RunningHead head{u"(continued)"_s, o.patientName, {procedure.title}};
        for (qsizetype page = 1; page < read.size(); ++page)
            QVERIFY2(!read.at(page).bodyLines(head).isEmpty(),
                     qPrintable(u"page %1 of %2 is blank"_s.arg(page + 1).arg(read.size())));
    }

    // "My questions" takes what is left of the last page: it never adds a page.
    void shouldNeverAddAPageForMyQuestions_data()
    {
        QTest::addColumn<int>("seedIndex");
        QTest::addColumn<bool>("large");
        for (int i = 0; i < 5; ++i) {
            QTest::addRow("seed %d", i) << i << false;
            QTest::addRow("seed %d large", i) << i << true;
        }
    }

    void shouldNeverAddAPageForMyQuestions()
    {
        QFETCH(int, seedIndex);
        QFETCH(bool, large);
        HandoutOptions o = patientOptions();
        o.largePrint = large;
        QList<Test::PdfPage> with;
        QList<Test::PdfPage> without;
        QVERIFY(pages(exportPdf({seed(seedIndex)}, o, u"with.pdf"_s), &with));
        o.questions = false;
        QVERIFY(pages(exportPdf({seed(seedIndex)}, o, u"without.pdf"_s), &without));
        QCOMPARE(with.size(), without.size());
    }

    // Large print is whole: the header and the footer wrap to more lines instead of cutting.
    void shouldKeepHeaderAndFooterWholeInLargePrint()
    {
        HandoutOptions o = patientOptions();
        o.largePrint = true;
        o.letterhead.clinicName = u"Riverside Family and Community Health Clinic of Greater Springfield"_s;
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf({seed(3)}, o, u"large.pdf"_s), &read));
        for (qsizetype i = 0; i < read.size(); ++i) {
            const Test::PdfPage &page = read.at(i);
            QVERIFY2(page.text.contains(Phone), qPrintable(page.text.right(300)));
            // The footer wraps beside the page number: read it without that.
            const QString footer = page.text.mid(page.text.lastIndexOf(u"Page %1 of"_s.arg(i + 1)) - 400)
                                       .remove(QRegularExpression(u"Page \\d+ of \\d+"_s))
                                       .simplified();
            QVERIFY2(footer.contains(o.letterhead.clinicName), qPrintable(footer));
        }
        QVERIFY(read.first().text.contains(LongName));
        QVERIFY(read.first().text.contains(Handout::locale(o).toString(o.date, QLocale::LongFormat)));
    }

    // Large print is large everywhere: a reader who needs 16 pt to read the body needs it for the
    // line that says whose page this is, the page number, the clinic's phone number and the words
    // to know as much. Nothing on a large-print page is smaller than its body text.
    void shouldPrintNothingSmallerThanTheBodyInLargePrint_data()
    {
        QTest::addColumn<QList<int>>("seeds");
        QTest::addColumn<QString>("preset");
        for (int i = 0; i < 5; ++i)
            QTest::addRow("seed %d", i) << QList<int>{i} << Handout::defaultPresetId();
        QTest::addRow("staff copy") << QList<int>{1} << u"full"_s;
        QTest::addRow("packet") << QList<int>{0, 2} << Handout::defaultPresetId();
    }

    void shouldPrintNothingSmallerThanTheBodyInLargePrint()
    {
        QFETCH(QList<int>, seeds);
        QFETCH(QString, preset);
        HandoutOptions o = patientOptions(preset);
        o.largePrint = true;
        o.note = Note;
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf(::seeds(seeds), o, u"large-everywhere.pdf"_s), &read));
        QVERIFY(read.size() > 1); // a running head to read
        // The body's height: the note's words' (one font, so one height a size).
        const QString noteWord = u"glucose"_s;
        const auto inNote = std::find_if(read.first().words.cbegin(), read.first().words.cend(),
                                         [&](const Test::PdfWord &w) { return w.text == noteWord; });
        QVERIFY(inNote != read.first().words.cend());
        const qreal body = inNote->box.height();
        // The words to know, longer in large print, are cut across pages: a page that goes on
        // with them says so ("Words to know (continued)"), not the heading again.
        int wordsToKnow = 0;
        Test::RunningHead head = Head;
        for (const Procedure &p : ::seeds(seeds))
            head.titles << p.title;
        for (qsizetype i = 0; i < read.size(); ++i) {
            const QStringList lines = read.at(i).bodyLines(head);
            wordsToKnow += int(lines.count(u"Words to know"_s));
            // Air between the running head and the body: lines top to bottom, the head's first.
            const QList<Test::PdfWord> &words = read.at(i).words;
            const QList<Test::PdfLine> rows = read.at(i).lines();
            if (i > 0 && rows.size() > 2) {
                const bool twoLines = Head.withoutOwner(rows.at(0).text).isEmpty() && head.is(rows.at(1).text) &&
                                      rows.at(1).box.top() - rows.at(0).box.bottom() < rows.at(0).box.height() * 0.4;
                const QRectF &above = rows.at(twoLines ? 1 : 0).box;
                const QRectF &first = rows.at(twoLines ? 2 : 1).box;
                QVERIFY2(
                    first.top() - above.bottom() >= above.height() * 0.4,
                    qPrintable(u"page %1: the body's first line \"%2\" is %3 pt below the running head"_s.arg(i + 1)
                                   .arg(rows.at(twoLines ? 2 : 1).text)
                                   .arg(first.top() - above.bottom(), 0, 'f', 1)));
            }
            // Nothing printed over anything else.
            for (qsizetype a = 0; a < words.size(); ++a) {
                const QRectF box = words.at(a).box.adjusted(0.5, 0.5, -0.5, -0.5);
                for (qsizetype b = a + 1; b < words.size(); ++b)
                    QVERIFY2(!box.intersects(words.at(b).box.adjusted(0.5, 0.5, -0.5, -0.5)),
                             qPrintable(u"page %1: \"%2\" is printed over \"%3\""_s.arg(i + 1).arg(words.at(a).text,
                                                                                                   words.at(b).text)));
            }
            QVERIFY2(wordsToKnow <= 1, qPrintable(u"page %1 begins again with \"Words to know\""_s.arg(i + 1)));
            for (const Test::PdfWord &w : read.at(i).words) {
                // 9 mm off the paper's edge, where any printer prints.
                QVERIFY2(w.box.top() >= 9 / 25.4 * 72 - 1,
                         qPrintable(u"page %1: \"%2\" is %3 mm from the top of the paper"_s.arg(i + 1).arg(w.text).arg(
                             w.box.top() * 25.4 / 72, 0, 'f', 1)));
                QVERIFY2(w.box.height() >= body * 0.98,
                         qPrintable(u"page %1: \"%2\" is %3 high beside the body's %4"_s.arg(i + 1)
                                        .arg(w.text)
                                        .arg(w.box.height(), 0, 'f', 1)
                                        .arg(body, 0, 'f', 1)));
            }
        }
    }

    // A name wider than the line is never clipped, never run off the page, and never shrunk far
    // below the text around it: large print stays large for the patient's own name.
    void shouldPrintAVeryLongNameWholeAndLargeEnough_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("largePrint");
        const QString spaced = u"Maximiliano Alejandro Bartholomew-Fitzgerald Oyelaran-Castellanos-Vanderbilt III"_s;
        const QString unspaced = u"Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft"_s;
        QTest::addRow("spaced, normal print") << spaced << false;
        QTest::addRow("spaced, large print") << spaced << true;
        QTest::addRow("one word, normal print") << unspaced << false;
        QTest::addRow("one word, large print") << unspaced << true;
        const QString longer = u"Maria Fernanda de los \u00c1ngeles Guti\u00e9rrez-Villanueva y Santamar\u00eda"_s;
        QTest::addRow("a little too long, normal print") << longer << false;
        QTest::addRow("a little too long, large print") << longer << true;
    }

    void shouldPrintAVeryLongNameWholeAndLargeEnough()
    {
        QFETCH(QString, name);
        QFETCH(bool, largePrint);
        HandoutOptions o = patientOptions();
        o.patientName = name;
        o.largePrint = largePrint;
        o.note = u"Drink two glasses of water before you come."_s;
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf({seed(3)}, o, u"long-name.pdf"_s), &read));
        const Test::PdfPage &first = read.first();
        QVERIFY2(QString(first.text).remove(QRegularExpression(u"\\s"_s)).contains(QString(name).remove(u' ')),
                 qPrintable(first.text.left(400)));
        qreal nameHeight = 0;
        qreal bodyHeight = 0;
        for (const Test::PdfWord &w : first.words) {
            QVERIFY2(w.box.right() <= first.size.width() + 0.5 && w.box.left() >= -0.5,
                     qPrintable(u"%1 runs off the page"_s.arg(w.text)));
            if (name.startsWith(w.text) && nameHeight == 0)
                nameHeight = w.box.height();
            if (w.text == u"Drink"_s)
                bodyHeight = w.box.height();
        }
        QVERIFY(nameHeight > 0 && bodyHeight > 0);
        // Whole on every page after the first too, at the top, however long (smaller there only
        // where the line cannot hold it at the running head's size), and the procedure's name
        // whole beside or under it: not one word of it.
        QVERIFY(read.size() > 1);
        const QString title = seed(3).title;
        for (qsizetype i = 1; i < read.size(); ++i) {
            const QString page = QString(read.at(i).text).remove(QRegularExpression(u"\\s"_s));
            QVERIFY2(page.contains(QString(name).remove(u' ')), qPrintable(read.at(i).text.left(300)));
            // (The words to know say they go on themselves.)
            QVERIFY2(page.contains(QString(title).remove(u' ')) || page.contains(u"Wordstoknow(continued)"_s),
                     qPrintable(read.at(i).text.left(300)));
        }
        // A little smaller in normal print; in large print the body's size, whatever the name.
        QVERIFY2(nameHeight >= bodyHeight * (largePrint ? 0.98 : 0.8),
                 qPrintable(u"the name is %1 high beside text %2 high"_s.arg(nameHeight).arg(bodyHeight)));
        // Over the later pages of large print a name of words longer than the line wraps to a
        // second line there, rather than print small (one word is printed smaller, as it must).
        if (largePrint && name.contains(u' ')) {
            const Test::PdfPage &second = read.at(1);
            qreal headName = 0;
            qreal pageNumber = 0;
            for (const Test::PdfWord &w : second.words) {
                if (w.text == name.section(u' ', 0, 0) && headName == 0)
                    headName = w.box.height();
                if (w.text == u"Page"_s)
                    pageNumber = w.box.height();
            }
            QVERIFY(headName > 0 && pageNumber > 0);
            QVERIFY2(headName >= pageNumber * 0.9,
                     qPrintable(u"the name over page 2 is %1 high beside the page number's %2"_s.arg(headName).arg(
                         pageNumber)));
        }
    }

    // The handout's date is in the handout's language, not the desktop's.
    void shouldWriteTheDateInTheHandoutsLanguage()
    {
        const QLocale desk;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        HandoutOptions o = patientOptions();
        const QString t = text({seed(0)}, o, u"german-desk.pdf"_s).simplified();
        QLocale::setDefault(desk);
        QVERIFY2(t.contains(u"November"_s) && t.contains(u"Monday"_s), qPrintable(t.left(300)));
        QVERIFY(!t.contains(u"Montag"_s));
    }

    // Ink is ink: the same black text on paper under a dark desktop palette as under a light one.
    void shouldPrintTheSameInkUnderADarkPalette()
    {
        const QPalette light = QGuiApplication::palette();
        const QString lightPdf = exportPdf({seed(3)}, patientOptions(), u"light.pdf"_s);
        QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        QGuiApplication::setPalette(dark);
        const QString darkPdf = exportPdf({seed(3)}, patientOptions(), u"dark.pdf"_s);
        QGuiApplication::setPalette(light);
        QString error;
        const double a = Test::pdfInkCoverage(lightPdf, &error);
        const double b = Test::pdfInkCoverage(darkPdf, &error);
        QVERIFY2(a > 0.01, qPrintable(u"hardly any ink: %1 %2"_s.arg(a).arg(error)));
        QVERIFY2(qAbs(a - b) <= a * 0.01,
                 qPrintable(u"ink %1 under a light palette, %2 under a dark one"_s.arg(a).arg(b)));
    }

    // The console under a dark platform theme (qt6ct with its "darker" colours, Fusion) prints the
    // same handout as under none.
    void shouldPrintTheSameInkFromTheConsoleUnderADarkTheme()
    {
        const QString scheme = u"/usr/share/qt6ct/colors/darker.conf"_s;
        if (!QFileInfo::exists(scheme))
            CARELEAF_SKIP_OR_FAIL(u"qt6ct is not installed (its darker.conf colour scheme is needed)"_s);
        const QString home = m_dir.filePath(u"console-home"_s);
        QVERIFY(QDir().mkpath(home + u"/config/qt6ct"_s));
        QFile conf(home + u"/config/qt6ct/qt6ct.conf"_s);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[Appearance]\ncustom_palette=true\nstyle=Fusion\ncolor_scheme_path=" + scheme.toUtf8() + "\n");
        conf.close();
        const QString library = m_dir.filePath(u"console.sqlite"_s);
        QProcessEnvironment env = Test::cliEnvironment(home);
        QCOMPARE(Test::runCli({u"--db"_s, library, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}, env).exitCode, 0);
        const auto print = [&](const QString &name, bool darkTheme) {
            QProcessEnvironment e = env;
            if (darkTheme)
                e.insert(u"QT_QPA_PLATFORMTHEME"_s, u"qt6ct"_s);
            const QString pdf = m_dir.filePath(name);
            const Test::CliRun r = Test::runCli({u"--db"_s, library, u"handout"_s, u"--out"_s, pdf, u"4"_s}, e);
            return r.exitCode == 0 ? pdf : QString();
        };
        const QString plain = print(u"console-plain.pdf"_s, false);
        const QString dark = print(u"console-dark.pdf"_s, true);
        QVERIFY(!plain.isEmpty() && !dark.isEmpty());
        QString error;
        const double a = Test::pdfInkCoverage(plain, &error);
        const double b = Test::pdfInkCoverage(dark, &error);
        QVERIFY2(a > 0.01, qPrintable(error));
        QVERIFY2(qAbs(a - b) <= a * 0.01, qPrintable(u"ink %1 without a theme, %2 under qt6ct darker"_s.arg(a).arg(b)));
    }

    // Words to know: every word of the glossary that a seed uses is defined on its staff copy.
    void shouldDefineEveryGlossaryWordTheHandoutUses_data()
    {
        QTest::addColumn<int>("seedIndex");
        for (int i = 0; i < 5; ++i)
            QTest::addRow("seed %d", i) << i;
    }

    void shouldDefineEveryGlossaryWordTheHandoutUses()
    {
        QFETCH(int, seedIndex);
        const Procedure p = seed(seedIndex);
        const HandoutOptions o = patientOptions(u"full"_s);
        const QList<Glossary::Entry> terms = Glossary::standard().termsIn(Handout::selectedText(p, o.sections));
        QVERIFY(!terms.isEmpty());
        QList<Test::PdfPage> read;
        QVERIFY(pages(exportPdf({p}, o, u"glossary.pdf"_s), &read));
        // The box has two columns: read the left one, then the right one, from its heading on.
        QStringList left;
        QStringList right;
        bool inBox = false;
        // The columns are read apart: at least 3 mm between the left one's longest line and the
        // right one (they were 2 mm apart, and the eye ran on into the other column).
        qreal leftEnd = 0;
        qreal rightStart = std::numeric_limits<qreal>::max();
        const qreal bodyTop = read.first().words.first().box.top(); // (not the line above it)
        for (const Test::PdfPage &page : std::as_const(read)) {
            const qreal middle = page.size.width() / 2;
            qreal headingTop = -1; // the line of the heading, across both columns
            for (qsizetype i = 0; i < page.words.size(); ++i) {
                const Test::PdfWord &w = page.words.at(i);
                if (w.text == u"Words"_s && i + 2 < page.words.size() && page.words.at(i + 2).text == u"know"_s) {
                    inBox = true;
                    headingTop = w.box.top();
                }
                if (std::abs(w.box.top() - headingTop) < 1)
                    continue;
                if (inBox && w.box.bottom() < page.footerTop() - 1 && w.box.top() >= bodyTop - 1) {
                    (w.box.left() < middle ? left : right) << w.text;
                    if (w.box.left() < middle)
                        leftEnd = std::max(leftEnd, w.box.right());
                    else
                        rightStart = std::min(rightStart, w.box.left());
                }
            }
        }
        QVERIFY(inBox);
        QVERIFY2(rightStart - leftEnd >= 3 / 25.4 * 72,
                 qPrintable(u"%1 pt between the columns"_s.arg(rightStart - leftEnd, 0, 'f', 1)));
        const QString defined = Test::words((left + right).join(u' ')).join(u' ');
        const QStringList printed = left + right;
        for (const Glossary::Entry &e : terms) {
            QVERIFY2(defined.contains(Test::words(e.term).join(u' ')), qPrintable(e.term));
            // As the glossary writes it: "IV line", not "iv line".
            for (const QString &word : e.term.split(u' '))
                QVERIFY2(printed.contains(word), qPrintable(e.term + u": "_s + word));
            QVERIFY2(defined.contains(Test::words(e.definition).join(u' ')), qPrintable(e.definition));
        }
    }

    void shouldShipAGlossaryForGradeSixReaders()
    {
        QStringList problems;
        const Glossary g = Glossary::load({u":/glossary/glossary.tsv"_s}, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(g.entries().size() >= 300, qPrintable(QString::number(g.entries().size())));
        // Abbreviations are shown as a patient reads them (the headword is printed as written).
        static const QRegularExpression lowerAbbreviation(
            uR"(\b(copd|ct|hiv|iv|mri|pet|picc|dvt|ecg|ekg|icu|nsaid|tpn|pca|uti|gerd)\b)"_s);
        for (const Glossary::Entry &e : g.entries()) {
            QVERIFY2(!lowerAbbreviation.match(e.term).hasMatch(), qPrintable(e.term));
            const double grade = Readability::fleschKincaidGrade(e.definition);
            QVERIFY2(grade <= 6.0, qPrintable(u"%1: grade %2: %3"_s.arg(e.term).arg(grade).arg(e.definition)));
        }
    }

    // Glossary words are found whole, case aside, a space in a term standing for any run of white
    // space, the longest term first where terms overlap: exactly where one whole-word pattern of
    // every term (longest first) finds them, the way the glossary first matched.
    void shouldFindGlossaryWordsWhereAWholeWordPatternDoes_data()
    {
        QTest::addColumn<QString>("text");
        for (int i = 0; i < 5; ++i) {
            const Procedure p = seed(i);
            QString all = p.title + u'\n' + p.descriptor;
            for (const Section &section : p.sections)
                all += u'\n' + section.heading + u'\n' + section.plainText();
            QTest::addRow("seed %d", i) << all;
        }
        QTest::addRow("case and white space")
            << u"BLOOD  SUGAR, Blood\nthinners; blood sugars; bloodsugar; blood  \n thinner"_s;
        QTest::addRow("inside longer words") << u"anemias sedated unsedated xsedation sedation2 2sedation sedation"_s;
        QTest::addRow("punctuation around") << u"(sedation) \"anemia\" anemia's -anemia- anemia.\u00a0sedation"_s;
        QTest::addRow("marks and other scripts")
            << u"sedation\u0301 \u00e9sedation sedation\U00020000 \U00020000sedation \u0633sedation"_s;
        QTest::addRow("apostrophes and capitals") << u"Crohn's disease, crohn\u2019s disease, CROHN'S DISEASE"_s;
        QTest::addRow("letters that fold to ASCII")
            << u"\u017Fedation, SEDATION, \u212Aidney stone, kidney \u212Aidney"_s; // long s, Kelvin sign
        QTest::addRow("line and paragraph separators, no-break spaces")
            << u"blood\u2028sugar, blood\u00a0thinner, blood \u2029 sugar, blood\u3000thinners"_s;
        QTest::addRow("empty") << QString();
        QTest::addRow("only spaces") << u"   \n\t "_s;
    }

    void shouldFindGlossaryWordsWhereAWholeWordPatternDoes()
    {
        QFETCH(QString, text);
        const Glossary &g = Glossary::standard();
        QHash<QString, int> byForm;
        QStringList forms;
        for (qsizetype i = 0; i < g.entries().size(); ++i) {
            for (const QString &form : g.entries().at(i).forms) {
                if (!byForm.contains(form.toCaseFolded())) {
                    byForm.insert(form.toCaseFolded(), int(i));
                    forms << form;
                }
            }
        }
        std::stable_sort(forms.begin(), forms.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QStringList escaped;
        for (const QString &form : std::as_const(forms))
            escaped << QRegularExpression::escape(form).replace(u"\\ "_s, u"\\s+"_s);
        const QRegularExpression pattern(u"(?<![\\p{L}\\p{N}])(?:"_s + escaped.join(u'|') + u")(?![\\p{L}\\p{N}])"_s,
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
        QStringList expected;
        for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
            const auto entry = byForm.constFind(m.captured().simplified().toCaseFolded());
            if (entry != byForm.cend())
                expected << u"%1+%2 %3"_s.arg(m.capturedStart()).arg(m.capturedLength()).arg(*entry);
        }
        QStringList found;
        for (const Glossary::Match &m : g.matches(text))
            found << u"%1+%2 %3"_s.arg(m.start).arg(m.length).arg(m.entry);
        QCOMPARE(found, expected);
        if (text.contains(u"sedation"_s) || text.size() > 1000)
            QVERIFY(!found.isEmpty()); // the premise: the text has glossary words
    }

    // A clinic's own file adds words and replaces the shipped meaning of a word.
    void shouldLetAClinicAddAndReplaceWords()
    {
        const QString mine = m_dir.filePath(u"glossary.tsv"_s);
        QFile f(mine);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# ours\nphlebitis\tA sore vein. Call us if it gets worse.\nport flush|flushing the port\tClean the "
                "line with salt water.\nnot a line\n");
        f.close();
        QStringList problems;
        const Glossary g = Glossary::load({u":/glossary/glossary.tsv"_s, mine}, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"glossary.tsv:4"_s));
        const QList<Glossary::Entry> used = g.termsIn(u"Phlebitis after flushing the port."_s);
        QCOMPARE(used.size(), 2);
        QCOMPARE(used.at(0).definition, u"A sore vein. Call us if it gets worse."_s);
        // Headed by the word the text uses, with the headword after it: the patient looks for
        // "flushing the port" (it said "port flush", a phrase the handout never used).
        QCOMPARE(used.at(1).term, u"flushing the port (port flush)"_s);
    }

    // Words to know are headed by the word the handout uses: "NPO" was listed as "nil by mouth",
    // which the handout never says. A form of the headword itself ("infusions") keeps it.
    void shouldHeadAWordToKnowByTheWordTheHandoutUses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addRow("another form") << u"Stay NPO after midnight."_s << QStringList{u"NPO (nil by mouth)"_s};
        QTest::addRow("the headword too")
            << u"Stay nil by mouth (NPO) after midnight."_s << QStringList{u"nil by mouth"_s};
        QTest::addRow("forms of the headword")
            << u"Two infusions a week, infused slowly."_s << QStringList{u"infusion"_s};
        QTest::addRow("a synonym") << u"A rash from herpes zoster."_s << QStringList{u"herpes zoster (shingles)"_s};
    }

    void shouldHeadAWordToKnowByTheWordTheHandoutUses()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QStringList got;
        for (const Glossary::Entry &e : Glossary::standard().termsIn(text))
            got << e.term;
        QCOMPARE(got, terms);
    }

    void shouldWriteCsvThatParsesBack()
    {
        EducationLogEntry e =
            Handout::logEntry({seed(0)}, {u"risks"_s, u"summary"_s}, QString(), 2, u"printer"_s, u"es"_s, {u"abc"_s});
        e.procedures << u"A \"quoted\", comma title"_s;
        const QString csv = EducationLog::toCsv({e});
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).contains(
            u"\"CPT (code not given) Magnesium Infusion Therapy; A \"\"quoted\"\", comma title\""_s));
        QVERIFY(lines.at(1).contains(u",summary risks,"_s)); // print order
        QVERIFY(lines.at(1).contains(u",2,printer,"_s));     // then who recorded it
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
