// Handouts in the patient's language, read back from the PDF: Careleaf's own words (headings,
// "Page X of Y", the date, the footer) in that language whatever language the application
// speaks; bilingual handouts with each section beside its English version on the same row; right
// to left for Arabic with the text extracting in logical order; every font embedded and no glyph
// missing for the scripts the shipped tables cover. A PDF that reads as no text fails.
#include "documentparser.h"
#include "handout.h"
#include "languages.h"
#include "procedurehtml.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QGlyphRun>
#include <QImage>
#include <QLibraryInfo>
#include <QProcess>
#include <QRawFont>
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

// How a Spanish page says what it goes on with, at the end of its first line.
const QString Continued = u"(continuaci\u00F3n)"_s;

Procedure parsed(const QString &path)
{
    auto result = DocumentParser::parse(Test::readFile(path), path);
    if (!result.procedure)
        qFatal("%s does not parse", qPrintable(path));
    return *result.procedure;
}

// The English sample procedure and its Spanish sample version (both magnesium infusion).
Procedure english()
{
    return parsed(Test::seedFiles().at(0));
}

Procedure spanish()
{
    return parsed(QDir(QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR)).filePath(u"000_magnesio.txt"_s));
}

Procedure inLanguage(const QString &code)
{
    return parsed(QStringLiteral(CARELEAF_TEST_DATA "/languages/") + code + u".txt"_s);
}

HandoutOptions options(const QString &language, const QString &preset = u"before"_s)
{
    HandoutOptions o;
    o.sections = Handout::builtInPreset(preset)->sections;
    o.staffCopy = Handout::builtInPreset(preset)->staffCopy;
    o.language = language;
    o.patientName = u"Rosa Elena Martínez"_s;
    o.note = u"Drink water / Tome agua"_s;
    o.date = QDate(2026, 11, 30);
    o.letterhead.clinicName = u"Riverside Clinic"_s;
    o.letterhead.phone = u"(217) 555-0142"_s;
    return o;
}

// What Careleaf itself prints on an English handout, none of which a Spanish one may show.
const QStringList EnglishWords{u"Prepared for"_s,    u"Your instructions"_s, u"My questions"_s,
                               u"Questions? Call"_s, u"Page 1 of"_s,         u"November"_s,
                               u"Monday"_s,          u"Words to know"_s,     u"Sample translation"_s};

// Text as written: presentation forms (what a PDF's shaped Arabic extracts as) to their letters,
// direction marks, every space and the Arabic vowel marks (a PDF gives them back beside the letter
// they sit on, on either side) dropped: the letters' order is what must survive.
QString logical(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.remove(QRegularExpression(
        u"[\\x{064B}-\\x{065F}\\x{0670}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\s]"_s));
    return out;
}

} // namespace

class TestHandoutLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};

    QString exportPdf(const QList<Procedure> &procedures, const HandoutOptions &o, const QString &name,
                      QPageSize::PageSizeId paper = QPageSize::Letter)
    {
        const QString pdf = m_dir.filePath(name);
        const QString error = PagedPrint::exportPdf(Handout::flow(procedures, o), pdf, u"test"_s, paper);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return pdf;
    }

    // The handout's pages; none, or no words on them, fails.
    [[nodiscard]] QList<Test::PdfPage> pages(const QString &pdf)
    {
        QString error;
        QList<Test::PdfPage> read = Test::pdfPages(pdf, &error);
        qsizetype words = 0;
        for (const Test::PdfPage &p : std::as_const(read))
            words += p.words.size();
        if (words == 0) {
            qWarning("%s: %s", qPrintable(pdf), qPrintable(error.isEmpty() ? u"no text"_s : error));
            return {};
        }
        return read;
    }

    QString text(const QString &pdf)
    {
        QString all;
        for (const Test::PdfPage &p : pages(pdf))
            all += p.text + u'\n';
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        for (const char *tool : {"pdftotext", "pdffonts"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(u"%1 (poppler-utils) is not installed"_s.arg(QLatin1String(tool))));
        }
        QCOMPARE(spanish().language, u"es"_s);
    }

    void cleanup()
    {
        installTranslations(u"en"_s); // the application back in English
    }

    // A Spanish handout shows no English word of Careleaf's, whatever the application speaks.
    void shouldPrintTheHandoutsOwnWordsInThePatientsLanguage_data()
    {
        QTest::addColumn<QString>("application");
        QTest::addRow("application in English") << u"en"_s;
        QTest::addRow("application in Spanish") << u"es"_s;
    }

    void shouldPrintTheHandoutsOwnWordsInThePatientsLanguage()
    {
        QFETCH(QString, application);
        installTranslations(application);
        HandoutOptions o = options(u"es"_s);
        const QString t = text(exportPdf({spanish()}, o, u"es.pdf"_s)).simplified();
        QVERIFY(!t.isEmpty());
        for (const QString &word : EnglishWords)
            QVERIFY2(!t.contains(word), qPrintable(u"\"%1\" on a Spanish handout: %2"_s.arg(word, t.left(600))));
        for (const QString &word : {u"Preparado para"_s, u"Sus instrucciones"_s, u"Página 1 de"_s, u"¿Preguntas?"_s,
                                    u"30 de noviembre de 2026"_s, u"Traducción de muestra"_s})
            QVERIFY2(t.contains(word), qPrintable(u"\"%1\" missing: %2"_s.arg(word, t.left(600))));
    }

    // Every shipped language has Careleaf's handout words: none of them prints English ones.
    void shouldPrintCareleafsWordsInEveryShippedLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : {u"ar"_s, u"zh-Hans"_s, u"zh-Hant"_s, u"vi"_s, u"ru"_s, u"ko"_s, u"tl"_s})
            QTest::newRow(qPrintable(code)) << code;
    }

    void shouldPrintCareleafsWordsInEveryShippedLanguage()
    {
        QFETCH(QString, code);
        QVERIFY(TranslationScope::hasTranslation(code));
        HandoutOptions o = options(code);
        o.note = u"12:00"_s;
        const QString t = text(exportPdf({inLanguage(code)}, o, code + u".pdf"_s)).simplified();
        QVERIFY(!t.isEmpty());
        for (const QString &word : EnglishWords)
            QVERIFY2(!t.contains(word), qPrintable(u"\"%1\" on a handout in %2"_s.arg(word, code)));
    }

    // A table narrower than the page starts where an Arabic page's lines do, at the right (Qt set
    // it at the left of a right-to-left page), its first column the rightmost.
    void shouldSetATableAtTheRightOfAnArabicPage()
    {
        Procedure p = inLanguage(u"ar"_s);
        Block table;
        table.type = BlockType::Table;
        table.rows = {{u"اليوم"_s, u"الجرعة"_s}, {u"31"_s, u"6507"_s}, {u"32"_s, u"4009"_s}};
        table.headerRows = 1;
        p.sections.first().blocks.append(table);
        const QList<Test::PdfPage> read = pages(exportPdf({p}, options(u"ar"_s, u"full"_s), u"table.pdf"_s));
        QVERIFY(!read.isEmpty());
        const Test::PdfPage &page = read.first();
        const auto at = [&page](const QString &text) {
            for (const Test::PdfWord &w : page.words) {
                if (w.text == text)
                    return w.box;
            }
            return QRectF();
        };
        const QRectF day = at(u"31"_s);
        const QRectF dose = at(u"6507"_s);
        QVERIFY2(!day.isNull() && !dose.isNull(), qPrintable(page.text.left(400)));
        QVERIFY2(day.left() > page.size.width() / 2,
                 qPrintable(u"the table's first column at %1 of %2"_s.arg(day.left()).arg(page.size.width())));
        QVERIFY2(dose.right() < day.left(),
                 qPrintable(u"%1 %2 %3 %4"_s.arg(day.left()).arg(day.right()).arg(dose.left()).arg(dose.right())));
    }

    // The footer's "Questions? Call" stays on one line with the number it gives, in large print
    // under a long clinic name too: never "Call" at one line's end and the number on the next, nor
    // "请致" and "电" apart.
    void shouldKeepTheFootersCallWithItsNumber_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("call");
        QTest::addRow("en") << u"en"_s << u"Call"_s;
        QTest::addRow("es") << u"es"_s << u"al"_s;
        QTest::addRow("zh-Hans") << u"zh-Hans"_s << u"请致电"_s;
    }
    void shouldKeepTheFootersCallWithItsNumber()
    {
        QFETCH(QString, code);
        QFETCH(QString, call);
        HandoutOptions o = options(code);
        o.largePrint = true;
        o.letterhead.clinicName = u"Riverside Family Clinic and Community Health Center of Springfield"_s;
        const QList<Test::PdfPage> read = pages(exportPdf({inLanguage(code)}, o, u"footer.pdf"_s));
        QVERIFY(!read.isEmpty());
        QStringList lines;
        for (const Test::PdfLine &line : read.first().lines())
            lines << line.text.simplified().remove(QChar(0x2060)).remove(u' '); // (Han letters read apart)
        const auto together = std::find_if(lines.cbegin(), lines.cend(), [&call](const QString &l) {
            return l.contains(call) && l.contains(u"555-0142"_s);
        });
        QVERIFY2(together != lines.cend(), qPrintable(lines.join(u"\n"_s)));
    }

    // A table of Chinese cells stays a table however long its cells: a line may break between any
    // two Han letters, so its columns fit side by side (only a table whose words cannot is set a
    // row to a paragraph).
    void shouldKeepATableOfChineseCellsATable()
    {
        Procedure p = inLanguage(u"zh-Hans"_s);
        Block table;
        table.type = BlockType::Table;
        table.rows = {{u"时间"_s, u"要做的事"_s},
                      {u"术前三天"_s, u"开始点抗生素眼药水，每天四次，每次一滴，点完闭眼休息一会儿。"_s},
                      {u"手术当天"_s, u"洗净脸，不要化妆，可以吃少量早餐，按时到医院眼科门诊报到。"_s}};
        table.headerRows = 1;
        p.sections.first().blocks.append(table);
        const QList<Test::PdfPage> read = pages(exportPdf({p}, options(u"zh-Hans"_s, u"full"_s), u"zh-table.pdf"_s));
        QVERIFY(!read.isEmpty());
        bool found = false;
        for (const Test::PdfLine &line : read.first().lines()) {
            const QString text = line.text.simplified().remove(u' ');
            if (!text.startsWith(u"术前三天"_s))
                continue;
            found = true;
            // Its cells side by side, not "术前三天 · 开始点…" under the column's heading.
            QVERIFY2(text.contains(u"开始点"_s) && !text.contains(u'\u00B7') && !text.contains(u"要做的事"_s),
                     qPrintable(text));
        }
        QVERIFY(found);
    }

    // A handout in Traditional Chinese says Careleaf's words in Traditional characters, not in the
    // Simplified ones of mainland China (nor in English, where no table for them was found).
    void shouldPrintTraditionalWordsOnATraditionalHandout()
    {
        HandoutOptions o = options(u"zh-Hant"_s);
        o.note = u"術前一天晚上十點後不要吃東西。"_s;
        QString error;
        const QString t =
            Test::pdfTextAsWritten(exportPdf({inLanguage(u"zh-Hant"_s)}, o, u"hant.pdf"_s), &error, false);
        QVERIFY2(!t.trimmed().isEmpty(), qPrintable(error));
        for (const QString &word : {u"給您的說明"_s, u"我的問題"_s, u"頁，共"_s, u"患者："_s})
            QVERIFY2(t.contains(word), qPrintable(u"\"%1\" missing: %2"_s.arg(word, t.left(400))));
        for (const QString &word : {u"给您的说明"_s, u"我的问题"_s, u"页，共"_s})
            QVERIFY2(!t.contains(word), qPrintable(u"\"%1\" on a Traditional handout"_s.arg(word)));
    }

    // And the other way round: an English handout printed from a Spanish application is English.
    void shouldPrintAnEnglishHandoutInEnglishFromASpanishApplication()
    {
        installTranslations(u"es"_s);
        QCOMPARE(QCoreApplication::translate("Careleaf::Handout", "My questions"), u"Mis preguntas"_s);
        const QString t = text(exportPdf({english()}, options(u"en"_s), u"en.pdf"_s)).simplified();
        for (const QString &word : {u"Prepared for"_s, u"Your instructions"_s, u"Page 1 of"_s, u"November 30, 2026"_s})
            QVERIFY2(t.contains(word), qPrintable(u"\"%1\" missing: %2"_s.arg(word, t.left(600))));
        for (const QString &word : {u"Preparado"_s, u"Página"_s, u"Sus instrucciones"_s})
            QVERIFY2(!t.contains(word), qPrintable(u"\"%1\" on an English handout"_s.arg(word)));
        // Outside the handout the application still speaks Spanish.
        QCOMPARE(QCoreApplication::translate("Careleaf::Handout", "My questions"), u"Mis preguntas"_s);
    }

    // Qt's own words (the buttons of the print and file dialogs) speak the application's language,
    // and are not looked for in English, which they are written in.
    void shouldSpeakQtsOwnWordsInTheApplicationsLanguage()
    {
        const auto cancel = [] { return QCoreApplication::translate("QPlatformTheme", "Cancel"); };
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_es.qm"_s))
            CARELEAF_SKIP_OR_FAIL(u"Qt's translations (qt6-translations-l10n) are not installed"_s);
        const auto restore = qScopeGuard([] { installTranslations(u"en"_s); });
        installTranslations(u"es"_s);
        QCOMPARE(cancel(), u"Cancelar"_s);
        installTranslations(u"en"_s);
        QCOMPARE(cancel(), u"Cancel"_s);
        installTranslations(u"es-MX"_s);
        QCOMPARE(cancel(), u"Cancelar"_s);
    }

    // The languages Careleaf's words are in go by the codes its tables and options use, each one
    // Careleaf has words in: IT was told "fil, zh-CN, zh-TW" (the translation files' names) where
    // --language takes tl, zh-Hans and zh-Hant.
    void shouldNameItsTranslationsByTheCodesItTakes()
    {
        const QStringList languages = translatedLanguages();
        QCOMPARE(languages.value(0), u"en"_s);
        for (const QString &code : {u"es"_s, u"ar"_s, u"tl"_s, u"zh-Hans"_s, u"zh-Hant"_s})
            QVERIFY2(languages.contains(code), qPrintable(languages.join(u", "_s)));
        for (const QString &code : languages) {
            QVERIFY2(!code.contains(u'_') && code != u"fil"_s && code != u"zh-CN"_s && code != u"zh-TW"_s,
                     qPrintable(code));
            QVERIFY2(TranslationScope::hasTranslation(code), qPrintable(code));
        }
        // A choice an earlier Careleaf saved by the files' names is found by its code (Preferences
        // showed "The system's language" for it, and saved that).
        QCOMPARE(languageCode(u"zh-TW"_s), u"zh-Hant"_s);
        QCOMPARE(languageCode(u"zh_CN"_s), u"zh-Hans"_s);
        QCOMPARE(languageCode(u"fil"_s), u"tl"_s);
        QCOMPARE(languageCode(u"es"_s), u"es"_s);
    }

    // A language Careleaf's words are not translated into reads English, never the application's
    // language, and never blocks (a translator that failed to load once deadlocked the handout).
    void shouldFallBackToEnglishWordsForALanguageWithoutATranslation()
    {
        installTranslations(u"es"_s);
        QVERIFY(!TranslationScope::hasTranslation(u"de"_s));
        QVERIFY(TranslationScope::hasTranslation(u"es"_s));
        QVERIFY(TranslationScope::hasTranslation(u"en"_s));
        const QString t = text(exportPdf({english()}, options(u"de"_s), u"de.pdf"_s)).simplified();
        QVERIFY2(t.contains(u"Prepared for"_s) && t.contains(u"Page 1 of"_s), qPrintable(t.left(400)));
        QVERIFY2(t.contains(u"30. November 2026"_s), qPrintable(t.left(400))); // the date in German
        QVERIFY(!t.contains(u"Preparado"_s));
    }

    // Bilingual: each section's English text and its Spanish text side by side, on the same row,
    // for every sample procedure, normal and large print, on pages none of which is blank. (A
    // heading kept with its text inside one column used to part a section from its translation,
    // and left large print with pages holding nothing but their footer.)
    // A table's words are printed whole ("Metformina", not "Metformi" and "na"), in a page's
    // width and in a column of a bilingual page: Qt gave each column of a table too wide for one
    // line each the same width and broke long words in it, and a table in a column was laid out
    // as on a whole page. A patient cannot match the pieces to the bottle.
    void shouldBreakNoWordOfATable_data()
    {
        QTest::addColumn<bool>("bilingual");
        QTest::addColumn<bool>("large");
        for (const bool bilingual : {false, true}) {
            QTest::addRow("%s", bilingual ? "bilingual" : "Spanish") << bilingual << false;
            QTest::addRow("%s, large print", bilingual ? "bilingual" : "Spanish") << bilingual << true;
        }
    }

    void shouldBreakNoWordOfATable()
    {
        QFETCH(bool, bilingual);
        QFETCH(bool, large);
        HandoutOptions o = options(u"es"_s, u"patient"_s);
        o.largePrint = large;
        o.bilingual = bilingual;
        const auto withTable = [&o](Procedure p, const QList<QStringList> &rows) {
            const auto shown = std::find_if(p.sections.begin(), p.sections.end(),
                                            [&o](const Section &s) { return o.sections.contains(s.key); });
            Block table{BlockType::Table, {}, {}, 1};
            table.rows = rows;
            table.headerRows = 1;
            shown->blocks.append(table);
            return p;
        };
        const QList<QStringList> spanishRows{
            {u"Medicamento"_s, u"Dosis habitual"_s, u"Día anterior al examen"_s, u"Mañana del examen"_s},
            {u"Metformina"_s, u"500 mg dos veces al día"_s, u"500 mg solo a las 8:00"_s, u"No la tome"_s},
            {u"Insulina glargina (Lantus)"_s, u"20 unidades por la noche"_s, u"10 unidades"_s, u"No la use"_s},
            {u"Suplementos"_s, u"1 cucharada"_s, u"Suspenda 3 días antes"_s, u"No los tome"_s}};
        const QList<QStringList> englishRows{
            {u"Medicine"_s, u"Usual dose"_s, u"Day before the test"_s, u"Morning of the test"_s},
            {u"Metformin"_s, u"500 mg twice a day"_s, u"500 mg at 8:00 only"_s, u"Do not take"_s},
            {u"Insulin glargine (Lantus)"_s, u"20 units at night"_s, u"10 units"_s, u"Do not use"_s},
            {u"Supplements"_s, u"1 scoop"_s, u"Stop 3 days before"_s, u"Do not take"_s}};
        if (bilingual)
            o.english = {withTable(english(), englishRows)};
        const QList<Test::PdfPage> read =
            pages(exportPdf({withTable(spanish(), spanishRows)}, o, u"table-words.pdf"_s));
        QVERIFY(!read.isEmpty());
        QStringList printed;
        for (const Test::PdfPage &page : read) {
            for (const Test::PdfWord &w : page.words)
                printed << w.text.toCaseFolded().remove(QRegularExpression(u"[^\\w]"_s));
        }
        for (const QList<QStringList> &rows : {spanishRows, bilingual ? englishRows : QList<QStringList>{}}) {
            for (const QStringList &row : rows) {
                for (const QString &cell : row) {
                    for (const QString &word : cell.split(u' ')) {
                        const QString folded = word.toCaseFolded().remove(QRegularExpression(u"[^\\w]"_s));
                        QVERIFY2(folded.size() < 5 || printed.contains(folded),
                                 qPrintable(u"\"%1\" is not printed whole"_s.arg(word)));
                    }
                }
            }
        }
    }

    // The labels over a bilingual page's columns ("English", "Español") are on the page their
    // first row starts: a row moved to the next page left them alone at the foot of the first.
    // Over notes of many lengths, so the first row falls at every place of the first page.
    void shouldKeepTheColumnsLabelsWithTheirFirstRow_data()
    {
        QTest::addColumn<int>("noteLines");
        for (int lines = 0; lines <= 24; lines += 2)
            QTest::addRow("a note of %d lines", lines) << lines;
    }

    void shouldKeepTheColumnsLabelsWithTheirFirstRow()
    {
        QFETCH(int, noteLines);
        HandoutOptions o = options(u"es"_s, u"patient"_s);
        o.largePrint = true;
        o.bilingual = true;
        o.english = {english()};
        QStringList note;
        for (int i = 0; i < noteLines; ++i)
            note << u"Tome agua %1."_s.arg(i + 1);
        o.note = note.join(u'\n');
        const Procedure es = spanish();
        const QString firstHeading = Languages::withoutColon(es.sections.first().heading).section(u' ', 0, 0);
        const QList<Test::PdfPage> read = pages(exportPdf({es}, o, u"labels.pdf"_s));
        QVERIFY(!read.isEmpty());
        for (const Test::PdfPage &page : read) {
            const auto has = [&page](const QString &word) {
                return std::any_of(page.words.cbegin(), page.words.cend(),
                                   [&word](const Test::PdfWord &w) { return w.text == word; });
            };
            if (has(u"Español"_s) && has(u"English"_s)) {
                QVERIFY2(has(firstHeading),
                         qPrintable(u"the labels without \"%1\": %2"_s.arg(firstHeading, page.text)));
                return;
            }
        }
        QFAIL("no page has the columns' labels");
    }

    void shouldPrintEachSectionBesideItsEnglishVersion_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("largePrint");
        const QStringList translations =
            QDir(QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QCOMPARE(translations.size(), Test::seedFiles().size());
        for (int i = 0; i < translations.size(); ++i) {
            for (const QString &preset : {u"before"_s, u"patient"_s, u"after"_s, u"full"_s}) {
                for (const bool large : {false, true})
                    QTest::addRow("%s, %s%s", qPrintable(translations.at(i)), qPrintable(preset),
                                  large ? ", large print" : "")
                        << i << preset << large;
            }
        }
    }

    void shouldPrintEachSectionBesideItsEnglishVersion()
    {
        QFETCH(int, index);
        QFETCH(QString, preset);
        QFETCH(bool, largePrint);
        HandoutOptions o = options(u"es"_s, preset);
        o.largePrint = largePrint;
        o.bilingual = true;
        const Procedure en = parsed(Test::seedFiles().at(index));
        const QDir translations(QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR));
        const Procedure es =
            parsed(translations.filePath(translations.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).at(index)));
        o.english = {en};
        const QList<Test::PdfPage> read = pages(exportPdf({es}, o, u"bilingual.pdf"_s));
        QVERIFY(!read.isEmpty());
        const qreal bodyTop = read.first().words.first().box.top();
        bool labelled = false; // the columns' labels were on a page before
        for (qsizetype i = 0; i < read.size(); ++i) {
            const Test::PdfPage &page = read.at(i);
            // A wide gutter between the two languages: a line read across does not run on into the
            // other (each word of the body wholly in one half of the page, 16 pt of air between).
            const qreal middle = page.size.width() / 2;
            // The two columns begin under their labels ("English", "Español") on the page the
            // first row starts (the first, or the next with the labels when the row went there),
            // and end at "My questions / Mis preguntas", which spans the page.
            qreal columnsTop = labelled ? bodyTop : page.footerTop();
            qreal columnsEnd = page.footerTop();
            for (qsizetype k = 0; k < page.words.size(); ++k) {
                const Test::PdfWord &w = page.words.at(k);
                if (!labelled && w.text == u"English"_s && w.box.left() < middle && columnsTop == page.footerTop()) {
                    columnsTop = w.box.top();
                    labelled = true;
                }
                if (w.text == u"questions"_s && k + 2 < page.words.size() && page.words.at(k + 1).text == u"/"_s &&
                    page.words.at(k + 2).text == u"Mis"_s)
                    columnsEnd = std::min(columnsEnd, w.box.top());
            }
            for (const Test::PdfWord &w : page.words) {
                if (w.box.top() < columnsTop || w.box.bottom() > columnsEnd)
                    continue;
                QVERIFY2(
                    w.box.right() < middle - 8 || w.box.left() > middle + 8,
                    qPrintable(u"page %1: \"%2\" is %3 pt from the middle of the page"_s.arg(i + 1).arg(w.text).arg(
                        std::min(std::abs(w.box.right() - middle), std::abs(w.box.left() - middle)), 0, 'f', 1)));
            }
            QVERIFY2(page.footerTop() < page.size.height(), "every page has its page number");
            // A sample translation says so in both languages: the nurse reads the English.
            const QString flat = page.text.simplified().remove(QRegularExpression(u"Página \\d+ de \\d+ ?"_s));
            // "My questions" too, when it has room (the last page).
            if (flat.contains(u"Mis preguntas"_s))
                QVERIFY2(flat.contains(u"My questions / Mis preguntas"_s), qPrintable(flat.right(300)));
            QVERIFY2(flat.contains(u"Sample translation, not yet reviewed by a clinician"_s) &&
                         flat.contains(u"Traducción de muestra"_s),
                     qPrintable(flat.right(300)));
            // Nothing in the text above the body: Qt drew a cell's line of the page before there
            // again, hidden on paper but read out by a screen reader.
            const QString above = page.wordAbove(bodyTop, {Continued, o.patientName, {es.title, en.title}});
            QVERIFY2(above.isEmpty(), qPrintable(u"page %1: \"%2\" above the body"_s.arg(i + 1).arg(above)));
            // Every later page says which procedure it goes on with (it said nothing: the page
            // starts inside the table of the two columns).
            if (i > 0) {
                QStringList head;
                for (const Test::PdfWord &w : page.words) {
                    if (w.box.bottom() < bodyTop)
                        head << w.text;
                }
                const QString said = head.join(u' ');
                QVERIFY2(
                    said.contains(es.title.section(u' ', 0, 0)) || said.contains(en.title.section(u' ', 0, 0)),
                    qPrintable(u"page %1 starts with \"%2\" above it: %3"_s.arg(i + 1).arg(said, page.text.left(200))));
            }
            const QString into = page.wordIntoTheFooter();
            QVERIFY2(into.isEmpty(), qPrintable(u"page %1: \"%2\" runs into the footer"_s.arg(i + 1).arg(into)));
            const auto body = std::count_if(page.words.cbegin(), page.words.cend(), [&page](const Test::PdfWord &w) {
                return w.box.bottom() < page.footerTop() - 1;
            });
            QVERIFY2(body > 0, qPrintable(u"page %1 of %2 holds nothing but its footer"_s.arg(i + 1).arg(read.size())));
            // Every page but the last at least half full, as on an English handout: a row that a
            // page cut went whole to the next page for a column whose section was one paragraph,
            // which left the first page of a large-print handout with its header alone.
            if (i + 1 < read.size())
                QVERIFY2(page.bodyFill(bodyTop) >= 0.5, qPrintable(u"page %1 of %2 is %3% full"_s.arg(i + 1)
                                                                       .arg(read.size())
                                                                       .arg(qRound(page.bodyFill(bodyTop) * 100))));
        }
        int rows = 0;
        for (const Section &s : es.sections) {
            if (!o.sections.contains(s.key))
                continue;
            const auto match = std::find_if(en.sections.cbegin(), en.sections.cend(),
                                            [&s](const Section &e) { return e.key == s.key; });
            QVERIFY2(match != en.sections.cend(), qPrintable(s.key));
            // Where each heading's first word is: the same page, the same line, English on the left.
            const QString spanishWord = s.heading.section(u' ', 0, 0).remove(u':');
            const QString englishWord = match->heading.section(u' ', 0, 0).remove(u':');
            bool found = false;
            for (qsizetype page = 0; page < read.size() && !found; ++page) {
                for (const Test::PdfWord &left : read.at(page).words) {
                    if (left.text != englishWord || left.box.left() > read.at(page).size.width() / 2)
                        continue;
                    for (const Test::PdfWord &right : read.at(page).words) {
                        if (right.text == spanishWord && right.box.left() > read.at(page).size.width() / 2 &&
                            qAbs(right.box.top() - left.box.top()) < 2)
                            found = true;
                    }
                }
            }
            QVERIFY2(found,
                     qPrintable(u"\"%1\" and \"%2\" are not side by side on one row"_s.arg(englishWord, spanishWord)));
            ++rows;
        }
        QVERIFY(rows >= 2);
        // Every word of both versions' chosen sections is printed; on a staff copy, every name of
        // both (the English version's other names were left out).
        const QStringList printed = Test::words(text(exportPdf({es}, o, u"bilingual.pdf"_s)));
        for (const Procedure &p : {en, es}) {
            for (const Section &s : p.sections) {
                if (!o.sections.contains(s.key))
                    continue;
                for (const QString &word : Test::words(s.plainText()))
                    QVERIFY2(printed.contains(word), qPrintable(word));
            }
            if (!o.staffCopy)
                continue;
            for (const QString &word : Test::words(p.aliases.join(u' ') + u' ' + p.fullName + u' ' + p.descriptor))
                QVERIFY2(printed.contains(word),
                         qPrintable(u"\"%1\" of the %2 version's names"_s.arg(word, p.language)));
        }
    }

    // A bilingual packet of every sample, in large print: no page but the last under half full. A
    // row moved to the next page stayed there when passes after it pushed the text above it down,
    // which left a page with the last lines of a section alone (its break never went stale, as a
    // heading's does); a heading ending a column ("Pros and Cons:") was kept with the other
    // column's first line and sent on to a page of its own.
    void shouldFillEveryPageButTheLastOfABilingualPacket_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QList<int>>("samples");
        QTest::addColumn<bool>("longNote"); // three lines, a long name, no letterhead, on A4
        for (const QString &preset : {u"before"_s, u"patient"_s, u"full"_s}) {
            for (const bool longNote : {false, true}) {
                const char *note = longNote ? ", a long note" : "";
                QTest::addRow("%s, all five%s", qPrintable(preset), note)
                    << preset << QList<int>{0, 1, 2, 3, 4} << longNote;
                QTest::addRow("%s, the last four%s", qPrintable(preset), note)
                    << preset << QList<int>{1, 2, 3, 4} << longNote;
            }
        }
    }

    void shouldFillEveryPageButTheLastOfABilingualPacket()
    {
        QFETCH(QString, preset);
        QFETCH(QList<int>, samples);
        QFETCH(bool, longNote);
        HandoutOptions o = options(u"es"_s, preset);
        o.largePrint = true;
        if (longNote) {
            o.letterhead = {};
            o.patientName = u"María Guadalupe Hernández-Villanueva de la Cruz"_s;
            o.note = u"Care team: Dr. Okafor and nurse Priya, 555-0142 (8 AM to 5 PM).\nAfter hours call the on-call "
                     u"line 555-0199 and say you had a procedure today.\nYour next visit: Tuesday at 9:30 AM, 2nd "
                     u"floor, room 214."_s;
        }
        o.bilingual = true;
        const QDir translations(QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR));
        const QStringList files = translations.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QList<Procedure> packet;
        for (const int i : samples) {
            packet << parsed(translations.filePath(files.at(i)));
            o.english << parsed(Test::seedFiles().at(i));
        }
        const QList<Test::PdfPage> read =
            pages(exportPdf(packet, o, u"packet.pdf"_s, longNote ? QPageSize::A4 : QPageSize::Letter));
        QVERIFY(read.size() > samples.size());
        const QString underHalf = Test::pageUnderHalfFull(read);
        QVERIFY2(underHalf.isEmpty(), qPrintable(underHalf));
    }

    // A procedure with no English version prints in the patient's language alone.
    void shouldPrintAProcedureWithoutAnEnglishVersionAlone()
    {
        HandoutOptions o = options(u"es"_s);
        o.bilingual = true;
        o.english = {Procedure{}};
        const QString t = text(exportPdf({spanish()}, o, u"alone.pdf"_s));
        QVERIFY(t.contains(u"Resumen"_s));
        QVERIFY(!t.contains(u"Summary"_s));
        QVERIFY(!t.contains(u"English"_s));
    }

    // A version whose name restates the descriptor in its own language, then gives the name
    // people use ("… comúnmente llamada \"infusión secuencial de quimioterapia IV\""), prints that
    // name alone for the patient, as its English version does: the formal name, a translated
    // descriptor, is for a staff copy. A title shortened from a long name keeps it beneath.
    void shouldPrintAFormalNameOnlyOnAStaffCopy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("formal");
        QTest::addColumn<bool>("printed");
        const QString chemo = QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR) + u"/003_quimioterapia_secuencial.txt"_s;
        const QString formal = u"cada infusión secuencial adicional"_s;
        QTest::addRow("patient") << chemo << u"patient"_s << formal << false;
        QTest::addRow("staff copy") << chemo << u"full"_s << formal << true;
        QTest::addRow("a shortened title")
            << Test::seedFiles().at(1) << u"patient"_s << u"(Per Visit, Up to 2 Hours)"_s << true;
    }
    void shouldPrintAFormalNameOnlyOnAStaffCopy()
    {
        QFETCH(QString, file);
        QFETCH(QString, preset);
        QFETCH(QString, formal);
        QFETCH(bool, printed);
        const Procedure p = parsed(file);
        QVERIFY2(p.fullName.contains(formal), qPrintable(p.fullName));
        const QString t = text(exportPdf({p}, options(p.language, preset),
                                         u"formal-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        QVERIFY(t.contains(p.title.section(u' ', 0, 1)));
        QCOMPARE(t.simplified().contains(formal), printed);
    }

    // Arabic prints right to left, letterhead and footer too, and its text extracts as written.
    // Only a phone number in groups is isolated left to right; a date, a dose or a long number is
    // left as the text has it.
    void shouldKeepAPhoneNumbersGroupsInOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("isolated");
        const QString call = u"\u0627\u062A\u0635\u0644 "_s; // "call", in Arabic
        QTest::addRow("area code") << call + u"(217) 555-0142."_s << u"(217) 555-0142"_s;
        QTest::addRow("groups") << call + u"0123 456 789"_s << u"0123 456 789"_s;
        QTest::addRow("international") << call + u"+34 912 345 678"_s << u"+34 912 345 678"_s;
        QTest::addRow("Arabic-Indic digits")
            << call + u"\u0660\u0661\u0662\u0663 \u0664\u0665\u0666 \u0667\u0668\u0669"_s
            << u"\u0660\u0661\u0662\u0663 \u0664\u0665\u0666 \u0667\u0668\u0669"_s;
        QTest::addRow("after a bracket that closes") << call + u"(page 12) 555 0142"_s << u"555 0142"_s;
        // Two groups joined that no range has: a local number (it printed "0142-555").
        QTest::addRow("two groups joined, the second from a zero") << call + u"555-0142"_s << u"555-0142"_s;
        QTest::addRow("two groups joined, the second smaller") << call + u"5550-1234."_s << u"5550-1234"_s;
        QTest::addRow("two groups joined, in Arabic-Indic digits")
            << call + u"\u0665\u0665\u0665-\u0660\u0661\u0664\u0662"_s
            << u"\u0665\u0665\u0665-\u0660\u0661\u0664\u0662"_s;
        QTest::addRow("a range of larger numbers") << call + u"1000-2500"_s << QString();
        QTest::addRow("a range of decimals") << call + u"1000.2500"_s << QString();
        QTest::addRow("groups joined") << call + u"1-800-555-0100 "_s + call << u"1-800-555-0100"_s;
        QTest::addRow("groups joined by dots") << call + u"555.123.4567"_s << u"555.123.4567"_s;
        QTest::addRow("a date") << call + u"2026-11-30"_s << QString();
        QTest::addRow("a date, day first") << call + u"30-11-2026"_s << QString();
        QTest::addRow("a date with dots") << call + u"30.11.2026"_s << QString();
        QTest::addRow("a range") << call + u"500-1000"_s << QString();
        QTest::addRow("a dose") << call + u"500 mg"_s << QString();
        QTest::addRow("a long number") << call + u"123456 789"_s << QString();
        QTest::addRow("left-to-right text") << u"call (217) 555-0142."_s << QString();
    }

    void shouldKeepAPhoneNumbersGroupsInOrder()
    {
        QFETCH(QString, text);
        QFETCH(QString, isolated);
        const QString out = ProcedureHtml::numbersLeftToRight(text);
        QCOMPARE(QString(out).remove(QChar(0x202A)).remove(QChar(0x202C)), text);
        if (isolated.isEmpty())
            QCOMPARE(out, text);
        else
            QVERIFY2(out.contains(QChar(0x202A) + isolated + QChar(0x202C)), qPrintable(out));
    }

    // The PDF's text is the document's characters, as a screen reader, a copy and paste or a
    // search in the PDF meets them: not "ﬀ" for "ff", Arabic presentation forms for its letters, or
    // Kangxi radicals for 人, 大 and 血 (Qt names a glyph by the lowest code point drawing it), nor
    // a Latin run's digits left out.
    void shouldGiveTheDocumentsCharactersBackFromThePdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("preset");
        for (const char *language : {"en", "es", "ar", "zh-Hans", "zh-Hant", "ko", "ru", "vi"}) {
            // The patient's copy has no English descriptor, so none of its Latin ligatures.
            for (const char *preset : {"patient", "full"})
                QTest::addRow("%s, %s", language, preset)
                    << QString::fromLatin1(language) << QString::fromLatin1(preset);
        }
    }

    void shouldGiveTheDocumentsCharactersBackFromThePdf()
    {
        QFETCH(QString, language);
        QFETCH(QString, preset);
        const Procedure p = inLanguage(language);
        HandoutOptions o = options(p.language, preset);
        // No-break spaces inside; digits in a Latin run, which Noto Sans CJK shaped into glyphs no
        // character names in the PDF ("Dose of ." for Chinese and Korean).
        o.note = u"(217) 555-0142\nDose 2 of 3, room 12"_s;
        const QString pdf = exportPdf({p}, o, u"characters.pdf"_s);
        QString error;
        const QString printed = Test::pdfTextAsWritten(pdf, &error, false);
        QVERIFY2(!printed.trimmed().isEmpty(), qPrintable(error));
        QVERIFY2(printed.simplified().contains(u"Dose 2 of 3, room 12"_s), qPrintable(printed.left(300)));
        for (QChar c : printed) {
            const char16_t u = c.unicode();
            const bool lamAlef = u >= 0xFEF5 && u <= 0xFEFC; // two letters: kept, see PdfText
            QVERIFY2(lamAlef || !((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xFB00 && u <= 0xFDFF) ||
                                  (u >= 0xFE70 && u <= 0xFEFF) || u == 0x00A0),
                     qPrintable(u"U+%1 in the PDF's text"_s.arg(u, 4, 16, QChar(u'0'))));
        }
        // Every letter of the procedure's sections is in the text as the document writes it (Arabic's
        // lam-alef ligatures aside).
        const QString flat =
            QString(printed).replace(QChar(0xFEFB), u"\u0644\u0627"_s).replace(QChar(0xFEFC), u"\u0644\u0627"_s);
        for (const Section &s : p.sections) {
            for (QChar c : s.plainText()) {
                if (c.isLetter())
                    QVERIFY2(flat.contains(c), qPrintable(u"\"%1\" (U+%2) of %3 is not in the PDF's text"_s.arg(c)
                                                              .arg(c.unicode(), 4, 16, QChar(u'0'))
                                                              .arg(s.key)));
            }
        }
    }

    // Han characters a font draws with the glyph of a radical or of a rarer character read back as
    // themselves (角 read "⻆", 骨 "⻣", 胶 "㬵", each in the sample corpus); a radical or a rare
    // character the text itself holds reads as written.
    void shouldGiveHanCharactersSharingAGlyphBack_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addRow("common characters") << u"角膜、骨头、胶囊"_s;
        QTest::addRow("a rare character and a radical, as written") << u"\u3B35 \u2F08 \u2EC6"_s;
    }
    void shouldGiveHanCharactersSharingAGlyphBack()
    {
        QFETCH(QString, note);
        HandoutOptions o = options(u"zh-Hans"_s, u"patient"_s);
        o.note = note;
        const QString pdf = exportPdf({inLanguage(u"zh-Hans"_s)}, o, u"han.pdf"_s);
        QString error;
        const QString printed = Test::pdfTextAsWritten(pdf, &error, false);
        QVERIFY2(!printed.trimmed().isEmpty(), qPrintable(error));
        QVERIFY2(QString(printed).remove(u' ').contains(QString(note).remove(u' ')), qPrintable(printed.left(200)));
    }

    // A numbered list's numbers stand on the line of their text: set in a face whose ascent is
    // smaller than the Han letters', Chinese and Korean steps had their numbers raised above it.
    void shouldSetAListsNumbersOnTheLineOfItsText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("large");
        for (const char *language : {"en", "zh-Hans", "ko", "ru", "vi"}) {
            QTest::addRow("%s", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s, large print", language) << QString::fromLatin1(language) << true;
        }
    }

    void shouldSetAListsNumbersOnTheLineOfItsText()
    {
        QFETCH(QString, language);
        QFETCH(bool, large);
        const Procedure p = inLanguage(language);
        HandoutOptions o = options(p.language, u"full"_s);
        o.largePrint = large;
        int numbers = 0;
        static const QRegularExpression number(u"^\\d+\\.$"_s);
        for (const Test::PdfPage &page : pages(exportPdf({p}, o, u"numbers.pdf"_s))) {
            for (const Test::PdfWord &n : page.words) {
                if (!n.text.contains(number))
                    continue;
                // The word its item begins with: the nearest to its right on its line.
                const Test::PdfWord *text = nullptr;
                for (const Test::PdfWord &w : page.words) {
                    if (w.box.left() > n.box.right() &&
                        std::abs(w.box.center().y() - n.box.center().y()) < n.box.height() &&
                        (!text || w.box.left() < text->box.left()))
                        text = &w;
                }
                if (!text)
                    continue;
                ++numbers;
                QVERIFY2(std::abs(text->box.bottom() - n.box.bottom()) < 1.0,
                         qPrintable(u"\"%1\" ends %2 pt off the line of \"%3\""_s.arg(n.text)
                                        .arg(text->box.bottom() - n.box.bottom(), 0, 'f', 1)
                                        .arg(text->text)));
            }
        }
        QVERIFY2(numbers > 0, "no numbered list read back from the handout");
    }

    // "Prepared for" ends in a full-width colon in Chinese ("患者："), which holds its own space:
    // none is added before the name.
    void shouldAddNoSpaceAfterAFullWidthColon()
    {
        const Procedure p = inLanguage(u"zh-Hans"_s);
        HandoutOptions o = options(p.language);
        o.patientName = u"欧阳建国"_s;
        QString error;
        const QString printed = Test::pdfTextAsWritten(exportPdf({p}, o, u"colon.pdf"_s), &error, false);
        QVERIFY2(printed.contains(u"患者：欧阳建国"_s), qPrintable(printed.left(200) + error));
    }

    // A heading prints without the colon that ends it in the source ("Follow-up:", "随访："), in
    // the full-width form Chinese writes as much as in the ASCII one.
    void shouldPrintHeadingsWithoutTheirColon_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "es", "ar", "zh-Hans", "zh-Hant", "ko", "ru", "vi", "tl"})
            QTest::addRow("%s", language) << QString::fromLatin1(language);
    }

    void shouldPrintHeadingsWithoutTheirColon()
    {
        QFETCH(QString, language);
        const Procedure p = inLanguage(language);
        const QString pdf = exportPdf({p}, options(p.language, u"full"_s), u"headings.pdf"_s);
        QString error;
        const QStringList lines = Test::pdfText(pdf, &error, false).split(u'\n');
        QVERIFY2(lines.size() > 10, qPrintable(error));
        // Every section's heading that ends in a colon is a line of the staff copy without it.
        for (const Section &s : p.sections) {
            static const QRegularExpression colon(u"[:\uFF1A]\\s*$"_s);
            if (!s.heading.contains(colon))
                continue;
            // (spaces and direction marks aside: pdftotext spaces out a bold Arabic heading's letters)
            const auto unspaced = [](QString line) { return line.remove(QRegularExpression(u"[\\s\\p{Cf}]"_s)); };
            const QString bare = unspaced(s.heading.trimmed().remove(colon));
            QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return unspaced(l) == bare; }),
                     qPrintable(u"\"%1\" not printed as \"%2\""_s.arg(s.heading, bare)));
        }
    }

    // No line of the body runs into the footer on one page and is printed again on the next: the
    // Spanish "after" handout in large print on A4 drew its risks' last line at the foot of page 1,
    // a sliver above the footer's rule, and whole at the top of page 2.
    void shouldKeepEachLineOnOnePage_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("large");
        QTest::addColumn<int>("paper");
        for (const char *preset : {"before", "patient", "expect", "after", "full"}) {
            for (bool large : {false, true}) {
                for (const auto paper : {QPageSize::A4, QPageSize::Letter})
                    QTest::addRow("%s%s, %s", preset, large ? ", large" : "", paper == QPageSize::A4 ? "A4" : "Letter")
                        << QString::fromLatin1(preset) << large << int(paper);
            }
        }
    }

    void shouldKeepEachLineOnOnePage()
    {
        QFETCH(QString, preset);
        QFETCH(bool, large);
        QFETCH(int, paper);
        HandoutOptions o = options(u"es"_s, preset);
        o.largePrint = large;
        o.patientName = u"Maria Fernanda de los \u00c1ngeles Guti\u00e9rrez-Villanueva y Santamar\u00eda"_s;
        o.note = u"Llame a la enfermera al (555) 123-4567 o al 1-800-555-0199, ext. 42, si tiene fiebre."_s;
        o.letterhead = {};
        const QList<Test::PdfPage> read =
            pages(exportPdf({spanish()}, o, u"lines.pdf"_s, QPageSize::PageSizeId(paper)));
        QVERIFY(!read.isEmpty());
        for (qsizetype i = 0; i < read.size(); ++i) {
            const Test::PdfPage &page = read.at(i);
            const QString into = page.wordIntoTheFooter();
            QVERIFY2(into.isEmpty(), qPrintable(u"page %1: \"%2\" runs into the footer"_s.arg(i + 1).arg(into)));
            QVERIFY(!page.bodyLines().isEmpty());
            const Test::RunningHead head{Continued, o.patientName, {spanish().title}};
            if (i > 0)
                QVERIFY2(read.at(i - 1).bodyLines(head).last() != page.bodyLines(head).first(),
                         qPrintable(u"pages %1 and %2 both hold \"%3\""_s.arg(i).arg(i + 1).arg(
                             page.bodyLines(head).first())));
        }
    }

    // The line above the text of an Arabic page after the first is mirrored: the patient's name
    // at its end, the left; what the page goes on with at its start, the right.
    void shouldMirrorTheRunningHeadOfAnArabicPage()
    {
        HandoutOptions o = options(u"ar"_s);
        o.sections = Handout::builtInPreset(u"full"_s)->sections;
        o.largePrint = true;
        const QList<Test::PdfPage> read = pages(exportPdf({inLanguage(u"ar"_s)}, o, u"ar-head.pdf"_s));
        QVERIFY(read.size() > 1);
        const qreal bodyTop = read.first().words.first().box.top();
        const QStringList name = o.patientName.split(u' ');
        int named = 0;
        int said = 0;
        for (qsizetype i = 1; i < read.size(); ++i) {
            const qreal middle = read.at(i).size.width() / 2;
            for (const Test::PdfWord &w : read.at(i).words) {
                if (w.box.top() >= bodyTop - 1)
                    continue;
                const bool ofTheName = name.contains(w.text);
                named += ofTheName ? 1 : 0;
                said += ofTheName ? 0 : 1;
                QVERIFY2(ofTheName ? w.box.right() < middle : w.box.left() > middle,
                         qPrintable(u"page %1: \"%2\" from %3 to %4"_s.arg(i + 1)
                                        .arg(w.text)
                                        .arg(w.box.left())
                                        .arg(w.box.right())));
            }
        }
        QCOMPARE(named, int(name.size() * (read.size() - 1)));
        QVERIFY(said > 0);
    }

    // Each line of the care team's note in its own direction, on an English and an Arabic page:
    // the first line set the whole note's, and an English line under an Arabic one started at the
    // right with its full stop in front (".Take 2 tablets").
    void shouldWriteEachLineOfTheNoteInItsOwnDirection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English page") << u"en"_s;
        QTest::addRow("Arabic page") << u"ar"_s;
    }
    void shouldWriteEachLineOfTheNoteInItsOwnDirection()
    {
        QFETCH(QString, language);
        HandoutOptions o = options(language);
        const QString arabic = u"\u062A\u0639\u0644\u064A\u0645\u0627\u062A"_s; // "instructions"
        o.note = arabic + u" \u0627\u0644\u0645\u0645\u0631\u0636\u0629\nTake two tablets.\n"_s + arabic +
                 u" \u0623\u062E\u0631\u0649\n10:00\nCall before eight."_s;
        const QList<Test::PdfPage> read = pages(exportPdf({inLanguage(language)}, o, u"note-lines.pdf"_s));
        QVERIFY(!read.isEmpty());
        const Test::PdfPage &page = read.first();
        const qreal middle = page.size.width() / 2;
        // The note's lines, one under the other: Arabic, "Take …", Arabic, "10:00", "Call …".
        const QList<Test::PdfLine> lines = page.lines();
        const auto take = std::find_if(lines.cbegin(), lines.cend(),
                                       [](const Test::PdfLine &l) { return l.text.startsWith(u"Take"_s); });
        QVERIFY(take != lines.cend() && take != lines.cbegin() && take + 3 < lines.cend());
        QVERIFY((take + 2)->text == u"10:00"_s && (take + 3)->text.startsWith(u"Call"_s));
        for (const auto &l : {*take, *(take + 3)}) {
            QVERIFY2(l.text.endsWith(u'.') && l.box.left() < middle / 2,
                     qPrintable(u"\"%1\" from %2"_s.arg(l.text).arg(l.box.left())));
        }
        // An Arabic line, and a line of no direction of its own under one, at the right.
        for (const auto &l : {*(take - 1), *(take + 1), *(take + 2)}) {
            QVERIFY2(l.box.right() > middle * 3 / 2 && l.box.left() > middle / 2,
                     qPrintable(u"\"%1\" from %2 to %3"_s.arg(l.text).arg(l.box.left()).arg(l.box.right())));
        }
    }

    // A Latin name on an Arabic page reads as it is written, its full stop at its end ("John
    // Smith Jr.", not ".John Smith Jr"), under "Prepared for" and at the top of each later page.
    void shouldKeepANamesOwnDirectionOnAnArabicPage()
    {
        HandoutOptions o = options(u"ar"_s);
        o.sections = Handout::builtInPreset(u"full"_s)->sections;
        o.largePrint = true;
        o.patientName = u"John Smith Jr."_s;
        const QList<Test::PdfPage> read = pages(exportPdf({inLanguage(u"ar"_s)}, o, u"ar-name.pdf"_s));
        QVERIFY(read.size() > 1);
        for (qsizetype i = 0; i < read.size(); ++i) {
            qreal john = -1;
            qreal junior = -1;
            for (const Test::PdfWord &w : read.at(i).words) {
                QVERIFY2(!w.text.startsWith(u".J"_s), qPrintable(u"page %1: %2"_s.arg(i + 1).arg(w.text)));
                if (w.text == u"John"_s && john < 0)
                    john = w.box.left();
                if (w.text == u"Jr."_s && junior < 0)
                    junior = w.box.left();
            }
            QVERIFY2(john >= 0 && junior > john,
                     qPrintable(u"page %1: \"John\" at %2, \"Jr.\" at %3"_s.arg(i + 1).arg(john).arg(junior)));
        }
    }

    void shouldPrintArabicRightToLeft()
    {
        const Procedure ar = inLanguage(u"ar"_s);
        QCOMPARE(ar.language, u"ar"_s);
        HandoutOptions o = options(u"ar"_s);
        o.sections = Handout::builtInPreset(u"patient"_s)->sections;
        const QList<Test::PdfPage> read = pages(exportPdf({ar}, o, u"ar.pdf"_s));
        QVERIFY(!read.isEmpty());
        const Test::PdfPage &first = read.first();
        const qreal middle = first.size.width() / 2;
        // The title and a section heading hug the right margin; the page number sits on the left.
        const QString title = logical(ar.title);
        bool titleRight = false;
        bool pageNumberLeft = false;
        for (const Test::PdfWord &w : first.words) {
            if (title.startsWith(logical(w.text)) && !logical(w.text).isEmpty() && w.box.right() > middle &&
                w.box.left() > first.size.width() * 0.3)
                titleRight = true;
            if (w.box.top() > first.size.height() * 0.9 && w.box.right() < middle &&
                w.text.contains(QRegularExpression(u"\\d"_s)))
                pageNumberLeft = true;
        }
        QVERIFY2(titleRight, "the Arabic title is not on the right of the page");
        // The letterhead too: the clinic's (Latin) name on the right, where the page begins.
        const auto clinic = std::find_if(first.words.cbegin(), first.words.cend(),
                                         [](const Test::PdfWord &w) { return w.text == u"Riverside"_s; });
        QVERIFY(clinic != first.words.cend());
        QVERIFY2(clinic->box.left() > middle, qPrintable(u"the clinic's name starts at %1"_s.arg(clinic->box.left())));
        // A phone number keeps its own order on a right-to-left page: "(217) 555-0142".
        qreal areaCode = -1;
        qreal number = -1;
        for (const Test::PdfWord &w : first.words) {
            if (w.box.top() < first.size.height() / 3 && w.text.contains(u"(217)"_s) && areaCode < 0)
                areaCode = w.box.left();
            if (w.box.top() < first.size.height() / 3 && w.text.contains(u"555-0142"_s) && number < 0)
                number = w.box.left();
        }
        QVERIFY2(areaCode >= 0 && number > areaCode,
                 qPrintable(u"the phone number reads out of order (%1, %2)"_s.arg(areaCode).arg(number)));
        QVERIFY2(pageNumberLeft, "the page number is not on the left of a right-to-left page");
        // The same for a number in the care team's note (and in the document's own text), and an
        // English note reads left to right on the Arabic page: "Call" on the left, "today." after.
        const auto leftOf = [](const Test::PdfPage &page, const QString &text) {
            for (const Test::PdfWord &w : page.words) {
                if (w.text.contains(text))
                    return w.box.left();
            }
            return qreal(-1);
        };
        HandoutOptions noted = o;
        noted.note = u"\u0627\u062A\u0635\u0644 \u0639\u0644\u0649 (312) 555-0199 \u0627\u0644\u064A\u0648\u0645."_s;
        const QList<Test::PdfPage> arabicNote = pages(exportPdf({ar}, noted, u"ar-note.pdf"_s));
        QVERIFY(!arabicNote.isEmpty());
        QVERIFY2(leftOf(arabicNote.first(), u"(312)"_s) >= 0 &&
                     leftOf(arabicNote.first(), u"555-0199"_s) > leftOf(arabicNote.first(), u"(312)"_s),
                 "the note's phone number reads out of order");
        noted.note = u"Call (312) 555-0177 today."_s;
        const QList<Test::PdfPage> englishNote = pages(exportPdf({ar}, noted, u"ar-english-note.pdf"_s));
        QVERIFY(!englishNote.isEmpty());
        QVERIFY2(leftOf(englishNote.first(), u"Call"_s) >= 0 &&
                     leftOf(englishNote.first(), u"today."_s) > leftOf(englishNote.first(), u"555-0177"_s) &&
                     leftOf(englishNote.first(), u"555-0177"_s) > leftOf(englishNote.first(), u"Call"_s),
                 "an English note on an Arabic page does not read left to right");
        // Logical order: each paragraph extracts as the source wrote it.
        QString all;
        for (const Test::PdfPage &p : read)
            all += p.text;
        const QString extracted = logical(all);
        for (const Section &s : ar.sections) {
            if (!o.sections.contains(s.key))
                continue;
            for (const Block &b : s.blocks) {
                for (const QString &line : b.type == BlockType::Paragraph ? QStringList{b.text} : b.items)
                    QVERIFY2(extracted.contains(logical(line)), qPrintable(line));
            }
        }
    }

    // The date and the page numbers are written in the digits the document writes its numbers in,
    // as its steps are numbered: never an Arabic-Indic date above steps numbered 1, 2, 3.
    void shouldWriteTheHandoutsNumbersAsTheDocumentDoes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dose"); // a line added to the document
        QTest::addColumn<QChar>("zero");   // of the digits the date and page numbers must use
        QTest::addRow("Arabic, no digits of its own") << u"ar"_s << QString() << QChar(u'0');
        QTest::addRow("Arabic, a dose in Western digits")
            << u"ar"_s << u"\u062E\u0630 500 \u0645\u063A"_s << QChar(u'0');
        QTest::addRow("Arabic, a dose in Arabic-Indic digits")
            << u"ar"_s << u"\u062E\u0630 \u0665\u0660\u0660 \u0645\u063A"_s << QChar(0x0660);
        QTest::addRow("Spanish") << u"es"_s << QString() << QChar(u'0');
    }

    void shouldWriteTheHandoutsNumbersAsTheDocumentDoes()
    {
        QFETCH(QString, language);
        QFETCH(QString, dose);
        QFETCH(QChar, zero);
        Procedure p = language == u"es"_s ? spanish() : inLanguage(language);
        const HandoutOptions o = options(language, u"patient"_s);
        if (!dose.isEmpty()) {
            const auto shown = std::find_if(p.sections.begin(), p.sections.end(),
                                            [&o](const Section &s) { return o.sections.contains(s.key); });
            QVERIFY(shown != p.sections.end());
            shown->blocks.append(Block{BlockType::Paragraph, dose, {}, 1});
        }
        const QList<Test::PdfPage> read = pages(exportPdf({p}, o, u"digits-"_s + language + u".pdf"_s));
        QVERIFY(!read.isEmpty());
        const QString text = read.first().text;
        const auto written = [](const QString &number, QChar digitZero) {
            QString out = number;
            for (QChar &c : out)
                c = QChar(digitZero.unicode() + c.digitValue());
            return out;
        };
        const QChar other = zero == u'0' ? QChar(0x0660) : QChar(u'0');
        QVERIFY2(text.contains(written(u"2026"_s, zero)) && !text.contains(written(u"2026"_s, other)),
                 qPrintable(text.left(600)));
        // The page numbers: the footer's words that are a number alone.
        int pageNumbers = 0;
        for (const Test::PdfWord &w : read.first().words) {
            if (w.box.top() < read.first().size.height() * 0.9 || w.text.isEmpty() ||
                !std::all_of(w.text.cbegin(), w.text.cend(), [](QChar c) { return c.isDigit(); }))
                continue;
            ++pageNumbers;
            QVERIFY2(w.text == written(w.text, zero), qPrintable(w.text));
        }
        QCOMPARE(pageNumbers, 2); // "Page 1 of N"
    }

    // A procedure's other names are parted as the handout's language parts a list.
    void shouldPartAProceduresOtherNamesAsItsLanguageDoes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("separator");
        QTest::addRow("English") << u"en"_s << u"; "_s;
        QTest::addRow("Spanish") << u"es"_s << u"; "_s;
        QTest::addRow("Arabic") << u"ar"_s << u"\u061B "_s;
        QTest::addRow("Chinese") << u"zh-Hans"_s << u"\uFF1B"_s;
    }

    void shouldPartAProceduresOtherNamesAsItsLanguageDoes()
    {
        QFETCH(QString, language);
        QFETCH(QString, separator);
        Procedure p = english();
        p.language = language;
        p.aliases = {u"Alpha"_s, u"Beta"_s};
        const QString html = Handout::flow({p}, options(language, u"full"_s)).pieces.join(QString());
        QVERIFY2(html.contains(u"Alpha"_s + separator + u"Beta"_s), qPrintable(html.left(800)));
    }

    // The English column of a bilingual Chinese or Korean handout is set in the Latin print font:
    // in the CJK font first, its apostrophes and quotation marks were full width ("patient' s").
    void shouldSetTheEnglishColumnInTheLatinFont_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addRow("Chinese") << u"zh-Hans"_s;
        QTest::addRow("Korean") << u"ko"_s;
    }
    void shouldSetTheEnglishColumnInTheLatinFont()
    {
        QFETCH(QString, code);
        HandoutOptions o = options(code, u"patient"_s);
        o.bilingual = true;
        const Procedure english = inLanguage(u"en"_s);
        o.english = {english};
        const PagedPrint::Flow flow = Handout::flow({inLanguage(code)}, o);
        QImage device(10, 10, QImage::Format_RGB32);
        auto doc = PagedPrint::layOut(flow, &device, QSizeF(500, 700));
        const QString words = english.sections.first().blocks.first().text.left(20);
        int checked = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (!b.text().startsWith(words))
                continue;
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QStringList families = it.fragment().charFormat().font().families();
                QVERIFY2(families.value(0) == u"DejaVu Sans"_s, qPrintable(families.join(u", "_s)));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    // A Chinese handout sets its Latin runs unshaped (their digits read back from the PDF), but
    // an Arabic run in it (a patient's name, a note) stays shaped: unshaped, its letters printed
    // apart.
    void shouldShapeArabicInAChineseHandout()
    {
        HandoutOptions o = options(u"zh-Hans"_s, u"patient"_s);
        o.note = u"Dose 2 \u0645\u062D\u0645\u062F"_s;
        const PagedPrint::Flow flow = Handout::flow({inLanguage(u"zh-Hans"_s)}, o);
        QImage device(10, 10, QImage::Format_RGB32);
        auto doc = PagedPrint::layOut(flow, &device, QSizeF(500, 700));
        int latin = 0;
        int arabic = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QString text = it.fragment().text();
                const bool unshaped = it.fragment().charFormat().fontStyleStrategy() & QFont::PreferNoShaping;
                if (text.contains(u"Dose 2"_s)) {
                    QVERIFY(unshaped);
                    ++latin;
                } else if (text.contains(u"\u0645\u062D\u0645\u062F"_s)) {
                    QVERIFY(!unshaped);
                    ++arabic;
                }
            }
        }
        QVERIFY(latin > 0 && arabic > 0);
    }

    // In a right-to-left handout a block written left to right alone keeps its own direction: an
    // Arabic staff copy laid a similar code's line out right to left, "… for 90714" with its
    // code after its words. A block of Arabic, or of both, stays right to left.
    void shouldLayALeftToRightBlockOutLeftToRightInAnArabicHandout()
    {
        Procedure p = inLanguage(u"ar"_s);
        const QString similar = u"90714 Tetanus and diphtheria toxoids (Td) adsorbed, for intramuscular use"_s;
        p.sections.append(Section{u"similar_codes"_s,
                                  u"\u0631\u0645\u0648\u0632 \u0645\u0634\u0627\u0628\u0647\u0629"_s,
                                  {Block{BlockType::Bullets, {}, {similar}, 1}}});
        p.similarCodes.append(SimilarCode{u"90714"_s, similar.mid(6)});
        const PagedPrint::Flow flow = Handout::flow({p}, options(u"ar"_s, u"full"_s));
        QImage device(10, 10, QImage::Format_RGB32);
        auto doc = PagedPrint::layOut(flow, &device, QSizeF(500, 700));
        const QString arabic = p.sections.first().blocks.first().text.left(12);
        int checked = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(u"90714"_s)) {
                QCOMPARE(b.blockFormat().layoutDirection(), Qt::LeftToRight);
                ++checked;
            } else if (b.text().startsWith(arabic)) {
                QCOMPARE(b.blockFormat().layoutDirection(), Qt::RightToLeft);
                ++checked;
            }
        }
        QCOMPARE(checked, 2);
    }

    // Han letters on a page of another language are drawn in Chinese forms: a Chinese version in
    // an English packet was in Japanese ones (fontconfig's fallback). Latin stays in DejaVu Sans.
    void shouldDrawHanInChineseFormsOnAnyPage()
    {
        const QString pdf = exportPdf({inLanguage(u"en"_s), inLanguage(u"zh-Hans"_s)}, options(u"en"_s), u"han.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("/BaseFont /DejaVuSans"));
        QVERIFY(bytes.contains("/BaseFont /NotoSansCJKsc"));
        QVERIFY(!bytes.contains("NotoSansCJKjp"));
    }

    // A packet's list of procedures is laid out in the page's direction, whatever its titles':
    // an Arabic title in an English packet set its line right to left ("page 2 — <title> .2"),
    // and an English title in an Arabic packet its line left to right.
    void shouldListAPacketInThePagesDirection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("other");
        QTest::addRow("an Arabic title in an English packet") << u"en"_s << u"ar"_s;
        QTest::addRow("an English title in an Arabic packet") << u"ar"_s << u"en"_s;
    }
    void shouldListAPacketInThePagesDirection()
    {
        QFETCH(QString, language);
        QFETCH(QString, other);
        const Procedure mine = inLanguage(language);
        const Procedure theirs = inLanguage(other);
        const PagedPrint::Flow flow = Handout::flow({mine, theirs}, options(language));
        QImage device(10, 10, QImage::Format_RGB32);
        auto doc = PagedPrint::layOut(flow, &device, QSizeF(500, 700));
        const Qt::LayoutDirection page = PagedPrint::direction(language);
        int listed = 0;
        for (QTextBlock b = doc->begin(); b.isValid() && listed < 2; b = b.next()) {
            if (b.textList() && (b.text().contains(mine.title) || b.text().contains(theirs.title))) {
                QVERIFY2(b.blockFormat().layoutDirection() == page, qPrintable(b.text()));
                ++listed;
            }
        }
        QCOMPARE(listed, 2);
    }

    // Every character Careleaf itself adds to a handout is in DejaVu Sans, the print font: one it
    // lacks is drawn from whichever installed font has it, whose line may be taller. The
    // isolates around the phone number and the patient's name were in Noto Sans Mono alone,
    // and a seed's handout ran to three pages on a desktop with that font.
    void shouldAddNoCharacterThePrintFontLacks_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        for (const QString &code : {u"en"_s, u"es"_s, u"ar"_s, u"ru"_s, u"vi"_s, u"tl"_s}) {
            QTest::addRow("%s, a Latin name", qPrintable(code)) << code << u"John Smith Jr."_s;
            QTest::addRow("%s, an Arabic name", qPrintable(code))
                << code << u"\u0633\u0627\u0631\u0629 \u0639\u0644\u064A"_s;
        }
    }

    void shouldAddNoCharacterThePrintFontLacks()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        HandoutOptions o = options(code, u"patient"_s);
        o.patientName = name;
        const Procedure p = inLanguage(code);
        const PagedPrint::Flow flow = Handout::flow({p}, o);
        QImage device(10, 10, QImage::Format_RGB32);
        auto doc = PagedPrint::layOut(flow, &device, QSizeF(500, 700));
        const QString text = doc->toPlainText() + flow.footer + flow.owner;
        // What the document says is the document's (a clinic may write any character); what
        // Careleaf adds around it must not need another font.
        QString own = p.title + p.descriptor + p.aliases.join(QString());
        for (const Section &section : p.sections) {
            own += section.heading;
            for (const Block &block : section.blocks)
                own += block.text + block.items.join(QString());
        }
        const QRawFont font = QRawFont::fromFont(QFont(u"DejaVu Sans"_s));
        QVERIFY(font.isValid());
        QVERIFY2(font.familyName() == u"DejaVu Sans"_s, qPrintable(font.familyName()));
        QSet<QChar> lacking;
        for (const QChar c : std::as_const(text)) {
            if (!own.contains(c) && c.category() != QChar::Other_Control && c != QChar::ObjectReplacementCharacter &&
                c != QChar::LineSeparator && c != QChar::ParagraphSeparator && !font.supportsCharacter(c))
                lacking.insert(c);
        }
        QStringList shown;
        for (const QChar c : std::as_const(lacking))
            shown << u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
        QVERIFY2(lacking.isEmpty(), qPrintable(shown.join(u", "_s)));
    }

    // Every font is embedded, and every character of the shipped languages has a glyph.
    void shouldEmbedFontsWithEveryGlyph_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("preset");
        // The staff copy too: its "Also known as" line, and "None listed" where a section is empty.
        for (const QString &code : {u"es"_s, u"ar"_s, u"zh-Hans"_s, u"zh-Hant"_s, u"vi"_s, u"ru"_s, u"ko"_s, u"tl"_s}) {
            for (const QString &preset : {u"patient"_s, u"full"_s})
                QTest::addRow("%s, %s", qPrintable(code), qPrintable(preset)) << code << preset;
        }
    }

    void shouldEmbedFontsWithEveryGlyph()
    {
        QFETCH(QString, code);
        QFETCH(QString, preset);
        Procedure p = inLanguage(code);
        HandoutOptions o = options(code, preset);
        if (o.staffCopy) {
            // Another name in the language's own script, and a section the document leaves empty.
            p.aliases << p.title;
            p.title = p.title.left(p.title.size() / 2);
            p.sections.append(Section{u"policies"_s, p.sections.first().heading, {}});
        }
        const PagedPrint::Flow flow = Handout::flow({p}, o);
        const QString pdf = m_dir.filePath(code + preset + u".pdf"_s);
        QCOMPARE(PagedPrint::exportPdf(flow, pdf, u"test"_s, QPageSize::Letter), QString());
        QVERIFY(!pages(pdf).isEmpty());

        QProcess fonts;
        fonts.start(u"pdffonts"_s, {pdf});
        QVERIFY(fonts.waitForFinished(30000));
        const QStringList rows = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(rows.size() > 2, "pdffonts lists no font");
        // Han characters in the shapes of the patient's script, never another's.
        const QString fontNames = rows.join(u'\n');
        if (code == u"zh-Hans"_s || code == u"zh-Hant"_s || code == u"ko"_s) {
            const QString face = code == u"ko"_s ? u"CJKkr"_s : code == u"zh-Hant"_s ? u"CJKtc"_s : u"CJKsc"_s;
            QVERIFY2(fontNames.contains(face), qPrintable(fontNames));
            QVERIFY2(!fontNames.contains(code == u"zh-Hant"_s ? u"CJKsc"_s : u"CJKtc"_s), qPrintable(fontNames));
            QVERIFY2(!fontNames.contains(u"CJKjp"_s), qPrintable(fontNames));
        }
        for (const QString &row : rows.mid(2)) {
            // name type encoding emb sub uni object: "emb" is the fourth field from the end.
            const QStringList fields = row.simplified().split(u' ');
            QVERIFY2(fields.size() >= 7 && fields.at(fields.size() - 5) == u"yes"_s,
                     qPrintable(u"not embedded: "_s + row));
        }

        // No glyph 0 (the missing-glyph box) for any character, each block shaped in its own formats.
        QImage device(10, 10, QImage::Format_RGB32);
        auto doc = PagedPrint::layOut(flow, &device, QSizeF(500, 700));
        int glyphs = 0;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.text().trimmed().isEmpty())
                continue;
            QTextLayout layout(block.text(), doc->defaultFont(), &device);
            layout.setFormats(block.textFormats());
            layout.setTextOption(doc->defaultTextOption());
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
                line.setLineWidth(500);
            layout.endLayout();
            for (const QGlyphRun &run : layout.glyphRuns()) {
                const QList<quint32> indexes = run.glyphIndexes();
                glyphs += int(indexes.size());
                QVERIFY2(!indexes.contains(0u), qPrintable(u"a glyph is missing in \"%1\" (font %2)"_s.arg(
                                                    block.text(), run.rawFont().familyName())));
            }
        }
        QVERIFY(glyphs > 100);
    }
};

QTEST_MAIN(TestHandoutLanguages)
#include "tst_handoutlanguages.moc"
