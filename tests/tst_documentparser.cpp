#include "digits.h"
#include "documentparser.h"
#include "languages.h"
#include "procedurejson.h"
#include "sectionkeys.h"
#include "testsupport.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

// A document that starts as the seeds do (page header, descriptor, code line), then body.
ParseResult parseBody(const QString &body, const QString &fileName = u"body.txt"_s)
{
    return DocumentParser::parse((u"Search all medical codes\n\nA descriptor\n\nCPT4 code 96413\n\n"_s + body).toUtf8(),
                                 fileName);
}

// A section's blocks in short: P[text], a list as its kind (B bullets, S steps, a/A/i/I lettered
// or in roman numerals), level and start, [items|…], a table as T, its header rows, [cells;…/…].
QString shapeOf(const Section &s)
{
    QStringList shape;
    for (const Block &b : s.blocks) {
        if (b.type == BlockType::Paragraph) {
            shape << u"P[%1]"_s.arg(b.text);
        } else if (b.type == BlockType::Table) {
            QStringList rows;
            for (const QStringList &row : b.rows)
                rows << row.join(u';');
            shape << u"T%1[%2]"_s.arg(b.headerRows).arg(rows.join(u'/'));
        } else {
            const QChar kind = b.type == BlockType::Bullets ? u'B' : b.numbering == u'1' ? u'S' : QChar(b.numbering);
            shape << kind + u"%1@%2[%3]"_s.arg(b.level).arg(b.start).arg(b.items.join(u'|'));
        }
    }
    return shape.join(u' ');
}

// p as stored (contentJson), and whether it reads back as it was.
QByteArray storedAndReadBack(const Procedure &p, bool *same)
{
    const QByteArray json = ProcedureJson::contentJson(p);
    const auto back = ProcedureJson::fromJson(QJsonDocument::fromJson(json).object());
    *same = back && back->sections == p.sections;
    return json;
}

QStringList keysOf(const Procedure &p)
{
    QStringList keys;
    for (const Section &s : p.sections)
        keys << s.key;
    return keys;
}

// The test document written in language (tests/data/languages), whose code line the code-line
// tests replace.
QString sampleIn(const QString &language)
{
    return QString::fromUtf8(Test::readFile(Test::dataPath(u"languages/%1.txt"_s.arg(language))));
}

int itemCount(const Procedure &p, BlockType type)
{
    int n = 0;
    for (const Section &s : p.sections) {
        for (const Block &b : s.blocks) {
            if (b.type == type)
                n += int(b.items.size());
        }
    }
    return n;
}

Procedure parseFile(const QString &path)
{
    const ParseResult r = DocumentParser::parse(Test::readFile(path), path);
    if (!r.ok())
        qWarning("%s: %s", qPrintable(path), qPrintable(r.error));
    return r.procedure.value_or(Procedure{});
}

const QString seedBase = u"resources/sample/"_s;

} // namespace

class TestDocumentParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A pattern that does not compile matches nothing, and says so only as a warning: every code
    // line would be read as text.
    void init() { QTest::failOnWarning(QRegularExpression(u"invalid QRegularExpression"_s)); }

    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        // A clinic's own table, in place before anything reads the tables: German.
        QVERIFY(QDir().mkpath(Languages::userFolder()));
        QFile table(Languages::userFolder() + u"/de.tsv"_s);
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write("code\tde\nname\tDeutsch\nenglish\tGerman\ncode word\tCode\nname heading\tName des Eingriffs\n"
                    "alias\tauch genannt\nor\toder\nsummary\tZusammenfassung\npurpose\tZweck\nrecovery\tErholung\n"
                    "nonsense\tthis line is reported\n"
                    // A word as a clinic's editor may write it, not in compatibility form: a ligature.
                    "code word\tKennzi\xef\xac\x80"
                    "er\n"
                    // Words of a stage; "when" names a stage, or other, and no other section.
                    "when recovery\tnach dem\nwhen indications\tErgebnisse\n");
        // A clinic's stage for a word the shipped table gives another (there: none) is the clinic's.
        QFile spanish(Languages::userFolder() + u"/es.tsv"_s);
        QVERIFY(spanish.open(QIODevice::WriteOnly));
        spanish.write("code\tes\nname\tEspa\xc3\xb1ol\nwhen recovery\tantes de irse\n");
    }

    // Every table shipped is read, with nothing left out, and a clinic's own joins them.
    void shouldReadTheLanguageTables()
    {
        QStringList codes;
        for (const Languages::Language &l : Languages::all())
            codes << l.code;
        QCOMPARE(codes, (QStringList{u"en"_s, u"ar"_s, u"es"_s, u"ko"_s, u"ru"_s, u"tl"_s, u"vi"_s, u"zh-Hans"_s,
                                     u"zh-Hant"_s, u"de"_s}));
        QCOMPARE(Languages::problems(),
                 (QStringList{QDir::toNativeSeparators(Languages::userFolder()) +
                                  u"/de.tsv:11: unknown field \u201cnonsense\u201d; the line is left out"_s,
                              QDir::toNativeSeparators(Languages::userFolder()) +
                                  u"/de.tsv:14: unknown field \u201cwhen indications\u201d; the line is left out"_s}));
        QVERIFY(Languages::find(u"AR"_s)->rightToLeft);
        QVERIFY(!Languages::find(u"es"_s)->rightToLeft);
        QCOMPARE(Languages::find(u"es"_s)->sections.value(u"riesgos y complicaciones"_s), u"risks"_s);
        QCOMPARE(Languages::find(u"xx"_s), nullptr);
    }

    // The same procedure written in each language parses to the structure of the English
    // document: its code, descriptor, sections (an unknown one too), lists, steps and names;
    // its language recognised from its headings; and every word of it kept.
    // A language tag as a system or a person writes it finds the table of its language and script.
    void shouldFindTheTableForATag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("code");
        QTest::addRow("exact") << u"es"_s << u"es"_s;
        QTest::addRow("upper case") << u"ES"_s << u"es"_s;
        QTest::addRow("a region") << u"es-MX"_s << u"es"_s;
        QTest::addRow("a POSIX locale") << u"es_ES"_s << u"es"_s;
        QTest::addRow("Chinese alone") << u"zh"_s << u"zh-Hans"_s;
        QTest::addRow("mainland China") << u"zh-CN"_s << u"zh-Hans"_s;
        QTest::addRow("Taiwan") << u"zh-TW"_s << u"zh-Hant"_s;
        QTest::addRow("Hong Kong") << u"zh-HK"_s << u"zh-Hant"_s;
        QTest::addRow("traditional script") << u"zh-Hant"_s << u"zh-Hant"_s;
        QTest::addRow("Singapore") << u"zh-SG"_s << u"zh-Hans"_s;
        QTest::addRow("Arabic of a region") << u"ar-EG"_s << u"ar"_s;
        QTest::addRow("no table") << u"fr"_s << QString();
        QTest::addRow("not a language") << u"klingon"_s << QString();
    }

    void shouldFindTheTableForATag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, code);
        const Languages::Language *found = Languages::closest(tag);
        QCOMPARE(found ? found->code : QString(), code);
    }

    // Each shipped language's document parses to the English one's structure, its unknown section
    // ("Follow-up Care") too, with or without a colon after the heading: a language that
    // capitalises only a heading's first word, or has no capitals, writes it as a few words.
    void shouldParseEveryLanguageLikeEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("colon");
        for (const char *code : {"es", "ar", "zh-Hans", "zh-Hant", "vi", "tl", "ru", "ko"}) {
            QTest::addRow("%s", code) << QString::fromLatin1(code) << true;
            QTest::addRow("%s, a heading without its colon", code) << QString::fromLatin1(code) << false;
        }
    }

    void shouldParseEveryLanguageLikeEnglish()
    {
        QFETCH(QString, language);
        QFETCH(bool, colon);
        // Without colons: every heading written so, the known ones too (a document has one style).
        const auto read = [colon](const QString &path) {
            QStringList lines = QString::fromUtf8(Test::readFile(path)).split(u'\n');
            for (QString &line : lines) {
                if (!colon && line.size() <= 60 && (line.endsWith(u':') || line.endsWith(u'\uFF1A')))
                    line.chop(1);
            }
            const ParseResult r = DocumentParser::parse(lines.join(u'\n').toUtf8(), path);
            if (!r.ok())
                qWarning("%s: %s", qPrintable(path), qPrintable(r.error));
            return r.procedure.value_or(Procedure{});
        };
        const Procedure english = read(Test::dataPath(u"languages/en.txt"_s));
        QCOMPARE(english.language, u"en"_s);
        QVERIFY(english.section(u"other"_s));
        const QString path = Test::dataPath(u"languages/%1.txt"_s.arg(language));
        const Procedure p = read(path);
        QCOMPARE(p.language, language);
        QCOMPARE(p.codeSystem, english.codeSystem);
        QCOMPARE(p.code, english.code);
        QCOMPARE(p.descriptor, english.descriptor);
        QCOMPARE(keysOf(p), keysOf(english));
        for (qsizetype i = 0; i < p.sections.size(); ++i) {
            const QList<Block> &blocks = p.sections.at(i).blocks;
            const QList<Block> &englishBlocks = english.sections.at(i).blocks;
            QCOMPARE(blocks.size(), englishBlocks.size());
            for (qsizetype b = 0; b < blocks.size(); ++b) {
                QCOMPARE(blocks.at(b).type, englishBlocks.at(b).type);
                QCOMPARE(blocks.at(b).items.size(), englishBlocks.at(b).items.size());
            }
        }
        QVERIFY(!p.title.isEmpty());
        QVERIFY2(!p.title.contains(u'(') && !p.title.contains(u'\uFF08'), qPrintable(p.title));
        QCOMPARE(p.aliases.size(), english.aliases.size());

        // Every word kept: all of the source but the page header, the code line and the name's
        // heading, which become fields, and the list markers.
        QStringList expected;
        const QStringList lines = QString::fromUtf8(Test::readFile(path)).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString t = lines.at(i).trimmed();
            if (i == 0 || t.contains(u"CPT4"_s) ||
                Languages::find(language)->nameHeadings.contains(Languages::normalisedHeading(t)))
                continue;
            static const QRegularExpression marker(uR"(^(?:[•\-\*]|\d+[.)])\s+)"_s);
            expected += Test::words(QString(t).remove(marker));
        }
        QCOMPARE(Test::procedureWords(p), expected);
    }

    // A code written in another script's digits is the same code, in the digits every code
    // system and search uses; on the code line, under it, or in the next block.
    void shouldReadACodeInAnotherScriptsDigits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("codeLines");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("code");
        const QString cpt = u"CPT"_s;
        const QString hcpcs = u"HCPCS"_s;
        QTest::addRow("Arabic-Indic") << u"ar"_s << u"رمز CPT4 ٩٦٣٦٥"_s << cpt << u"96365"_s;
        QTest::addRow("Arabic-Indic, under the code line") << u"ar"_s << u"رمز CPT4\n٩٦٣٦٥"_s << cpt << u"96365"_s;
        QTest::addRow("Arabic-Indic, in the next block") << u"ar"_s << u"رمز CPT4\n\n٩٦٣٦٥"_s << cpt << u"96365"_s;
        QTest::addRow("Extended Arabic-Indic (Persian)") << u"ar"_s << u"رمز CPT4 ۹۶۳۶۵"_s << cpt << u"96365"_s;
        QTest::addRow("full-width") << u"zh-Hans"_s << u"CPT4 代码 ９６３６５"_s << cpt << u"96365"_s;
        // Full-width letters too, in the code, the code system and the colon.
        QTest::addRow("full-width letters") << u"zh-Hans"_s << u"HCPCS 代码 Ｊ３４２０"_s << hcpcs << u"J3420"_s;
        QTest::addRow("full-width lower-case") << u"zh-Hans"_s << u"HCPCS 代码：ｊ３４２０"_s << hcpcs << u"J3420"_s;
        QTest::addRow("full-width system") << u"zh-Hans"_s << u"ＨＣＰＣＳ 代码 Ｊ３４２０"_s << hcpcs << u"J3420"_s;
        QTest::addRow("full-width, under the code line")
            << u"zh-Hans"_s << u"HCPCS 代码\nＪ３４２０"_s << hcpcs << u"J3420"_s;
        QTest::addRow("full-width, in the next block")
            << u"zh-Hans"_s << u"ＣＰＴ４ 代码\n\nＪ３４２０"_s << cpt << u"J3420"_s;
        // A code standing apart is taken in its system's shape (not "HbA1c"): every system's,
        // with a modifier or a diagnosis left open.
        QTest::addRow("a modifier, under the code line") << u"en"_s << u"CPT4 code\n96413-59"_s << cpt << u"96413-59"_s;
        QTest::addRow("HCPCS with a modifier") << u"en"_s << u"HCPCS code\n\nJ3420-JW"_s << hcpcs << u"J3420-JW"_s;
        QTest::addRow("ICD-10-PCS") << u"en"_s << u"ICD-10-PCS code\n\n0bj08zz"_s << u"ICD-10-PCS"_s << u"0BJ08ZZ"_s;
        QTest::addRow("ICD-10, a procedure") << u"en"_s << u"ICD-10 code\n0BJ08ZZ"_s << u"ICD-10"_s << u"0BJ08ZZ"_s;
        QTest::addRow("ICD-10-CM") << u"en"_s << u"ICD-10-CM code\n\nS72.001A"_s << u"ICD-10-CM"_s << u"S72.001A"_s;
        QTest::addRow("ICD-10-CM left open") << u"en"_s << u"ICD-10-CM code\nM54.5-"_s << u"ICD-10-CM"_s << u"M54.5-"_s;
        QTest::addRow("CDT") << u"en"_s << u"CDT code\n\nD0120"_s << u"CDT"_s << u"D0120"_s;
        QTest::addRow("ICD-9-CM") << u"en"_s << u"ICD-9-CM code\nV70.0"_s << u"ICD-9-CM"_s << u"V70.0"_s;
        // A clinic's table whose word for "code" is not in compatibility form (de.tsv, above):
        // the line written as the table writes it, or in plain letters.
        QTest::addRow("a clinic's word with a ligature")
            << u"en"_s << u"CPT4 Kennzi\uFB00er 96365"_s << cpt << u"96365"_s;
        QTest::addRow("a clinic's word in plain letters") << u"en"_s << u"CPT4 Kennziffer 96365"_s << cpt << u"96365"_s;
        // A sentence's full stop is not the code's ("99213." was a procedure apart from 99213).
        QTest::addRow("a full stop after it") << u"en"_s << u"CPT4 code 96365."_s << cpt << u"96365"_s;
        QTest::addRow("a full stop, under the code line") << u"en"_s << u"CPT4 code\n96365."_s << cpt << u"96365"_s;
        QTest::addRow("a full stop, in the next block") << u"en"_s << u"CPT4 code\n\n96365."_s << cpt << u"96365"_s;
        QTest::addRow("a full stop after an ICD-10 code")
            << u"en"_s << u"ICD-10-PCS code 0BJ08ZZ."_s << u"ICD-10-PCS"_s << u"0BJ08ZZ"_s;
        // Read as text before: a procedure without a code, unsaid.
        QTest::addRow("the registered sign") << u"en"_s << u"CPT\u00AE code 96365"_s << cpt << u"96365"_s;
        QTest::addRow("the registered sign in letters") << u"en"_s << u"CPT(R) code: 96365"_s << cpt << u"96365"_s;
        QTest::addRow("ICD-10 alone") << u"en"_s << u"ICD-10 code Z12.11"_s << u"ICD-10"_s << u"Z12.11"_s;
        QTest::addRow("ICD-9-CM") << u"en"_s << u"ICD-9-CM code 45.23"_s << u"ICD-9-CM"_s << u"45.23"_s;
        QTest::addRow("the trade mark sign") << u"en"_s << u"CPT\u2122 code 96365"_s << cpt << u"96365"_s;
        // Words after the code are the document's, kept as text; the code is the code.
        QTest::addRow("words after the code") << u"en"_s << u"CPT4 code 96365 (add-on)"_s << cpt << u"96365"_s;
        QTest::addRow("a dash and a name")
            << u"en"_s << u"HCPCS code J1100 \u2013 dexamethasone"_s << hcpcs << u"J1100"_s;
        QTest::addRow("a range after it") << u"en"_s << u"CPT4 code 96365 (30-60 min)"_s << cpt << u"96365"_s;
        QTest::addRow("a year after it") << u"en"_s << u"CPT\u00AE code 96365, rev. 2024"_s << cpt << u"96365"_s;
        QTest::addRow("an ideographic full stop")
            << u"zh-Hans"_s << u"CPT4 \u4EE3\u7801 96365\u3002"_s << cpt << u"96365"_s;
        // The word for "code" glued to a system in another script, as an input method writes it.
        QTest::addRow("Chinese, glued") << u"zh-Hans"_s << u"\u4EE3\u7801CPT4 96365"_s << cpt << u"96365"_s;
        QTest::addRow("Chinese, glued both sides")
            << u"zh-Hans"_s << u"HCPCS\u4EE3\u7801J3420"_s << hcpcs << u"J3420"_s;
        QTest::addRow("full-width, glued")
            << u"zh-Hans"_s << u"\uFF28\uFF23\uFF30\uFF23\uFF33\u4EE3\u7801\uFF2A\uFF13\uFF14\uFF12\uFF10"_s << hcpcs
            << u"J3420"_s;
        QTest::addRow("CDT, glued") << u"zh-Hans"_s << u"CDT\u4EE3\u7801D1110"_s << u"CDT"_s << u"D1110"_s;
        QTest::addRow("Korean, glued") << u"ko"_s << u"\uCF54\uB4DCCPT4 96365"_s << cpt << u"96365"_s;
        QTest::addRow("Arabic, glued") << u"ar"_s << u"\u0631\u0645\u0632CPT4 96365"_s << cpt << u"96365"_s;
        QTest::addRow("a hyphen after the system") << u"es"_s << u"C\u00F3digo CPT-96365"_s << cpt << u"96365"_s;
        // What stands in brackets, or is no code of the same shape, is no second code.
        QTest::addRow("an add-on in brackets") << u"en"_s << u"CPT4 code 96365 (add-on 96366)"_s << cpt << u"96365"_s;
        QTest::addRow("a vitamin in brackets") << u"en"_s << u"HCPCS code J3420 (B12)"_s << hcpcs << u"J3420"_s;
        QTest::addRow("a dose in brackets") << u"en"_s << u"CPT4 code 96365 (10000 units)"_s << cpt << u"96365"_s;
        QTest::addRow("an Arabic comma") << u"ar"_s << u"\u0631\u0645\u0632 CPT4 \u0669\u0666\u0663\u0666\u0665\u060C"_s
                                         << cpt << u"96365"_s;
    }

    // Lines that start like a code line but are not one: a sentence of the page (the AMA's
    // notice above the descriptor), a sentence naming codes where the code would stand. Read as
    // text, never refused; every word kept.
    void shouldTellACodeLineFromASentence_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("code");
        const QString header = u"Search all medical codes\n"_s;
        const QString notice = u"CPT codes and descriptions only are copyright 2024 American Medical Association."_s;
        const QString codeLine = u"CPT4 code 96365\n"_s;
        QTest::addRow("the AMA's notice above the descriptor")
            << header << header + u"\n"_s + notice + u"\n"_s << notice << u"96365"_s;
        QTest::addRow("the AMA's notice below the code line")
            << codeLine << codeLine + u"\n"_s + notice + u"\n"_s << notice << u"96365"_s;
        QTest::addRow("words after the code")
            << codeLine << u"CPT4 code 96365 (add-on)\n"_s << u"CPT4 code 96365 (add-on)"_s << u"96365"_s;
        QTest::addRow("a year and words where the code line stands")
            << codeLine << u"CPT code 2025 update applies\n"_s << u"CPT code 2025 update applies"_s << QString();
        QTest::addRow("a sentence where the code line stands")
            << codeLine << u"CPT code changes apply from May\n"_s << u"CPT code changes apply from May"_s << QString();
        QTest::addRow("a sentence naming codes in the next block")
            << codeLine << u"CPT4 code\n\nSee 96365, 96366 for the add-on\n"_s << u"See 96365, 96366 for the add-on"_s
            << QString();
        // A word with a digit where the code would stand, in no shape of the system's codes: it
        // was taken for the code ("HBA1C") and its words were gone from the document.
        QTest::addRow("a test's name in the next block")
            << codeLine << u"CPT4 code\n\nHbA1c\n"_s << u"HbA1c"_s << QString();
        QTest::addRow("a disease's name under the code line")
            << codeLine << u"CPT4 code\nCOVID-19\n"_s << u"COVID-19"_s << QString();
        QTest::addRow("a word under an HCPCS code line")
            << codeLine << u"HCPCS code\n\nB12\n"_s << u"B12"_s << QString();
    }

    void shouldTellACodeLineFromASentence()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, sentence);
        QFETCH(QString, code);
        QString text = sampleIn(u"en"_s);
        QVERIFY(text.contains(from));
        text.replace(text.indexOf(from), from.size(), to);
        const ParseResult r = DocumentParser::parse(text.toUtf8(), u"sentence.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->code, code);
        QVERIFY(r.procedure->descriptor.startsWith(u"Intravenous infusion"_s));
        const QString stored = Test::procedureWords(*r.procedure).join(u' ');
        QVERIFY2(stored.contains(Test::words(sentence).join(u' ')), qPrintable(stored));
        // It names a system Careleaf knows: nothing to warn of.
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    }

    // A code line that gives two codes (on the line, under it or in the next block) is refused,
    // naming its line: either code would make the document a procedure apart from the other's.
    // It was read as text, and the procedure had no code at all, unsaid.
    void shouldRefuseACodeLineOfSeveralCodes_data()
    {
        QTest::addColumn<QString>("codeLines");
        QTest::addColumn<int>("below"); // the line of the codes, counted from the code line
        QTest::addRow("two") << u"CPT4 code 96365 96366"_s << 0;
        QTest::addRow("a comma") << u"CPT4 code 96365, 96366"_s << 0;
        QTest::addRow("a word between") << u"CPT4 code 96365 and 96366"_s << 0;
        QTest::addRow("no space after the commas") << u"CPT4 code 96365,96366"_s << 0;
        QTest::addRow("three, with a colon") << u"HCPCS code: J1030; J1040; J1050"_s << 0;
        QTest::addRow("Spanish, word first") << u"C\u00F3digo CPT4 96365 / 96366"_s << 0;
        QTest::addRow("under the code line") << u"CPT4 code\n96365 96366"_s << 1;
        QTest::addRow("in the next block") << u"CPT4 code\n\n96365, 96366"_s << 2;
        QTest::addRow("under it, an ideographic comma") << u"CPT4 code\n96365\u300196366"_s << 1;
    }

    void shouldRefuseACodeLineOfSeveralCodes()
    {
        QFETCH(QString, codeLines);
        QFETCH(int, below);
        QString text = sampleIn(u"en"_s);
        const qsizetype at = text.indexOf(u"CPT4 code 96365"_s);
        QVERIFY(at > 0);
        const int line = int(text.left(at).count(u'\n')) + 1 + below;
        text.replace(at, qsizetype(std::strlen("CPT4 code 96365")), codeLines);
        const ParseResult r = DocumentParser::parse(text.toUtf8(), u"two-codes.txt"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(u"line %1 gives more than one code"_s.arg(line)), qPrintable(r.error));
        QCOMPARE(r.line, line);
    }

    // A line where the code line stands that reads like one in a code system Careleaf does not
    // know: the document is read, without a code, and the parser says so, naming the line.
    void shouldSayWhenACodeLineNamesAnUnknownSystem_data()
    {
        QTest::addColumn<QString>("codeLines");
        QTest::addColumn<int>("warnedLine"); // 0: no warning
        QTest::addRow("LOINC") << u"LOINC code 12345-6"_s << 5;
        QTest::addRow("no code given") << u"SNOMED CT code"_s << 5;
        QTest::addRow("a clinic's own") << u"Clinic code: A-104"_s << 5;
        QTest::addRow("Spanish") << u"C\u00F3digo SNOMED 80146002"_s << 5;
        QTest::addRow("glued under the descriptor") << u"\x01LOINC code 12345-6"_s << 4;
        QTest::addRow("no code line at all") << QString() << 0;
        QTest::addRow("a sentence") << u"Ask the nurse which code your plan uses for this."_s << 0;
        QTest::addRow("a known system") << u"CPT4 code 96365"_s << 0;
    }

    void shouldSayWhenACodeLineNamesAnUnknownSystem()
    {
        QFETCH(QString, codeLines);
        QFETCH(int, warnedLine);
        QString text = sampleIn(u"en"_s);
        // \x01: the line stands glued under the descriptor, not in a block of its own.
        const bool glued = codeLines.startsWith(u'\x01');
        const QString line = glued ? codeLines.mid(1) : codeLines;
        if (glued)
            text.replace(u"hour\n\nCPT4 code 96365\n"_s, u"hour\n"_s + line + u'\n');
        else
            text.replace(u"CPT4 code 96365\n"_s, line + u'\n');
        const ParseResult r = DocumentParser::parse(text.toUtf8(), u"unknown-system.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        if (warnedLine == 0) {
            QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
            return;
        }
        QCOMPARE(r.procedure->codeSystem, QString());
        QCOMPARE(r.procedure->code, QString());
        // The line is no part of the descriptor, which names the procedure without a code.
        QVERIFY2(r.procedure->descriptor.endsWith(u"up to 1 hour"_s), qPrintable(r.procedure->descriptor));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().startsWith(u"line %1 (\"%2\")"_s.arg(warnedLine).arg(line)),
                 qPrintable(r.warnings.first()));
        QVERIFY(r.warnings.first().contains(u"CPT, HCPCS"_s));
        // Kept, word for word.
        const QString stored = Test::procedureWords(*r.procedure).join(u' ');
        QVERIFY2(stored.contains(Test::words(line).join(u' ')), qPrintable(stored));
    }

    void shouldReadACodeInAnotherScriptsDigits()
    {
        QFETCH(QString, language);
        QFETCH(QString, codeLines);
        QFETCH(QString, system);
        QFETCH(QString, code);
        QString text = sampleIn(language);
        static const QRegularExpression codeLine(u"^.*CPT4.*96365.*$"_s, QRegularExpression::MultilineOption);
        QVERIFY(text.contains(codeLine));
        text.replace(codeLine, codeLines);
        const ParseResult r = DocumentParser::parse(text.toUtf8(), u"digits.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->codeSystem, system);
        QCOMPARE(r.procedure->code, code);
        QCOMPARE(r.procedure->language, language);
        QCOMPARE(Digits::western(u"٩٦٣٦٥ J١٢٣٤"_s), u"96365 J1234"_s);
    }

    // The sample library's Spanish versions parse to the structure of the English samples, as
    // versions of them (the same identity in any language), marked as sample translations.
    void shouldParseTheSpanishSamplesLikeTheEnglishOnes_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("spanish");
        const QStringList english =
            QDir(QStringLiteral(CARELEAF_SAMPLE_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        const QStringList spanish =
            QDir(QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QCOMPARE(spanish.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i) {
            QTest::addRow("%s", qPrintable(spanish.at(i)))
                << QStringLiteral(CARELEAF_SAMPLE_DIR) + u'/' + english.at(i)
                << QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR) + u'/' + spanish.at(i);
        }
    }

    void shouldParseTheSpanishSamplesLikeTheEnglishOnes()
    {
        QFETCH(QString, english);
        QFETCH(QString, spanish);
        const Procedure en = parseFile(english);
        const Procedure es = parseFile(spanish);
        QCOMPARE(es.language, u"es"_s);
        QVERIFY(es.sampleTranslation);
        QVERIFY(!en.sampleTranslation);
        QCOMPARE(es.identityInAnyLanguage(), en.identityInAnyLanguage());
        QCOMPARE(keysOf(es), keysOf(en));
        QCOMPARE(es.policies, en.policies);
        QVERIFY(!es.title.isEmpty());
    }

    // A language given overrides the one the headings suggest; one Careleaf does not know is
    // refused by name; a clinic's own table is recognised like a shipped one.
    void shouldTakeTheLanguageGivenOrRefuseAnUnknownOne()
    {
        const QByteArray spanish = Test::readFile(Test::dataPath(u"languages/es.txt"_s));
        const ParseResult given = DocumentParser::parse(spanish, u"es.txt"_s, u"ES"_s);
        QVERIFY(given.ok());
        QCOMPARE(given.procedure->language, u"es"_s);
        const ParseResult unknown = DocumentParser::parse(spanish, u"es.txt"_s, u"klingon"_s);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error.contains(u"klingon"_s) && unknown.error.contains(u"zh-Hans"_s),
                 qPrintable(unknown.error));
        // A language the headings plainly are not: refused, never a Spanish text filed as the
        // English version (replacing it) with its sections lost among "Other".
        const ParseResult wrong = DocumentParser::parse(spanish, u"es.txt"_s, u"en"_s);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error.contains(u"Spanish (es)"_s) && wrong.error.contains(u"--language es"_s),
                 qPrintable(wrong.error));
        // Said in the application's language, the languages' names too (not "Spanish", "Arabic").
        installTranslations(u"es"_s);
        const ParseResult inSpanish = DocumentParser::parse(spanish, u"es.txt"_s, u"ar"_s);
        installTranslations(u"en"_s);
        QVERIFY2(inSpanish.error.contains(u"español (es)"_s) && inSpanish.error.contains(u"árabe (ar)"_s),
                 qPrintable(inSpanish.error));
        // English headings are read in any language: a translation that kept them takes the
        // language given.
        const ParseResult kept =
            DocumentParser::parse(Test::readFile(Test::dataPath(u"languages/en.txt"_s)), u"en.txt"_s, u"tl"_s);
        QVERIFY2(kept.ok(), qPrintable(kept.error));
        QCOMPARE(kept.procedure->language, u"tl"_s);

        const QByteArray german =
            "Intravenous infusion, initial, up to 1 hour\n\nCPT4 Code 96365\n\nName des Eingriffs:\n\n"
            "Infusionstherapie (auch genannt Tropf oder Infusion)\n\nZusammenfassung\n\nEin Mittel "
            "wird langsam gegeben.\n\nErholung\n\nAm selben Tag.\n";
        const ParseResult de = DocumentParser::parse(german, u"de.txt"_s);
        QVERIFY2(de.ok(), qPrintable(de.error));
        QCOMPARE(de.procedure->language, u"de"_s);
        QCOMPARE(de.procedure->title, u"Infusionstherapie"_s);
        QCOMPARE(de.procedure->aliases, (QStringList{u"Tropf"_s, u"Infusion"_s}));
        QCOMPARE(keysOf(*de.procedure), (QStringList{u"summary"_s, u"recovery"_s}));

        // "Personal" is the Spanish heading for personnel; in an English document it is not.
        QByteArray english = Test::readFile(Test::dataPath(u"languages/en.txt"_s));
        english.replace("Duration\n\nAbout 1 hour.", "Duration\n\nAbout 1 hour.\n\nPersonal\n\nBring a friend.");
        const ParseResult withLine = DocumentParser::parse(english, u"en.txt"_s);
        QVERIFY(withLine.ok());
        QVERIFY(!withLine.procedure->hasSection(u"personnel"_s));
        const auto personal = std::find_if(withLine.procedure->sections.cbegin(), withLine.procedure->sections.cend(),
                                           [](const Section &s) { return s.heading == u"Personal"_s; });
        QVERIFY(personal != withLine.procedure->sections.cend());
        QCOMPARE(personal->key, u"other"_s); // a heading Careleaf does not know, as in any English document
    }

    // A translation that kept the English headings is told by its text's script, where only one
    // language's table is written in it: never filed as the English version (which it would
    // replace), and refused when --language names a language of another script.
    void shouldTellATranslationWithEnglishHeadingsByItsScript_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("recovery");
        QTest::addColumn<QString>("language");

        QTest::addRow("arabic") << u"\u064A\u064F\u0639\u0637\u0649 \u0627\u0644\u062F\u0648\u0627\u0621 "
                                   "\u0641\u064A \u0627\u0644\u0648\u0631\u064A\u062F."_s
                                << u"\u062A\u0631\u062C\u0639 \u0625\u0644\u0649 \u0627\u0644\u0628\u064A\u062A "
                                   "(\u0661 \u0633\u0627\u0639\u0629)."_s
                                << u"ar"_s;
        QTest::addRow("chinese") << u"\u836F\u7269\u901A\u8FC7\u9759\u8109\u7F13\u6162\u8F93\u5165\u3002"_s
                                 << u"\u5F53\u5929\u53EF\u4EE5\u56DE\u5BB6\uFF08IV\uFF09\u3002"_s << u"zh-Hans"_s;
        QTest::addRow("korean") << u"\uC57D\uC744 \uC815\uB9E5\uC73C\uB85C \uCC9C\uCC9C\uD788 "
                                   "\uB123\uC2B5\uB2C8\uB2E4."_s
                                << u"\uAC19\uC740 \uB0A0 \uC9D1\uC5D0 \uAC11\uB2C8\uB2E4."_s << u"ko"_s;
        QTest::addRow("russian") << u"\u041B\u0435\u043A\u0430\u0440\u0441\u0442\u0432\u043E "
                                    "\u0432\u0432\u043E\u0434\u044F\u0442 \u0432 \u0432\u0435\u043D\u0443."_s
                                 << u"\u0414\u043E\u043C\u043E\u0439 \u0432 \u0442\u043E\u0442 \u0436\u0435 "
                                    "\u0434\u0435\u043D\u044C."_s
                                 << u"ru"_s;
        // English text with a word of another script in it stays English.
        QTest::addRow("english naming a drug in chinese")
            << u"The medicine (\u9541, magnesium) goes slowly into a vein."_s << u"Home the same day."_s << u"en"_s;
    }

    void shouldTellATranslationWithEnglishHeadingsByItsScript()
    {
        QFETCH(QString, summary);
        QFETCH(QString, recovery);
        QFETCH(QString, language);
        const QByteArray document = (u"Intravenous infusion, initial, up to 1 hour\n\nCPT4 Code 96365\n\n"
                                     "Summary\n\n"_s +
                                     summary + u"\n\nRecovery\n\n"_s + recovery + u"\n"_s)
                                        .toUtf8();
        const ParseResult read = DocumentParser::parse(document, u"doc.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.procedure->language, language);
        QCOMPARE(keysOf(*read.procedure), (QStringList{u"summary"_s, u"recovery"_s}));

        const ParseResult given = DocumentParser::parse(document, u"doc.txt"_s, language);
        QVERIFY2(given.ok(), qPrintable(given.error));
        QCOMPARE(given.procedure->language, language);
        if (language == u"en"_s)
            return;
        const ParseResult wrong = DocumentParser::parse(document, u"doc.txt"_s, u"en"_s);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error.contains(u"(%1)"_s.arg(language)) && wrong.error.contains(u"--language "_s + language),
                 qPrintable(wrong.error));
        const ParseResult latin = DocumentParser::parse(document, u"doc.txt"_s, u"es"_s);
        QVERIFY(!latin.ok());
    }

    void shouldParseSeedStructure_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("bullets");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("policies");

        const QString common = u"summary purpose indications preparation procedure"_s;
        QTest::addRow("magnesium") << u"000_f6d0fda60497b543.txt"_s << u"Magnesium Infusion Therapy"_s
                                   << QStringList{u"Magnesium IV Therapy"_s, u"Magnesium Drip"_s}
                                   << common + u" duration setting personnel risks benefits recovery alternatives "
                                               "experience"_s
                                   << 23 << 5 << 0;
        QTest::addRow("home infusion") << u"001_43d27e11609bbf90.txt"_s
                                       << u"Home Infusion/Specialty Drug Administration"_s << QStringList{}
                                       << common + u" duration setting personnel risks benefits recovery "
                                                   "alternatives experience policies similar_codes"_s
                                       << 25 << 6 << 1;
        QTest::addRow("pump") << u"002_58b2bf221185fe5b.txt"_s
                              << u"Refilling and Maintenance of Implantable Pump or Reservoir"_s << QStringList{}
                              << common + u" equipment anesthesia duration setting personnel risks benefits recovery "
                                          "alternatives experience policies similar_codes"_s
                              << 28 << 5 << 0;
        QTest::addRow("chemotherapy") << u"003_daee331e0ab9e073.txt"_s << u"Sequential IV Chemotherapy Infusion"_s
                                      << QStringList{}
                                      << common + u" duration setting personnel risks benefits recovery "
                                                  "alternatives experience policies similar_codes"_s
                                      << 11 << 6 << 0;
        QTest::addRow("injection") << u"004_8059bbc75203bceb.txt"_s
                                   << u"Injection(s) of diagnostic or therapeutic substance(s)"_s << QStringList{}
                                   << common + u" duration setting personnel risks benefits recovery alternatives "
                                               "experience similar_codes"_s
                                   << 25 << 5 << 0;
    }

    void shouldParseSeedStructure()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QStringList, aliases);
        QFETCH(QString, keys);
        QFETCH(int, bullets);
        QFETCH(int, steps);
        QFETCH(int, policies);

        const Procedure p = parseFile(QStringLiteral(CARELEAF_SAMPLE_DIR) + u'/' + file);
        QCOMPARE(p.codeSystem, u"CPT"_s);
        QCOMPARE(p.code, QString());
        QCOMPARE(p.title, title);
        QCOMPARE(p.aliases, aliases);
        QCOMPARE(keysOf(p).join(u' '), keys);
        QCOMPARE(itemCount(p, BlockType::Bullets), bullets);
        QCOMPARE(itemCount(p, BlockType::Steps), steps);
        QCOMPARE(p.policies.size(), policies);
        QCOMPARE(p.source.file, file);
        QCOMPARE(p.source.sha256.size(), 64);
        QVERIFY(p.readingGrade > 5.0 && p.readingGrade < 25.0);
    }

    void shouldParsePoliciesWithGroups()
    {
        const Procedure p = parseFile(Test::seedFiles().at(1));
        QCOMPARE(p.policies.size(), 1);
        QCOMPARE(p.policies.first(), (Policy{u"Home Health"_s, u"CG-MED-23"_s, u"Home Health"_s}));
        const Section *policies = p.section(u"policies"_s);
        QVERIFY(policies);
        QVERIFY(policies->heading.startsWith(u"Medical Policies and Guidelines for Home infusion"_s));
        QCOMPARE(policies->blocks.first().type, BlockType::Subheading);
        QCOMPARE(policies->blocks.first().text, u"Related policies from health plans"_s);

        const Procedure steroid = parseFile(Test::dataPath(u"with_code_next_block.txt"_s));
        QCOMPARE(steroid.policies.size(), 2);
        QCOMPARE(steroid.policies.at(0),
                 (Policy{u"Drugs and Biologics"_s, u"DRUG.00012"_s, u"Corticosteroid Injections"_s}));
        QCOMPARE(steroid.policies.at(1).id, u"CG-DRUG-45"_s);
    }

    void shouldKeepProsAndConsAsSubheading()
    {
        const Procedure p = parseFile(Test::seedFiles().at(2));
        const Section *alt = p.section(u"alternatives"_s);
        QVERIFY(alt);
        QCOMPARE(alt->blocks.size(), 3);
        QCOMPARE(alt->blocks.at(0).type, BlockType::Bullets);
        QCOMPARE(alt->blocks.at(1).type, BlockType::Subheading);
        QCOMPARE(alt->blocks.at(1).text, u"Pros and Cons:"_s);
        QCOMPARE(alt->blocks.at(2).items.size(), 2);
    }

    // Every word of every seed, page chrome aside, is in the parsed procedure in the same order.
    void shouldKeepEveryWordOfEverySeed_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : Test::seedFiles())
            QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
    }

    void shouldKeepEveryWordOfEverySeed()
    {
        QFETCH(QString, path);
        const QString source = QString::fromUtf8(Test::readFile(path));
        QStringList expected;
        for (const QString &line : source.split(u'\n')) {
            const QString t = line.trimmed();
            // Page chrome and structure the parser turns into fields rather than text.
            if (t == u"Search all medical codes"_s || t == u"CPT4 code"_s || t == u"Name of the Procedure:"_s)
                continue;
            QString content = t;
            // List markers and step numbers are structure too.
            static const QRegularExpression marker(uR"(^(?:[•\-\*]|\d+[.)])\s+)"_s);
            content.remove(marker);
            expected += Test::words(content);
        }
        const Procedure p = parseFile(path);
        const QStringList actual = Test::procedureWords(p);
        if (actual != expected) {
            for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
                if (actual.at(i) != expected.at(i)) {
                    qWarning("first difference at word %lld: expected \"%s\", parsed \"%s\"", qint64(i),
                             qPrintable(expected.at(i)), qPrintable(actual.at(i)));
                    break;
                }
            }
        }
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(actual, expected);
    }

    // Encodings, line endings, bullet and step styles, headings with colons: the same procedure.
    void shouldParseVariantsLikeTheSeed_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"crlf_bom.txt", "utf16le_bom.txt", "utf16be_bom.txt", "dash_bullets.txt",
                                 "star_bullets.txt", "paren_steps.txt", "headings_with_colons.txt"})
            QTest::addRow("%s", name) << Test::dataPath(u"variants/"_s + QLatin1String(name));
    }

    void shouldParseVariantsLikeTheSeed()
    {
        QFETCH(QString, file);
        Procedure expected = parseFile(Test::seedFiles().at(0));
        Procedure actual = parseFile(file);
        // Headings keep their colon as written; everything else must be identical.
        for (Section &s : actual.sections) {
            if (s.heading.endsWith(u':'))
                s.heading.chop(1);
        }
        expected.source = actual.source = {};
        QCOMPARE(actual.title, expected.title);
        QCOMPARE(actual.aliases, expected.aliases);
        QCOMPARE(keysOf(actual), keysOf(expected));
        for (qsizetype i = 0; i < expected.sections.size(); ++i)
            QCOMPARE(actual.sections.at(i), expected.sections.at(i));
        QCOMPARE(actual.readingGrade, expected.readingGrade);
    }

    void shouldReadCodeInEveryForm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("code");
        QTest::addRow("same line") << u"with_code_inline.txt"_s << u"CPT"_s << u"96413"_s;
        QTest::addRow("next line") << u"with_code_next_line.txt"_s << u"CPT"_s << u"96372"_s;
        QTest::addRow("next block") << u"with_code_next_block.txt"_s << u"HCPCS"_s << u"J1030"_s;
    }

    void shouldReadCodeInEveryForm()
    {
        QFETCH(QString, file);
        QFETCH(QString, system);
        QFETCH(QString, code);
        const Procedure p = parseFile(Test::dataPath(file));
        QCOMPARE(p.codeSystem, system);
        QCOMPARE(p.code, code);
        QVERIFY(!p.sections.isEmpty());
        QCOMPARE(p.sections.first().blocks.isEmpty() && p.sections.first().key != u"similar_codes"_s, false);
    }

    void shouldHandleOrderUnknownSectionsListsAndSentenceHeadings()
    {
        const Procedure p = parseFile(Test::dataPath(u"with_code_inline.txt"_s));
        QCOMPARE(keysOf(p).join(u' '), u"recovery summary other risks procedure similar_codes"_s);
        QCOMPARE(p.title, u"Chemotherapy Infusion"_s);
        QCOMPARE(p.aliases, (QStringList{u"Chemo Drip"_s, u"IV Chemotherapy"_s}));

        // "Recovery is usually quick." starts with a heading word but is text.
        const Section *summary = p.section(u"summary"_s);
        QCOMPARE(summary->blocks.size(), 1);
        QVERIFY(summary->blocks.first().text.startsWith(u"Recovery is usually quick."_s));

        const Section *other = p.section(u"other"_s);
        QCOMPARE(other->heading, u"Follow-up Care"_s);
        QCOMPARE(other->blocks.first().items.size(), 2);

        const Section *risks = p.section(u"risks"_s);
        QCOMPARE(risks->blocks.first().items, (QStringList{u"Nausea"_s, u"Fatigue that may last a week"_s}));

        // Steps separated by a blank line but numbered on are one list.
        const Section *steps = p.section(u"procedure"_s);
        QCOMPARE(steps->blocks.size(), 1);
        QCOMPARE(steps->blocks.first().type, BlockType::Steps);
        QCOMPARE(steps->blocks.first().items.size(), 3);

        QCOMPARE(p.similarCodes.size(), 2);
        QCOMPARE(p.similarCodes.at(1), (SimilarCode{u"96417"_s, u"Each additional sequential infusion"_s}));
    }

    // A line standing alone inside a section starts a section of its own only when it is plainly
    // a heading, written as the document writes the headings Careleaf knows, with content after
    // it; a short instruction without its full stop stays text of the section it is in.
    void shouldTellAnUnknownHeadingFromAShortLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("known"); // how the document writes a heading Careleaf knows
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("heading");
        const QString title = u"Risks and Complications"_s;
        const QString sentence = u"Risks and complications"_s;
        const QString colon = u"Risks and complications:"_s;
        const QString water = u"Drink plenty of water."_s;
        QTest::addRow("Title Case") << u"Follow-up Care"_s << title << water << true;
        QTest::addRow("sentence case, as the document") << u"Follow-up care"_s << sentence << water << true;
        QTest::addRow("a colon, as the document") << u"What to bring with you:"_s << colon << water << true;
        QTest::addRow("Title Case and a colon") << u"What to Bring:"_s << title << water << true;
        // A line leading into a list: the warning signs under it stay in Recovery.
        QTest::addRow("a colon, leading in")
            << u"Call us if you notice:"_s << title << u"  \u2022 Chest pain"_s << false;
        QTest::addRow("a colon, leading in, sentence case")
            << u"Call us if you notice:"_s << sentence << u"  \u2022 Chest pain"_s << false;
        QTest::addRow("a few words and a colon") << u"Theo d\u00F5i:"_s << sentence << water << true;
        QTest::addRow("one word and a colon, Title Case document") << u"Fasting:"_s << title << water << true;
        // Words in sentence case and a colon, in a document of Title Case headings, lead in: the
        // text under them stays in its section (it was a section of its own, in the Other tab).
        QTest::addRow("a few words and a colon, Title Case document") << u"Bring these:"_s << title << water << false;
        QTest::addRow("a few words and a colon, Title Case document of colons")
            << u"Bring these:"_s << u"Risks and Complications:"_s << water << false;
        QTest::addRow("a few words leading into a list")
            << u"Watch for:"_s << title << u"  \u2022 Chest pain"_s << false;
        QTest::addRow("a colon, five words") << u"What to bring with you:"_s << title << water << false;
        QTest::addRow("Chinese colon, leading in")
            << u"\u5982\u679C\u624B\u81C2\u51FA\u73B0\u4EE5\u4E0B\u4EFB\u4F55\u60C5\u51B5\uFF1A"_s << sentence
            << u"  \u2022 \u53D1\u70E7"_s << false;
        // Above a heading Careleaf knows, a short line is the last of its section.
        QTest::addRow("Title Case above a known heading") << u"Registered Nurse"_s << title << u"Setting"_s << false;
        QTest::addRow("Spanish") << u"Cuidados de seguimiento"_s << sentence << water << true;
        QTest::addRow("Arabic") << u"\u0627\u0644\u0645\u062A\u0627\u0628\u0639\u0629"_s << sentence << water << true;
        QTest::addRow("Chinese") << u"\u968F\u8BBF\u62A4\u7406"_s << sentence << water << true;
        QTest::addRow("a list after it") << u"Follow-up care"_s << sentence << u"  \u2022 Call the clinic"_s << true;
        QTest::addRow("sentence case, in a Title Case document") << u"Follow-up care"_s << title << water << false;
        QTest::addRow("no colon, in a document of colons") << u"Follow-up care"_s << colon << water << false;
        QTest::addRow("Chinese, in a document of colons") << u"\u968F\u8BBF\u62A4\u7406"_s << colon << water << false;
        QTest::addRow("an instruction before another")
            << u"Do not drive"_s << sentence << u"Do not drink alcohol"_s << false;
        QTest::addRow("an instruction, Title Case document") << u"Nothing by mouth"_s << title << water << false;
        QTest::addRow("a full stop") << u"Rest well."_s << sentence << water << false;
        QTest::addRow("a number") << u"Call 911 at once"_s << sentence << water << false;
        QTest::addRow("a comma") << u"Rest, then walk"_s << sentence << water << false;
        QTest::addRow("a longer sentence") << u"Keep the dressing dry for a day"_s << sentence << water << false;
        QTest::addRow("lower case") << u"then rest"_s << sentence << water << false;
        // Long headings as clinics write them; a sentence as long is one without its stop.
        QTest::addRow("Title Case, eight words")
            << u"Medicines to Stop Seven Days Before Your Procedure"_s << title << water << true;
        QTest::addRow("Title Case, ten words, past sixty letters")
            << u"Important Safety Information for Every Patient Having Sedation Today"_s << title << water << true;
        QTest::addRow("Title Case, eleven words")
            << u"Things to Know Before and After the Day of Your Procedure"_s << title << water << false;
        QTest::addRow("Title Case, a signature")
            << u"Jane Smith, Nurse Manager, Riverside Family Medicine Clinic"_s << title << water << false;
        QTest::addRow("sentence case, seven words above a list")
            << u"Medicamentos que debe suspender antes del procedimiento"_s << sentence << u"  \u2022 Aspirina"_s
            << true;
        QTest::addRow("sentence case, seven words above text")
            << u"Medicamentos que debe suspender antes del procedimiento"_s << sentence << water << false;
        // Five and six words above a list are headings as two and seven are ("Cuándo llamar a su
        // cirujano" above the warning signs was read as text, a heading in the English column
        // beside it); above text, or with a comma, they stay text.
        QTest::addRow("sentence case, five words above a list")
            << u"Cu\u00E1ndo llamar a su cirujano"_s << sentence << u"  \u2022 Fiebre de m\u00E1s de 38 \u00B0C"_s
            << true;
        QTest::addRow("sentence case, six words above steps")
            << u"Ejercicios para hacer en su casa"_s << sentence << u"  1. Mueva los tobillos"_s << true;
        QTest::addRow("sentence case, five words above text")
            << u"Cu\u00E1ndo llamar a su cirujano"_s << sentence << water << false;
        QTest::addRow("sentence case, five words and a comma above a list")
            << u"Si tiene fiebre, llame hoy"_s << sentence << u"  \u2022 Fiebre"_s << false;
        QTest::addRow("sentence case, nine words above a list")
            << u"Keep the dressing clean and dry all day long"_s << sentence << u"  \u2022 Chest pain"_s << false;
        QTest::addRow("sentence case, seven words, Title Case document")
            << u"Medicines you should stop before the procedure"_s << title << u"  \u2022 Aspirin"_s << false;
        QTest::addRow("a long Chinese sentence")
            << u"\u5982\u679C\u624B\u81C2\u6301\u7EED\u53D1\u7EA2\u6216\u80BF\u80C0\u8BF7\u81F4\u7535\u8BCA\u6240"_s
            << sentence << water << false;
    }

    void shouldTellAnUnknownHeadingFromAShortLine()
    {
        QFETCH(QString, line);
        QFETCH(QString, known);
        QFETCH(QString, next);
        QFETCH(bool, heading);
        const QString doc = u"Search all medical codes\n\nA descriptor\n\nCPT4 code 96413\n\n%1\n\n"
                            "Bleeding is rare.\n\n%2\n\n%3\n"_s.arg(known, line, next);
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"short-line.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString nextKey = SectionKeys::matchHeading(next).key; // a known heading's section after it
        QCOMPARE(keysOf(*r.procedure).join(u' '),
                 (heading ? u"risks other"_s : u"risks"_s) + (nextKey.isEmpty() ? QString() : u' ' + nextKey));
        if (heading)
            QCOMPARE(r.procedure->section(u"other"_s)->heading, line);
        else
            QCOMPARE(r.procedure->section(u"risks"_s)->blocks.size(), nextKey.isEmpty() ? 3 : 2);
    }

    // Headings as clinics write them: other wordings of a section, and typed without accents
    // (a US keyboard) or without the hamza. Each was a section "Other" (or, for the code line
    // and the name, no code and the descriptor as the title).
    void shouldKnowHeadingsWrittenOtherwise_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("summary"); // the document's Summary heading, in its language
        QTest::addRow("How to Prepare") << u"How to Prepare"_s << u"preparation"_s << u"Summary"_s;
        QTest::addRow("Possible Risks") << u"Possible Risks"_s << u"risks"_s << u"Summary"_s;
        QTest::addRow("an ampersand") << u"Risks & Complications"_s << u"risks"_s << u"Summary"_s;
        QTest::addRow("Aftercare") << u"Aftercare"_s << u"recovery"_s << u"Summary"_s;
        QTest::addRow("a typographic apostrophe") << u"Why It\u2019s Done"_s << u"purpose"_s << u"Summary"_s;
        // In a document whose headings are all numbered.
        QTest::addRow("numbered") << u"2. Preparation"_s << u"preparation"_s << u"1. Summary"_s;
        QTest::addRow("numbered, a bracket") << u"2) Risks and Complications"_s << u"risks"_s << u"1) Summary"_s;
        QTest::addRow("What to Expect") << u"What to Expect"_s << u"experience"_s << u"Summary"_s;
        QTest::addRow("Spanish without accents") << u"Preparacion"_s << u"preparation"_s << u"Resumen"_s;
        QTest::addRow("Spanish, capitals without accents") << u"RECUPERACION"_s << u"recovery"_s << u"Resumen"_s;
        QTest::addRow("Spanish wording") << u"C\u00F3mo prepararse"_s << u"preparation"_s << u"Resumen"_s;
        QTest::addRow("a Spanish question") << u"\u00BFC\u00F3mo prepararse?"_s << u"preparation"_s << u"Resumen"_s;
        QTest::addRow("Arabic without the hamza") << u"\u0648\u0635\u0641 \u0627\u0644\u0627\u062C\u0631\u0627\u0621"_s
                                                  << u"procedure"_s << u"\u0645\u0644\u062E\u0635"_s;
        // Wordings a language audit found clinics use, and stages of the visit standing as sections.
        QTest::addRow("English stage") << u"After the Test"_s << u"recovery"_s << u"Summary"_s;
        QTest::addRow("Spanish stage") << u"Antes del procedimiento"_s << u"preparation"_s << u"Resumen"_s;
        QTest::addRow("Spanish risks") << u"Riesgos y posibles complicaciones"_s << u"risks"_s << u"Resumen"_s;
        QTest::addRow("Arabic risks") << u"\u0627\u0644\u0645\u062E\u0627\u0637\u0631 "
                                         "\u0627\u0644\u0645\u062D\u062A\u0645\u0644\u0629"_s
                                      << u"risks"_s << u"\u0645\u0644\u062E\u0635"_s;
        QTest::addRow("Arabic drawn out with tatweel") << u"\u0627\u0644\u062A\u062D\u0636\u064A\u0640\u0631"_s
                                                       << u"preparation"_s << u"\u0645\u0644\u062E\u0635"_s;
        QTest::addRow("Arabic stage") << u"\u0628\u0639\u062F \u0627\u0644\u0625\u062C\u0631\u0627\u0621"_s
                                      << u"recovery"_s << u"\u0645\u0644\u062E\u0635"_s;
        QTest::addRow("Chinese preparation") << u"\u672F\u524D\u51C6\u5907"_s << u"preparation"_s << u"\u6982\u8FF0"_s;
        QTest::addRow("Chinese aftercare") << u"\u672F\u540E\u62A4\u7406"_s << u"recovery"_s << u"\u6982\u8FF0"_s;
        QTest::addRow("Chinese stage") << u"\u68C0\u67E5\u540E"_s << u"recovery"_s << u"\u6982\u8FF0"_s;
        QTest::addRow("in brackets, Chinese") << u"\u3010\u6062\u590D\u3011"_s << u"recovery"_s << u"\u6982\u8FF0"_s;
        QTest::addRow("in brackets") << u"[Recovery]"_s << u"recovery"_s << u"Summary"_s;
        QTest::addRow("numbered in Chinese numerals")
            << u"\u4E8C\u3001\u51C6\u5907"_s << u"preparation"_s << u"\u4E00\u3001\u6982\u8FF0"_s;
        // Chinese headings as Chinese builds them, in no table: a section after a word that only
        // qualifies it ("possible side effects"), a stage of the visit before what a patient does
        // then ("before the vaccination, things to note"; "after the extraction, care").
        QTest::addRow("Chinese, qualified")
            << u"\u53EF\u80FD\u7684\u526F\u4F5C\u7528"_s << u"risks"_s << u"\u6982\u8FF0"_s;
        QTest::addRow("Chinese, before and what to note, Traditional")
            << u"\u63A5\u7A2E\u524D\u6CE8\u610F\u4E8B\u9805"_s << u"preparation"_s << u"\u6982\u8FF0"_s;
        QTest::addRow("Chinese, after and care")
            << u"\u62D4\u7259\u540E\u62A4\u7406"_s << u"recovery"_s << u"\u6982\u8FF0"_s;
    }
    void shouldKnowHeadingsWrittenOtherwise()
    {
        QFETCH(QString, heading);
        QFETCH(QString, key);
        QFETCH(QString, summary);
        // A numbered one is the parser's: a line of its own in a document whose headings all are.
        if (SectionKeys::matchHeading(summary).kind != SectionKeys::HeadingKind::None) {
            const SectionKeys::HeadingMatch h = SectionKeys::matchHeading(heading);
            QCOMPARE(h.kind != SectionKeys::HeadingKind::None ? h.key : SectionKeys::builtChineseHeading(heading).key,
                     key);
        }
        // The page header and code line in the document's language too.
        QString top = u"Search all medical codes\n\nA descriptor\n\nCPT4 code 96413"_s;
        if (summary == u"Resumen"_s)
            top = u"Buscar todos los codigos medicos\n\nA descriptor\n\nCodigo CPT4 96413"_s;
        else if (summary.endsWith(u"\u6982\u8FF0"_s))
            top = u"\u641C\u7D22\u6240\u6709\u533B\u7597\u4EE3\u7801\n\nA descriptor\n\nCPT4 \u4EE3\u7801 96413"_s;
        else if (!summary.endsWith(u"Summary"_s))
            top = u"\u0627\u0644\u0628\u062D\u062B \u0641\u064A \u062C\u0645\u064A\u0639 "
                  u"\u0627\u0644\u0631\u0645\u0648\u0632 "
                  "\u0627\u0644\u0637\u0628\u064A\u0629\n\nA descriptor\n\n\u0631\u0645\u0632 CPT4 96413"_s;
        const QString doc = u"%1\n\n%2\n\nA short visit.\n\n%3\n\nSome text.\n"_s.arg(top, summary, heading);
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"headings.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(keysOf(*r.procedure).join(u' '), u"summary "_s + key);
        QCOMPARE(r.procedure->sections.last().heading, heading); // as the document writes it
    }

    // A stage of the visit ("Before the procedure") is a section where it stands as one, and a
    // heading inside Patient Experience, which tells the visit stage by stage, or inside the
    // section of its own key it follows: never a section that empties the one it is in.
    void shouldReadAStageOfTheVisitByWhereItStands_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("subheadings");
        QTest::addRow("sections of their own")
            << u"Before the Procedure\n\nDo not eat.\n\nAfter the Procedure\n\nRest today.\n"_s
            << u"summary preparation recovery"_s << 0;
        QTest::addRow("inside Patient Experience")
            << u"Patient Experience\n\nBefore the procedure:\n\nYou may feel nervous.\n\nDuring the procedure:\n\n"
               "A little pressure.\n\nAfter the procedure:\n\nSome soreness.\n"_s
            << u"summary experience"_s << 3;
        QTest::addRow("inside its own key's section")
            << u"Preparation\n\nStop aspirin.\n\nBefore your procedure:\n\nShower at home.\n\nRecovery\n\nRest.\n"_s
            << u"summary preparation recovery"_s << 1;
        QTest::addRow("Arabic notes inside a section")
            << u"\u0627\u0644\u062A\u062D\u0636\u064A\u0631\n\n\u0644\u0627 \u062A\u0623\u0643\u0644.\n\n"
               "\u0645\u0647\u0645\n\n\u0623\u062D\u0636\u0631 \u0623\u062F\u0648\u064A\u062A\u0643.\n"_s
            << u"summary preparation"_s << 1;
        QTest::addRow("Chinese notes inside a section")
            << u"\u51C6\u5907\n\n\u7A7A\u8179\u3002\n\n\u6CE8\u610F\u4E8B\u9879\n\n\u5E26\u4E0A\u836F\u7269\u3002\n"_s
            << u"summary preparation"_s << 1;
    }
    void shouldReadAStageOfTheVisitByWhereItStands()
    {
        QFETCH(QString, body);
        QFETCH(QString, keys);
        QFETCH(int, subheadings);
        const QString doc = u"A descriptor\n\nCPT4 code 96413\n\nSummary\n\nA short visit.\n\n"_s + body;
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"stages.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(keysOf(*r.procedure).join(u' '), keys);
        int found = 0;
        for (const Section &s : r.procedure->sections)
            found += int(std::count_if(s.blocks.cbegin(), s.blocks.cend(),
                                       [](const Block &b) { return b.type == BlockType::Subheading; }));
        QCOMPARE(found, subheadings);
    }

    // The name heading with the name on its own line ("Name of the Procedure: Punch Biopsy"):
    // read as a line of text, the procedure was titled by its billing descriptor and the line
    // printed under Other.
    void shouldReadANameOnTheLineOfItsHeading_data()
    {
        QTest::addColumn<QString>("top");
        QTest::addColumn<QString>("nameLine");
        QTest::addColumn<QString>("title");
        QTest::addRow("English") << u"Search all medical codes\n\nA skin biopsy, punch\n\nCPT4 code 11104"_s
                                 << u"Name of the Procedure: Punch Biopsy"_s << u"Punch Biopsy"_s;
        QTest::addRow("a colon in the name")
            << u"Search all medical codes\n\nA skin biopsy, punch\n\nCPT4 code 11104"_s
            << u"Name of the Procedure:  Punch Biopsy: Skin"_s << u"Punch Biopsy: Skin"_s;
        QTest::addRow("Spanish") << u"Buscar todos los c\u00F3digos m\u00E9dicos\n\nUna biopsia de piel\n\n"
                                    u"C\u00F3digo CPT4 11104"_s
                                 << u"Nombre del procedimiento: Biopsia por sacabocados"_s
                                 << u"Biopsia por sacabocados"_s;
        QTest::addRow("Chinese") << u"\u641C\u7D22\u6240\u6709\u533B\u7597\u4EE3\u7801\n\nA descriptor\n\n"
                                    u"CPT4 \u4EE3\u7801 43235"_s
                                 << u"\u9879\u76EE\u540D\u79F0\uFF1A\u80C3\u955C\u68C0\u67E5"_s
                                 << u"\u80C3\u955C\u68C0\u67E5"_s;
    }
    void shouldReadANameOnTheLineOfItsHeading()
    {
        QFETCH(QString, top);
        QFETCH(QString, nameLine);
        QFETCH(QString, title);
        const QString summary = top.startsWith(u"Buscar"_s) ? u"Resumen"_s
                                : top.startsWith(u'\u641C') ? u"\u6982\u8FF0"_s
                                                            : u"Summary"_s;
        const QString doc = u"%1\n\n%2\n\n%3\n\nA small piece of skin is taken.\n"_s.arg(top, nameLine, summary);
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"name.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->title, title);
        QCOMPARE(r.procedure->layName, title);
        QCOMPARE(keysOf(*r.procedure).join(u' '), u"summary"_s);
        // A line that only starts with words of a name heading is text.
        const ParseResult text = DocumentParser::parse(
            u"%1\n\n%2\n\nName of the procedure's drug: magnesium.\n"_s.arg(top, summary).toUtf8(), u"text.txt"_s);
        QVERIFY2(text.ok(), qPrintable(text.error));
        QVERIFY(text.procedure->layName.isEmpty());
    }

    // The name on its heading's line is read apart only where the name belongs: under the code
    // line, above every other heading. A form's "Procedure name: ____" in a section is its text, and
    // a page that opens with the name above its code line imports as it did.
    void shouldReadANameApartOnlyWhereTheNameBelongs_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("keys");
        const QString top = u"Search all medical codes\n\nA skin biopsy, punch\n\nCPT4 code 11104\n\n"_s;
        QTest::addRow("a form's line in a section")
            << top + u"Name of the Procedure:\n\nPunch Biopsy\n\nPreparation\n\nProcedure name: ________\n\n"
                     u"Tell us about blood thinners.\n\n- Warfarin\n- Aspirin\n\nRecovery\n\nRest.\n"_s
            << u"Punch Biopsy"_s << u"preparation recovery"_s;
        QTest::addRow("a second line under it")
            << top + u"Name of the Procedure: Punch Biopsy\n(also known as Skin Punch)\n\nSummary\n\nSkin is taken.\n"_s
            << u"Punch Biopsy"_s << u"summary"_s;
        QTest::addRow("above the code line")
            << u"Search all medical codes\n\nProcedure Name: Punch Biopsy\n\nCPT4 code 11104\n\n"
               u"Summary\n\nSkin is taken.\n"_s
            << u"Procedure Name: Punch Biopsy"_s << u"summary"_s;
    }
    void shouldReadANameApartOnlyWhereTheNameBelongs()
    {
        QFETCH(QString, doc);
        QFETCH(QString, title);
        QFETCH(QString, keys);
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"name-apart.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->title, title);
        QCOMPARE(keysOf(*r.procedure).join(u' '), keys);
        QVERIFY(!r.procedure->layName.contains(u"____"_s));
        if (const Section *preparation = r.procedure->section(u"preparation"_s)) {
            QCOMPARE(preparation->blocks.first().text, u"Procedure name: ________"_s);
            QCOMPARE(preparation->blocks.last().items, (QStringList{u"Warfarin"_s, u"Aspirin"_s}));
        }
    }

    // Under the name, a short line above a sentence is text under the name (a second name, an
    // alias line, a subtitle), as it was; above a list it is a heading of its own.
    void shouldReadALineUnderTheNameAsAHeadingOnlyAboveAList_data()
    {
        QTest::addColumn<QString>("under");
        QTest::addColumn<QString>("keys");
        QTest::addRow("alias line") << u"Also Known As\n\nLower endoscopy, scope exam.\n\n"_s << u"summary"_s;
        QTest::addRow("second name") << u"IV Drip Therapy\n\nFluids are given through a vein.\n\n"_s << u"summary"_s;
        QTest::addRow("above a list") << u"Important Safety Information\n\n- Tell us your medicines.\n- Bring ID.\n\n"_s
                                      << u"other summary"_s;
        QTest::addRow("a long one above a list")
            << u"Important Safety Information for Every Patient Having Sedation\n\n- You must have a driver.\n"
               u"- Call 911 for chest pain.\n\n"_s
            << u"other summary"_s;
    }
    void shouldReadALineUnderTheNameAsAHeadingOnlyAboveAList()
    {
        QFETCH(QString, under);
        QFETCH(QString, keys);
        const QString doc =
            u"Search all medical codes\n\nA colonoscopy\n\nCPT4 code 45378\n\n"
            u"Name of the Procedure:\n\nColonoscopy\n\n%1Summary\n\nA camera looks inside.\n"_s.arg(under);
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"under.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->title, u"Colonoscopy"_s);
        QCOMPARE(keysOf(*r.procedure).join(u' '), keys);
        QCOMPARE(r.procedure->textUnderName().isEmpty(), keys.startsWith(u"other"_s));
    }

    // In a document that numbers its headings, the line numbered on from the name's heading is
    // the next heading, above a list or a sentence: "2. Important Safety Information" was read
    // into the text under the name, its list run into one paragraph with it. A step written as a
    // sentence ("2. Bring your card.") stays text under the name.
    void shouldReadANumberedHeadingUnderTheName_data()
    {
        QTest::addColumn<QString>("under");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("items"); // of the first section's first block (none: a paragraph)
        QTest::addRow("above a list") << u"2. Important Safety Information\n\n- Tell us your medicines.\n- Bring "
                                         u"ID.\n- Do not drive.\n\n"_s
                                      << u"other summary"_s << 3;
        QTest::addRow("above a sentence")
            << u"2) What to Know First\n\nYou will be asleep.\n\n"_s << u"other summary"_s << 0;
        QTest::addRow("a step, a sentence") << u"2. Bring your card.\n\n"_s << u"summary"_s << 0;
        QTest::addRow("steps under the name")
            << u"1. Stop eating at midnight\n\n2. Arrive at 7 AM\n\nBring a driver.\n\n"_s << u"summary"_s << 0;
    }
    void shouldReadANumberedHeadingUnderTheName()
    {
        QFETCH(QString, under);
        QFETCH(QString, keys);
        QFETCH(int, items);
        const QString doc = u"Search all medical codes\n\nA colonoscopy\n\nCPT4 code 45378\n\n"
                            u"1. Name of the Procedure:\n\nColonoscopy\n\n"_s +
                            under + u"3. Summary\n\nA camera looks inside.\n\n4. Preparation\n\n- Drink the prep.\n"_s;
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"numbered.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->title, u"Colonoscopy"_s);
        QCOMPARE(keysOf(*r.procedure).join(u' '), keys + u" preparation"_s);
        QCOMPARE(r.procedure->textUnderName().isEmpty(), keys.startsWith(u"other"_s));
        QCOMPARE(r.procedure->sections.first().blocks.first().items.size(), items);
    }

    // A heading no table holds may still say the stage of the visit its section is for, in the
    // words of the document's language (a handout prints it with that stage). Whole words, the
    // longer phrase first; two stages, or none, say nothing.
    void shouldTellTheStageAnUnknownHeadingIsFor_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("stage");
        QTest::addRow("before") << u"Medicines to Stop Before Surgery:"_s << u"en"_s << u"preparation"_s;
        QTest::addRow("going home") << u"Going Home"_s << u"en"_s << u"recovery"_s;
        QTest::addRow("follow-up") << u"FOLLOW-UP APPOINTMENTS"_s << u"en"_s << u"recovery"_s;
        QTest::addRow("before leaving is after") << u"Before You Go Home"_s << u"en"_s << u"recovery"_s;
        QTest::addRow("preparing at home") << u"Bowel Preparation at Home"_s << u"en"_s << u"preparation"_s;
        QTest::addRow("leaving the hospital") << u"Before You Leave the Hospital"_s << u"en"_s << u"recovery"_s;
        QTest::addRow("leaving home") << u"Before You Leave Home"_s << u"en"_s << QString();
        QTest::addRow("PrEP is a medicine") << u"Side Effects of PrEP"_s << u"en"_s << QString();
        QTest::addRow("a step of the procedure") << u"Skin Preparation"_s << u"en"_s << QString();
        QTest::addRow("Vietnamese after surgery") << u"Ch\u0103m s\u00F3c sau m\u1ED5"_s << u"vi"_s << u"recovery"_s;
        QTest::addRow("Korean before discharge")
            << u"\uD1F4\uC6D0 \uC804 \uC8FC\uC758\uC0AC\uD56D"_s << u"ko"_s << u"recovery"_s;
        QTest::addRow("post op, no hyphen") << u"Post Op Care"_s << u"en"_s << u"recovery"_s;
        QTest::addRow("Arabic without its article")
            << u"\u062A\u062D\u0636\u064A\u0631 \u0627\u0644\u0623\u0645\u0639\u0627\u0621"_s << u"ar"_s
            << u"preparation"_s;
        QTest::addRow("Chinese, nothing by mouth") << u"\u7981\u98DF\u8981\u6C42"_s << u"zh-Hans"_s << u"preparation"_s;
        QTest::addRow("Chinese, previously") << u"\u4EE5\u524D\u7684\u624B\u672F"_s << u"zh-Hans"_s << QString();
        // Words that do not say one stage alone.
        QTest::addRow("during a week after") << u"Activity During the First Week"_s << u"en"_s << QString();
        QTest::addRow("at home") << u"Your Infusion at Home"_s << u"en"_s << QString();
        QTest::addRow("a symptom") << u"Nipple Discharge"_s << u"en"_s << QString();
        QTest::addRow("after-hours") << u"After-Hours Phone Numbers"_s << u"en"_s << QString();
        QTest::addRow("two stages") << u"Before and After Photos"_s << u"en"_s << QString();
        QTest::addRow("no stage") << u"Blood Thinner Instructions"_s << u"en"_s << QString();
        QTest::addRow("not a whole word") << u"Afternoon Appointments"_s << u"en"_s << QString();
        QTest::addRow("no table: every one") << u"Before You Go Home"_s << u"xx"_s << u"recovery"_s;
        QTest::addRow("a clinic's table") << u"Ern\u00E4hrung nach dem Eingriff"_s << u"de"_s << u"recovery"_s;
        QTest::addRow("Spanish") << u"Medicamentos que debe suspender antes de la cirug\u00EDa"_s << u"es"_s
                                 << u"preparation"_s;
        QTest::addRow("Spanish without accents") << u"Despues de la cirugia"_s << u"es"_s << u"recovery"_s;
        QTest::addRow("Spanish, before going home") << u"Antes de volver a casa"_s << u"es"_s << u"recovery"_s;
        QTest::addRow("a clinic's stage for a shipped word") << u"Antes de irse"_s << u"es"_s << u"recovery"_s;
        QTest::addRow("Spanish, a diagnosis") << u"Placenta previa"_s << u"es"_s << QString();
        QTest::addRow("Arabic") << u"\u062A\u0639\u0644\u064A\u0645\u0627\u062A \u0642\u0628\u0644 "
                                   u"\u0627\u0644\u0639\u0645\u0644\u064A\u0629"_s
                                << u"ar"_s << u"preparation"_s;
        QTest::addRow("Arabic, by someone") << u"\u0627\u0644\u062A\u0642\u064A\u064A\u0645 \u0645\u0646 "
                                               u"\u0642\u0628\u0644 \u0627\u0644\u0637\u0628\u064A\u0628"_s
                                            << u"ar"_s << QString();
        QTest::addRow("Chinese") << u"\u624B\u672F\u540E\u7684\u996E\u98DF"_s << u"zh-Hans"_s << u"recovery"_s;
        QTest::addRow("Chinese, a word with before in it")
            << u"\u524D\u5217\u817A\u68C0\u67E5"_s << u"zh-Hans"_s << QString();
        QTest::addRow("Chinese, a stage across two words") // 健康复查: health, check-up
            << u"\u5065\u5EB7\u590D\u67E5"_s << u"zh-Hans"_s << QString();
        QTest::addRow("Chinese Traditional, before leaving hospital")
            << u"\u51FA\u9662\u524D\u9808\u77E5"_s << u"zh-Hant"_s << u"recovery"_s;
        QTest::addRow("Russian") << u"\u041F\u0438\u0442\u0430\u043D\u0438\u0435 \u043F\u043E\u0441\u043B\u0435 "
                                    u"\u043E\u043F\u0435\u0440\u0430\u0446\u0438\u0438"_s
                                 << u"ru"_s << u"recovery"_s;
        QTest::addRow("Vietnamese, deep is not after") // Bài tập thở sâu: deep breathing exercises
            << u"B\u00E0i t\u1EADp th\u1EDF s\u00E2u"_s << u"vi"_s << QString();
        // A clock time is no part of the visit: fasting rules stand in the preparation.
        QTest::addRow("after midnight") << u"No Food or Drink After Midnight"_s << u"en"_s << QString();
        QTest::addRow("after a clock time") << u"Stop Eating After 6 PM"_s << u"en"_s << QString();
        QTest::addRow("after a clock time, with minutes") << u"Stop Drinking After 10.30 pm"_s << u"en"_s << QString();
        QTest::addRow("before a clock time, colon") << u"Nothing to Eat After 22:00"_s << u"en"_s << QString();
        QTest::addRow("Spanish, after a clock time")
            << u"Ayuno despu\u00E9s de las 10 de la noche"_s << u"es"_s << QString();
        QTest::addRow("Spanish, after midnight")
            << u"Nada de comer despu\u00E9s de la medianoche"_s << u"es"_s << QString();
        QTest::addRow("after a number of days is a stage") << u"Driving After 24 Hours"_s << u"en"_s << u"recovery"_s;
        // The stages' own words, and leaving as the heading says it.
        QTest::addRow("recovery") << u"Recovery at Home"_s << u"en"_s << u"recovery"_s;
        QTest::addRow("preparation") << u"Preparation Checklist"_s << u"en"_s << u"preparation"_s;
        QTest::addRow("before you are discharged") << u"Before You Are Discharged"_s << u"en"_s << u"recovery"_s;
        QTest::addRow("before you head home") << u"Before You Head Home"_s << u"en"_s << u"recovery"_s;
        QTest::addRow("Spanish, before going back home") << u"Antes de regresar a casa"_s << u"es"_s << u"recovery"_s;
        QTest::addRow("Korean before discharge, with its particle")
            << u"\uD1F4\uC6D0 \uC804\uC5D0 \uC54C\uC544 \uB450\uC138\uC694"_s << u"ko"_s << u"recovery"_s;
        QTest::addRow("Russian, preparation in another case")
            << u"\u041F\u0430\u043C\u044F\u0442\u043A\u0430 \u043F\u043E "
               u"\u043F\u043E\u0434\u0433\u043E\u0442\u043E\u0432\u043A\u0435"_s
            << u"ru"_s << u"preparation"_s;
    }
    void shouldTellTheStageAnUnknownHeadingIsFor()
    {
        QFETCH(QString, heading);
        QFETCH(QString, language);
        QFETCH(QString, stage);
        QCOMPARE(SectionKeys::matchHeading(heading).kind, SectionKeys::HeadingKind::None);
        QCOMPARE(SectionKeys::stageOfHeading(heading, language), stage);
    }

    // What a keyboard leaves out is left out; another letter is not ("й" is not "и"), and a word
    // without its accents too short to be told apart (the Vietnamese "mã" as "ma", an address's
    // "MA") is not read as the word for "code".
    void shouldLeaveOutOnlyAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("without");
        QTest::addRow("Spanish") << u"Preparaci\u00F3n"_s << u"Preparacion"_s;
        QTest::addRow("Vietnamese") << u"Theo d\u00F5i"_s << u"Theo doi"_s;
        QTest::addRow("Arabic hamza") << u"\u0627\u0644\u0625\u062C\u0631\u0627\u0621"_s
                                      << u"\u0627\u0644\u0627\u062C\u0631\u0627\u0621"_s;
        QTest::addRow("Russian yo") << u"\u0451\u043C\u043A\u043E"_s << u"\u0435\u043C\u043A\u043E"_s;
        QTest::addRow("Russian short i") << u"\u0439\u043E\u0434"_s << u"\u0439\u043E\u0434"_s;
        QTest::addRow("Korean") << u"\uC900\uBE44"_s << u"\uC900\uBE44"_s;
        QTest::addRow("Vietnamese d") << u"Ch\u1EC9 \u0111\u1ECBnh"_s << u"Chi dinh"_s;
        QTest::addRow("Arabic tatweel") << u"\u0627\u0644\u0645\u062E\u0640\u0627\u0637\u0640\u0631"_s
                                        << u"\u0627\u0644\u0645\u062E\u0627\u0637\u0631"_s;
        QTest::addRow("Arabic shadda and a vowel")
            << u"\u062A\u062C\u0646\u0651\u064E\u0628"_s << u"\u062A\u062C\u0646\u0628"_s;
        QTest::addRow("Arabic taa marbuta")
            << u"\u0627\u0644\u0645\u062F\u0629"_s << u"\u0627\u0644\u0645\u062F\u0647"_s;
    }
    void shouldLeaveOutOnlyAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, without);
        QCOMPARE(Languages::withoutAccents(text), without);
    }
    void shouldNotTakeAnAddressForACodeWord()
    {
        for (const Languages::Language &language : Languages::all())
            QVERIFY2(!language.codeWords.contains(u"ma"_s), qPrintable(language.code));
        const ParseResult r = DocumentParser::parse(
            "Search all medical codes\n\nRiverside Clinic\nBoston, MA 02115\n\nSummary\n\nA visit.\n"_ba,
            u"address.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    }

    // A Spanish document typed without accents: its page header, code line, name heading and
    // alias are read as with them.
    void shouldReadSpanishTypedWithoutAccents()
    {
        const QByteArray doc = "Buscar todos los codigos medicos\n\nPulse oximetry; single determination\n\n"
                               "Codigo CPT4 94760\n\nNombre del procedimiento:\n\nOximetria de pulso (tambien "
                               "llamada saturacion)\n\nResumen\n\nUna pinza en el dedo.\n\nPreparacion\n\n"
                               "  \u2022 Quitese el esmalte.\n"_ba;
        const ParseResult r = DocumentParser::parse(doc, u"es.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->language, u"es"_s);
        QCOMPARE(r.procedure->descriptor, u"Pulse oximetry; single determination"_s);
        QCOMPARE(r.procedure->codeSystem, u"CPT"_s);
        QCOMPARE(r.procedure->code, u"94760"_s);
        QCOMPARE(r.procedure->title, u"Oximetria de pulso"_s);
        QCOMPARE(r.procedure->aliases, QStringList{u"saturacion"_s});
        QCOMPARE(keysOf(*r.procedure).join(u' '), u"summary preparation"_s);
    }

    // Lists as clinics write them: each item an item, whatever its marker; a number in another
    // script's digits; a line going on with the item's sentence. They were one run-on paragraph.
    void shouldReadListsAsClinicsWriteThem_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<int>("start");
        const QStringList two{u"Warm your hands"_s, u"Remove nail polish"_s};
        const auto bullets = int(BlockType::Bullets);
        const auto steps = int(BlockType::Steps);
        QTest::addRow("black circles") << u"\u25CF Warm your hands\n\u25CF Remove nail polish"_s << bullets << two << 1;
        QTest::addRow("a bullet touching its item")
            << u"\u2022Warm your hands\n\u2022Remove nail polish"_s << bullets << two << 1;
        QTest::addRow("plus signs") << u"+ Warm your hands\n+ Remove nail polish"_s << bullets << two << 1;
        QTest::addRow("check marks") << u"\u2713 Warm your hands\n\u2713 Remove nail polish"_s << bullets << two << 1;
        QTest::addRow("a step touching its number")
            << u"1.Warm your hands\n2.Remove nail polish"_s << steps << two << 1;
        QTest::addRow("numbers in brackets") << u"(1) Warm your hands\n(2) Remove nail polish"_s << steps << two << 1;
        QTest::addRow("starting at 3") << u"3) Warm your hands\n4) Remove nail polish"_s << steps << two << 3;
        QTest::addRow("Arabic-Indic digits") << u"\u0661. \u0623\u0648\u0644\n\u0662. \u062B\u0627\u0646"_s << steps
                                             << QStringList{u"\u0623\u0648\u0644"_s, u"\u062B\u0627\u0646"_s} << 1;
        // Arabic writes a step's number with a dash after it; they ran into one paragraph.
        QTest::addRow("a dash after the number") << u"1- \u0623\u0648\u0644\n2- \u062B\u0627\u0646"_s << steps
                                                 << QStringList{u"\u0623\u0648\u0644"_s, u"\u062B\u0627\u0646"_s} << 1;
        QTest::addRow("a dash after an Arabic-Indic number")
            << u"\u0661- \u0623\u0648\u0644\n\u0662- \u062B\u0627\u0646"_s << steps
            << QStringList{u"\u0623\u0648\u0644"_s, u"\u062B\u0627\u0646"_s} << 1;
        QTest::addRow("Chinese enumeration comma")
            << u"1\u3001\u5C06\u5939\u5B50\u5939\u5728\u624B\u6307\u4E0A\u3002\n2\u3001\u663E\u793A\u8BFB\u6570\u3002"_s
            << steps
            << QStringList{u"\u5C06\u5939\u5B50\u5939\u5728\u624B\u6307\u4E0A\u3002"_s,
                           u"\u663E\u793A\u8BFB\u6570\u3002"_s}
            << 1;
        QTest::addRow("full-width number")
            << u"\uFF11\uFF0E\u4FDD\u6301\u6E29\u6696\n\uFF12\uFF0E\u53BB\u9664\u6307\u7532\u6CB9"_s << steps
            << QStringList{u"\u4FDD\u6301\u6E29\u6696"_s, u"\u53BB\u9664\u6307\u7532\u6CB9"_s} << 1;
        QTest::addRow("Japanese middle dot")
            << u"\u30FB\u4FDD\u6301\u6E29\u6696\n\u30FB\u53BB\u9664\u6307\u7532\u6CB9"_s << bullets
            << QStringList{u"\u4FDD\u6301\u6E29\u6696"_s, u"\u53BB\u9664\u6307\u7532\u6CB9"_s} << 1;
        QTest::addRow("an item going on, not indented")
            << u"\u2022 Call the clinic if the reading stays below 92 percent or if you feel\nshort of breath.\n"
               "\u2022 Keep it charged."_s
            << bullets
            << QStringList{u"Call the clinic if the reading stays below 92 percent or if you feel short of breath."_s,
                           u"Keep it charged."_s}
            << 1;
        QTest::addRow("Chinese item wrapped")
            << u"\u2022 \u4FDD\u6301\n  \u6E29\u6696"_s << bullets << QStringList{u"\u4FDD\u6301\u6E29\u6696"_s} << 1;
    }
    void shouldReadListsAsClinicsWriteThem()
    {
        QFETCH(QString, body);
        QFETCH(int, type);
        QFETCH(QStringList, items);
        QFETCH(int, start);
        const ParseResult r = parseBody(u"Preparation\n\n%1\n"_s.arg(body), u"lists.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Section *preparation = r.procedure->section(u"preparation"_s);
        QVERIFY(preparation);
        QCOMPARE(preparation->blocks.size(), 1);
        QCOMPARE(int(preparation->blocks.first().type), type);
        QCOMPARE(preparation->blocks.first().items, items);
        QCOMPARE(preparation->blocks.first().start, start);
    }

    // A list under an item of a list, as its source indents it: bullets under a bullet, lettered
    // sub-steps under a step, the "o" a word processor marks a second level with. Sub-steps were
    // glued into their step ("Arrive early a. Bring your card b. …"), sub-bullets made items of
    // the list above. Each block: its kind (B bullets, S steps, A lettered), level, start, items.
    void shouldNestAListUnderItsItem_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("blocks");
        QTest::addRow("bullets under a bullet")
            << u"  \u2022 Stop these medicines:\n      \u25E6 aspirin\n      \u25E6 warfarin\n  \u2022 Eat nothing"_s
            << u"B0@1[Stop these medicines:] B1@1[aspirin|warfarin] B0@1[Eat nothing]"_s;
        QTest::addRow("lettered sub-steps, the steps going on")
            << u"  1. Arrive early\n     a. Bring your card\n     b) Bring a list\n  2. Check in"_s
            << u"S0@1[Arrive early] a1@1[Bring your card|Bring a list] S0@2[Check in]"_s;
        QTest::addRow("sub-steps in brackets") << u"1. Arrive early\n   (a) Bring your card\n   (b) Bring a list"_s
                                               << u"S0@1[Arrive early] a1@1[Bring your card|Bring a list]"_s;
        QTest::addRow("letters going on under the next step")
            << u"1. Arrive\n   a. Bring your card\n2. Wait\n   b. Read the form"_s
            << u"S0@1[Arrive] a1@1[Bring your card] S0@2[Wait] a1@2[Read the form]"_s;
        QTest::addRow("numbered steps under a step")
            << u"1. Night before\n2. Morning of:\n    1. No food\n    2. No drink\n3. Come in"_s
            << u"S0@1[Night before|Morning of:] S1@1[No food|No drink] S0@3[Come in]"_s;
        QTest::addRow("a word processor's o, with tabs") << u"\u2022\tFruit\n\to\tapples\n\to\tpears\n\u2022\tBread"_s
                                                         << u"B0@1[Fruit] B1@1[apples|pears] B0@1[Bread]"_s;
        QTest::addRow("a sub-list after a blank line")
            << u"- Stop these medicines:\n\n    - aspirin\n    - warfarin\n\n- Eat nothing"_s
            << u"B0@1[Stop these medicines:] B1@1[aspirin|warfarin] B0@1[Eat nothing]"_s;
        QTest::addRow("three levels, a fourth kept at the third")
            << u"- one\n  - two\n    - three\n      - four\n- back"_s
            << u"B0@1[one] B1@1[two] B2@1[three|four] B0@1[back]"_s;
        QTest::addRow("a sub-item's wrapped line is the sub-item's")
            << u"  1. Arrive early\n     a. Bring your insurance card and a list of the\n        medicines you take"_s
            << u"S0@1[Arrive early] a1@1[Bring your insurance card and a list of the medicines you take]"_s;
        QTest::addRow("a column's slip is the same list") << u"  \u2022 Warm your hands\n   \u2022 Remove nail polish"_s
                                                          << u"B0@1[Warm your hands|Remove nail polish]"_s;
        // What is no list under an item: the wrapped line of an item beginning with the word
        // "o" (Spanish "or"), "a. m." and "e. g.", a letter a list does not start with, steps
        // numbered on whose first lost its indent, a bullet's slip, marks set in with no-break
        // or ideographic spaces.
        QTest::addRow("Spanish o on a wrapped line")
            << u"\u2022 Puede tomar agua, t\u00E9 claro\n    o bien jugo de manzana.\n\u2022 No coma nada"_s
            << u"B0@1[Puede tomar agua, t\u00E9 claro o bien jugo de manzana.|No coma nada]"_s;
        QTest::addRow("a. m. on a wrapped line")
            << u"1. Arrive at the clinic by 7\n   a. m. and check in.\n2. Sit down"_s
            << u"S0@1[Arrive at the clinic by 7 a. m. and check in.|Sit down]"_s;
        QTest::addRow("e. g. on a wrapped line")
            << u"\u2022 Stop blood thinners,\n    e. g. warfarin."_s << u"B0@1[Stop blood thinners, e. g. warfarin.]"_s;
        QTest::addRow("sub-steps in roman numerals")
            << u"1. Bring\n    i. your card\n    ii. your list\n    iii) your glasses\n    iv. a book\n2. Sit"_s
            << u"S0@1[Bring] i1@1[your card|your list|your glasses|a book] S0@2[Sit]"_s;
        QTest::addRow("capital sub-steps")
            << u"1. Bring\n   A. your card\n   B. your list"_s << u"S0@1[Bring] A1@1[your card|your list]"_s;
        QTest::addRow("capital roman sub-steps")
            << u"1. Bring\n   I. your card\n   II. your list"_s << u"S0@1[Bring] I1@1[your card|your list]"_s;
        QTest::addRow("letters going on past h")
            << u"1. Bring\n   a. one\n   b. two\n   c. three\n   d. four\n   e. five\n   f. six\n   g. seven\n"
               "   h. eight\n   i. nine"_s
            << u"S0@1[Bring] a1@1[one|two|three|four|five|six|seven|eight|nine]"_s;
        QTest::addRow("a word is no numeral") << u"1. Bring the powder and\n   mix. It dissolves."_s
                                              << u"S0@1[Bring the powder and mix. It dissolves.]"_s;
        QTest::addRow("steps whose first lost its indent")
            << u"1. Stop eating at midnight.\n   2. Take your pills.\n   3. Come at 7."_s
            << u"S0@1[Stop eating at midnight.|Take your pills.|Come at 7.]"_s;
        QTest::addRow("a step's slip") << u"1. One\n  2. Two\n3. Three"_s << u"S0@1[One|Two|Three]"_s;
        QTest::addRow("a step lined up with the letters above")
            << u"1. Arrive\n   a. Bring your card\n   2. Wait"_s << u"S0@1[Arrive] a1@1[Bring your card] S0@2[Wait]"_s;
        QTest::addRow("bullets whose first lost its indent")
            << u"\u2022 Stop aspirin\n    \u2022 Stop fish oil\n    \u2022 Eat nothing"_s
            << u"B0@1[Stop aspirin|Stop fish oil|Eat nothing]"_s;
        QTest::addRow("bullets drifting a column a line")
            << u"\u2022 a\n \u2022 b\n  \u2022 c\n   \u2022 d"_s << u"B0@1[a|b|c|d]"_s;
        QTest::addRow("set in with no-break spaces")
            << u"\u2022 Stop these:\n\u00A0\u00A0\u00A0\u00A0\u25E6 aspirin\n\u2022 Eat nothing"_s
            << u"B0@1[Stop these:] B1@1[aspirin] B0@1[Eat nothing]"_s;
        QTest::addRow("set in with ideographic spaces")
            << u"\u2022 \u505C\u836F\uFF1A\n\u3000\u3000\u25E6 \u963F\u53F8\u5339\u6797"_s
            << u"B0@1[\u505C\u836F\uFF1A] B1@1[\u963F\u53F8\u5339\u6797]"_s;
        QTest::addRow("a list set in with no-break spaces")
            << u"\u00A0\u00A0\u2022 Stop these\n\u00A0\u00A0\u2022 Eat nothing"_s << u"B0@1[Stop these|Eat nothing]"_s;
        QTest::addRow("a letter with no item above is text")
            << u"a. Bring your card\nb. Bring a list"_s << u"P[a. Bring your card b. Bring a list]"_s;
        QTest::addRow("a paragraph ends the list")
            << u"  \u2022 Warm your hands\n\nAfter that, do these things as well:\n\n      \u25E6 rest"_s
            << u"B0@1[Warm your hands] P[After that, do these things as well:] B0@1[rest]"_s;
    }
    void shouldNestAListUnderItsItem()
    {
        QFETCH(QString, body);
        QFETCH(QString, blocks);
        const ParseResult r = parseBody(u"Preparation\n\n%1\n"_s.arg(body), u"nested.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Section *preparation = r.procedure->section(u"preparation"_s);
        QVERIFY(preparation);
        QCOMPARE(shapeOf(*preparation), blocks);
        // Stored and read back as it was; a list with no level under it is stored as before.
        bool same = false;
        const QByteArray json = storedAndReadBack(*r.procedure, &same);
        QVERIFY(same);
        QCOMPARE(json.contains("\"level\""), blocks.contains(QRegularExpression(u"\\b[BSaAiI][12]@"_s)));
        QCOMPARE(json.contains("\"numbering\""), blocks.contains(QRegularExpression(u"\\b[aAiI]\\d@"_s)));
    }

    // A table keeps its rows and columns: printed as one paragraph, "Acetaminophen 650 mg every 6
    // hours 3,000 mg Ibuprofen 400 mg …" left a patient to guess which limit went with which
    // medicine. A Markdown table (its line of dashes makes the rows above it headings), cells apart
    // by tabs, or by spaces lining up in columns; lines around it stay text.
    void shouldKeepATablesRowsAndColumns_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("blocks");
        QTest::addRow("Markdown, with headings")
            << u"| Time | Dose |\n|------|:----:|\n| Morning | 1 tablet |\n| Night | 2 tablets |"_s
            << u"T1[Time;Dose/Morning;1 tablet/Night;2 tablets]"_s;
        QTest::addRow("Markdown without headings")
            << u"| Morning | 1 tablet |\n| Night | 2 tablets |"_s << u"T0[Morning;1 tablet/Night;2 tablets]"_s;
        QTest::addRow("Markdown, an empty cell") << u"|a||c|\n|d|e|f|"_s << u"T0[a;;c/d;e;f]"_s;
        QTest::addRow("columns of spaces, a lead-in above")
            << u"Doses for pain:\nMedicine       Dose     Most a day\nAcetaminophen  650 mg   3,000 mg\n"
               "Ibuprofen      400 mg   1,200 mg"_s
            << u"P[Doses for pain:] T0[Medicine;Dose;Most a day/Acetaminophen;650 mg;3,000 mg/Ibuprofen;400 "
               "mg;1,200 mg]"_s;
        QTest::addRow("tabs") << u"Morning\t1 tablet\nNight\t2 tablets\nThen rest."_s
                              << u"T0[Morning;1 tablet/Night;2 tablets] P[Then rest.]"_s;
        QTest::addRow("tabs, an empty cell")
            << u"Medicine\tMorning\tEvening\nIbuprofen\t\t400 mg\nParacetamol\t500 mg\t"_s
            << u"T0[Medicine;Morning;Evening/Ibuprofen;;400 mg/Paracetamol;500 mg;]"_s;
        QTest::addRow("spaces around a tab")
            << u"Take it:  \t1 tablet\nThen:  \t2 tablets"_s << u"T0[Take it:;1 tablet/Then:;2 tablets]"_s;
        QTest::addRow("Markdown, its headings alone") << u"| Time | Dose |\n|---|---|"_s << u"T1[Time;Dose]"_s;
        QTest::addRow("a list after it") << u"| a | b |\n| c | d |\n\u2022 Rest"_s << u"T0[a;b/c;d] B0@1[Rest]"_s;
        QTest::addRow("Markdown, one dash a column")
            << u"| Time | Dose |\n|-|-|\n| Night | 2 |"_s << u"T1[Time;Dose/Night;2]"_s;
        QTest::addRow("Markdown, an escaped bar")
            << u"| A \\| B | use \\| not |\n|---|---|\n| 1 | 2 |"_s << u"T1[A | B;use | not/1;2]"_s;
        QTest::addRow("Markdown, a second line of dashes kept")
            << u"| a | b |\n|---|---|\n| c | d |\n|---|---|\n| e | f |"_s << u"T1[a;b/c;d/---;---/e;f]"_s;
        QTest::addRow("columns of spaces, Han letters two columns wide")
            << u"Drug        剂量\n硫酸镁      2 g\n生理盐水    100 ml\nSaline      100 ml"_s
            << u"T0[Drug;剂量/硫酸镁;2 g/生理盐水;100 ml/Saline;100 ml]"_s;
        QTest::addRow("tabs set to line cells up, the first row short")
            << u"Medicine\tDose\nMg\t\t2 g\nMagnesium IV\t\t4 g"_s << u"T0[Medicine;Dose/Mg;2 g/Magnesium IV;4 g]"_s;
        QTest::addRow("Markdown, a row of dashes for none")
            << u"| Drug | Dose |\n|---|---|\n| Mg | 2 g |\n| - | - |"_s << u"T1[Drug;Dose/Mg;2 g/-;-]"_s;
        QTest::addRow("Markdown, dashes under the last row")
            << u"| a | b |\n| c | d |\n|---|---|"_s << u"T0[a;b/c;d/---;---]"_s;
        QTest::addRow("tabs set to line cells up")
            << u"Drug\t\tDose\nMg\t\t2 g\nMagnesium IV\t4 g"_s << u"T0[Drug;Dose/Mg;2 g/Magnesium IV;4 g]"_s;
        // Not a table: sentences two spaces apart, columns that do not line up, one line alone, a
        // list's items, a bar in a sentence.
        QTest::addRow("two spaces after a full stop") << u"Rest well.  Drink water.\nEat well.  Sleep now."_s
                                                      << u"P[Rest well.  Drink water. Eat well.  Sleep now.]"_s;
        QTest::addRow("gaps that do not line up") << u"Take one  in the morning\nand two at night  with food"_s
                                                  << u"P[Take one  in the morning and two at night  with food]"_s;
        QTest::addRow("one line") << u"Dose   650 mg"_s << u"P[Dose   650 mg]"_s;
        QTest::addRow("two spaces in one column by chance")
            << u"Call us  today\nTake it  daily"_s << u"P[Call us  today Take it  daily]"_s;
        QTest::addRow("set in with a tab") << u"\tTake one tablet  with food\n\tDrink a full glass  of water"_s
                                           << u"P[Take one tablet  with food Drink a full glass  of water]"_s;
        QTest::addRow("a list's items") << u"\u2022 Morning   1 tablet\n\u2022 Night     2 tablets"_s
                                        << u"B0@1[Morning   1 tablet|Night     2 tablets]"_s;
        QTest::addRow("sentences ending in a quotation mark")
            << u"Rest at home.\u201D  Drink plenty of water.\nTake it easy.\u201D  Call the clinic.\n"
               "Do not drive.\u201D  Ask for a ride home."_s
            << u"P[Rest at home.\u201D  Drink plenty of water. Take it easy.\u201D  Call the clinic. Do not "
               u"drive.\u201D  "
               "Ask for a ride home.]"_s;
        QTest::addRow("sentences ending in a bracket, a comma or an ellipsis")
            << u"Rest (at home.)  Drink water,  then sleep.\nTake it (easy.)  Call us\u2026  then rest.\n"
               "Stay in (today.)  Eat soup,    then walk."_s
            << u"P[Rest (at home.)  Drink water,  then sleep. Take it (easy.)  Call us\u2026  then rest. Stay in "
               u"(today.)  "
               "Eat soup,    then walk.]"_s;
        QTest::addRow("a bar in a sentence")
            << u"Mix 1 | 2 with water.\nDrink it."_s << u"P[Mix 1 | 2 with water. Drink it.]"_s;
    }
    void shouldKeepATablesRowsAndColumns()
    {
        QFETCH(QString, body);
        QFETCH(QString, blocks);
        const ParseResult r = parseBody(u"Preparation\n\n%1\n"_s.arg(body), u"table.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Section *preparation = r.procedure->section(u"preparation"_s);
        QVERIFY(preparation);
        QCOMPARE(shapeOf(*preparation), blocks);
        // Stored and read back as it was; every word in the section's text.
        bool same = false;
        const QByteArray json = storedAndReadBack(*r.procedure, &same);
        QVERIFY(same);
        QCOMPARE(json.contains("\"rows\""), blocks.contains(QRegularExpression(u"^T\\d\\[|\\sT\\d\\["_s)));
        // (A bar escaped in a Markdown table, "\\|", is the bar.)
        const QString words = QString(body).replace(u"\\|"_s, u"|"_s);
        for (const QString &word : words.split(QRegularExpression(u"[\\s|:\u2022-]+"_s), Qt::SkipEmptyParts))
            QVERIFY2(preparation->plainText().contains(word), qPrintable(word));
    }

    // Roman numerals as sub-steps are written: one case, the usual shortest form.
    void shouldReadRomanNumerals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value");
        QTest::addRow("i") << u"i"_s << 1;
        QTest::addRow("iv") << u"iv"_s << 4;
        QTest::addRow("XII") << u"XII"_s << 12;
        QTest::addRow("mcmxc") << u"mcmxc"_s << 1990;
        QTest::addRow("four strokes") << u"iiii"_s << 0;
        QTest::addRow("mixed case") << u"Ii"_s << 0;
        QTest::addRow("backwards") << u"vx"_s << 0;
        QTest::addRow("not a numeral") << u"a"_s << 0;
        QTest::addRow("empty") << QString() << 0;
    }
    void shouldReadRomanNumerals()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QCOMPARE(Digits::fromRoman(text), value);
        if (value > 0)
            QCOMPARE(Digits::roman(value), text.toLower());
    }

    // A stored block's level is read within what a list can have, and only for a list.
    void shouldReadAStoredLevelWithinBounds_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<int>("level");
        QTest::addRow("too deep") << u"{\"type\":\"bullets\",\"items\":[\"x\"],\"level\":7}"_s << 2;
        QTest::addRow("below the top") << u"{\"type\":\"steps\",\"items\":[\"x\"],\"level\":-1}"_s << 0;
        QTest::addRow("not a number") << u"{\"type\":\"bullets\",\"items\":[\"x\"],\"level\":\"x\"}"_s << 0;
        QTest::addRow("a paragraph") << u"{\"type\":\"paragraph\",\"text\":\"x\",\"level\":2}"_s << 0;
    }
    void shouldReadAStoredLevelWithinBounds()
    {
        QFETCH(QString, block);
        QFETCH(int, level);
        const QString json =
            u"{\"codeSystem\":\"CPT\",\"code\":\"1\",\"descriptor\":\"d\",\"title\":\"t\","
            "\"sections\":[{\"key\":\"preparation\",\"heading\":\"Preparation\",\"blocks\":[%1]}]}"_s.arg(block);
        const auto p = ProcedureJson::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(p);
        QCOMPARE(p->sections.first().blocks.first().level, level);
        QVERIFY(!ProcedureJson::contentJson(*p).contains(level == 0 ? "\"level\"" : "\"level\":0"));
    }

    // What follows a list item in its block is not glued to it when it is an item of its own (a
    // lettered sub-step), nor are steps whose words are headings read as headings.
    void shouldKeepAListsOwnStructure()
    {
        ParseResult r =
            parseBody(u"Procedure Description\n\n1. Prepare the skin\na) wash it\n2. Place the clip\n"_s, u"sub.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Section *procedure = r.procedure->section(u"procedure"_s);
        QVERIFY(procedure);
        QCOMPARE(procedure->blocks.first().items, QStringList{u"Prepare the skin"_s});
        QCOMPARE(procedure->blocks.at(1).text, u"a) wash it"_s);
        r = parseBody(u"Procedure Description\n\n1. Preparation\n\n2. Procedure\n\n3. Recovery\n"_s, u"phases.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(keysOf(*r.procedure), QStringList{u"procedure"_s});
        QCOMPARE(r.procedure->sections.first().blocks.first().items,
                 (QStringList{u"Preparation"_s, u"Procedure"_s, u"Recovery"_s}));
        // A sentence in lower case under a short item is a sentence of its own, for the whole list.
        r = parseBody(u"Preparation\n\n\u2022 Metformin\n\u2022 Glipizide\ndo not take these on the "
                      "morning of the scan.\n"_s,
                      u"short.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->section(u"preparation"_s)->blocks.first().items,
                 (QStringList{u"Metformin"_s, u"Glipizide"_s}));
        // A number in brackets that is a phone number, or a count going on from the line above,
        // is no step; nor is a sign before a dose a bullet.
        r = parseBody(u"Preparation\n\nCall the nurse line:\n(03) 9123 4567\n\nTake two\n(2) tablets with water.\n\n"
                      "+ 2 units if it is over 200.\n"_s,
                      u"numbers.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QList<Block> &blocks = r.procedure->section(u"preparation"_s)->blocks;
        QCOMPARE(blocks.size(), 3);
        for (const Block &b : blocks)
            QCOMPARE(b.type, BlockType::Paragraph);
        QCOMPARE(blocks.at(0).text, u"Call the nurse line: (03) 9123 4567"_s);
        QCOMPARE(blocks.at(2).text, u"+ 2 units if it is over 200."_s);
        // A numbered outline inside a section of a document whose headings have no numbers is
        // the section's text.
        r = parseBody(u"Summary\n\nA clip.\n\nProcedure Description\n\n1. Preparation\n\nThe "
                      "nurse explains.\n\n2. Recovery\n\nYou rest.\n"_s,
                      u"outline.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(keysOf(*r.procedure), (QStringList{u"summary"_s, u"procedure"_s}));
        // A call-out ("Important:") is a heading within its section, not a section of its own.
        r = parseBody(u"Preparation\n\nImportant:\n\nDrink clear liquids only.\n\nRecovery\n\n"
                      "Rest.\n"_s,
                      u"callout.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(keysOf(*r.procedure), (QStringList{u"preparation"_s, u"recovery"_s}));
        QCOMPARE(r.procedure->sections.first().blocks.first().type, BlockType::Subheading);
        // A numbered name heading is the name's.
        r = parseBody(u"1. Name of the Procedure:\n\nPulse Oximetry\n\n2. Summary\n\nA clip.\n"_s, u"name.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->title, u"Pulse Oximetry"_s);
        QCOMPARE(keysOf(*r.procedure), QStringList{u"summary"_s});
    }

    // A document whose headings are numbered: a heading with a list numbered anew under it ("3.
    // How it is done" over "1. First step", "二、准备" over "1. 第一步") is its section's heading,
    // and a heading no table knows, numbered on from the one before ("8. Follow-up" after "7.
    // Setting"), one of its own. Each was an item of a list in the section before, or its text.
    // A step numbered on from the list above it, or ending as a sentence, stays a step.
    void shouldReadANumberedDocumentsOwnOutline_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("headings");
        QTest::addRow("a list numbered anew under a known heading")
            << u"1. Summary\n\nA clip.\n\n2. Preparation\n\nEat as usual.\n\n3. How It Is Done\n\n1. The nurse "
               "cleans the skin.\n2. A thin tube goes in.\n\n4. Risks\n\nA bruise.\n"_s
            << QStringList{u"summary"_s, u"preparation"_s, u"procedure"_s, u"risks"_s}
            << QStringList{u"1. Summary"_s, u"2. Preparation"_s, u"3. How It Is Done"_s, u"4. Risks"_s};
        QTest::addRow("Chinese numerals over a list in digits")
            << u"\u4E00\u3001\u6982\u8FF0\n\n\u6587\u5B57\u3002\n\n\u4E8C\u3001\u51C6\u5907\n\n1. "
               "\u7B2C\u4E00\u6B65\u3002\n2. \u7B2C\u4E8C\u6B65\u3002\n\n\u4E09\u3001\u98CE\u9669\n\n\u6587"
               "\u5B57\u3002\n"_s
            << QStringList{u"summary"_s, u"preparation"_s, u"risks"_s}
            << QStringList{u"\u4E00\u3001\u6982\u8FF0"_s, u"\u4E8C\u3001\u51C6\u5907"_s, u"\u4E09\u3001\u98CE\u9669"_s};
        QTest::addRow("an unknown heading numbered on")
            << u"1. Summary\n\nA clip.\n\n2. Setting\n\nThe day unit.\n\n3. Your Next Visit\n\nA blood test in "
               "two weeks.\n"_s
            << QStringList{u"summary"_s, u"setting"_s, u"other"_s}
            << QStringList{u"1. Summary"_s, u"2. Setting"_s, u"3. Your Next Visit"_s};
        QTest::addRow("an unknown heading in Chinese numerals")
            << u"\u4E00\u3001\u6982\u8FF0\n\n\u6587\u5B57\u3002\n\n\u4E8C\u3001\u98CE\u9669\n\n\u6587"
               "\u5B57\u3002\n\n\u4E09\u3001\u9884\u7EA6\u4FE1\u606F\n\n\u8BF7\u6309\u65F6\u6765\u3002\n"_s
            << QStringList{u"summary"_s, u"risks"_s, u"other"_s}
            << QStringList{u"\u4E00\u3001\u6982\u8FF0"_s, u"\u4E8C\u3001\u98CE\u9669"_s,
                           u"\u4E09\u3001\u9884\u7EA6\u4FE1\u606F"_s};
        QTest::addRow("a step numbered on from the list above")
            << u"1. Summary\n\nA clip.\n\n2. Procedure Description\n\n1. Clean the skin\n2. Place the tube\n\n"
               "3. Tape it down\n\nIt stays a day.\n"_s
            << QStringList{u"summary"_s, u"procedure"_s} << QStringList{u"1. Summary"_s, u"2. Procedure Description"_s};
        QTest::addRow("a sentence numbered on")
            << u"1. Summary\n\nA clip.\n\n2. Recovery\n\nRest at home.\n\n3. Call us if it bleeds.\n\nWe "
               "answer day and night.\n"_s
            << QStringList{u"summary"_s, u"recovery"_s} << QStringList{u"1. Summary"_s, u"2. Recovery"_s};
        // What the outline's reading took for headings (a review found): a step after a note,
        // a dose, a Chinese sentence numbered as the outline is.
        QTest::addRow("a step after a note between steps")
            << u"1. Summary\n\nA clip.\n\n2. Procedure Description\n\n1. Clean the skin\n2. Place the tube\n\nThis "
               "takes a minute.\n\n3. Tape it down\n\nIt stays a day.\n"_s
            << QStringList{u"summary"_s, u"procedure"_s} << QStringList{u"1. Summary"_s, u"2. Procedure Description"_s};
        QTest::addRow("a dose") << u"1. Summary\n\nA clip.\n\n2.5 mg if you weigh under 50 kg\n\nAsk the nurse.\n"_s
                                << QStringList{u"summary"_s} << QStringList{u"1. Summary"_s};
        QTest::addRow("a Chinese sentence numbered as the outline")
            << u"\u4E00\u3001\u6982\u8FF0\n\n\u6587\u5B57\u3002\n\n\u4E8C\u3001\u98CE\u9669\n\n\u6587"
               "\u5B57\u3002\n\n\u4E09\u3001\u56DB\u5929\u5185\u4E0D\u8981\u6D17\u6FA1\uFF0C\u4F24\u53E3\u4FDD"
               "\u6301\u5E72\u71E5\n\n\u8BF7\u6CE8\u610F\u3002\n"_s
            << QStringList{u"summary"_s, u"risks"_s}
            << QStringList{u"\u4E00\u3001\u6982\u8FF0"_s, u"\u4E8C\u3001\u98CE\u9669"_s};
        QTest::addRow("not numbered on")
            << u"1. Summary\n\nA clip.\n\n2. Recovery\n\nRest at home.\n\n5. Your Next Visit\n\nIn two weeks.\n"_s
            << QStringList{u"summary"_s, u"recovery"_s} << QStringList{u"1. Summary"_s, u"2. Recovery"_s};
    }
    void shouldReadANumberedDocumentsOwnOutline()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, headings);
        const bool chinese = body.front() == u'\u4E00';
        const QString top = chinese ? u"\u641C\u7D22\u6240\u6709\u533B\u7597\u4EE3\u7801\n\nA descriptor\n\nCPT4 "
                                      "\u4EE3\u7801 96413\n\n"_s
                                    : u"Search all medical codes\n\nA descriptor\n\nCPT4 code 96413\n\n"_s;
        const ParseResult r = DocumentParser::parse((top + body).toUtf8(), u"outline.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(keysOf(*r.procedure), keys);
        QStringList written;
        for (const Section &section : r.procedure->sections)
            written << section.heading;
        QCOMPARE(written, headings);
        // Every word stays, in its order (a step's number is its list's).
        const auto withoutNumbers = [](QStringList words) {
            words.removeIf([](const QString &w) { return w.front().isDigit(); });
            return words.join(u' ');
        };
        QCOMPARE(withoutNumbers(Test::procedureWords(*r.procedure)),
                 withoutNumbers(Test::words(u"A descriptor "_s + body)));
    }

    // A line leading into a table ("Dose schedule:") stays in its section, above its table: in a
    // document whose headings are in sentence case it was a section of its own, which a preset
    // left out with the doses.
    void shouldKeepALineLeadingIntoATableInItsSection()
    {
        const ParseResult r =
            parseBody(u"Procedure description\n\nThe nurse gives the dose.\n\nDose "
                      "schedule:\n\n| Visit | Dose |\n|---|---|\n| 1 | 200 mg |\n\nRecovery\n\nRest.\n"_s,
                      u"schedule.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(keysOf(*r.procedure), (QStringList{u"procedure"_s, u"recovery"_s}));
        const QList<Block> &blocks = r.procedure->sections.first().blocks;
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(1).text, u"Dose schedule:"_s);
        QCOMPARE(blocks.at(2).type, BlockType::Table);
    }

    // A Chinese name wrapped over two lines is one name, without a space inside it.
    void shouldJoinAWrappedChineseNameWithoutASpace()
    {
        const QString doc = u"\u641C\u7D22\u6240\u6709\u533B\u7597\u4EE3\u7801\n\nPulse oximetry\n\nCPT4 code 94760\n\n"
                            "\u64CD\u4F5C\u540D\u79F0\uFF1A\n\n\u8109\u640F\u8840\u6C27\n\u6D4B\u5B9A\n\n"
                            "\u6458\u8981\n\n\u4E00\u4E2A\u5939\u5B50\u3002\n"_s;
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"zh.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->title, u"\u8109\u640F\u8840\u6C27\u6D4B\u5B9A"_s);
    }

    // Chinese in its two scripts: the characters of its text say which table is the document's
    // (the headings the two share, 目的 or 麻醉, cannot); a heading is read in either script, and
    // a language given is kept where the text is Chinese either way.
    void shouldTellTheTwoChineseScriptsApart_data()
    {
        QTest::addColumn<QString>("headings"); // summary, preparation, risks
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("language");
        const QString traditional = u"醫生會檢查您的眼睛。|術前三天開始點眼藥水。|少數人會出現感染。"_s;
        const QString simplified = u"医生会检查您的眼睛。|术前三天开始点眼药水。|少数人会出现感染。"_s;
        const QString hantHeadings = u"概述|準備|風險和併發症"_s;
        const QString hansHeadings = u"概述|准备|风险和并发症"_s;
        const QString englishHeadings = u"Summary|Preparation|Risks and Complications"_s;
        QTest::addRow("Traditional") << hantHeadings << traditional << QString() << u"zh-Hant"_s;
        QTest::addRow("Simplified") << hansHeadings << simplified << QString() << u"zh-Hans"_s;
        QTest::addRow("Traditional text, Simplified headings")
            << hansHeadings << traditional << QString() << u"zh-Hant"_s;
        QTest::addRow("Simplified text, Traditional headings")
            << hantHeadings << simplified << QString() << u"zh-Hans"_s;
        QTest::addRow("Traditional text, English headings")
            << englishHeadings << traditional << QString() << u"zh-Hant"_s;
        QTest::addRow("Simplified text, English headings")
            << englishHeadings << simplified << QString() << u"zh-Hans"_s;
        // Filed as Simplified, it would replace the Simplified version.
        QTest::addRow("Traditional, given as Simplified") << hantHeadings << traditional << u"zh-Hans"_s << QString();
        QTest::addRow("Traditional, given as Spanish") << hantHeadings << traditional << u"es"_s << QString();
    }
    void shouldTellTheTwoChineseScriptsApart()
    {
        QFETCH(QString, headings);
        QFETCH(QString, text);
        QFETCH(QString, given);
        QFETCH(QString, language);
        const QStringList h = headings.split(u'|');
        const QStringList t = text.split(u'|');
        QString doc = u"Pulse oximetry\n\nCPT4 code 94760\n\n"_s;
        for (qsizetype i = 0; i < h.size(); ++i)
            doc += h.at(i) + u"\n\n"_s + t.at(i) + u"\n\n"_s;
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"zh-script.txt"_s, given);
        if (language.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(u"zh-Hant"_s) && r.error.contains(u"--language"_s), qPrintable(r.error));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->language, language);
        QCOMPARE(keysOf(*r.procedure), (QStringList{u"summary"_s, u"preparation"_s, u"risks"_s}));
        for (qsizetype i = 0; i < t.size(); ++i)
            QCOMPARE(r.procedure->sections.at(i).plainText(), t.at(i));
    }

    // Chinese headings numbered as Chinese writes them ("1、概述", "２．准备") are headings.
    void shouldReadChineseNumberedHeadings()
    {
        const QString doc =
            u"\u641C\u7D22\u6240\u6709\u533B\u7597\u4EE3\u7801\n\nPulse oximetry\n\nCPT4 \u4EE3\u7801 "
            "94760\n\n1\u3001\u6982\u8FF0\n\n\u4E00\u4E2A\u5939\u5B50\u3002\n\n\uFF12\uFF0E\u51C6\u5907\n\n"
            "\u4FDD\u6301\u6E29\u6696\u3002\n"_s;
        const ParseResult r = DocumentParser::parse(doc.toUtf8(), u"zh-numbered.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.procedure->language, u"zh-Hans"_s);
        QCOMPARE(keysOf(*r.procedure), (QStringList{u"summary"_s, u"preparation"_s}));
    }

    // Text that only looks like a list starts stays a paragraph.
    void shouldKeepTextThatOnlyLooksLikeAList_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addRow("a dose") << u"1.5 mg at night"_s;
        QTest::addRow("a temperature") << u"-5 \u00B0C is too cold"_s;
        QTest::addRow("a note") << u"*see the leaflet"_s;
        QTest::addRow("a phone number in brackets") << u"(217) 555-0142"_s;
        QTest::addRow("a date to fill in") << u"\u25CB\u6708\u25CB\u65E5\u306B\u6765\u9662"_s;
        QTest::addRow("a blank to fill in") << u"\u25CF\u25CF\u75C5\u9662"_s;
        QTest::addRow("a range of hours") << u"1-2 hours after the test"_s;
        QTest::addRow("a range of days, spaced") << u"1 - 2 days of rest"_s;
        QTest::addRow("a difference") << u"5- 3 = 2"_s;
        QTest::addRow("a suspended hyphen") << u"1- to 2-hour wait is normal"_s;
    }
    void shouldKeepTextThatOnlyLooksLikeAList()
    {
        QFETCH(QString, body);
        const ParseResult r = parseBody(u"Preparation\n\n%1\n"_s.arg(body), u"text.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Section *preparation = r.procedure->section(u"preparation"_s);
        QVERIFY(preparation);
        QCOMPARE(preparation->blocks.size(), 1);
        QCOMPARE(preparation->blocks.first().type, BlockType::Paragraph);
        QCOMPARE(preparation->blocks.first().text, body);
    }

    // A section after the page's reference lists (the policies, the similar codes) is a section
    // of its own: "Follow-up Care" was kept as a line of the similar codes, and left out of the
    // patient's handout. A policy group's name above its policies stays theirs.
    void shouldStartASectionAfterTheReferenceLists_data()
    {
        QTest::addColumn<QString>("lists");
        QTest::addRow("after the similar codes")
            << u"Similar Codes\n\n96365 Intravenous infusion, initial, up to 1 hour\n96366 - each additional hour"_s;
        QTest::addRow("after the policies")
            << u"Medical Policies and Guidelines for A descriptor\n\nRelated policies from health plans\n\n"
               u"Home Health\n\nCG-MED-23 Home Health Services\nMED.00123 Infusion Therapy in the Home"_s;
        QTest::addRow("after the policies, a remark above them")
            << u"Medical Policies and Guidelines for A descriptor\n\nHome Health\n\nSee the plan's guideline.\n\n"
               u"CG-MED-23 Home Health Services\nMED.00123 Infusion Therapy in the Home"_s;
    }

    void shouldStartASectionAfterTheReferenceLists()
    {
        QFETCH(QString, lists);
        const ParseResult r = parseBody(u"Summary\n\nTwo medicines at once.\n\n%1\n\nFollow-up Care\n\n"
                                        u"Come back in 1 week for a blood test.\n"_s.arg(lists));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Section &last = r.procedure->sections.last();
        QCOMPARE(last.key, u"other"_s);
        QCOMPARE(last.heading, u"Follow-up Care"_s);
        QCOMPARE(shapeOf(last), u"P[Come back in 1 week for a blood test.]"_s);
        const Section &reference = r.procedure->sections.at(r.procedure->sections.size() - 2);
        QVERIFY(reference.key == u"similar_codes"_s || reference.key == u"policies"_s);
        if (reference.key == u"policies"_s) {
            QCOMPARE(r.procedure->policies.size(), 2);
            if (!lists.contains(u"See the plan"_s))
                QCOMPARE(r.procedure->policies.first().group, u"Home Health"_s);
            QCOMPARE(r.procedure->section(u"other"_s)->heading, u"Follow-up Care"_s);
        } else {
            QCOMPARE(r.procedure->similarCodes.size(), 2);
        }
    }

    // Lines with no blank line between them are one wrapped paragraph, but for a line that opens
    // with a label after a finished sentence or another label: a schedule written a time point a
    // line was read as one run-on paragraph ("… psyllium). 3 days before: low-fibre diet …").
    void shouldKeepAScheduleLineByLine_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addRow("time points as sentences")
            << u"7 days before: stop iron tablets (ferrous sulfate).\n3 days before: low-fibre diet.\n"
               u"1 day before: clear liquids only (water, broth \u2014 nothing red)."_s
            << QStringList{u"7 days before: stop iron tablets (ferrous sulfate)."_s,
                           u"3 days before: low-fibre diet."_s,
                           u"1 day before: clear liquids only (water, broth \u2014 nothing red)."_s};
        QTest::addRow("labels without full stops")
            << u"Day 1: rest\nDay 2: walk for 10 minutes\nDay 3: back to work"_s
            << QStringList{u"Day 1: rest"_s, u"Day 2: walk for 10 minutes"_s, u"Day 3: back to work"_s};
        QTest::addRow("a label after a sentence")
            << u"Take it with food.\nImportant: never two doses at once."_s
            << QStringList{u"Take it with food."_s, u"Important: never two doses at once."_s};
        QTest::addRow("Spanish")
            << u"7 d\u00EDas antes: deje el hierro.\n1 d\u00EDa antes: solo l\u00EDquidos claros."_s
            << QStringList{u"7 d\u00EDas antes: deje el hierro."_s, u"1 d\u00EDa antes: solo l\u00EDquidos claros."_s};
        QTest::addRow("Chinese, a full-width colon")
            << u"\u624B\u672F\u524D\u4E00\u5929\uFF1A\u53EA\u559D\u6E05\u6D41\u8D28\u3002\n"
               u"\u624B\u672F\u5F53\u5929\uFF1A\u4E0D\u8981\u5403\u4E1C\u897F\u3002"_s
            << QStringList{u"\u624B\u672F\u524D\u4E00\u5929\uFF1A\u53EA\u559D\u6E05\u6D41\u8D28\u3002"_s,
                           u"\u624B\u672F\u5F53\u5929\uFF1A\u4E0D\u8981\u5403\u4E1C\u897F\u3002"_s};
        QTest::addRow("an entry wrapped")
            << u"Day 1: rest, and drink plenty of\nwater with each meal\nDay 2: walk for ten minutes."_s
            << QStringList{u"Day 1: rest, and drink plenty of water with each meal"_s,
                           u"Day 2: walk for ten minutes."_s};
        // A label after a finished sentence is a paragraph of its own, in a text wrapped by hand too:
        // no word is lost by a break there.
        QTest::addRow("a label after a sentence, wrapped prose")
            << u"Take the tablets with food every day.\nThe reason: they upset the stomach."_s
            << QStringList{u"Take the tablets with food every day."_s, u"The reason: they upset the stomach."_s};
        // And what goes on with its sentence stays one paragraph.
        QTest::addRow("prose wrapped mid-sentence")
            << u"Take the tablets with water and do not lie down for\nhalf an hour after. Call us if it hurts."_s
            << QStringList{
                   u"Take the tablets with water and do not lie down for half an hour after. Call us if it hurts."_s};
        QTest::addRow("a sentence at a line's end")
            << u"Rest today.\nCall us at once if it hurts: 555-0100."_s
            << QStringList{u"Rest today. Call us at once if it hurts: 555-0100."_s};
        QTest::addRow("a time at a line's start")
            << u"Come in at\n9:00 a.m. on the day: bring your card."_s
            << QStringList{u"Come in at 9:00 a.m. on the day: bring your card."_s};
        QTest::addRow("a colon after a wrapped line")
            << u"Please bring these, as the nurse will ask for\nthem: your card."_s
            << QStringList{u"Please bring these, as the nurse will ask for them: your card."_s};
        QTest::addRow("a label after a wrapped line")
            << u"On the morning of the test, before\nBreakfast: one tablet."_s
            << QStringList{u"On the morning of the test, before Breakfast: one tablet."_s};
        // A dose a line with its sign before it stays a line: glued, a child's doses by weight
        // read "… every 4-6 hours: - 2.5 mL for 5-7 kg - 5 mL for 8-10 kg".
        QTest::addRow("doses by weight, a sign before each")
            << u"Acetaminophen 160 mg/5 mL, every 4\u20136 hours:\n- 2.5 mL for 5\u20137 kg\n"
               u"- 5 mL for 8\u201310 kg\n\u2013 7.5 mL for 11\u201315 kg\nGive it with food."_s
            << QStringList{u"Acetaminophen 160 mg/5 mL, every 4\u20136 hours:"_s, u"- 2.5 mL for 5\u20137 kg"_s,
                           u"- 5 mL for 8\u201310 kg"_s, u"\u2013 7.5 mL for 11\u201315 kg"_s, u"Give it with food."_s};
        // A range wrapped at its dash, and a dose's line wrapped, go on.
        QTest::addRow("a range wrapped at its dash")
            << u"Take 1 tablet every 4\n- 6 hours as needed. Do not take more than\n8 tablets in 24 hours."_s
            << QStringList{
                   u"Take 1 tablet every 4 - 6 hours as needed. Do not take more than 8 tablets in 24 hours."_s};
        QTest::addRow("a dose wrapped, in Chinese")
            << u"\u6309\u4F53\u91CD\uFF1A\n- 2.5 \u6BEB\u5347\uFF0C\u9002\u7528\u4E8E\n\u513F\u7AE5\n"
               u"- 5 \u6BEB\u5347"_s
            << QStringList{u"\u6309\u4F53\u91CD\uFF1A"_s, u"- 2.5 \u6BEB\u5347\uFF0C\u9002\u7528\u4E8E\u513F\u7AE5"_s,
                           u"- 5 \u6BEB\u5347"_s};
        QTest::addRow("a dose wrapped at a bracket")
            << u"Doses:\n- 5 mL\n(1 teaspoon) for 8\u201310 kg"_s
            << QStringList{u"Doses:"_s, u"- 5 mL (1 teaspoon) for 8\u201310 kg"_s};
        QTest::addRow("a sliding scale, a dose wrapped")
            << u"Check your sugar before meals.\n+ 2 units if it is over 200, and\nanother 2 if over 300\n"
               u"+ 4 units if over 350"_s
            << QStringList{u"Check your sugar before meals."_s,
                           u"+ 2 units if it is over 200, and another 2 if over 300"_s, u"+ 4 units if over 350"_s};
        // What decides is the paragraph's opening, however long the paragraph has grown: only its
        // start is read (a long one's parse went quadratic when the whole of it was).
        const QString wrapped = u"and drink plenty of water with each meal and"_s;
        QStringList lines(8, wrapped);
        QTest::addRow("a long entry wrapped, then a label")
            << u"Day 1: rest,\n%1\nDay 2: walk for ten minutes."_s.arg(lines.join(u'\n'))
            << QStringList{u"Day 1: rest, %1"_s.arg(lines.join(u' ')), u"Day 2: walk for ten minutes."_s};
        // Read up to a character written in two UTF-16 units, whose first the cut would end on.
        const QString wide = QString(130, u'x').replace(u"x"_s, u"\U00020000"_s);
        QTest::addRow("a long entry wrapped, cut within a character")
            << u"Day 1: rest,\n%1\nDay 2: walk."_s.arg(wide)
            << QStringList{u"Day 1: rest, %1"_s.arg(wide), u"Day 2: walk."_s};
        QTest::addRow("a long dose wrapped, then a line in capitals")
            << u"- 5 mL for 8\u201310 kg,\n%1\nGive it with food."_s.arg(lines.join(u'\n'))
            << QStringList{u"- 5 mL for 8\u201310 kg, %1"_s.arg(lines.join(u' ')), u"Give it with food."_s};
    }
    void shouldKeepAScheduleLineByLine()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, paragraphs);
        const ParseResult r = parseBody(u"Preparation\n\n%1\n"_s.arg(body), u"text.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Section *preparation = r.procedure->section(u"preparation"_s);
        QVERIFY(preparation);
        QStringList got;
        for (const Block &b : preparation->blocks) {
            QCOMPARE(b.type, BlockType::Paragraph);
            got << b.text;
        }
        QCOMPARE(got, paragraphs);
    }

    void shouldSplitLayNameIntoTitleAndAliases_data()
    {
        QTest::addColumn<QString>("layName");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<QString>("language");
        QTest::addRow("parenthesised, or")
            << u"Magnesium Infusion Therapy (commonly referred to as Magnesium IV Therapy or Magnesium Drip)"_s
            << u"Magnesium Infusion Therapy"_s << QStringList{u"Magnesium IV Therapy"_s, u"Magnesium Drip"_s}
            << u"en"_s;
        QTest::addRow("sentence, quoted")
            << u"Chemo, up to 1 hour. Commonly known as \"Sequential IV Chemotherapy Infusion.\""_s
            << u"Chemo, up to 1 hour"_s << QStringList{u"Sequential IV Chemotherapy Infusion"_s} << u"en"_s;
        QTest::addRow("also called, list")
            << u"Port Flush (also called port care, line flush, or heparin lock)"_s << u"Port Flush"_s
            << QStringList{u"port care"_s, u"line flush"_s, u"heparin lock"_s} << u"en"_s;
        QTest::addRow("article dropped") << u"Electrocardiogram (commonly referred to as an ECG or EKG)"_s
                                         << u"Electrocardiogram"_s << QStringList{u"ECG"_s, u"EKG"_s} << u"en"_s;
        QTest::addRow("no aliases") << u"Injection(s) of diagnostic or therapeutic substance(s)"_s
                                    << u"Injection(s) of diagnostic or therapeutic substance(s)"_s << QStringList{}
                                    << u"en"_s;
        QTest::addRow("parentheses that are not aliases")
            << u"Pump Refill (e.g., Intravenous)"_s << u"Pump Refill (e.g., Intravenous)"_s << QStringList{} << u"en"_s;
        // Another language's words count only in a document of that language: "o" is Spanish "or".
        QTest::addRow("English O") << u"Blood Transfusion (also called Type O Negative Blood)"_s
                                   << u"Blood Transfusion"_s << QStringList{u"Type O Negative Blood"_s} << u"en"_s;
        QTest::addRow("Spanish o") << u"Goteo IV (comúnmente llamado el goteo o infusión)"_s << u"Goteo IV"_s
                                   << QStringList{u"goteo"_s, u"infusión"_s} << u"es"_s;
    }

    void shouldSplitLayNameIntoTitleAndAliases()
    {
        QFETCH(QString, layName);
        QFETCH(QString, title);
        QFETCH(QStringList, aliases);
        QFETCH(QString, language);
        QString t;
        QStringList a;
        DocumentParser::splitLayName(layName, &t, &a, language);
        QCOMPARE(t, title);
        QCOMPARE(a, aliases);
    }

    // The name people use, short enough to read at a glance; the document's own longer name kept.
    void shouldNameProceduresForPeople_data()
    {
        QTest::addColumn<QString>("layName");
        QTest::addColumn<QString>("descriptor");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("fullName");
        QTest::addRow("a plain name") << u"Magnesium Infusion Therapy (commonly referred to as Magnesium Drip)"_s
                                      << u"Magnesium"_s << u"Magnesium Infusion Therapy"_s << QString();
        QTest::addRow("the descriptor restated, then the common name")
            << u"Chemotherapy administration, intravenous infusion technique; each additional sequential infusion "
               "(different substance/drug), up to 1 hour. Commonly known as \"Sequential IV Chemotherapy Infusion.\""_s
            << u"Chemotherapy administration, intravenous infusion technique; each additional sequential infusion "
               "(different substance/drug), up to 1 hour (List separately in addition to code for primary procedure)"_s
            << u"Sequential IV Chemotherapy Infusion"_s << QString();
        QTest::addRow("a short name sharing the descriptor's words")
            << u"Joint Injection or Aspiration (commonly referred to as a Knee Injection or Joint Tap)"_s
            << u"Arthrocentesis, aspiration and/or injection, major joint or bursa (eg, shoulder, hip, knee, "
               "subacromial bursa); without ultrasound guidance"_s
            << u"Joint Injection or Aspiration"_s << QString();
        QTest::addRow("billing qualifiers in brackets")
            << u"Home Infusion/Specialty Drug Administration (Per Visit, Up to 2 Hours)"_s
            << u"Home infusion/specialty drug administration, per visit (up to 2 hours)"_s
            << u"Home Infusion/Specialty Drug Administration"_s
            << u"Home Infusion/Specialty Drug Administration (Per Visit, Up to 2 Hours)"_s;
        QTest::addRow("examples and a systemic qualifier, then a clause")
            << u"Refilling and Maintenance of Implantable Pump or Reservoir for Drug Delivery, Systemic (e.g., "
               "Intravenous, Intra-arterial)"_s
            << u"Refilling and maintenance of implantable pump or reservoir for drug delivery, systemic"_s
            << u"Refilling and Maintenance of Implantable Pump or Reservoir"_s
            << u"Refilling and Maintenance of Implantable Pump or Reservoir for Drug Delivery, Systemic (e.g., "
               "Intravenous, Intra-arterial)"_s;
        QTest::addRow("an abbreviation is not the name people use")
            << u"Fetal Non-Stress Test (commonly referred to as NST or Baby Heart Rate Monitoring)"_s
            << u"Fetal non-stress test"_s << u"Baby Heart Rate Monitoring"_s << QString();
        QTest::addRow("nor the only one") << u"Fetal Non-Stress Test (commonly referred to as NST)"_s
                                          << u"Fetal non-stress test"_s << u"Fetal Non-Stress Test"_s << QString();
        QTest::addRow("a short name keeps its brackets")
            << u"Port Flush (Heparin)"_s << u"Port flush"_s << u"Port Flush (Heparin)"_s << QString();
        QTest::addRow("no name: the descriptor, up to its semicolon")
            << QString()
            << u"Chemotherapy administration, intravenous infusion technique; each additional hour (List "
               "separately in addition to code for primary procedure)"_s
            << u"Chemotherapy administration, intravenous infusion technique"_s
            << u"Chemotherapy administration, intravenous infusion technique; each additional hour (List "
               "separately in addition to code for primary procedure)"_s;
        // A capital letter that ends a name is the name's ("Hepatitis A" is no dangling article):
        // it was cut, and a hepatitis A vaccine was listed and printed as "Hepatitis".
        QTest::addRow("a letter that ends the name")
            << u"Hepatitis A"_s << u"Hepatitis A vaccine (HepA), adult dosage, for intramuscular use"_s
            << u"Hepatitis A"_s << QString();
        QTest::addRow("a type letter, in brackets beside its alias")
            << u"Botulinum Toxin Type A (commonly referred to as Botox)"_s << u"Chemodenervation of muscle"_s
            << u"Botulinum Toxin Type A"_s << QString();
        QTest::addRow("a capital article cut off a long name goes")
            << u"Extraordinarily Comprehensive Multidisciplinary Review Of A Xylophonic Rehabilitation Session"_s
            << u"Rehabilitation"_s << u"Extraordinarily Comprehensive Multidisciplinary Review\u2026"_s
            << u"Extraordinarily Comprehensive Multidisciplinary Review Of A Xylophonic Rehabilitation Session"_s;
        QTest::addRow("an article cut off a long name still goes")
            << u"Extraordinarily Comprehensive Multidisciplinary Review of a Xylophonic Rehabilitation Session"_s
            << u"Rehabilitation"_s << u"Extraordinarily Comprehensive Multidisciplinary Review\u2026"_s
            << u"Extraordinarily Comprehensive Multidisciplinary Review of a Xylophonic Rehabilitation Session"_s;
        QTest::addRow("no clause to cut at: whole words")
            << u"Extraordinarily Comprehensive Multidisciplinary Outpatient Rehabilitation Evaluation Session"_s
            << u"Rehabilitation"_s << u"Extraordinarily Comprehensive Multidisciplinary Outpatient\u2026"_s
            << u"Extraordinarily Comprehensive Multidisciplinary Outpatient Rehabilitation Evaluation Session"_s;
    }

    void shouldNameProceduresForPeople()
    {
        QFETCH(QString, layName);
        QFETCH(QString, descriptor);
        QFETCH(QString, title);
        QFETCH(QString, fullName);
        const DocumentParser::Names n = DocumentParser::patientNames(layName, descriptor);
        QCOMPARE(n.title, title);
        QCOMPARE(n.fullName, fullName);
        QVERIFY(n.title.size() <= DocumentParser::TitleLength + DocumentParser::TitleLength / 5 + 1);
        QVERIFY(!n.aliases.contains(n.title));
    }

    // The same in Spanish, whose lay names are not the (English) descriptor restated: a name that
    // would be cut gives way to the name it is commonly called, and a long one is cut at a
    // Spanish clause ("para ..."), not mid-phrase.
    void shouldNameSpanishProceduresForPeople_data()
    {
        QTest::addColumn<QString>("layName");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("fullName");
        QTest::addRow("billing text, then the common name")
            << u"Administración de quimioterapia por infusión intravenosa; cada infusión secuencial adicional (otra "
               "sustancia o medicamento), hasta 1 hora. Comúnmente llamada \"infusión secuencial de quimioterapia "
               "IV.\""_s
            << u"Infusión secuencial de quimioterapia IV"_s
            << u"Administración de quimioterapia por infusión intravenosa; cada infusión secuencial adicional (otra "
               "sustancia o medicamento), hasta 1 hora"_s;
        QTest::addRow("a clause to cut at")
            << u"Relleno y mantenimiento de una bomba o reservorio implantable para administrar medicamentos (por "
               "ejemplo, por vena o por arteria)"_s
            << u"Relleno y mantenimiento de una bomba o reservorio implantable"_s
            << u"Relleno y mantenimiento de una bomba o reservorio implantable para administrar medicamentos (por "
               "ejemplo, por vena o por arteria)"_s;
        QTest::addRow("a short name and its common name")
            << u"Terapia de infusión de magnesio (comúnmente llamada goteo de magnesio)"_s
            << u"Terapia de infusión de magnesio"_s << QString();
    }

    void shouldNameSpanishProceduresForPeople()
    {
        QFETCH(QString, layName);
        QFETCH(QString, title);
        QFETCH(QString, fullName);
        const DocumentParser::Names n = DocumentParser::patientNames(
            layName, u"Chemotherapy administration, intravenous infusion technique"_s, u"es"_s);
        QCOMPARE(n.title, title);
        QCOMPARE(n.fullName, fullName);
        QVERIFY(!n.aliases.contains(n.title));
    }

    void shouldRejectWhatIsNotAProcedure_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("line");
        QTest::addRow("empty") << u"empty.txt"_s << u"empty"_s << 0;
        QTest::addRow("blank lines only") << u"blank_lines.txt"_s << u"only blank lines"_s << 0;
        QTest::addRow("binary") << u"binary.txt"_s << u"binary"_s << 0;
        QTest::addRow("no descriptor") << u"no_descriptor.txt"_s << u"expected the official code descriptor"_s << 3;
        QTest::addRow("invalid UTF-8") << u"invalid_utf8.txt"_s << u"not valid UTF-8"_s << 9;
        QTest::addRow("UTF-16 without BOM") << u"utf16_no_bom.txt"_s << u"UTF-16"_s << 0;
        QTest::addRow("not a procedure") << u"not_a_procedure.txt"_s << u"not a procedure document"_s << 0;
        QTest::addRow("control characters") << u"control_chars.txt"_s << u"control character"_s << 7;
        // A Windows-1252 apostrophe converted as Latin-1: it would print as nothing.
        QTest::addRow("a C1 control") << u"c1_control.txt"_s << u"control character U+0092 found"_s << 7;
        // U+FFFE and U+FFFF are no characters: SQLite reads them back as U+FFFD, altered.
        QTest::addRow("a noncharacter") << u"noncharacter.txt"_s << u"U+FFFE is not a character"_s << 7;
        // French, for which no table is installed: the code line is there, and the message says
        // what else may be wrong, not that the code line is missing.
        QTest::addRow("a language without a table")
            << u"unknown_language.txt"_s << u"in another language? A clinic adds one as a table in"_s << 5;
        // Found by fuzz_documentparser: stored, the surrogate came back as "?".
        QTest::addRow("UTF-16 unpaired surrogate")
            << u"utf16_unpaired_surrogate.txt"_s << u"unpaired surrogate"_s << 40;
    }

    void shouldRejectWhatIsNotAProcedure()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QFETCH(int, line);
        const ParseResult r = DocumentParser::parse(Test::readFile(Test::dataPath(u"reject/"_s + file)), file);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QCOMPARE(r.line, line);
        if (line > 0)
            QVERIFY2(r.error.contains(u"line %1"_s.arg(line)), qPrintable(r.error));
    }

    // Lines above the descriptor (a note on a printed copy, a title above or below the page
    // header) are kept as text; the descriptor is still the block above the code line, and the
    // page header is still chrome wherever it stands among them.
    void shouldFindTheDescriptorBelowLinesAboveIt_data()
    {
        QTest::addColumn<int>("seedIndex");
        QTest::addColumn<QByteArray>("above");   // before the page header
        QTest::addColumn<QByteArray>("between"); // between the page header and the descriptor
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QByteArray>("intro"); // under the code line, read the same with lines above or not
        QTest::addRow("seed 0, a note and an intro under the code line")
            << 0 << QByteArray("Clinic copy\n\n") << QByteArray() << QStringList{u"Clinic copy"_s}
            << QByteArray("Infusion Therapy Overview\n\nAn introduction, before any heading.\n\n");
        for (int seed : {0, 3}) {
            QTest::addRow("seed %d, a note above the page header", seed)
                << seed << QByteArray("Clinic copy \xe2\x80\x94 printed 2026-11-30\n\n") << QByteArray()
                << QStringList{u"Clinic copy \u2014 printed 2026-11-30"_s} << QByteArray();
            QTest::addRow("seed %d, a line below the page header", seed)
                << seed << QByteArray() << QByteArray("Printed from the clinic library\n\n")
                << QStringList{u"Printed from the clinic library"_s} << QByteArray();
            QTest::addRow("seed %d, lines above and below", seed)
                << seed << QByteArray("Riverside Clinic\nNursing binder\n\n") << QByteArray("Page 4 of 20\n\n")
                << QStringList{u"Riverside Clinic"_s, u"Nursing binder"_s, u"Page 4 of 20"_s} << QByteArray();
        }
    }

    void shouldFindTheDescriptorBelowLinesAboveIt()
    {
        QFETCH(int, seedIndex);
        QFETCH(QByteArray, above);
        QFETCH(QByteArray, between);
        QFETCH(QStringList, kept);
        QFETCH(QByteArray, intro);
        QByteArray seed = Test::readFile(Test::seedFiles().at(seedIndex));
        if (!intro.isEmpty()) {
            const qsizetype code = seed.indexOf("CPT4 code");
            QVERIFY(code > 0);
            seed.insert(seed.indexOf("\n\n", code) + 2, intro);
        }
        const qsizetype headerEnd = seed.indexOf("\n\n") + 2;
        QVERIFY(seed.startsWith("Search all medical codes\n\n"));
        const ParseResult plain = DocumentParser::parse(seed, u"seed.txt"_s);
        const ParseResult r =
            DocumentParser::parse(above + seed.left(headerEnd) + between + seed.mid(headerEnd), u"noted.txt"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Procedure &p = *r.procedure;
        QCOMPARE(p.descriptor, plain.procedure->descriptor);
        QCOMPARE(p.codeSystem, plain.procedure->codeSystem);
        QCOMPARE(p.code, plain.procedure->code);
        QCOMPARE(p.title, plain.procedure->title);
        // Nothing lost: the lines are the first, untitled section's; every other section as before.
        QCOMPARE(p.sections.size(), plain.procedure->sections.size() + 1);
        QCOMPARE(p.sections.first().key, u"other"_s);
        QVERIFY(p.sections.first().heading.isEmpty());
        const QString text = p.sections.first().plainText();
        for (const QString &line : kept)
            QVERIFY2(text.contains(line), qPrintable(text));
        QVERIFY2(!text.contains(u"Search all medical codes"_s), qPrintable(text));
        for (qsizetype k = 0; k < plain.procedure->sections.size(); ++k) {
            QCOMPARE(p.sections.at(k + 1).heading, plain.procedure->sections.at(k).heading);
            QCOMPARE(p.sections.at(k + 1).plainText(), plain.procedure->sections.at(k).plainText());
        }
    }

    void shouldRejectOversizedDocument()
    {
        QByteArray big = Test::readFile(Test::seedFiles().at(0));
        big += QByteArray(DocumentParser::MaxDocumentBytes, 'a');
        const ParseResult r = DocumentParser::parse(big, u"big.txt"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"2 MiB"_s), qPrintable(r.error));
    }
};

QTEST_MAIN(TestDocumentParser)
#include "tst_documentparser.moc"
