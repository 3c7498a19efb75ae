// Colours: paper always black on white with a legible heading colour; the screen follows the
// desktop's palette and stays readable on light, dark and high-contrast themes (WCAG 2: body text
// at least 4.5:1, headings and marks at least 3:1).
#include "ink.h"
#include "procedurehtml.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

QPalette palette(const QColor &text, const QColor &base)
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Window, base);
    }
    return p;
}

} // namespace

class TestInk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
    }

    void shouldMeasureContrastAsWcagDoes()
    {
        QCOMPARE(qRound(Ink::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(Ink::contrast(Qt::white, Qt::white), 1.0);
        // #1f4e3d on #3d3d3d, the headings the issue found on a dark theme: 1.15:1.
        QCOMPARE(qRound(Ink::contrast(QColor(0x1f, 0x4e, 0x3d), QColor(0x3d, 0x3d, 0x3d)) * 100), 115);
    }

    void shouldStayReadableOnEveryTheme_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("accent");
        QTest::addRow("light") << QColor(Qt::black) << QColor(Qt::white) << QColor();
        QTest::addRow("qt6ct darker") << QColor(0xd3, 0xd3, 0xd3) << QColor(0x3d, 0x3d, 0x3d) << QColor();
        QTest::addRow("dark, a dark clinic colour")
            << QColor(0xee, 0xee, 0xee) << QColor(0x1e, 0x1e, 0x1e) << QColor(0x00, 0x20, 0x60);
        QTest::addRow("high contrast black") << QColor(Qt::white) << QColor(Qt::black) << QColor();
        QTest::addRow("high contrast white") << QColor(Qt::black) << QColor(Qt::white) << QColor(0xff, 0xee, 0x00);
        QTest::addRow("sepia") << QColor(0x3b, 0x2f, 0x1e) << QColor(0xf4, 0xec, 0xd8) << QColor(0x88, 0x77, 0x66);
    }

    void shouldStayReadableOnEveryTheme()
    {
        QFETCH(QColor, text);
        QFETCH(QColor, base);
        QFETCH(QColor, accent);
        const Ink::Scheme s = Ink::screen(palette(text, base), accent);
        QCOMPARE(s.text, text);
        QCOMPARE(s.background, base);
        QVERIFY2(Ink::contrast(s.text, s.background) >= 4.5, "body text");
        QVERIFY2(Ink::contrast(s.accent, s.background) >= 3.0, qPrintable(s.accent.name()));
        QVERIFY2(Ink::contrast(s.secondary, s.background) >= 4.5, qPrintable(s.secondary.name()));
        QVERIFY2(Ink::contrast(s.text, s.markBackground) >= 4.5, qPrintable(s.markBackground.name()));
        QVERIFY2(Ink::contrast(s.accent, s.boxBackground) >= 3.0, qPrintable(s.boxBackground.name()));
        // The style sheet carries the scheme's colours, none of its own.
        const QString css = ProcedureHtml::styleSheet(s);
        QVERIFY(css.contains(s.accent.name()));
        QVERIFY(!css.contains(u"@accent@"_s));
    }

    void shouldPrintBlackOnWhiteWithALegibleHeadingColour_data()
    {
        QTest::addColumn<QColor>("accent");
        QTest::addRow("Careleaf's own") << QColor();
        QTest::addRow("pale yellow") << QColor(0xff, 0xee, 0x88);
        QTest::addRow("light grey") << QColor(0xcc, 0xcc, 0xcc);
        QTest::addRow("navy") << QColor(0x00, 0x20, 0x60);
    }

    void shouldPrintBlackOnWhiteWithALegibleHeadingColour()
    {
        QFETCH(QColor, accent);
        const Ink::Scheme s = Ink::paper(accent);
        QCOMPARE(s.text, QColor(Qt::black));
        QCOMPARE(s.background, QColor(Qt::white));
        QVERIFY2(Ink::contrast(s.accent, s.background) >= 4.5, qPrintable(s.accent.name()));
        const QPalette p = Ink::paperPalette();
        QCOMPARE(p.color(QPalette::Text), QColor(Qt::black));
        QCOMPARE(p.color(QPalette::Base), QColor(Qt::white));
    }
};

QTEST_MAIN(TestInk)
#include "tst_ink.moc"
