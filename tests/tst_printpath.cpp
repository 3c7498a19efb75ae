// The real print path: the composer's Print… button, the system print dialog with a CUPS queue
// chosen in it, Qt's CUPS print engine, the CUPS scheduler, and the CUPS-PDF backend writing the
// job as a PDF. The words of the chosen sections must come out of CUPS, the unchosen must not.
//
// scripts/print-server sets the queue up and names it in CARELEAF_CUPS_QUEUE and its output folder
// in CARELEAF_CUPS_OUTPUT (scripts/test exports both). Without them the test is skipped with the
// reason, except under CI=true, where a missing print path is a failure.
#include "documentparser.h"
#include "handoutdialog.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "procedurelistmodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestPrintPath : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_queue;
    QString m_output;

    // Why this machine has no usable print path; empty when it has one.
    [[nodiscard]] QString missingPrintPath() const
    {
        if (m_queue.isEmpty() || m_output.isEmpty())
            return u"no CUPS-PDF queue configured; run eval \"$(scripts/print-server)\" first"_s;
        if (QPrinterInfo::printerInfo(m_queue).isNull())
            return u"CUPS does not list the queue %1 (is cupsd running?)"_s.arg(m_queue);
        if (!QDir(m_output).exists())
            return u"the CUPS-PDF output folder %1 does not exist"_s.arg(m_output);
        return {};
    }

    // Words of text as CUPS-PDF wrote it. The PDF Qt sends uses the font's ligatures; after CUPS
    // rasterises fonts through cairo and Ghostscript, a ligature glyph reads back as a control
    // character. Such a word becomes a pattern where that character stands for the letters.
    struct PrintedWords
    {
        QSet<QString> plain;
        QList<QRegularExpression> ligated;

        explicit PrintedWords(const QString &text)
        {
            QString w;
            const auto flush = [&] {
                if (w.isEmpty())
                    return;
                bool ligature = false;
                QString pattern;
                for (QChar c : std::as_const(w)) {
                    if (c.unicode() < 0x20) {
                        ligature = true;
                        pattern += u"(?:ffi|ffl|ff|fi|fl)"_s;
                    } else {
                        pattern += QRegularExpression::escape(QString(c));
                    }
                }
                if (ligature)
                    ligated << QRegularExpression(QRegularExpression::anchoredPattern(pattern));
                else
                    plain.insert(w);
                w.clear();
            };
            for (QChar c : text) {
                if (c.isLetterOrNumber() || (c.unicode() < 0x20 && !c.isSpace()))
                    w += c.toLower();
                else
                    flush();
            }
            flush();
        }

        [[nodiscard]] bool contains(const QString &word) const
        {
            if (plain.contains(word))
                return true;
            return std::any_of(ligated.cbegin(), ligated.cend(),
                               [&](const QRegularExpression &re) { return re.match(word).hasMatch(); });
        }
    };

    [[nodiscard]] static QStringList pdfsIn(const QString &dir)
    {
        return QDir(dir).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    }

    // The text of the first PDF in the output folder that is not in before, once CUPS-PDF has
    // finished writing it (which it does asynchronously, after Ghostscript); empty after 90 s.
    // The file is removed once read.
    [[nodiscard]] QString waitForNewPdf(const QStringList &before) const
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 90'000) {
            for (const QString &name : pdfsIn(m_output)) {
                if (before.contains(name))
                    continue;
                // Ghostscript writes the file in place: read it once its size has settled.
                const QString path = QDir(m_output).filePath(name);
                const qint64 size = QFileInfo(path).size();
                QTest::qWait(500);
                if (size == 0 || QFileInfo(path).size() != size)
                    continue;
                QString error;
                const QString text = Test::pdfText(path, &error);
                if (!text.isEmpty()) {
                    QFile::remove(path);
                    return text;
                }
            }
            QTest::qWait(250);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_queue = qEnvironmentVariable("CARELEAF_CUPS_QUEUE");
        m_output = qEnvironmentVariable("CARELEAF_CUPS_OUTPUT");
    }

    // Every test here prints: without a print path each is skipped with the reason, or fails
    // under CI=true.
    void init()
    {
        if (const QString why = missingPrintPath(); !why.isEmpty()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL(qPrintable(u"CI must provide a CUPS print path (scripts/print-server): "_s + why));
            QSKIP(qPrintable(why));
        }
    }

    void shouldPrintChosenSectionsThroughCups()
    {

        // Two seed procedures as a packet, printed with the "After the procedure" preset.
        QList<Procedure> procedures;
        for (const QString &file : Test::seedFiles().mid(0, 2)) {
            const ParseResult parsed = DocumentParser::parse(Test::readFile(file), file);
            QVERIFY2(parsed.ok(), qPrintable(file));
            procedures << *parsed.procedure;
        }
        LibraryStore::OpenResult opened = LibraryStore::open(m_dir.filePath(u"print.sqlite"_s));
        QVERIFY2(opened.store, qPrintable(opened.error));
        for (const Procedure &p : std::as_const(procedures))
            QCOMPARE(opened.store->store(p), StoreOutcome::Imported);

        HandoutDialog dialog(procedures, opened.store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *preset = dialog.findChild<QComboBox *>(u"presetCombo"_s);
        preset->setCurrentIndex(preset->findData(u"after"_s));
        dialog.findChild<QLineEdit *>(u"patientName"_s)->setText(u"Print Path Patient"_s);
        const QStringList chosen = dialog.checkedSections();
        QVERIFY(chosen.contains(u"recovery"_s));
        QVERIFY(!chosen.contains(u"preparation"_s));

        const QStringList before = pdfsIn(m_output);
        const int logRows = int(opened.store->log().entries().size());

        // The Print… button opens the system print dialog; pick the queue there and accept, as a
        // nurse would.
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *printDialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
            if (!printDialog)
                return;
            dialogSeen = true;
            auto *printers = printDialog->findChild<QComboBox *>(u"printers"_s);
            if (printers) {
                const int index = printers->findText(m_queue);
                if (index >= 0)
                    printers->setCurrentIndex(index);
            }
            printDialog->accept();
        });
        dialog.findChild<QPushButton *>(u"printButton"_s)->click();
        QVERIFY2(dialogSeen, "the Print… button did not open the print dialog");
        QCOMPARE(int(opened.store->log().entries().size()), logRows + 1);
        QCOMPARE(opened.store->log().entries().last().output, u"printer"_s);

        const QString text = waitForNewPdf(before);
        QVERIFY2(!text.isEmpty(),
                 qPrintable(u"CUPS wrote no new PDF into %1 within 90 s; see /var/log/cups/"_s.arg(m_output)));
        const PrintedWords printed(text);
        const QString joined = Test::words(text).join(u' ');
        QVERIFY(joined.contains(u"print path patient"_s));
        for (const Procedure &p : std::as_const(procedures)) {
            QVERIFY2(joined.contains(Test::words(p.title).join(u' ')), qPrintable(p.title));
            for (const Section &s : p.sections) {
                if (!chosen.contains(s.key))
                    continue;
                for (const QString &word : Test::words(s.plainText()))
                    QVERIFY2(printed.contains(word), qPrintable(u"%1 / %2: %3"_s.arg(p.code, s.key, word)));
            }
        }
        // A sentence only the preparation section has does not come out of the printer.
        for (const Procedure &p : std::as_const(procedures)) {
            for (const Section &s : p.sections) {
                if (s.key != u"preparation"_s)
                    continue;
                const QStringList prep = Test::words(s.plainText());
                QVERIFY(prep.size() >= 6);
                QVERIFY2(!joined.contains(prep.mid(0, 6).join(u' ')), qPrintable(p.code));
            }
        }
    }

    // "Done when" of the handout issue: from a typed query to a printed two-procedure packet with
    // letterhead and patient name in under ten keystrokes and clicks. Every key press and click
    // below is counted; typing the query and the name is not.
    void shouldPrintPacketInUnderTenKeystrokesAfterTheQuery()
    {
        // The queue is this session's default destination, as a clinic's printer would be
        // (CUPS reads PRINTER before lpoptions).
        qputenv("PRINTER", m_queue.toUtf8());
        // The letterhead lives in the (test-mode) settings other test programs read too: put
        // back what was there when done.
        QSettings settings(u"Careleaf"_s, u"Careleaf"_s);
        QVariantMap previous;
        for (const QString &key : settings.allKeys()) {
            if (key.startsWith(u"letterhead/"_s))
                previous.insert(key, settings.value(key));
        }
        const auto restore = qScopeGuard([&] {
            settings.remove(u"letterhead"_s);
            for (auto it = previous.cbegin(); it != previous.cend(); ++it)
                settings.setValue(it.key(), it.value());
        });
        Handout::saveLetterhead(u"Riverside Family Clinic"_s, u"12 Mill Road"_s, u"555-0100"_s, QString());

        const QString library = m_dir.filePath(u"keystrokes.sqlite"_s);
        {
            LibraryStore::OpenResult opened = LibraryStore::open(library);
            QVERIFY2(opened.store, qPrintable(opened.error));
            for (const QString &file : Test::seedFiles())
                QCOMPARE(opened.store->store(*DocumentParser::parse(Test::readFile(file), file).procedure),
                         StoreOutcome::Imported);
        }
        LibraryStore::OpenResult opened = LibraryStore::open(library);
        QVERIFY2(opened.store, qPrintable(opened.error));
        MainWindow window(std::move(opened.store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(u"searchField"_s);
        QTest::keyClicks(search, u"infusion"_s);
        QTRY_VERIFY(!window.model()->isSearching() && window.model()->rowCount() >= 2);
        const QStringList before = pdfsIn(m_output);

        int actions = 0;
        const auto key = [&](QWidget *target, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            ++actions;
            QTest::keyClick(target, k, m);
        };
        key(QApplication::focusWidget(), Qt::Key_Down);                    // into the list, first row
        key(QApplication::focusWidget(), Qt::Key_Down, Qt::ShiftModifier); // and the second
        key(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);  // File > Handout…
        HandoutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<HandoutDialog *>(u"handoutDialog"_s)) != nullptr);
        QVERIFY(dialog->windowTitle().contains(u"Packet of 2"_s));
        QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"patientName"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Ada Keystroke"_s); // typing, not counted
        // The mnemonic clicks the button after its press animation, so the print dialog opens a
        // moment later: watch for it, then press Return there as the nurse would.
        bool printDialogSeen = false;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!qobject_cast<QPrintDialog *>(modal))
                return;
            watcher.stop();
            printDialogSeen = true;
            key(modal->focusWidget() ? modal->focusWidget() : modal, Qt::Key_Return); // Print
        });
        watcher.start();
        key(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier); // Print…
        QTRY_VERIFY2(printDialogSeen, "Alt+P did not open the print dialog");
        QTRY_COMPARE(int(window.store()->log().entries().size()), 1);
        QVERIFY2(actions < 10, qPrintable(QString::number(actions)));

        const QString text = waitForNewPdf(before);
        QVERIFY2(!text.isEmpty(), qPrintable(u"CUPS wrote no new PDF into %1 within 90 s"_s.arg(m_output)));
        const QString joined = Test::words(text).join(u' ');
        QVERIFY(joined.contains(u"riverside family clinic"_s));
        QVERIFY(joined.contains(u"ada keystroke"_s));
        QVERIFY(joined.contains(u"in this packet"_s)); // the packet's cover page
        qInfo("packet printed after %d keystrokes and clicks", actions);
    }
};

QTEST_MAIN(TestPrintPath)
#include "tst_printpath.moc"
