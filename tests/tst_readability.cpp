// The reading grade staff see in the composer and the badge: Flesch-Kincaid, checked against an
// independent implementation (GNU style, from Debian's diction package) on a fixed set of texts.
#include "readability.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
    }

    void shouldCountSyllablesAsGnuStyleDoes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::addRow("one vowel group") << u"cat"_s << 1;
        QTest::addRow("final e is silent") << u"infuse"_s << 2;
        QTest::addRow("final vowel is silent") << u"chemo"_s << 1;
        QTest::addRow("final y is silent") << u"activity"_s << 3;
        QTest::addRow("-es is not silent") << u"codes"_s << 2;
        QTest::addRow("-ed is silent") << u"needed"_s << 1;
        QTest::addRow("-ed after one group") << u"bed"_s << 1;
        QTest::addRow("long word") << u"administration"_s << 5;
        QTest::addRow("capital vowel counts as a consonant") << u"After"_s << 1;
        QTest::addRow("a number") << u"2.5"_s << 1;
        QTest::addRow("hyphenated") << u"pre-procedure"_s << 4;
        QTest::addRow("at least one") << u"the"_s << 1;
    }

    void shouldCountSyllablesAsGnuStyleDoes()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(Readability::syllables(word), syllables);
    }

    // Spanish syllables: every vowel group, split where two strong vowels meet (hiatus); an accent
    // on i or u makes it strong; final y is a vowel; u after q or g is no syllable of its own.
    void shouldCountSpanishSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::addRow("procedimiento") << u"procedimiento"_s << 5;
        QTest::addRow("quimioterapia") << u"quimioterapia"_s << 5;
        QTest::addRow("infusión") << u"infusión"_s << 3;
        QTest::addRow("magnesio") << u"magnesio"_s << 3;
        QTest::addRow("cuidado: ui is one") << u"cuidado"_s << 3;
        QTest::addRow("ciudad: iu is one") << u"ciudad"_s << 2;
        QTest::addRow("guerra") << u"guerra"_s << 2;
        QTest::addRow("poeta: o-e") << u"poeta"_s << 3;
        QTest::addRow("día: accented i") << u"día"_s << 2;
        QTest::addRow("país") << u"país"_s << 2;
        QTest::addRow("reír") << u"reír"_s << 2;
        QTest::addRow("aéreo") << u"aéreo"_s << 4;
        QTest::addRow("hoy: final y") << u"hoy"_s << 1;
        QTest::addRow("y alone") << u"y"_s << 1;
        QTest::addRow("capital vowel") << u"Usted"_s << 2;
        QTest::addRow("a number") << u"2,5"_s << 1;
    }

    void shouldCountSpanishSyllables()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(Readability::syllables(word, Readability::Formula::FernandezHuerta), syllables);
    }

    // Fernández-Huerta (as corrected by Law): 206.84 - 0.60 syllables per 100 words - 1.02 words
    // per sentence.
    void shouldComputeFernandezHuertaEase()
    {
        // 4 words, 6 syllables (el ni-ño co-me pan), 1 sentence: 206.84 - 90 - 4.08.
        QVERIFY(qFuzzyCompare(Readability::fernandezHuertaEase(u"El niño come pan."_s), 112.76));
        // 7 words, 2 sentences, 12 syllables (la-va las ma-nos; to-me a-gua con cal-ma).
        QVERIFY(qFuzzyCompare(Readability::fernandezHuertaEase(u"Lava las manos. Tome agua con calma."_s),
                              206.84 - 60.0 * 12 / 7 - 1.02 * 7 / 2));
        QCOMPARE(Readability::fernandezHuertaEase(QString()), 0.0);
        // The same words in longer sentences read harder (the published formula had it backwards).
        QVERIFY(Readability::fernandezHuertaEase(u"Tome agua, coma pan, lave las manos, descanse."_s) <
                Readability::fernandezHuertaEase(u"Tome agua. Coma pan. Lave las manos. Descanse."_s));
        // Longer words and sentences read harder.
        QVERIFY(Readability::fernandezHuertaEase(u"La administración intravenosa del medicamento requiere "
                                                 "monitorización continua por profesionales capacitados."_s) <
                Readability::fernandezHuertaEase(u"Le ponen el remedio por la vena. Una enfermera lo mira."_s));
    }

    void shouldChooseTheFormulaMadeForTheLanguage()
    {
        QCOMPARE(Readability::formulaFor(u"en"_s), Readability::Formula::FleschKincaid);
        QCOMPARE(Readability::formulaFor(u"es"_s), Readability::Formula::FernandezHuerta);
        QCOMPARE(Readability::formulaFor(u"es-MX"_s), Readability::Formula::FernandezHuerta);
        for (const QString &other : {u"ar"_s, u"zh-Hans"_s, u"vi"_s, u"ru"_s, u"ko"_s, u"tl"_s})
            QCOMPARE(Readability::formulaFor(other), Readability::Formula::None);
    }

    void shouldCountWordsAndSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("sentences");
        QTest::addRow("two sentences") << u"The cat sat. The dog ran."_s << 6 << 2;
        QTest::addRow("semicolon joins") << u"The cat sat; the dog ran."_s << 6 << 1;
        QTest::addRow("list items without full stops") << u"Chronic pain\nMuscle spasms\n"_s << 4 << 2;
        QTest::addRow("decimal and abbreviation") << u"Dr. Smith gives 2.5 mg, e.g. at home."_s << 8 << 1;
        QTest::addRow("quotes and brackets") << u"He said \"stop.\" (It hurt.) Then it ended."_s << 8 << 3;
        QTest::addRow("hyphenated word") << u"Pre-procedure tests are done."_s << 4 << 1;
        QTest::addRow("no words") << u" -- \n * "_s << 0 << 0;
    }

    void shouldCountWordsAndSentences()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QFETCH(int, sentences);
        const Readability::Counts c = Readability::count(text);
        QCOMPARE(c.words, words);
        QCOMPARE(c.sentences, sentences);
    }

    void shouldAgreeWithGnuStyle_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(Test::dataPath(u"readability"_s));
        const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QString &f : files)
            QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
    }

    // GNU style is another program's Flesch-Kincaid: within half a grade on every text.
    void shouldAgreeWithGnuStyle()
    {
        QFETCH(QString, file);
        const QString style = QStandardPaths::findExecutable(u"style"_s);
        if (style.isEmpty())
            CARELEAF_SKIP_OR_FAIL(u"GNU style is not installed (Debian package diction)"_s);
        QProcess p;
        p.start(style, {file});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QRegularExpressionMatch m = QRegularExpression(u"Kincaid:\\s*(-?[0-9.]+)"_s).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(u"style printed no Kincaid grade: "_s + out));
        const double theirs = m.captured(1).toDouble();
        const double ours = Readability::fleschKincaidGrade(QString::fromUtf8(Test::readFile(file)));
        qInfo("%s: ours %.2f, GNU style %.1f", qPrintable(QFileInfo(file).fileName()), ours, theirs);
        QVERIFY2(qAbs(ours - theirs) <= 0.5, qPrintable(u"ours %1, GNU style %2"_s.arg(ours).arg(theirs)));
    }

    void shouldGradeEachSentence()
    {
        const QList<Readability::Sentence> s = Readability::sentences(
            u"Rest today. Sequential intravenous chemotherapy administers a second medication immediately.\nCall us"_s);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0).text, u"Rest today."_s);
        QCOMPARE(s.at(2).text, u"Call us"_s);
        QVERIFY(s.at(1).grade > s.at(0).grade + 10);
    }
};

QTEST_MAIN(TestReadability)
#include "tst_readability.moc"
