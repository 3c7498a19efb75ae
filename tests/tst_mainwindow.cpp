// The real main window, driven by keyboard through widgets found by objectName.
#include "detailpane.h"
#include "documentparser.h"
#include "educationlogdialog.h"
#include "emptyviewnote.h"
#include "handout.h"
#include "handoutdialog.h"
#include "importer.h"
#include "ink.h"
#include "libraryfile.h"
#include "libraryproblemdialog.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "procedurelistmodel.h"
#include "safetextview.h"
#include "searchservice.h"
#include "sectionkeys.h"
#include "settings.h"
#include "testsupport.h"
#include "translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsView>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_library;
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<MainWindow> makeWindow(const QString &library = {})
    {
        LibraryStore::OpenResult r = LibraryStore::open(library.isEmpty() ? m_library : library);
        if (!r.store)
            qFatal("%s", qPrintable(r.error));
        auto w = std::make_unique<MainWindow>(std::move(r.store));
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        return w;
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return Test::child<T>(m_window.get(), name);
    }

    QLineEdit *searchField() const { return find<QLineEdit>(u"searchField"_s); }
    QListView *list() const { return find<QListView>(u"resultList"_s); }
    QTabWidget *tabs() const { return find<QTabWidget>(u"detailTabs"_s); }
    QString tabText(const QString &id) const { return find<SafeTextView>(u"tab_"_s + id)->toPlainText(); }
    int tabIndex(const QString &id) const { return tabs()->indexOf(find<SafeTextView>(u"tab_"_s + id)); }

    void waitForResults()
    {
        QTRY_VERIFY(!m_window->model()->isSearching());
        QCOMPARE(m_window->model()->query(), searchField()->text());
    }

    void search(const QString &text)
    {
        searchField()->setFocus();
        searchField()->clear();
        QTest::keyClicks(searchField(), text);
        waitForResults();
    }

    // A focus mark seen (WCAG 2's focus appearance): at least an outline's length of pixels
    // changed at 3:1 or more from how the place looked without the focus.
    static void verifyOutlineMarked(const QImage &with, const QImage &without)
    {
        QCOMPARE(with.size(), without.size());
        int marked = 0;
        for (int y = 0; y < with.height(); ++y)
            for (int x = 0; x < with.width(); ++x)
                marked += Ink::contrast(with.pixelColor(x, y), without.pixelColor(x, y)) >= 3.0;
        const int outline = 2 * (with.width() + with.height());
        QVERIFY2(marked >= outline,
                 qPrintable(u"%1 pixels marked at 3:1, of an outline of %2"_s.arg(marked).arg(outline)));
    }

    void openFirst(const QString &query)
    {
        search(query);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        QTest::keyClick(searchField(), Qt::Key_Down);
        QTRY_VERIFY(list()->hasFocus());
        QCOMPARE(list()->currentIndex().row(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations();
        m_library = m_dir.filePath(u"gui.sqlite"_s);
        LibraryStore::OpenResult r = LibraryStore::open(m_library);
        QVERIFY2(r.store, qPrintable(r.error));
        const ImportReport report = Importer::importPaths(
            *r.store, {QStringLiteral(CARELEAF_SAMPLE_DIR), Test::dataPath(u"with_code_inline.txt"_s)});
        QCOMPARE(report.imported, 6);
    }

    void init() { m_window = makeWindow(); }
    void cleanup() { m_window.reset(); }

    void shouldFocusSearchFieldAtStart()
    {
        QTRY_VERIFY(searchField()->hasFocus());
        waitForResults();
        QCOMPARE(list()->model()->rowCount(), 6);
        // Plural forms come from the English translation, not "procedure(s)".
        QCOMPARE(find<QLabel>(u"matchCount"_s)->text(), u"6 procedures in the library"_s);
        QVERIFY(!searchField()->accessibleName().isEmpty());
        QVERIFY(!list()->accessibleName().isEmpty());
    }

    void shouldNarrowListAsYouType_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addRow("chemo") << u"chemo"_s << u"Chemotherapy"_s;
        QTest::addRow("sequential") << u"sequential chemo"_s << u"Sequential IV Chemotherapy Infusion"_s;
        QTest::addRow("pump") << u"pump"_s << u"Refilling and Maintenance"_s;
        QTest::addRow("magnesium") << u"magnesium"_s << u"Magnesium Infusion Therapy"_s;
        QTest::addRow("home infusion") << u"home infusion"_s << u"Home Infusion"_s;
        QTest::addRow("injection") << u"injection"_s << u"Injection(s)"_s;
        QTest::addRow("code") << u"96413"_s << u"Chemotherapy Infusion"_s;
    }

    void shouldNarrowListAsYouType()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        search(query);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        QVERIFY(list()->model()->rowCount() < 6);
        const QString title = list()->model()->index(0, 0).data(ProcedureListModel::TitleRole).toString();
        QVERIFY2(title.startsWith(first), qPrintable(title));
        QVERIFY(find<QLabel>(u"matchCount"_s)->text().contains(query));
    }

    void shouldShowRisksOfSelectedProcedure()
    {
        openFirst(u"sequential chemo"_s);
        QTRY_VERIFY(tabText(u"overview"_s).contains(u"Sequential IV Chemotherapy Infusion"_s));
        QVERIFY(tabText(u"overview"_s).contains(u"CPT (code not given)"_s));
        QVERIFY(tabText(u"risks"_s).contains(u"extravasation"_s));
        QVERIFY(m_window->windowTitle().startsWith(u"Sequential IV Chemotherapy Infusion"_s));

        // Alt+5 switches to the fifth tab, Risks.
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier);
        QCOMPARE(tabs()->currentIndex(), tabIndex(u"risks"_s));

        if (const QString dir = qEnvironmentVariable("CARELEAF_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_window->resize(1180, 760);
            QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
            QTest::qWait(100);
            QVERIFY(m_window->grab().save(dir + u"/careleaf-main-window.png"_s));
            QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier);
            QTest::qWait(100);
            QVERIFY(m_window->grab().save(dir + u"/careleaf-risks-tab.png"_s));
        }
    }

    void shouldOpenBestMatchWithEnter()
    {
        search(u"pump"_s);
        QTest::keyClick(searchField(), Qt::Key_Return);
        QTRY_VERIFY(tabText(u"overview"_s).contains(u"Implantable Pump"_s));
        QVERIFY(!searchField()->hasFocus());
        // Up from the first row goes back to the search field; Ctrl+L too.
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Up);
        QTRY_VERIFY(searchField()->hasFocus());
        list()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(searchField()->hasFocus());
    }

    void shouldDisableTabsWithoutSectionsAndShowOtherOnlyWhenNeeded()
    {
        openFirst(u"magnesium"_s);
        QTRY_VERIFY(tabText(u"overview"_s).contains(u"Magnesium Drip"_s));
        QVERIFY(!tabs()->isTabEnabled(tabIndex(u"policies"_s)));
        QVERIFY(tabs()->isTabEnabled(tabIndex(u"risks"_s)));
        QVERIFY(!tabs()->isTabVisible(tabIndex(u"other"_s)));

        openFirst(u"96413"_s);
        QTRY_VERIFY(tabs()->isTabVisible(tabIndex(u"other"_s)));
        QVERIFY(tabs()->isTabEnabled(tabIndex(u"other"_s)));
        QVERIFY(tabText(u"other"_s).contains(u"Follow-up Care"_s));
        QVERIFY(tabText(u"other"_s).contains(u"Keep the next appointment."_s));
        QVERIFY(!tabs()->isTabEnabled(tabIndex(u"preparation"_s)));
        QVERIFY(tabText(u"overview"_s).contains(u"CPT 96413"_s));
    }

    void shouldSurviveSearchSyntaxTyped_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("fts syntax") << u"\"(chemo* AND -: NEAR(x"_s;
        QTest::addRow("sql") << u"'; DROP TABLE procedures; --"_s;
        QTest::addRow("quotes") << u"\"\"\"'''"_s;
    }

    void shouldSurviveSearchSyntaxTyped()
    {
        QFETCH(QString, query);
        search(query);
        QVERIFY(!m_window->statusBar()->currentMessage().contains(u"failed"_s));
        search(u"chemo"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
    }

    void shouldRememberZoomAcrossRestarts()
    {
        auto *pane = find<DetailPane>(u"detailPane"_s);
        QCOMPARE(pane->zoomPercent(), 100);
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(pane->zoomPercent(), 120);
        m_window.reset();
        m_window = makeWindow();
        QCOMPARE(find<DetailPane>(u"detailPane"_s)->zoomPercent(), 120);
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(find<DetailPane>(u"detailPane"_s)->zoomPercent(), 110);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(find<DetailPane>(u"detailPane"_s)->zoomPercent(), 100);
    }

    void shouldFilterBySettingAndDuration_data()
    {
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("titles");
        QTest::addRow("home") << u"settingFilter"_s << u"Home"_s
                              << QStringList{u"Home Infusion/Specialty Drug Administration"_s};
        QTest::addRow("30 minutes") << u"durationFilter"_s << u"Up to 30 minutes"_s
                                    << QStringList{u"Refilling and Maintenance of Implantable Pump or Reservoir"_s};
    }

    void shouldFilterBySettingAndDuration()
    {
        QFETCH(QString, combo);
        QFETCH(QString, choice);
        QFETCH(QStringList, titles);
        search(QString());
        auto *box = find<QComboBox>(combo);
        QVERIFY(!box->accessibleName().isEmpty());
        box->setCurrentIndex(box->findText(choice));
        QTRY_VERIFY(!m_window->model()->isSearching());
        QStringList shown;
        for (int row = 0; row < list()->model()->rowCount(); ++row)
            shown << list()->model()->index(row, 0).data(ProcedureListModel::TitleRole).toString();
        QCOMPARE(shown, titles);
        box->setCurrentIndex(0);
        QTRY_COMPARE(list()->model()->rowCount(), 6);
    }

    // An empty list says why, where the eyes are, and to a screen reader in the list's
    // description: nothing matches, the filters leave it out, or the library has nothing yet.
    // Before, the list stood blank, its reason only in the status bar.
    void shouldSayInTheListWhyItIsEmpty_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("setting"); // the setting filter's choice; empty: any
        QTest::addColumn<QString>("said");    // empty: the list has rows, nothing said
        QTest::addRow("no match") << u"zzqx wrongword"_s << QString() << u"No procedure matches “zzqx wrongword”."_s;
        QTest::addRow("a match the filter leaves out")
            << u"magnesium"_s << u"Home"_s << u"No procedure matches “magnesium” with these filters."_s;
        QTest::addRow("no match, with a filter") << u"xylophone"_s << u"Home"_s << u"with these filters"_s;
        QTest::addRow("matches") << u"magnesium"_s << QString() << QString();
    }

    void shouldSayInTheListWhyItIsEmpty()
    {
        QFETCH(QString, query);
        QFETCH(QString, setting);
        QFETCH(QString, said);
        auto *box = find<QComboBox>(u"settingFilter"_s);
        if (!setting.isEmpty())
            box->setCurrentIndex(box->findText(setting));
        search(query);
        auto *message = find<EmptyViewNote>(u"emptyListMessage"_s);
        QCOMPARE(message->parentWidget(), list()->viewport());
        if (said.isEmpty()) {
            QVERIFY(list()->model()->rowCount() > 0);
            QVERIFY(message->isHidden());
            QCOMPARE(list()->accessibleDescription(), QString());
            return;
        }
        QCOMPARE(list()->model()->rowCount(), 0);
        QTRY_VERIFY(message->isVisible());
        const QString text = message->plainText();
        QVERIFY2(text.contains(said), qPrintable(text));
        QVERIFY2(QTextDocumentFragment::fromHtml(message->text()).toPlainText().contains(said), qPrintable(text));
        QVERIFY2(text.contains(setting.isEmpty() ? u"Check the spelling"_s : u"Any setting"_s), qPrintable(text));
        QVERIFY(list()->viewport()->rect().contains(message->geometry()));
        QVERIFY(message->height() >= message->heightForWidth(message->width()));
        QCOMPARE(list()->accessibleDescription(), text);
        // Typed on to a match: gone.
        box->setCurrentIndex(0);
        search(u"infusion"_s);
        QTRY_VERIFY(message->isHidden());
        QCOMPARE(list()->accessibleDescription(), QString());
    }

    void shouldSayWhenTheLibraryHasNoProceduresYet()
    {
        LibraryStore::OpenResult r = LibraryStore::open(m_dir.filePath(u"empty.sqlite"_s));
        QVERIFY2(r.store, qPrintable(r.error));
        m_window = std::make_unique<MainWindow>(std::move(r.store));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(!m_window->model()->isSearching());
        auto *message = find<EmptyViewNote>(u"emptyListMessage"_s);
        QTRY_VERIFY(message->isVisible());
        const QString text = message->plainText();
        QVERIFY2(text.contains(u"The library has no procedures yet."_s) && text.contains(u"Import Documents"_s),
                 qPrintable(text));
    }

    // What the status bar says as the window starts: a letterhead's logo that is no picture, or a
    // colour that is none, is named with the setting and its file (handouts print without it);
    // a letterhead that is whole says nothing.
    void shouldSayAtStartWhatTheLetterheadPrintsWithout()
    {
        QCOMPARE(MainWindow::settingsProblems(), QString());
        const QString notAPicture = m_dir.filePath(u"logo.png"_s);
        QFile f(notAPicture);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not a picture") > 0);
        f.close();
        Settings().setValue(Settings::Key::LogoFile, notAPicture);
        Settings().setValue(Settings::Key::AccentColor, u"no colour"_s);
        const QString said = MainWindow::settingsProblems();
        for (const Settings::Key key : {Settings::Key::LogoFile, Settings::Key::AccentColor})
            QSettings(Settings().fileOf(key), QSettings::IniFormat).remove(Settings::name(key));
        QVERIFY2(said.contains(notAPicture) && said.contains(Settings::name(Settings::Key::LogoFile)),
                 qPrintable(said));
        QVERIFY2(said.contains(Settings::name(Settings::Key::AccentColor)), qPrintable(said));
        QCOMPARE(MainWindow::settingsProblems(), QString());
    }

    void shouldShowCorrectedQuery()
    {
        search(u"magnesum"_s);
        auto *label = find<QLabel>(u"correctionLabel"_s);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"magnesium"_s), qPrintable(label->text()));
        QVERIFY(list()->model()->index(0, 0).data(ProcedureListModel::TitleRole).toString().startsWith(u"Magnesium"_s));
        search(u"magnesium"_s);
        QTRY_VERIFY(!label->isVisible());
        // No procedure has every word: the closest, and the label says so.
        search(u"magnesium xylophone"_s);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"No procedure has all the words"_s), qPrintable(label->text()));
        QVERIFY(list()->model()->index(0, 0).data(ProcedureListModel::TitleRole).toString().startsWith(u"Magnesium"_s));
    }

    // The pane marks each word where QTextDocument::find() finds it, on every tab of every seed:
    // it now matches each paragraph once (find() copied the paragraph for every match, which
    // made the marks of a long paragraph quadratic in its length). The title is not marked.
    void shouldMarkTheWordsWhereFindFindsThem_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addRow("one word") << QStringList{u"infusion"_s};
        QTest::addRow("two words") << QStringList{u"nausea"_s, u"pump"_s};
        QTest::addRow("a common prefix") << QStringList{u"th"_s};
        QTest::addRow("a word in tables and lists") << QStringList{u"iv"_s, u"mg"_s, u"code"_s};
        QTest::addRow("a word of a title") << QStringList{u"magnesium"_s, u"chemotherapy"_s};
    }
    void shouldMarkTheWordsWhereFindFindsThem()
    {
        QFETCH(QStringList, terms);
        QStringList escaped;
        for (const QString &t : std::as_const(terms))
            escaped << QRegularExpression::escape(t);
        const QRegularExpression re(u"\\b(?:"_s + escaped.join(u'|') + u")\\w*"_s,
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
        DetailPane pane;
        pane.setHighlightTerms(terms);
        int marked = 0;
        for (const QString &file : Test::seedFiles()) {
            pane.setProcedure(*DocumentParser::parse(Test::readFile(file), file).procedure);
            for (SafeTextView *view : pane.findChildren<SafeTextView *>()) {
                QList<std::pair<int, int>> expected;
                QTextCursor c(view->document());
                while (!(c = view->document()->find(re, c)).isNull() && c.hasSelection()) {
                    if (c.block().blockFormat().headingLevel() != 1)
                        expected.append({c.selectionStart(), c.selectionEnd()});
                }
                QList<std::pair<int, int>> got;
                for (const QTextEdit::ExtraSelection &mark : view->extraSelections())
                    got.append({mark.cursor.selectionStart(), mark.cursor.selectionEnd()});
                QVERIFY2(got == expected, qPrintable(file + u" "_s + view->objectName()));
                marked += int(got.size());
            }
        }
        QVERIFY(marked > 0);
    }

    void shouldHighlightMatchesAndStepThroughThemWithF3()
    {
        openFirst(u"nausea infusion"_s);
        auto *pane = find<DetailPane>(u"detailPane"_s);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier); // Risks
        const int matches = pane->highlightCount(u"risks"_s);
        QVERIFY(matches >= 1);
        auto *risks = find<SafeTextView>(u"tab_risks"_s);
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        const QString first = risks->textCursor().selectedText();
        QVERIFY2(first.startsWith(u"nausea"_s, Qt::CaseInsensitive) ||
                     first.startsWith(u"infusion"_s, Qt::CaseInsensitive),
                 qPrintable(first));
        const int firstPos = risks->textCursor().selectionStart();
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        if (matches > 1)
            QVERIFY(risks->textCursor().selectionStart() > firstPos);
        QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(risks->textCursor().selectionStart(), firstPos);

        // The list's second line shows where the query matched, with the words marked.
        const QString snippet = list()->model()->index(0, 0).data(ProcedureListModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QChar(0x0002)), qPrintable(snippet));
    }

    // Results of an older query that arrive late never replace the newer query's results.
    void shouldIgnoreStaleResults()
    {
        search(u"pump"_s);
        ProcedureListModel *model = m_window->model();
        const int rows = model->rowCount();
        const QString title = model->index(0, 0).data(ProcedureListModel::TitleRole).toString();
        SearchPage stale;
        stale.total = 1;
        stale.hits = {SearchHit{999999, u"CPT"_s, u"00000"_s, u"Stale result"_s, u"stale"_s, {}, 0}};
        const quint64 staleTicket = m_window->searchService()->latestTicket() - 1;
        Q_EMIT m_window->searchService()->finished(staleTicket, SearchRequest{u"p"_s, {}, 0, 100}, stale);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->index(0, 0).data(ProcedureListModel::TitleRole).toString(), title);
    }

    // A clinic server does not count a very broad search to the end: the status says so.
    void shouldSayMoreThanWhenTheTotalIsNotCounted()
    {
        searchField()->setFocus();
        searchField()->setText(u"pump"_s);
        SearchPage broad;
        broad.total = 501;
        broad.totalIsExact = false;
        broad.hits = {SearchHit{999999, u"CPT"_s, u"00000"_s, u"Pump procedure"_s, u"pump"_s, {}, 0}};
        const quint64 ticket = m_window->searchService()->latestTicket();
        Q_EMIT m_window->searchService()->finished(ticket, SearchRequest{u"pump"_s, {}, 0, 100}, broad);
        QCOMPARE(find<QLabel>(u"matchCount"_s)->text(), u"More than 500 matches for “pump”"_s);
        if (const QString dir = qEnvironmentVariable("CARELEAF_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + u"/careleaf-more-than.png"_s));
        QVERIFY(m_window->model()->canFetchMore({}));
        search(u"pump"_s); // the real results, counted: the status is plain again
        QVERIFY(!find<QLabel>(u"matchCount"_s)->text().startsWith(u"More than"_s));
    }

    // Typing fast: every keystroke asks for results, only the last query's results stay.
    void shouldShowResultsOfTheLastKeystroke()
    {
        searchField()->setFocus();
        searchField()->clear();
        QTest::keyClicks(searchField(), u"injection"_s);
        waitForResults();
        QVERIFY(list()->model()->index(0, 0).data(ProcedureListModel::TitleRole).toString().startsWith(u"Injection"_s));
        QVERIFY(find<QLabel>(u"matchCount"_s)->text().contains(u"injection"_s));
    }

    HandoutDialog *openHandout()
    {
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        HandoutDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_window->findChild<HandoutDialog *>(u"handoutDialog"_s)) != nullptr); }();
        return dialog;
    }

    // The handout's date is greyed while the date is not printed: Alt+D unticked it and left the
    // date shown as if it would print.
    void shouldGreyTheDateThatIsNotPrinted()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        const auto closed = qScopeGuard([dialog] { delete dialog; });
        auto *printed = dialog->findChild<QCheckBox *>(u"includeDate"_s);
        auto *date = dialog->findChild<QDateEdit *>(u"handoutDate"_s);
        QVERIFY(printed->isChecked());
        QVERIFY(date->isEnabled());
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(!printed->isChecked());
        QVERIFY(!date->isEnabled());
        printed->setChecked(true);
        QVERIFY(date->isEnabled());
    }

    // The composer's pages turn from the keyboard wherever it is in the options, and say which
    // shows: the preview is no Tab stop, and a keyboard-only nurse saw page 1 of 8 alone.
    void shouldTurnThePreviewsPagesFromTheKeyboard()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        const auto closed = qScopeGuard([dialog] { delete dialog; });
        dialog->findChild<QCheckBox *>(u"largePrint"_s)->setChecked(true);
        auto *preview = dialog->findChild<QPrintPreviewWidget *>(u"handoutPreview"_s);
        QTRY_VERIFY(preview->pageCount() > 1);
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        auto *name = dialog->findChild<QLineEdit *>(u"patientName"_s);
        name->setFocus();
        QCOMPARE(preview->currentPage(), 1);
        QTest::keyClick(name, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(preview->currentPage(), 2);
        auto *note = dialog->findChild<QLabel *>(u"pageCount"_s);
        QCOMPARE(note->text(), u"Page 2 of %1"_s.arg(preview->pageCount()));
        QTest::keyClick(name, Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(name, Qt::Key_PageUp, Qt::ControlModifier); // no page before the first
        QCOMPARE(preview->currentPage(), 1);
        QVERIFY(name->hasFocus());
    }

    // What you see is what you print: typing that takes the procedure on screen out of the list
    // shows the best match instead (or says nothing is chosen), and Ctrl+P composes what is shown.
    void shouldPrintWhatThePaneShows()
    {
        auto *pane = m_window->findChild<DetailPane *>();
        openFirst(u"magnesium"_s);
        QTRY_COMPARE(pane->procedure()->title, u"Magnesium Infusion Therapy"_s);
        search(u"seq"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        for (int row = 0; row < list()->model()->rowCount(); ++row)
            QVERIFY(list()->model()->index(row, 0).data(ProcedureListModel::TitleRole).toString() !=
                    u"Magnesium Infusion Therapy"_s);
        QCOMPARE(list()->model()->index(0, 0).data(ProcedureListModel::TitleRole).toString(),
                 u"Sequential IV Chemotherapy Infusion"_s);
        QTRY_COMPARE(pane->procedure()->title, u"Sequential IV Chemotherapy Infusion"_s);
        QVERIFY(m_window->windowTitle().startsWith(u"Sequential IV Chemotherapy Infusion"_s));
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Handout \u2014 Sequential IV Chemotherapy Infusion"_s);
        dialog->close();
        delete dialog;

        search(u"zzqqxxvv"_s);
        QTRY_VERIFY(!pane->procedure().has_value());
        QVERIFY(tabText(u"overview"_s).contains(u"No procedure matches"_s));
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(m_window->findChild<HandoutDialog *>(u"handoutDialog"_s) == nullptr);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Nothing to print"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    // Until a row is chosen, the pane previews the best match of what is typed now, not of the
    // first letters: "in" finds one procedure first, "inf" another, which Ctrl+P then composes.
    // A row chosen stays in the pane while typing keeps it in the list.
    void shouldPreviewTheBestMatchOfWhatIsTypedNow()
    {
        auto *pane = m_window->findChild<DetailPane *>();
        search(u"in"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        const auto top = [this] { return list()->model()->index(0, 0).data(ProcedureListModel::TitleRole).toString(); };
        const QString first = top();
        QTRY_COMPARE(pane->procedure()->title, first);
        QTest::keyClicks(searchField(), u"f"_s);
        waitForResults();
        QVERIFY2(top() != first, "the data no longer shows the case: choose another word");
        bool stillListed = false;
        for (int row = 0; row < list()->model()->rowCount(); ++row)
            stillListed |= list()->model()->index(row, 0).data(ProcedureListModel::TitleRole).toString() == first;
        QVERIFY2(stillListed, "the data no longer shows the case: choose another word");
        QTRY_COMPARE(pane->procedure()->title, top());
        QVERIFY(!list()->currentIndex().isValid());
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Handout — %1"_s.arg(top()));
        dialog->close();
        delete dialog;

        // Chosen: the second row stays while the list still holds it.
        searchField()->setFocus();
        QTest::keyClick(searchField(), Qt::Key_Down);
        QTest::keyClick(list(), Qt::Key_Down);
        QTRY_COMPARE(list()->currentIndex().row(), 1);
        const QString chosen = list()->currentIndex().data(ProcedureListModel::TitleRole).toString();
        QTRY_COMPARE(pane->procedure()->title, chosen);
        searchField()->setFocus();
        QTest::keyClick(searchField(), Qt::Key_End);
        QTest::keyClicks(searchField(), u"u"_s);
        waitForResults();
        bool chosenListed = false;
        for (int row = 0; row < list()->model()->rowCount(); ++row)
            chosenListed |= list()->model()->index(row, 0).data(ProcedureListModel::TitleRole).toString() == chosen;
        QCOMPARE(pane->procedure()->title, chosenListed ? chosen : top());
    }

    // The row opened from the keyboard (Down from the search field, then Enter; or Enter in the
    // field) is the list's selected row, marked and said so: it was current only, unmarked once
    // the text had the keyboard, and no row was selected for a screen reader.
    void shouldMarkTheRowOpenedFromTheKeyboard_data()
    {
        QTest::addColumn<bool>("fromTheField");
        QTest::addRow("Down, Enter") << false;
        QTest::addRow("Enter in the field") << true;
    }

    void shouldMarkTheRowOpenedFromTheKeyboard()
    {
        QFETCH(bool, fromTheField);
        auto *pane = m_window->findChild<DetailPane *>();
        search(u"infusion"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        if (fromTheField) {
            QTest::keyClick(searchField(), Qt::Key_Return);
        } else {
            QTest::keyClick(searchField(), Qt::Key_Down);
            QTRY_VERIFY(list()->hasFocus());
            QTest::keyClick(list(), Qt::Key_Return);
        }
        QTRY_VERIFY(!list()->hasFocus());
        const QModelIndex opened = list()->currentIndex();
        QVERIFY(opened.isValid());
        QCOMPARE(pane->procedure()->title, opened.data(ProcedureListModel::TitleRole).toString());
        QCOMPARE(list()->selectionModel()->selectedRows(), QModelIndexList{opened});
        // Rows chosen for a packet (Ctrl+click, the current row left out) stay chosen when Down
        // goes back into the list.
        QTRY_VERIFY(list()->model()->rowCount() > 2);
        QItemSelectionModel *selection = list()->selectionModel();
        selection->select(opened, QItemSelectionModel::Deselect);
        for (const int row : {1, 2})
            selection->select(list()->model()->index(opened.row() == row ? 0 : row, 0), QItemSelectionModel::Select);
        selection->setCurrentIndex(opened, QItemSelectionModel::NoUpdate);
        QVERIFY(!selection->isSelected(opened));
        searchField()->setFocus();
        QTest::keyClick(searchField(), Qt::Key_Down);
        QTRY_VERIFY(list()->hasFocus());
        QCOMPARE(list()->selectionModel()->selectedRows().size(), 2);
    }

    // Tab (or Shift+Tab) into a list read again stands on its first row selected, as Down does: Qt
    // made the row current only, unmarked on screen, and a screen reader was told of no row.
    void shouldStandOnARowWhenTabbedIntoTheList_data()
    {
        QTest::addColumn<bool>("backwards");
        QTest::addRow("Tab") << false;
        QTest::addRow("Shift+Tab") << true;
    }

    void shouldStandOnARowWhenTabbedIntoTheList()
    {
        QFETCH(bool, backwards);
        openFirst(u"reservoir"_s);
        search(u"magnesium"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        QVERIFY(!list()->currentIndex().isValid());
        QWidget *from = backwards ? list()->nextInFocusChain() : searchField();
        while (backwards && !(from->focusPolicy() & Qt::TabFocus && from->isVisible() && from->isEnabled()))
            from = from->nextInFocusChain();
        from->setFocus();
        for (int press = 0; press < 12 && !list()->hasFocus(); ++press)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
        QVERIFY(list()->hasFocus());
        const QModelIndex first = list()->model()->index(0, 0);
        QCOMPARE(list()->currentIndex(), first);
        QCOMPARE(list()->selectionModel()->selectedRows(), QModelIndexList{first});
        auto *pane = m_window->findChild<DetailPane *>();
        QTRY_COMPARE(pane->procedure()->title, first.data(ProcedureListModel::TitleRole).toString());
    }

    // Where the keyboard is can be seen: the list's row and the reading pane's tab change, when
    // they get the keyboard, by at least their outline's length of pixels at 3:1 or more against
    // how they looked without it (WCAG 2's focus appearance). Fusion marked the row not at all and
    // the tab with a 1.1:1 tint.
    void shouldShowWhereTheKeyboardIs_data()
    {
        QTest::addColumn<bool>("inTheList");
        QTest::addRow("the list's row") << true;
        QTest::addRow("the reading pane's tab") << false;
    }

    void shouldShowWhereTheKeyboardIs()
    {
        QFETCH(bool, inTheList);
        openFirst(u"magnesium"_s);
        auto *bar = tabs()->findChild<QTabBar *>();
        QWidget *target = inTheList ? static_cast<QWidget *>(list()) : bar;
        QWidget *drawn = inTheList ? list()->viewport() : bar;
        const QRect area = inTheList ? list()->visualRect(list()->currentIndex()) : bar->tabRect(bar->currentIndex());
        QVERIFY(!area.isEmpty());
        searchField()->setFocus();
        QTRY_VERIFY(searchField()->hasFocus());
        const QImage without = drawn->grab(area).toImage();
        target->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(target->hasFocus());
        const QImage with = drawn->grab(area).toImage();
        verifyOutlineMarked(with, without);
    }

    // And in a text box of several lines, as in a box of one: the composer's note, Preferences'
    // address and a section's text showed the keyboard only by a caret one pixel wide.
    void shouldShowWhereTheKeyboardIsInAText_data()
    {
        QTest::addColumn<QString>("box");
        QTest::addRow("the composer's note") << u"careNote"_s;
        QTest::addRow("Preferences' address") << u"clinicAddress"_s;
        QTest::addRow("a section's text") << u"overview"_s;
    }
    void shouldShowWhereTheKeyboardIsInAText()
    {
        QFETCH(QString, box);
        openFirst(u"magnesium"_s);
        QTest::keyClick(list(), Qt::Key_Return);
        QTRY_VERIFY(m_window->findChild<DetailPane *>()->procedure().has_value());
        std::unique_ptr<QDialog> owned;
        QWidget *window = m_window.get();
        if (box == u"careNote"_s) {
            window = openHandout();
            QVERIFY(QTest::qWaitForWindowActive(window));
        } else if (box == u"clinicAddress"_s) {
            owned = std::make_unique<PreferencesDialog>(m_window.get());
            window = owned.get();
            window->show();
            QVERIFY(QTest::qWaitForWindowActive(window));
        }
        QWidget *text = nullptr;
        if (box == u"overview"_s) {
            for (auto *view : window->findChildren<QAbstractScrollArea *>())
                if (view->objectName().contains(box) && view->isVisible())
                    text = view;
        } else {
            text = window->findChild<QAbstractScrollArea *>(box);
        }
        QVERIFY2(text && text->isVisible(), qPrintable(box));
        QWidget *elsewhere = box == u"overview"_s ? static_cast<QWidget *>(searchField()) : window->focusWidget();
        QVERIFY(elsewhere && elsewhere != text);
        elsewhere->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(elsewhere->hasFocus());
        text->repaint();
        const QImage without = text->grab().toImage();
        text->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(text->hasFocus());
        text->repaint();
        const QImage with = text->grab().toImage();
        verifyOutlineMarked(with, without); // more than the caret's column
        if (auto *dialog = qobject_cast<QDialog *>(window); dialog && !owned)
            dialog->close();
    }

    // Where the filters leave every match out, the status bar and the pane say it is the filters:
    // they said "No matches for “magnesium”" and "No procedure matches what you typed" of a word
    // the library has.
    void shouldSayTheFiltersLeaveTheMatchesOut()
    {
        search(u"magnesium"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        QTest::keyClick(searchField(), Qt::Key_Return);
        QTRY_VERIFY(m_window->findChild<DetailPane *>()->procedure().has_value());
        auto *setting = find<QComboBox>(u"settingFilter"_s);
        const auto restore = qScopeGuard([setting] { setting->setCurrentIndex(0); });
        for (int i = 1; i < setting->count() && list()->model()->rowCount() > 0; ++i) {
            setting->setCurrentIndex(i);
            QTRY_VERIFY(!m_window->model()->isSearching());
        }
        QCOMPARE(list()->model()->rowCount(), 0);
        const QString status = find<QLabel>(u"matchCount"_s)->text();
        QVERIFY2(status.contains(u"magnesium"_s) && status.contains(u"filters"_s), qPrintable(status));
        QTRY_VERIFY2(tabText(u"overview"_s).contains(u"with these filters"_s), qPrintable(tabText(u"overview"_s)));
        // Without the filters, the words are said to match nothing.
        setting->setCurrentIndex(0);
        search(u"zzqqxy"_s);
        QTRY_COMPARE(list()->model()->rowCount(), 0);
        QVERIFY(!find<QLabel>(u"matchCount"_s)->text().contains(u"filters"_s));
    }

    // A procedure whose text cannot be read (a disk spoilt the library's pages after it opened)
    // is said in the pane, with the library's file, for IT: the pane said "Type a code…, then
    // pick a procedure", as if none were chosen.
    void shouldSayWhenAProcedureCannotBeRead()
    {
        const QString library = m_dir.filePath(u"spoilt.sqlite"_s);
        {
            LibraryStore::OpenResult r = LibraryStore::open(library);
            QVERIFY2(r.store, qPrintable(r.error));
            QCOMPARE(Importer::importPaths(*r.store, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
        }
        const QString spoiling = Test::spoilPages(library, {}, u"overflow"_s);
        QVERIFY2(spoiling.isEmpty(), qPrintable(spoiling));
        m_window = makeWindow(library);
        search(u"magnesium"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        QTest::keyClick(searchField(), Qt::Key_Return);
        QTRY_VERIFY(tabText(u"overview"_s).contains(u"cannot be read"_s));
        QVERIFY2(tabText(u"overview"_s).contains(library + u" is damaged"_s), qPrintable(tabText(u"overview"_s)));
    }

    // A chosen row the list holds again (read again after a handout's log row, or still there
    // after more typing) is still the list's choice: highlighted where the pane's procedure is,
    // so the list and the pane agree, and the keyboard goes on from it.
    void shouldKeepTheChosenRowHighlightedWhenTheListIsReadAgain()
    {
        auto *pane = m_window->findChild<DetailPane *>();
        openFirst(u"infusion"_s);
        QVERIFY(list()->model()->rowCount() > 2);
        QTest::keyClick(list(), Qt::Key_Down);
        QTRY_COMPARE(list()->currentIndex().row(), 1);
        const QString chosen = list()->currentIndex().data(ProcedureListModel::TitleRole).toString();
        QTRY_COMPARE(pane->procedure()->title, chosen);
        QSignalSpy shownAgain(m_window->model(), &ProcedureListModel::resultsShown);
        m_window->model()->refresh();
        QTRY_VERIFY(shownAgain.count() > 0);
        QCOMPARE(pane->procedure()->title, chosen);
        QCOMPARE(list()->currentIndex().data(ProcedureListModel::TitleRole).toString(), chosen);
        // Other rows now (typed at once, as pasted): the chosen one is highlighted where it stands.
        const auto titles = [this] {
            QStringList out;
            for (int row = 0; row < list()->model()->rowCount(); ++row)
                out << list()->model()->index(row, 0).data(ProcedureListModel::TitleRole).toString();
            return out;
        };
        const QStringList before = titles();
        searchField()->setText(chosen);
        waitForResults();
        QVERIFY2(titles() != before, qPrintable(titles().join(u", "_s)));
        QCOMPARE(pane->procedure()->title, chosen);
        QVERIFY(list()->currentIndex().isValid());
        QCOMPARE(list()->currentIndex().data(ProcedureListModel::TitleRole).toString(), chosen);
        QVERIFY(list()->selectionModel()->isSelected(list()->currentIndex()));
        // Down from the search field goes on from it.
        const int at = list()->currentIndex().row();
        if (list()->model()->rowCount() > at + 1) {
            QTest::keyClick(searchField(), Qt::Key_Down);
            QTRY_VERIFY(list()->hasFocus());
            QTest::keyClick(list(), Qt::Key_Down);
            QTRY_COMPARE(list()->currentIndex().row(), at + 1);
            QTRY_COMPARE(pane->procedure()->title,
                         list()->currentIndex().data(ProcedureListModel::TitleRole).toString());
        }
    }

    // With nothing typed, Ctrl+P composes the best match, and the pane keeps showing it when the
    // list is read again (a filter, scrolling, the watcher after the log is written).
    void shouldKeepTheComposedBestMatchWithNothingTyped()
    {
        auto *pane = m_window->findChild<DetailPane *>();
        search(QString());
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        dialog->close();
        delete dialog;
        QVERIFY(pane->procedure().has_value());
        const QString shown = pane->procedure()->title;
        QSignalSpy shownAgain(m_window->model(), &ProcedureListModel::resultsShown);
        m_window->model()->refresh();
        QTRY_VERIFY(shownAgain.count() > 0);
        QVERIFY(pane->procedure().has_value());
        QCOMPARE(pane->procedure()->title, shown);
    }

    // On a fresh start, typing and Ctrl+P compose the best match.
    void shouldComposeTheBestMatchRightAfterTyping()
    {
        search(u"magnesium drip"_s);
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        QVERIFY(!list()->currentIndex().isValid());
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Handout \u2014 Magnesium Infusion Therapy"_s);
        dialog->close();
    }

    // The detail pane explains the glossary's words where they stand: dotted, with a tooltip.
    void shouldExplainMedicalWordsInThePane()
    {
        openFirst(u"sequential"_s);
        QTRY_VERIFY(m_window->findChild<DetailPane *>()->procedure().has_value());
        QVERIFY(m_window->findChild<DetailPane *>()->glossaryWordCount(u"risks"_s) > 0);
        auto *risks = find<SafeTextView>(u"tab_risks"_s);
        QTextCursor c = risks->document()->find(u"extravasation"_s);
        QVERIFY(!c.isNull());
        QTextCursor inside(risks->document());
        inside.setPosition(c.selectionStart() + 1);
        const QTextCharFormat f = inside.charFormat();
        QCOMPARE(f.underlineStyle(), QTextCharFormat::DotLine);
        QVERIFY2(f.toolTip().contains(u"vein"_s), qPrintable(f.toolTip()));

        // Not for the mouse alone: with the caret on the word (the keyboard, a screen reader),
        // its meaning is said under the text, and heard (a status line is named by its text).
        auto *meaning = find<QLabel>(u"glossaryMeaning"_s);
        m_window->findChild<DetailPane *>()->tabs()->setCurrentWidget(risks);
        risks->setFocus();
        QVERIFY(meaning->isHidden());
        QTextCursor caret(risks->document());
        caret.setPosition(c.selectionStart());
        risks->setTextCursor(caret);
        QTRY_VERIFY(meaning->isVisible());
        QVERIFY2(meaning->text().startsWith(u"Extravasation: "_s, Qt::CaseInsensitive) &&
                     meaning->text().contains(u"vein"_s),
                 qPrintable(meaning->text()));
        QVERIFY(meaning->accessibleName().isEmpty());
        caret.setPosition(c.selectionEnd()); // just after the word: still it
        risks->setTextCursor(caret);
        QVERIFY(meaning->isVisible());
        caret.movePosition(QTextCursor::StartOfBlock);
        caret.movePosition(QTextCursor::PreviousBlock);
        risks->setTextCursor(caret);
        QTRY_VERIFY(meaning->isHidden());
        // Another procedure: nothing said of the last one's words.
        risks->setTextCursor(QTextCursor(risks->document()));
        caret.setPosition(c.selectionStart());
        risks->setTextCursor(caret);
        QTRY_VERIFY(meaning->isVisible());
        openFirst(u"magnesium"_s);
        QTRY_VERIFY(meaning->isHidden() || !meaning->text().contains(u"xtravasation"_s));
    }

    // On a bilingual handout, a section with nothing beside it in the other language is said over
    // the preview, as the console says it: the nurse reads the English, whose column beside
    // "Riesgos" is empty. Gone when the handout is no longer bilingual.
    void shouldSayOverThePreviewWhatHasNothingBesideIt()
    {
        const QString library = m_dir.filePath(u"unpaired.sqlite"_s);
        LibraryStore::OpenResult r = LibraryStore::open(library);
        QVERIFY2(r.store, qPrintable(r.error));
        const QString english = m_dir.filePath(u"unpaired-en.txt"_s);
        const QString spanish = m_dir.filePath(u"unpaired-es.txt"_s);
        for (const auto &[file, text] :
             {std::pair{english, u"Search all medical codes\n\nA skin biopsy\n\nCPT4 code 11102\n\nName of the "
                                 u"Procedure:\n\nSkin Biopsy\n\nSummary\n\nA small piece of skin is taken.\n"_s},
              std::pair{spanish, u"Buscar todos los c\u00F3digos m\u00E9dicos\n\nUna biopsia de piel\n\nCPT4 "
                                 u"c\u00F3digo 11102\n\nNombre del procedimiento:\n\nBiopsia de piel\n\nResumen\n\n"
                                 u"Se toma un trozo de piel.\n\nRiesgos\n\nUn sangrado leve.\n"_s}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0);
        }
        QCOMPARE(Importer::importPaths(*r.store, {english, spanish}).imported, 2);
        std::optional<Procedure> inSpanish;
        for (qint64 id = 1; id <= 2 && !inSpanish; ++id) {
            if (auto p = r.store->procedure(id); p && p->language == u"es"_s)
                inSpanish = p;
        }
        QVERIFY(inSpanish);
        HandoutDialog dialog({*inSpanish}, r.store.get());
        dialog.show();
        auto *warning = dialog.findChild<QLabel *>(u"undrawnWarning"_s);
        auto *bilingual = dialog.findChild<QCheckBox *>(u"bilingual"_s);
        QVERIFY(warning && bilingual && bilingual->isEnabled());
        QTRY_VERIFY(dialog.previewPaints() > 0);
        QVERIFY(warning->isHidden());
        int paints = dialog.previewPaints();
        bilingual->setChecked(true);
        QTRY_VERIFY(dialog.previewPaints() > paints);
        QTRY_VERIFY(warning->isVisible());
        QCOMPARE(warning->text(),
                 u"No English version of \u201CRiesgos\u201D: the English column beside it is empty."_s);
        QCOMPARE(dialog.findChild<QWidget *>(u"handoutPreview"_s)->accessibleDescription(), warning->text());
        if (const QString dir = qEnvironmentVariable("CARELEAF_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.resize(1150, 780);
            QTest::qWait(400);
            QVERIFY(dialog.grab().save(dir + u"/composer-unpaired.png"_s));
        }
        paints = dialog.previewPaints();
        bilingual->setChecked(false);
        QTRY_VERIFY(dialog.previewPaints() > paints);
        QTRY_VERIFY(warning->isHidden());
    }

    // Letters no installed font draws (here in the patient's name, printed on every page) are
    // said over the preview, which shows them as boxes too small to notice; gone once mended.
    void shouldSayOverThePreviewWhichLettersPrintAsBoxes()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        auto *warning = dialog->findChild<QLabel *>(u"undrawnWarning"_s);
        QVERIFY(warning);
        QTRY_VERIFY(dialog->previewPaints() > 0);
        QVERIFY(warning->isHidden());
        auto *name = dialog->findChild<QLineEdit *>(u"patientName"_s);
        int paints = dialog->previewPaints();
        name->setText(u"Ada \u0378xample"_s);
        QTRY_VERIFY(dialog->previewPaints() > paints);
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"U+0378"_s), qPrintable(warning->text()));
        QCOMPARE(dialog->findChild<QWidget *>(u"handoutPreview"_s)->accessibleDescription(), warning->text());
        if (const QString dir = qEnvironmentVariable("CARELEAF_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog->resize(1150, 780);
            QTest::qWait(400);
            QVERIFY(dialog->grab().save(dir + u"/composer-undrawn.png"_s));
        }
        paints = dialog->previewPaints();
        name->setText(u"Ada Example"_s);
        QTRY_VERIFY(dialog->previewPaints() > paints);
        QTRY_VERIFY(warning->isHidden());
        QCOMPARE(dialog->findChild<QWidget *>(u"handoutPreview"_s)->accessibleDescription(), QString());
        dialog->close();
    }

    void shouldComposeHandoutWithPresetsPreviewAndReadingGrade()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        auto *preset = dialog->findChild<QComboBox *>(u"presetCombo"_s);
        auto *summary = dialog->findChild<QCheckBox *>(u"section_summary"_s);
        auto *recovery = dialog->findChild<QCheckBox *>(u"section_recovery"_s);
        auto *policies = dialog->findChild<QCheckBox *>(u"section_policies"_s);
        QVERIFY(preset && summary && recovery && policies);
        QVERIFY(policies->isHidden());  // magnesium has no policies section: not offered
        QVERIFY(recovery->isChecked()); // the patient handout to start with
        QTRY_VERIFY(dialog->previewPaints() > 0);
        const int paints = dialog->previewPaints();
        const double fullGrade = dialog->readingGrade();

        preset->setCurrentIndex(preset->findText(u"Before the procedure"_s));
        QCOMPARE(dialog->checkedSections(), Handout::builtInPreset(u"before"_s)->sections.mid(0, 6).isEmpty()
                                                ? QStringList{}
                                                : dialog->checkedSections());
        QVERIFY(summary->isChecked());
        QVERIFY(!recovery->isChecked());
        // The preset's sections that the procedure has, in the order a patient lives them.
        QStringList expected;
        const std::optional<Procedure> shown = m_window->findChild<DetailPane *>()->procedure();
        for (const QString &key : Handout::sectionOrder()) {
            if (Handout::builtInPreset(u"before"_s)->sections.contains(key) && shown->hasSection(key))
                expected << key;
        }
        QCOMPARE(dialog->checkedSections(), expected);
        QTRY_VERIFY(dialog->previewPaints() > paints);
        QVERIFY(!qFuzzyCompare(dialog->readingGrade(), fullGrade));
        auto *grade = dialog->findChild<QLabel *>(u"readingGrade"_s);
        QVERIFY(grade->text().contains(u"grade"_s));
        if (const QString dir = qEnvironmentVariable("CARELEAF_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog->findChild<QLineEdit *>(u"patientName"_s)->setText(u"Ada Example"_s);
            dialog->resize(1150, 780);
            QTest::qWait(400);
            QVERIFY(dialog->grab().save(dir + u"/careleaf-handout-composer.png"_s));
        }
        // Unticking a section switches the preset to "Custom".
        summary->setChecked(false);
        QCOMPARE(preset->currentText(), u"Custom"_s);
        dialog->close();
    }

    // The main task in Spanish: the application speaks Spanish, a nurse finds the magnesium infusion
    // by typing "magnesio", prints a bilingual English-Spanish "before" handout on the clinic's
    // letterhead, and the education log says Spanish.
    void shouldRunTheMainTaskInSpanish()
    {
        const QString spanishLibrary = m_dir.filePath(u"es.sqlite"_s);
        {
            LibraryStore::OpenResult r = LibraryStore::open(spanishLibrary);
            QVERIFY2(r.store, qPrintable(r.error));
            QCOMPARE(Importer::importPaths(*r.store, {QStringLiteral(CARELEAF_SAMPLE_DIR),
                                                      QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR),
                                                      Test::dataPath(u"with_code_inline.txt"_s)})
                         .imported,
                     11);
        }
        Handout::saveLetterhead(u"Clínica Riverside"_s, u"120 River Road"_s, u"(217) 555-0142"_s, QString());
        m_window.reset();
        installTranslations(u"es"_s);
        const QString englishLibrary = std::exchange(m_library, spanishLibrary);
        const auto restore = qScopeGuard([&] {
            m_library = englishLibrary;
            installTranslations(u"en"_s);
            Handout::saveLetterhead({}, {}, {}, {});
        });
        m_window = makeWindow();
        waitForResults();
        QTRY_COMPARE(find<QLabel>(u"matchCount"_s)->text(), u"6 procedimientos en la biblioteca"_s);

        // The language filter lists the library's languages; each row shows the languages it is in.
        auto *filter = find<QComboBox>(u"languageFilter"_s);
        QVERIFY(filter->isVisible());
        QCOMPARE(filter->count(), 3); // any, English, Español
        QVERIFY(filter->findData(u"es"_s) > 0);
        // The English-only procedure is left out with Spanish chosen.
        filter->setCurrentIndex(filter->findData(u"es"_s));
        QTRY_COMPARE(list()->model()->rowCount(), 5);
        filter->setCurrentIndex(0);
        QTRY_COMPARE(list()->model()->rowCount(), 6);
        // The version whose words were typed shows: an English word, the English version; then,
        // as the word becomes Spanish, the Spanish one (previewed, then chosen).
        auto *pane = m_window->findChild<DetailPane *>();
        auto *paneLanguage = find<QComboBox>(u"paneLanguage"_s);
        search(u"magnesium"_s);
        QTRY_COMPARE(pane->procedure()->title, u"Magnesium Infusion Therapy"_s);
        // A misspelling, as close to the Spanish word as to the English one, is no choice of language.
        search(u"magnesim"_s);
        QVERIFY(find<QLabel>(u"correctionLabel"_s)->isVisible());
        QTRY_COMPARE(pane->procedure()->title, u"Magnesium Infusion Therapy"_s);
        search(u"magnes"_s);
        QTRY_COMPARE(pane->procedure()->title, u"Magnesium Infusion Therapy"_s);
        QTest::keyClicks(searchField(), u"io"_s);
        waitForResults();
        QTRY_COMPARE(pane->procedure()->title, u"Terapia de infusión de magnesio"_s);
        QCOMPARE(paneLanguage->currentData().toString(), u"es"_s);
        // With the list kept to Spanish, the Spanish version whatever is typed.
        // (Enter opens the best match.)
        const auto open = [this](const QString &query) {
            search(query);
            QTest::keyClick(searchField(), Qt::Key_Return);
            QCOMPARE(list()->currentIndex().row(), 0);
        };
        filter->setCurrentIndex(filter->findData(u"es"_s));
        // Nothing chosen: Ctrl+P composes the version the pane shows, not the list row's.
        search(u"magnesium"_s);
        QTRY_COMPARE(pane->procedure()->title, u"Terapia de infusión de magnesio"_s);
        {
            HandoutDialog *composed = openHandout();
            QVERIFY(composed);
            QVERIFY2(composed->windowTitle().endsWith(u"Terapia de infusión de magnesio"_s),
                     qPrintable(composed->windowTitle()));
            composed->close();
            delete composed;
            m_window->activateWindow();
            QTRY_VERIFY(m_window->isActiveWindow());
        }
        // A version picked in the pane stays when the list is read again.
        paneLanguage->setCurrentIndex(paneLanguage->findData(u"en"_s));
        Q_EMIT paneLanguage->activated(paneLanguage->currentIndex());
        QTRY_COMPARE(pane->procedure()->title, u"Magnesium Infusion Therapy"_s);
        QSignalSpy readAgain(m_window->model(), &ProcedureListModel::resultsShown);
        m_window->model()->refresh();
        QTRY_VERIFY(readAgain.count() > 0);
        QCOMPARE(pane->procedure()->title, u"Magnesium Infusion Therapy"_s);
        open(u"magnesium"_s);
        QTRY_COMPARE(pane->procedure()->title, u"Terapia de infusión de magnesio"_s);
        filter->setCurrentIndex(0);
        open(u"magnesium"_s);
        QTRY_COMPARE(pane->procedure()->title, u"Magnesium Infusion Therapy"_s);
        open(u"magnesio"_s);
        QTRY_COMPARE(pane->procedure()->title, u"Terapia de infusión de magnesio"_s);
        QCOMPARE(list()->currentIndex().data(ProcedureListModel::TitleRole).toString(),
                 u"Magnesium Infusion Therapy"_s);
        QCOMPARE(list()->currentIndex().data(ProcedureListModel::LanguagesRole).toStringList(),
                 (QStringList{u"en"_s, u"es"_s}));
        QVERIFY(list()->currentIndex().data(Qt::AccessibleTextRole).toString().contains(u"Español"_s));

        // The pane switches between versions; what the pane shows is what prints.
        QVERIFY(paneLanguage->isVisible());
        paneLanguage->setCurrentIndex(paneLanguage->findData(u"en"_s));
        Q_EMIT paneLanguage->activated(paneLanguage->currentIndex());
        QTRY_COMPARE(pane->procedure()->title, u"Magnesium Infusion Therapy"_s);
        QCOMPARE(paneLanguage->count(), 2);
        paneLanguage->setCurrentIndex(paneLanguage->findData(u"es"_s));
        Q_EMIT paneLanguage->activated(paneLanguage->currentIndex());
        QTRY_COMPARE(m_window->findChild<DetailPane *>()->procedure()->title, u"Terapia de infusión de magnesio"_s);
        // The glossary is English: no Spanish word is explained with it.
        for (const QString &tab : {u"overview"_s, u"purpose"_s, u"procedure"_s, u"risks"_s, u"recovery"_s})
            QCOMPARE(m_window->findChild<DetailPane *>()->glossaryWordCount(tab), 0);
        QVERIFY(tabText(u"overview"_s).contains(u"calambres"_s) || tabText(u"purpose"_s).contains(u"calambres"_s));
        // File > Print of the pane prints the Spanish version with its own words in Spanish.
        const PagedPrint::Flow printed =
            m_window->wholeProcedureFlow(*m_window->findChild<DetailPane *>()->procedure());
        QCOMPARE(printed.language, u"es"_s);
        QVERIFY2(printed.pieces.join(QString()).contains(u"Traducción de muestra"_s) ||
                     printed.footer.contains(u"Traducción de muestra"_s),
                 qPrintable(printed.footer));
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().startsWith(u"Hoja informativa"_s), qPrintable(dialog->windowTitle()));
        auto *language = dialog->findChild<QComboBox *>(u"patientLanguage"_s);
        auto *bilingual = dialog->findChild<QCheckBox *>(u"bilingual"_s);
        QVERIFY(language && bilingual);
        QCOMPARE(language->count(), 2);
        QCOMPARE(language->itemData(0).toString(), u"en"_s);
        QCOMPARE(language->currentData().toString(), u"es"_s);
        QVERIFY(bilingual->isEnabled());
        // No words to know from the English glossary in a Spanish handout: the box is off and
        // says why; back in English, the choice is back.
        auto *wordsToKnow = dialog->findChild<QCheckBox *>(u"wordsToKnow"_s);
        QVERIFY(!wordsToKnow->isEnabled() && !wordsToKnow->isChecked());
        QVERIFY(!wordsToKnow->toolTip().isEmpty());
        // Said on the dialog too; the bilingual box is on, as the procedure has an English version.
        auto *languageNote = dialog->findChild<QLabel *>(u"languageNote"_s);
        QVERIFY(languageNote->isVisible());
        QCOMPARE(languageNote->text(), wordsToKnow->toolTip());
        QCOMPARE(bilingual->accessibleDescription(), QString());
        language->setCurrentIndex(language->findData(u"en"_s));
        QVERIFY(wordsToKnow->isEnabled() && wordsToKnow->isChecked());
        QVERIFY(!languageNote->isVisible());
        QVERIFY(!bilingual->isEnabled());
        language->setCurrentIndex(language->findData(u"es"_s));
        QVERIFY(!wordsToKnow->isChecked());
        bilingual->setChecked(true);
        auto *preset = dialog->findChild<QComboBox *>(u"presetCombo"_s);
        preset->setCurrentIndex(preset->findData(u"before"_s));
        const HandoutOptions o = dialog->options();
        QCOMPARE(o.language, u"es"_s);
        QVERIFY(o.bilingual);

        const QString pdf = m_dir.filePath(u"bilingual-before.pdf"_s);
        QCOMPARE(dialog->exportPdf(pdf), QString());
        QString error;
        const QString text = Test::pdfText(pdf, &error);
        const QStringList words = Test::words(text);
        QVERIFY2(!words.isEmpty(), qPrintable(error));
        for (const QString &word :
             {u"riverside"_s, u"cramps"_s, u"calambres"_s, u"preparation"_s, u"preparación"_s, u"página"_s})
            QVERIFY2(words.contains(word), qPrintable(word + u": "_s + text.left(500)));
        QVERIFY2(!words.contains(u"recovery"_s), "the \"before\" handout has no recovery section");
        dialog->close();

        LibraryStore::OpenResult r = LibraryStore::open(spanishLibrary);
        QVERIFY(r.store);
        const QList<EducationLogEntry> log = r.store->log().entries();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.last().language, u"es"_s);
        QVERIFY2(log.last().procedures.join(u' ').contains(u"magnesio"_s),
                 qPrintable(log.last().procedures.join(u' ')));
    }

    // What a handout's language leaves out is said where everyone sees it: the bilingual box was
    // on for a procedure with no English version (ticked, it printed the Spanish alone, unsaid),
    // and why the words to know were off was only a tooltip of a box the keyboard cannot reach.
    void shouldSayWhatTheHandoutsLanguageLeavesOut_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("wordsToKnow");
        QTest::addColumn<QString>("note");
        QTest::addRow("English") << QStringList{u"languages/en.txt"_s} << true << QString();
        QTest::addRow("Spanish, no English version")
            << QStringList{u"languages/es.txt"_s} << false
            << u"This procedure has no English version to print beside it. The meanings of medical words"_s;
        QTest::addRow("a Spanish packet")
            << QStringList{u"languages/es.txt"_s, u"relevance-fourth/curacion_quemaduras_es.txt"_s} << false
            << u"None of these procedures has an English version"_s;
        QTest::addRow("Chinese") << QStringList{u"languages/zh-Hans.txt"_s} << false
                                 << u"no English version to print beside it"_s;
    }

    void shouldSayWhatTheHandoutsLanguageLeavesOut()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, wordsToKnow);
        QFETCH(QString, note);
        QList<Procedure> procedures;
        for (const QString &file : std::as_const(files)) {
            const auto parsed = DocumentParser::parse(Test::readFile(Test::dataPath(file)), file);
            QVERIFY(parsed.procedure);
            procedures << *parsed.procedure;
        }
        HandoutDialog dialog(procedures, nullptr);
        dialog.show();
        auto *bilingual = dialog.findChild<QCheckBox *>(u"bilingual"_s);
        auto *words = dialog.findChild<QCheckBox *>(u"wordsToKnow"_s);
        auto *label = dialog.findChild<QLabel *>(u"languageNote"_s);
        QVERIFY(bilingual && words && label);
        QVERIFY(!bilingual->isEnabled());
        QCOMPARE(words->isEnabled(), wordsToKnow);
        QCOMPARE(words->isChecked(), wordsToKnow);
        QCOMPARE(label->isVisible(), !note.isEmpty());
        if (note.isEmpty())
            return;
        QVERIFY2(label->text().contains(note), qPrintable(label->text()));
        // Heard on the boxes themselves too.
        QVERIFY(label->text().contains(bilingual->accessibleDescription()));
        QVERIFY(label->text().contains(words->accessibleDescription()));
        QVERIFY(!bilingual->accessibleDescription().isEmpty() && !words->accessibleDescription().isEmpty());
        // Ticked all the same (by a preset saved with it), the handout is not bilingual.
        bilingual->setChecked(true);
        QVERIFY(!dialog.options().bilingual);
    }

    // The reading level uses the formula made for the handout's language and says which; where
    // Careleaf has none, it says so rather than showing an English grade.
    void shouldMeasureReadingLevelWithTheLanguagesOwnFormula_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<QString>("sectionFigure");
        QTest::addRow("English") << Test::dataPath(u"languages/en.txt"_s) << u"grade"_s << u"(grade "_s;
        QTest::addRow("Spanish") << Test::dataPath(u"languages/es.txt"_s) << u"Fernández-Huerta"_s << u"(ease "_s;
        QTest::addRow("Arabic") << Test::dataPath(u"languages/ar.txt"_s) << u"no formula for Arabic"_s << QString();
        QTest::addRow("Chinese") << Test::dataPath(u"languages/zh-Hans.txt"_s) << u"no formula for Chinese"_s
                                 << QString();
    }

    void shouldMeasureReadingLevelWithTheLanguagesOwnFormula()
    {
        QFETCH(QString, file);
        QFETCH(QString, badge);
        QFETCH(QString, sectionFigure);
        const auto parsed = DocumentParser::parse(Test::readFile(file), file);
        QVERIFY(parsed.procedure);
        HandoutDialog dialog({*parsed.procedure}, nullptr);
        const QString text = dialog.findChild<QLabel *>(u"readingGrade"_s)->text();
        QVERIFY2(text.contains(badge), qPrintable(text));
        auto *summary = dialog.findChild<QCheckBox *>(u"section_summary"_s);
        QVERIFY(summary);
        if (sectionFigure.isEmpty()) {
            QVERIFY2(!summary->text().contains(u'('), qPrintable(summary->text()));
            QCOMPARE(dialog.readingGrade(), 0.0);
            QVERIFY(dialog.hardestSentences().isEmpty());
        } else {
            QVERIFY2(summary->text().contains(sectionFigure), qPrintable(summary->text()));
            QVERIFY(dialog.readingGrade() > 0);
        }
    }

    // The Other box says where sections of unknown headings print, to a screen reader as well
    // (the reading level written over it before), and the Other box's level counts such a section
    // only while the section it goes with is not ticked (it prints under Other then).
    void shouldSayWhereUnknownSectionsPrint()
    {
        const auto parsed = DocumentParser::parse(
            "Search all medical codes\n\nA skin biopsy\n\nCPT4 code 11102\n\nName of the Procedure:\n\n"
            "Skin Biopsy\n\nSummary\n\nA small piece of skin is taken.\n\nPreparation\n\nDrink water.\n\n"
            "Stop These Medicines\n\nStop taking aspirin and warfarin and ibuprofen and naproxen and other "
            "medicines that thin the blood five days before the biopsy.\n",
            u"biopsy.txt"_s);
        QVERIFY(parsed.procedure);
        HandoutDialog dialog({*parsed.procedure}, nullptr);
        auto *other = dialog.findChild<QCheckBox *>(u"section_other"_s);
        auto *preparation = dialog.findChild<QCheckBox *>(u"section_preparation"_s);
        QVERIFY(other && preparation);
        QVERIFY(!other->isHidden());
        QVERIFY2(other->accessibleDescription().contains(other->toolTip()), qPrintable(other->accessibleDescription()));
        QVERIFY2(other->toolTip().contains(u"does not know"_s), qPrintable(other->toolTip()));
        preparation->setChecked(true);
        other->setChecked(false);
        QVERIFY2(!other->text().contains(u'('), qPrintable(other->text())); // nothing of its own to read
        preparation->setChecked(false);
        QVERIFY2(other->text().contains(u'('), qPrintable(other->text()));
        // Its level first, then where such sections print.
        QVERIFY2(other->accessibleDescription().startsWith(u"Reading level"_s),
                 qPrintable(other->accessibleDescription()));
        QVERIFY2(other->accessibleDescription().endsWith(other->toolTip()), qPrintable(other->accessibleDescription()));
    }

    // A section whose heading says its stage of the visit is that stage's to the composer: its
    // box is there for a document without a section of its own ("Before Your Colonoscopy", no
    // Preparation), says what more it prints, to a screen reader too; Other is only for the rest.
    void shouldOfferAnUnknownSectionUnderTheStageItNames()
    {
        const auto parsed = DocumentParser::parse(
            "Search all medical codes\n\nA colonoscopy\n\nCPT4 code 45378\n\nName of the Procedure:\n\n"
            "Colonoscopy\n\nSummary\n\nA camera looks inside the bowel.\n\n"
            "Diet Before Your Colonoscopy\n\nEat only soft, plain food for two days.\n\n"
            "Recovery\n\nRest today.\n",
            u"colonoscopy.txt"_s);
        QVERIFY(parsed.procedure);
        QVERIFY(!parsed.procedure->hasSection(u"preparation"_s));
        HandoutDialog dialog({*parsed.procedure}, nullptr);
        auto *other = dialog.findChild<QCheckBox *>(u"section_other"_s);
        auto *preparation = dialog.findChild<QCheckBox *>(u"section_preparation"_s);
        QVERIFY(other && preparation);
        QVERIFY(other->isHidden());
        QVERIFY(!preparation->isHidden());
        QVERIFY2(preparation->toolTip().contains(u"\u201cDiet Before Your Colonoscopy\u201d"_s),
                 qPrintable(preparation->toolTip()));
        QVERIFY2(preparation->accessibleDescription().endsWith(preparation->toolTip()),
                 qPrintable(preparation->accessibleDescription()));
        QVERIFY2(preparation->text().contains(u'('), qPrintable(preparation->text())); // its words are read
        QVERIFY(dialog.findChild<QCheckBox *>(u"section_recovery"_s)->toolTip().isEmpty());
    }

    // Preferences choose the language Careleaf speaks; a language translated in part says so.
    // Tab in Preferences goes as the eye reads: from the tab bar into the page shown, through its
    // fields, then to the buttons. The Handouts page's fields came before the tab bar, and the
    // Library page's after OK and Cancel.
    void shouldTabThroughPreferencesAsTheyRead_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("first");
        QTest::addRow("Handouts") << 0 << u"clinicName"_s;
        QTest::addRow("Library") << 1 << u"libraryLocal"_s;
    }

    void shouldTabThroughPreferencesAsTheyRead()
    {
        QFETCH(int, page);
        QFETCH(QString, first);
        PreferencesDialog preferences;
        auto *tabs = preferences.findChild<QTabWidget *>(u"preferencesTabs"_s);
        tabs->setCurrentIndex(page);
        preferences.show();
        preferences.activateWindow();
        QTRY_VERIFY(preferences.isActiveWindow());
        tabs->tabBar()->setFocus();
        QTRY_VERIFY(tabs->tabBar()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), first);
        // On through the page to the buttons, never back to the bar before them.
        auto *buttons = preferences.findChild<QDialogButtonBox *>(u"buttons"_s);
        for (int presses = 0; presses < 40 && !buttons->isAncestorOf(QApplication::focusWidget()); ++presses) {
            QVERIFY2(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(QApplication::focusWidget()->objectName()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QVERIFY(buttons->isAncestorOf(QApplication::focusWidget()));
    }

    // Ctrl+, opens Preferences, as in GNOME's applications (it did nothing: only Alt+E, P).
    void shouldOpenPreferencesWithCtrlComma()
    {
        bool opened = false;
        QTimer watch; // the dialog runs its own event loop until it is closed
        connect(&watch, &QTimer::timeout, this, [&] {
            if (auto *dialog = m_window->findChild<PreferencesDialog *>(u"preferencesDialog"_s)) {
                opened = true;
                dialog->reject();
            }
        });
        watch.start(20);
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(opened);
    }

    void shouldChooseTheApplicationsLanguageInPreferences()
    {
        PreferencesDialog preferences;
        auto *box = preferences.findChild<QComboBox *>(u"applicationLanguage"_s);
        QVERIFY(box);
        QCOMPARE(box->itemData(0).toString(), QString()); // the system's
        QVERIFY(box->findData(u"en"_s) > 0);
        const int spanish = box->findData(u"es"_s);
        QVERIFY(spanish > 0);
        QCOMPARE(box->itemText(spanish), u"Español"_s);
        QVERIFY2(box->itemText(box->findData(u"ar"_s)).contains(u"handout words only"_s),
                 qPrintable(box->itemText(box->findData(u"ar"_s))));
        box->setCurrentIndex(spanish);
        preferences.accept();
        QCOMPARE(Settings().text(Settings::Key::Language), u"es"_s);
        QVERIFY(Settings().setValue(Settings::Key::Language, QString()));
    }

    // The letterhead's fields take no more than a handout prints: an address pasted longer was
    // saved, and the handout then left the whole address off.
    void shouldTakeNoMoreOfTheLetterheadThanAHandoutPrints_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("most");
        QTest::addRow("name") << u"clinicName"_s << int(Handout::MostInALetterheadLine);
        QTest::addRow("phone") << u"clinicPhone"_s << int(Handout::MostInALetterheadLine);
        QTest::addRow("address") << u"clinicAddress"_s << int(Handout::MostInAnAddress);
    }
    void shouldTakeNoMoreOfTheLetterheadThanAHandoutPrints()
    {
        QFETCH(QString, field);
        QFETCH(int, most);
        const auto restore = qScopeGuard([] {
            Settings settings;
            for (const auto key : {Settings::Key::ClinicName, Settings::Key::ClinicPhone, Settings::Key::ClinicAddress})
                QVERIFY(settings.setValue(key, QString()));
        });
        PreferencesDialog preferences;
        QWidget *box = preferences.findChild<QWidget *>(field);
        QVERIFY(box);
        const QString kept = u"12 Main St\n"_s;
        // Typed, then a page of text pasted at its end, with a character beyond U+FFFF astride the
        // limit.
        const QString pasted = QString(most - kept.size() - 1, u'x') + u"\U0001F3E5"_s + QString(most, u'y');
        if (auto *line = qobject_cast<QLineEdit *>(box)) {
            line->setText(kept.trimmed());
            line->insert(pasted);
        } else {
            auto *text = qobject_cast<QPlainTextEdit *>(box);
            QVERIFY(text);
            const auto paste = [&] {
                text->setPlainText(kept);
                text->moveCursor(QTextCursor::End);
                QGuiApplication::clipboard()->setText(pasted);
                text->paste();
            };
            paste();
            QVERIFY2(text->toPlainText().size() <= most, qPrintable(QString::number(text->toPlainText().size())));
            QVERIFY(text->toPlainText().startsWith(kept + u'x'));
            QVERIFY(!text->toPlainText().back().isHighSurrogate());
            // The paste is undone in one step (a box cut down after the paste was cut again at each
            // Ctrl+Z, and the paste could never be undone).
            text->undo();
            QCOMPARE(text->toPlainText(), kept);
            // Typed in the middle of a full box: the letter typed goes, not the box's end.
            const QString full = kept + QString(most - kept.size(), u'x');
            text->setPlainText(full);
            QTextCursor cursor = text->textCursor();
            cursor.setPosition(3);
            text->setTextCursor(cursor);
            QTest::keyClick(text, Qt::Key_Z);
            QTest::keyClick(text, Qt::Key_Return);
            QCOMPARE(text->toPlainText(), full);
            paste();
        }
        preferences.accept();
        const Letterhead saved = Handout::savedLetterhead();
        const QString printed = field == u"clinicName"_s    ? saved.clinicName
                                : field == u"clinicPhone"_s ? saved.phone
                                                            : saved.address;
        QVERIFY2(printed.startsWith(kept.trimmed()), qPrintable(printed.left(40)));
        QVERIFY(printed.size() <= most);
    }

    // A logo typed as "~/logo.png" is the home folder's, as the handout reads it: Preferences
    // refused it as no image, and kept it as written.
    void shouldTakeALogoInTheHomeFolderInPreferences()
    {
        const QString logo = QDir::homePath() + u"/careleaf-logo.png"_s;
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(logo));
        const auto restore = qScopeGuard([&logo] {
            QFile::remove(logo);
            QVERIFY(Settings().setValue(Settings::Key::LogoFile, QString()));
        });
        PreferencesDialog preferences;
        auto *field = preferences.findChild<QLineEdit *>(u"logoFile"_s);
        QVERIFY(field);
        field->setText(u"~/careleaf-logo.png"_s);
        preferences.accept();
        QCOMPARE(preferences.result(), int(QDialog::Accepted));
        QCOMPARE(Settings().text(Settings::Key::LogoFile), logo);
        QVERIFY(!Handout::savedLetterhead().logo.isNull());
        PreferencesDialog again;
        QCOMPARE(again.findChild<QLineEdit *>(u"logoFile"_s)->text(), logo);
    }

    // An Arabic desktop (or Arabic chosen) lays the window out right to left, though Careleaf's
    // own words are translated only for handouts: Qt's translation says the direction.
    void shouldLayTheWindowOutRightToLeftForArabic()
    {
        installTranslations(u"ar"_s);
        const auto restore = qScopeGuard([] { installTranslations(u"en"_s); });
        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        m_window.reset();
        m_window = makeWindow();
        waitForResults();
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        // The list (which leads) is on the right, the pane on the left.
        const int listX = list()->mapTo(m_window.get(), QPoint(0, 0)).x();
        const int paneX = m_window->findChild<DetailPane *>()->mapTo(m_window.get(), QPoint(0, 0)).x();
        QVERIFY2(listX > paneX, qPrintable(u"list at %1, pane at %2"_s.arg(listX).arg(paneX)));
        // The menus stay English (no Arabic translation of them), and the window is whole.
        QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
    }

    // The divider between the list and the pane moves from the View menu (a splitter's handle
    // takes no focus, and the arrow keys with modifiers belong to window managers), the way the
    // item says on screen in either direction of layout, never past what each side needs, and
    // stays where it was left.
    void shouldMoveTheDividerFromTheMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("left to right") << u"en"_s;
        QTest::addRow("right to left") << u"ar"_s;
    }

    void shouldMoveTheDividerFromTheMenu()
    {
        QFETCH(QString, language);
        installTranslations(language);
        const auto restore = qScopeGuard([] {
            installTranslations(u"en"_s);
            Settings().setValue(Settings::Key::SplitterState, QByteArray()); // the next test's as at first
        });
        m_window.reset();
        m_window = makeWindow();
        waitForResults();
        QMenu *view = find<QMenu>(u"menuView"_s);
        auto *left = find<QAction>(u"actionDividerLeft"_s);
        auto *right = find<QAction>(u"actionDividerRight"_s);
        QVERIFY(view->actions().contains(left) && view->actions().contains(right));
        auto *splitter = find<QSplitter>(u"splitter"_s);
        const auto divider = [splitter] { return splitter->handle(1)->mapTo(splitter, QPoint(0, 0)).x(); };
        // Towards the pane twice, then back once (the list may start as narrow as it can be).
        QAction *towardsPane = language == u"ar"_s ? left : right;
        QAction *towardsList = towardsPane == left ? right : left;
        const auto moved = [&](QAction *action) {
            const int before = divider();
            action->trigger();
            const int after = divider();
            return action == right ? after > before : after < before;
        };
        QVERIFY(moved(towardsPane));
        QVERIFY(moved(towardsPane));
        QVERIFY(moved(towardsList));
        for (int i = 0; i < 20; ++i)
            towardsPane->trigger();
        for (int i = 0; i < 2; ++i) {
            QVERIFY(splitter->sizes().at(i) >= splitter->widget(i)->minimumSizeHint().width());
            QVERIFY(splitter->sizes().at(i) > 0);
        }
        const QList<int> kept = splitter->sizes();
        QVERIFY(m_window->close());
        m_window.reset();
        m_window = makeWindow();
        QCOMPARE(find<QSplitter>(u"splitter"_s)->sizes(), kept);
    }

    // Narrower than the four filters side by side, the list wraps them onto two rows, each whole
    // (never "All co…") and inside the list's side; wider again, one row. So the pane can take
    // the room at 1.5 times on a small screen, where one row took most of the window.
    void shouldWrapTheFiltersWhenTheListIsNarrow()
    {
        auto *row = find<QWidget>(u"filterRow"_s);
        // (The language filter is shown only in a library of more than one language.)
        const auto boxes = [row] {
            QList<QComboBox *> out;
            for (QComboBox *box : row->findChildren<QComboBox *>()) {
                if (box->isVisible())
                    out << box;
            }
            return out;
        };
        QCOMPARE(boxes().size(), 3);
        const auto rows = [&] {
            QSet<int> tops;
            for (const QComboBox *box : boxes())
                tops.insert(box->y());
            return tops.size();
        };
        const auto whole = [&] {
            for (const QComboBox *box : boxes()) {
                if (box->width() < box->sizeHint().width() || !row->rect().contains(box->geometry()))
                    return false;
            }
            return true;
        };
        auto *splitter = find<QSplitter>(u"splitter"_s);
        QVERIFY(splitter->widget(0)->minimumSizeHint().width() < row->sizeHint().width());
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({row->sizeHint().width() + 20, total - row->sizeHint().width() - 20});
        QTRY_COMPARE(rows(), 1);
        QVERIFY(whole());
        splitter->setSizes({row->sizeHint().width() - 40, total - row->sizeHint().width() + 40});
        QTRY_COMPARE(rows(), 2);
        QVERIFY(whole());
        // The list below the filters, not under them.
        QTRY_VERIFY(list()->mapTo(m_window.get(), QPoint(0, 0)).y() >=
                    row->mapTo(m_window.get(), QPoint(0, row->height())).y());
        const int least = splitter->widget(0)->minimumSizeHint().width();
        splitter->setSizes({0, total});
        QTRY_VERIFY(splitter->sizes().at(0) >= least);
        QCOMPARE(rows(), 2);
        QVERIFY(whole());
    }

    // Alt+<letter> must reach one control: "&Paper" once shadowed "&Print…".
    void shouldGiveEveryComposerMnemonicOneControl()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QMap<QChar, QStringList> owners;
        const auto collect = [&](const QString &text, const QString &name) {
            const qsizetype at = text.indexOf(u'&');
            if (at >= 0 && at + 1 < text.size() && text.at(at + 1) != u'&')
                owners[text.at(at + 1).toLower()] << name;
        };
        for (auto *label : dialog->findChildren<QLabel *>())
            collect(label->text(), label->objectName());
        for (auto *button : dialog->findChildren<QAbstractButton *>())
            collect(button->text(), button->objectName());
        QVERIFY(owners.contains(u'p'));
        // The preset's buttons too (they had none: Tab after Tab to reach them).
        for (const QString &name : {u"savePresetButton"_s, u"renamePresetButton"_s, u"deletePresetButton"_s})
            QVERIFY2(std::ranges::any_of(owners, [&name](const QStringList &o) { return o.contains(name); }),
                     qPrintable(name));
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(u"Alt+%1: %2"_s.arg(it.key(), it.value().join(u", "_s))));
        dialog->close();
    }

    // The sections are reached with Alt too (they were not: Tab after Tab through the options to
    // reach "Risks"): Alt and the group's letter goes to the first, and each section that has a
    // letter left by the other options ticks or clears its box with Alt and that letter.
    void shouldReachTheSectionsWithAlt()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *name = dialog->findChild<QLineEdit *>(u"patientName"_s);
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        const auto alt = [](const QString &text) {
            const qsizetype at = text.indexOf(u'&');
            return at >= 0 && at + 1 < text.size() ? Qt::Key(text.at(at + 1).toUpper().unicode()) : Qt::Key_unknown;
        };
        auto *group = dialog->findChild<QGroupBox *>(u"sectionsGroup"_s);
        QVERIFY(alt(group->title()) != Qt::Key_unknown);
        QTest::keyClick(QApplication::focusWidget(), alt(group->title()), Qt::AltModifier);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName().startsWith(u"section_"_s));
        int withLetter = 0;
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            if (!box->objectName().startsWith(u"section_"_s) || box->isHidden() || alt(box->text()) == Qt::Key_unknown)
                continue;
            ++withLetter;
            const bool was = box->isChecked();
            QTest::keyClick(QApplication::focusWidget(), alt(box->text()), Qt::AltModifier);
            QTRY_COMPARE(box->isChecked(), !was);
            QVERIFY(box->hasFocus());
        }
        QVERIFY(withLetter >= 3);
        // Again from elsewhere: the first box, not the last one used (Qt's group box goes back
        // to the child that had the focus last).
        QCheckBox *first = nullptr;
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            if (box->objectName().startsWith(u"section_"_s) && !box->isHidden() &&
                (!first || box->mapTo(dialog, QPoint()).y() < first->mapTo(dialog, QPoint()).y()))
                first = box;
        }
        QVERIFY(first && !first->hasFocus());
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), alt(group->title()), Qt::AltModifier);
        QTRY_VERIFY2(first->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
        dialog->close();
    }

    // A control reached with Alt and its letter shows that it has the keyboard, as after Tab: the
    // composer's "Large print" took the keyboard with no frame to see, while the default button
    // looked focused.
    void shouldShowWhereAMnemonicPutTheKeyboard()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *name = dialog->findChild<QLineEdit *>(u"patientName"_s);
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        QVERIFY(!dialog->testAttribute(Qt::WA_KeyboardFocusChange)); // no Tab pressed yet
        auto *large = dialog->findChild<QCheckBox *>(u"largePrint"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier); // "&Large print"
        QTRY_VERIFY(large->hasFocus());
        // What the style draws the focus frame by.
        QStyleOptionButton option;
        option.initFrom(large);
        QVERIFY(option.state & QStyle::State_HasFocus);
        QVERIFY(option.state & QStyle::State_KeyboardFocusChange);
        dialog->close();
    }

    // Alt and the mnemonic of a disabled control types nothing: it reached the focused field as a
    // key press, and the handout said "Prepared for b"; the search, "zzql". Letters alone still
    // type, and an enabled control's mnemonic still takes the focus.
    void shouldTypeNothingForTheMnemonicOfADisabledControl()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *bilingual = dialog->findChild<QCheckBox *>(u"bilingual"_s);
        QVERIFY(bilingual && !bilingual->isEnabled()); // an English handout
        auto *name = dialog->findChild<QLineEdit *>(u"patientName"_s);
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
        QCOMPARE(name->text(), QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B);
        QCOMPARE(name->text(), u"b"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier); // "&Large print"
        QTRY_VERIFY(dialog->findChild<QCheckBox *>(u"largePrint"_s)->hasFocus());
        QCOMPARE(name->text(), u"b"_s);
        dialog->close();
        delete dialog;

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        search(u"zzq"_s);
        QTRY_VERIFY(searchField()->hasFocus());
        QTest::keyClick(searchField(), Qt::Key_L, Qt::AltModifier);
        QCOMPARE(searchField()->text(), u"zzq"_s);
    }

    // File > Print Preview for the keyboard and a screen reader: its tool bar's buttons (Print,
    // Page Setup, the pages) take Tab, its zoom and page fields are named for what they are, and
    // it opens within the screen (it was 900x1000 on a 768-pixel screen).
    void shouldPreviewForTheKeyboardWithinTheScreen()
    {
        openFirst(u"magnesium"_s);
        bool seen = false;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *preview = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            if (preview->objectName() != u"printPreview"_s) { // any other ("Printing Failed") would hang
                preview->reject();
                return;
            }
            watcher.stop();
            seen = true;
            const auto closing = qScopeGuard([preview] { preview->reject(); }); // a failed check too
            const auto buttons = preview->findChildren<QToolButton *>();
            QVERIFY(buttons.size() >= 10);
            for (QToolButton *button : buttons)
                QVERIFY2(button->focusPolicy() & Qt::TabFocus, qPrintable(button->toolTip()));
            const auto zooms = preview->findChildren<QComboBox *>();
            QCOMPARE(zooms.size(), 1);
            QCOMPARE(zooms.first()->accessibleName(), u"Zoom"_s);
            // Said as named, its choice as its value (Qt's own said "55.7%" for a name).
            QAccessibleInterface *zoom = QAccessible::queryAccessibleInterface(zooms.first());
            QCOMPARE(zoom->text(QAccessible::Name), u"Zoom"_s);
            QCOMPARE(zoom->text(QAccessible::Value), zooms.first()->currentText());
            int pageFields = 0;
            for (QLineEdit *field : preview->findChildren<QLineEdit *>()) {
                if (!qobject_cast<QComboBox *>(field->parentWidget())) {
                    QCOMPARE(field->accessibleName(), u"Page number"_s);
                    ++pageFields;
                }
            }
            QCOMPARE(pageFields, 1);
            // The pages, where the keyboard starts: named, not a silent stop.
            const auto pages = preview->findChildren<QGraphicsView *>();
            QVERIFY(!pages.isEmpty());
            for (QGraphicsView *view : pages)
                QCOMPARE(view->accessibleName(), u"Pages"_s);
            // The keyboard starts in them (it started in the unnamed widget around them).
            QTRY_VERIFY2(qobject_cast<QGraphicsView *>(preview->focusWidget()),
                         preview->focusWidget() ? preview->focusWidget()->metaObject()->className() : "nothing");
            QVERIFY(preview->screen()->availableGeometry().contains(preview->frameGeometry()));
        });
        watcher.start();
        find<QAction>(u"actionPrintPreview"_s)->trigger();
        watcher.stop();
        QVERIFY(seen);
    }

    // Printed from File > Print Preview (Qt's preview accepts its dialog once it has printed), the
    // procedure is logged as from File > Print; closed without printing, nothing is.
    void shouldLogWhatIsPrintedFromThePreview_data()
    {
        QTest::addColumn<bool>("printed");
        QTest::addRow("printed") << true;
        QTest::addRow("closed") << false;
    }

    void shouldLogWhatIsPrintedFromThePreview()
    {
        QFETCH(bool, printed);
        openFirst(u"magnesium"_s);
        const qsizetype before = m_window->store()->log().entries().size();
        bool seen = false;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            watcher.stop();
            seen = dialog->objectName() == u"printPreview"_s;
            if (seen && printed)
                dialog->accept();
            else
                dialog->reject();
        });
        watcher.start();
        find<QAction>(u"actionPrintPreview"_s)->trigger();
        watcher.stop();
        QVERIFY(seen);
        const QList<EducationLogEntry> after = m_window->store()->log().entries();
        QCOMPARE(after.size(), before + (printed ? 1 : 0));
        if (printed) {
            QCOMPARE(after.first().output, u"printer"_s);
            QVERIFY2(after.first().procedures.join(u' ').contains(u"Magnesium"_s),
                     qPrintable(after.first().procedures.join(u' ')));
        }
    }

    // "My questions" takes only what the last page leaves: when it leaves too little, the
    // composer says so beside the page count (the box was ticked for nothing, in silence).
    void shouldSayWhenMyQuestionsHaveNoRoom()
    {
        Procedure p;
        p.title = u"Port Flush"_s;
        p.descriptor = u"Port flush"_s;
        const auto composed = [this, &p](int paragraphs, QString *pdfText) {
            QList<Block> blocks;
            for (int i = 0; i < paragraphs; ++i)
                blocks << Block{
                    BlockType::Paragraph, u"Rest today and drink water; call us if the arm swells."_s, {}, 1};
            p.sections = {Section{u"recovery"_s, u"Recovery"_s, blocks}};
            HandoutDialog dialog({p}, nullptr);
            dialog.show();
            auto *pages = dialog.findChild<QLabel *>(u"pageCount"_s);
            [&] { QTRY_VERIFY(dialog.previewPaints() > 0 && !pages->text().isEmpty()); }();
            const QString pdf = m_dir.filePath(u"questions-%1.pdf"_s.arg(paragraphs));
            [&] { QCOMPARE(dialog.exportPdf(pdf), QString()); }();
            QString error;
            *pdfText = Test::pdfText(pdf, &error);
            if (pdfText->isEmpty())
                qWarning("%s", qPrintable(error));
            return pages->text();
        };
        QString text;
        const QString roomy = composed(3, &text);
        if (text.isEmpty())
            CARELEAF_SKIP_OR_FAIL(u"pdftotext gave nothing"_s);
        QVERIFY(text.contains(u"My questions"_s));
        QVERIFY2(!roomy.contains(u"no room"_s), qPrintable(roomy));
        // Paragraph by paragraph, the first page fills until the lines no longer fit on it.
        QString said;
        for (int paragraphs = 4; paragraphs < 60 && !said.contains(u"no room"_s); ++paragraphs)
            said = composed(paragraphs, &text);
        QVERIFY2(said.contains(u"no room for \u201cMy questions\u201d"_s), qPrintable(said));
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(u"My questions"_s), qPrintable(text.right(300)));
    }

    // Export PDF opens where the last PDF went (or IT's folder), remembers where this one goes,
    // and says beside the buttons that it was saved.
    void shouldExportWhereTheLastPdfWentAndSaySo()
    {
        const QString first = m_dir.filePath(u"exports"_s);
        const QString second = m_dir.filePath(u"exports-2"_s);
        QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
        QVERIFY(Settings().setValue(Settings::Key::PdfFolder, first));
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        QString openedIn;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!files)
                return;
            watcher.stop();
            openedIn = files->directory().absolutePath();
            // As the nurse types it into the name box.
            auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(second + u"/handout.pdf"_s);
            static_cast<QDialog *>(files)->accept(); // as Save does
        });
        watcher.start();
        dialog->findChild<QPushButton *>(u"exportPdfButton"_s)->click();
        watcher.stop();
        QCOMPARE(openedIn, first);
        QVERIFY(QFileInfo::exists(second + u"/handout.pdf"_s));
        auto *note = dialog->findChild<QLabel *>(u"pageCount"_s);
        QCOMPARE(note->text(), u"Saved as handout.pdf"_s);
        QCOMPARE(note->toolTip(), QDir::toNativeSeparators(second + u"/handout.pdf"_s));
        QCOMPARE(Settings().text(Settings::Key::PdfFolder), second);
        // However long the notes beside the buttons, the dialog needs no more width than before.
        const int needed = dialog->layout()->minimumSize().width();
        dialog->findChild<QLabel *>(u"readingGrade"_s)->setText(QString(300, u'x'));
        note->setText(u"Saved as "_s + QString(200, u'y'));
        QVERIFY(dialog->layout()->minimumSize().width() <= needed);
        dialog->close();
        delete dialog;
        QVERIFY(Settings().setValue(Settings::Key::PdfFolder, QString()));
    }

    // Scrolling the composer's options past a choice leaves it as it was: the wheel changes a
    // combo box only once it has the focus (the patient's language changed unseen before).
    void shouldScrollPastTheComposersChoicesWithoutChangingThem()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog);
        auto *paper = dialog->findChild<QComboBox *>(u"paperSize"_s);
        QVERIFY(paper && paper->isEnabled() && paper->count() == 2);
        const int before = paper->currentIndex();
        const auto turnWheel = [paper, before] {
            const QPoint at = paper->rect().center();
            QWheelEvent wheel(at, paper->mapToGlobal(at), QPoint(), QPoint(0, before == 0 ? -120 : 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(paper, &wheel);
        };
        dialog->findChild<QLineEdit *>(u"patientName"_s)->setFocus();
        QTRY_VERIFY(!paper->hasFocus());
        turnWheel();
        QCOMPARE(paper->currentIndex(), before);
        paper->setFocus();
        QTRY_VERIFY(paper->hasFocus());
        turnWheel();
        QVERIFY(paper->currentIndex() != before);
        dialog->close();
        delete dialog;
    }

    // A grade below the first school grade (Flesch-Kincaid goes negative for a few short words)
    // is said as such, never as "grade -2.2".
    void shouldSayAGradeBelowTheFirstInWords()
    {
        Procedure p;
        p.title = u"Port Flush"_s;
        p.descriptor = u"Port flush"_s;
        p.sections = {Section{u"summary"_s, u"Summary"_s, {Block{BlockType::Paragraph, u"About an hour."_s, {}, 1}}},
                      Section{u"recovery"_s,
                              u"Recovery"_s,
                              {Block{BlockType::Paragraph,
                                     u"Afterwards, the nurse will examine the insertion site for swelling, "
                                     "tenderness, or discoloration, and will document the medication administered."_s,
                                     {},
                                     1}}}};
        HandoutDialog dialog({p}, nullptr);
        const QString summary = dialog.findChild<QCheckBox *>(u"section_summary"_s)->text();
        QVERIFY2(summary.contains(u"grade below 1"_s) && !summary.contains(u'-'), qPrintable(summary));
        const QString recovery = dialog.findChild<QCheckBox *>(u"section_recovery"_s)->text();
        QVERIFY2(QRegularExpression(u"grade \\d+\\.\\d"_s).match(recovery).hasMatch(), qPrintable(recovery));
    }

    // The composer starts with the preset last chosen, but never with a staff copy: the next
    // handout is most likely a patient's.
    void shouldRememberThePresetButNotAStaffCopy()
    {
        openFirst(u"magnesium"_s);
        const auto choose = [this](const QString &id) {
            HandoutDialog *dialog = openHandout();
            auto *preset = dialog->findChild<QComboBox *>(u"presetCombo"_s);
            const QString startedWith = preset->currentData().toString();
            if (!id.isEmpty()) {
                preset->setCurrentIndex(preset->findData(id));
                Q_EMIT preset->activated(preset->currentIndex()); // as a click or a key does
            }
            dialog->close();
            delete dialog;
            return startedWith;
        };
        choose(u"after"_s);
        QCOMPARE(choose(u"full"_s), u"after"_s);
        QCOMPARE(choose(QString()), u"after"_s);
        choose(u"patient"_s);
    }

    void shouldSaveAndDeleteUserPresets()
    {
        openFirst(u"magnesium"_s);
        HandoutDialog *dialog = openHandout();
        auto *preset = dialog->findChild<QComboBox *>(u"presetCombo"_s);
        preset->setCurrentIndex(preset->findText(u"After the procedure"_s));
        QTimer::singleShot(0, this, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(u"Diabetic foot"_s);
            input->accept();
        });
        dialog->findChild<QToolButton *>(u"savePresetButton"_s)->click();
        QCOMPARE(preset->currentText(), u"Diabetic foot"_s);
        QVERIFY(dialog->findChild<QToolButton *>(u"deletePresetButton"_s)->isEnabled());
        dialog->findChild<QToolButton *>(u"deletePresetButton"_s)->click();
        QCOMPARE(preset->findText(u"Diabetic foot"_s), -1);
        dialog->close();
    }

    // A packet from several selected rows; exported with a patient name and note that reach the
    // PDF and nothing else; the log gets one row without them.
    void shouldExportPacketLogItAndKeepPatientDataPrivate()
    {
        search(u"infusion"_s);
        QVERIFY(list()->model()->rowCount() >= 2);
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Home);
        QTest::keyClick(list(), Qt::Key_Down, Qt::ShiftModifier); // extend the selection to two rows
        QCOMPARE(list()->selectionModel()->selectedRows().size(), 2);
        HandoutDialog *dialog = openHandout();
        QVERIFY(dialog->windowTitle().contains(u"Packet of 2"_s));
        dialog->findChild<QLineEdit *>(u"patientName"_s)->setText(u"Zebulon Quixotic-Test"_s);
        dialog->findChild<QPlainTextEdit *>(u"careNote"_s)->setPlainText(u"Zebulon: fast from midnight."_s);
        const int before = int(m_window->store()->log().entries().size());
        const QString pdf = m_dir.filePath(u"gui-packet.pdf"_s);
        QCOMPARE(dialog->exportPdf(pdf), QString());
        QString error;
        const QString text = Test::pdfText(pdf, &error);
        QVERIFY2(!Test::words(text).isEmpty(), qPrintable(u"no text in the PDF: "_s + error));
        QVERIFY(text.contains(u"Zebulon Quixotic-Test"_s));
        QVERIFY(text.contains(u"In this packet"_s));
        QVERIFY(text.contains(u"fast from midnight"_s));
        const QList<EducationLogEntry> log = m_window->store()->log().entries();
        QCOMPARE(log.size(), before + 1);
        QCOMPARE(log.last().procedures.size(), 2);
        QCOMPARE(log.last().output, u"pdf"_s);
        QCOMPARE(log.last().contentVersions.size(), 2);
        dialog->close();
        m_window.reset(); // settings written on close

        const QByteArray needle("Zebulon");
        QStringList roots{m_dir.path()};
        for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                              QStandardPaths::GenericCacheLocation, QStandardPaths::AppConfigLocation,
                              QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation})
            roots << QStandardPaths::writableLocation(location);
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file == pdf)
                    continue;
                QVERIFY2(!Test::readFile(file).contains(needle), qPrintable(file));
            }
        }
        m_window = makeWindow();
    }

    void shouldShowEducationLogAndExportCsv()
    {
        EducationLogEntry entry;
        entry.printedAt = QDateTime::currentDateTimeUtc();
        entry.workstation = u"front-desk-2"_s;
        entry.procedures = {u"CPT 96413 Chemotherapy Infusion"_s};
        entry.sections = {u"summary"_s};
        entry.output = u"printer"_s;
        QCOMPARE(m_window->store()->log().append(entry), QString());
        m_window->findChild<QAction *>(u"actionEducationLog"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"educationLogDialog"_s)) != nullptr);
        auto *table = dialog->findChild<QTableWidget *>(u"logTable"_s);
        QVERIFY(table->rowCount() >= 1);
        // Tab leaves the table for the buttons (it went from cell to cell, and round again).
        dialog->activateWindow();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        // The cell the keyboard is on is seen (Fusion tinted it at 1.1:1).
        table->setCurrentCell(0, 0);
        const QRect cell = table->visualRect(table->currentIndex());
        const QImage with = table->viewport()->grab(cell).toImage();
        QTest::keyClick(table, Qt::Key_Tab);
        QTRY_VERIFY(!table->hasFocus());
        QVERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        verifyOutlineMarked(with, table->viewport()->grab(cell).toImage());
        const QString csv = m_dir.filePath(u"log.csv"_s);
        QCOMPARE(static_cast<EducationLogDialog *>(dialog)->exportCsv(csv), QString());
        const QStringList lines = QString::fromUtf8(Test::readFile(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), table->rowCount() + 1);
        QVERIFY(lines.first().startsWith(u"printed_at,workstation"_s));
        // A date after every row empties the view.
        auto *empty = dialog->findChild<EmptyViewNote *>(u"logEmpty"_s);
        QVERIFY(empty->isHidden());
        const QDate after = QDate::currentDate().addDays(2);
        dialog->findChild<QDateEdit *>(u"logSince"_s)->setDate(after);
        QCOMPARE(table->rowCount(), 0);
        // Said in the table, and to a screen reader, not left blank.
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->plainText().startsWith(u"Nothing was printed or exported since %1."_s.arg(
                     QLocale().toString(after, QLocale::LongFormat))),
                 qPrintable(empty->plainText()));
        QCOMPARE(table->accessibleDescription(), empty->plainText());
        // The date field has an Alt key (its label's), as every field of the window.
        const auto labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::ranges::any_of(labels, [dialog](const QLabel *l) {
            return l->buddy() == dialog->findChild<QDateEdit *>(u"logSince"_s) && l->text().contains(u'&');
        }));
        dialog->close();
    }

    // A library that fails to open: the dialog says why and offers the ways out; restoring the
    // backup or starting fresh opens a library and keeps the damaged file, byte for byte.
    void shouldOfferWaysOutOfADamagedLibrary_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("atDefault");
        // The default library never created: a fresh library elsewhere must start empty, not
        // open (and seed) the default one.
        QTest::addRow("restore backup") << u"restoreBackupButton"_s << false;
        QTest::addRow("start fresh") << u"freshLibraryButton"_s << false;
        QTest::addRow("start fresh as the default library") << u"freshLibraryButton"_s << true;
    }

    void shouldOfferWaysOutOfADamagedLibrary()
    {
        QFETCH(QString, button);
        QFETCH(bool, atDefault);
        // Whatever an earlier test or run left there: the default library does not exist here.
        const QString defaultLibrary = LibraryFile::defaultLocation();
        const QString folder = atDefault ? QFileInfo(defaultLibrary).path() : m_dir.filePath(u"damaged-"_s + button);
        QVERIFY(QDir(folder).removeRecursively() && QDir().mkpath(folder));
        QVERIFY(!QFileInfo::exists(defaultLibrary));
        const QString path = folder + u"/library.sqlite"_s;
        QVERIFY(QFile::copy(Test::dataPath(u"library-v1.sqlite"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        int procedures = 0;
        {
            LibraryStore::OpenResult upgraded = LibraryStore::open(path); // takes the format-1 backup
            QVERIFY(upgraded.store);
            procedures = upgraded.store->count();
        }
        QFile file(path);
        QVERIFY(file.resize(5000)); // cut off
        const QByteArray damaged = Test::readFile(path);

        LibraryStore::OpenResult failed = LibraryStore::open(path);
        QVERIFY(!failed.store);
        QCOMPARE(failed.problem, LibraryStore::Problem::Damaged);
        LibraryProblemDialog dialog(path, failed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = dialog.findChild<QLabel *>(u"problemText"_s)->text();
        QVERIFY2(text.contains(path) && text.contains(u"damaged"_s) && text.contains(u"never overwritten"_s),
                 qPrintable(text));
        QVERIFY(dialog.findChild<QPushButton *>(u"restoreBackupButton"_s)->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"freshLibraryButton"_s)->isVisible());
        if (const QString dir = qEnvironmentVariable("CARELEAF_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/careleaf-damaged-library.png"_s));

        dialog.findChild<QPushButton *>(u"%1"_s.arg(button))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<LibraryStore> store = dialog.takeStore();
        QVERIFY(store);
        QVERIFY(LibraryFile::isSameFile(store->connection().location(), path));
        // A restored library has its procedures back; a fresh one is empty, except the app's own
        // library, which starts with the sample procedures as on first start.
        const int expected = button == u"restoreBackupButton"_s ? procedures : atDefault ? Test::seedFiles().size() : 0;
        QCOMPARE(store->count(), expected);
        QCOMPARE(QFileInfo::exists(defaultLibrary), atDefault);
        QVERIFY(dialog.note().contains(u".damaged-"_s));
        const QStringList aside = QDir(folder).entryList({u"library.sqlite.damaged-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(Test::readFile(folder + u"/"_s + aside.first()), damaged);
        store.reset();
        if (atDefault)
            QVERIFY(QDir(folder).removeRecursively());
    }

    // Where moving the file aside cannot help (it is read-only), only "open another" is offered.
    void shouldNotOfferFreshStartForReadOnlyLibrary()
    {
        LibraryStore::OpenResult failed;
        failed.problem = LibraryStore::Problem::ReadOnly;
        failed.error = u"/srv/clinic/library.sqlite is read-only"_s;
        LibraryProblemDialog dialog(u"/srv/clinic/library.sqlite"_s, failed);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton *>(u"freshLibraryButton"_s)->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(u"restoreBackupButton"_s)->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"openOtherButton"_s)->isVisible());
        // Opening another library that fails keeps the dialog up with the new reason.
        dialog.openOther(Test::seedFiles().first());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"problemText"_s)->text().contains(u"not an SQLite database"_s));
        dialog.openOther(m_library);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.takeStore());
    }

    // A big import runs beside a GUI that keeps answering: the event loop is never blocked for
    // long (the worst gap is reported; the bound only catches a hang), the progress dialog
    // shows, and Cancel stops it with the library whole.
    void shouldStayResponsiveDuringBigImportAndCancelCleanly()
    {
        const QString docs = m_dir.filePath(u"big-import"_s);
        constexpr int Count = 4000;
        QVERIFY(Test::writeDocuments(docs, 50'000, Count));
        const int before = m_window->store()->count();
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        clock.start();
        tick.start();
        m_window->importPaths({docs});
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = m_window->findChild<QProgressDialog *>(u"importProgress"_s)) != nullptr);
        QTRY_VERIFY(progress->isVisible() && progress->value() > 200);
        // Typing still works while it runs.
        QTest::keyClicks(searchField(), u"chemo"_s);
        QTRY_VERIFY(!m_window->model()->isSearching() && m_window->model()->rowCount() > 0);
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        tick.stop();
        qInfo("worst event-loop gap during the import: %lld ms", worstGap);
        QVERIFY2(worstGap < 1000, qPrintable(QString::number(worstGap)));
        const int imported = finished.first().at(0).toInt();
        QVERIFY2(imported > 0 && imported < Count, qPrintable(QString::number(imported)));
        QCOMPARE(m_window->store()->count(), before + imported);
        QVERIFY(m_window->store()->check().isEmpty());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"importSummary"_s)) != nullptr);
        QVERIFY(box->text().contains(u"cancelled"_s));
        box->close();
    }

    void shouldImportAndListRejectionsInSummary()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        const QString extra = Test::dataPath(u"with_code_next_line.txt"_s);
        m_window->importPaths({extra, Test::dataPath(u"reject"_s)});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QVERIFY(finished.first().at(3).toInt() >= 8);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"importSummary"_s)) != nullptr);
        QVERIFY2(box->text().startsWith(u"1 new procedure added"_s), qPrintable(box->text()));
        QVERIFY(box->detailedText().contains(u"binary.txt: the file is binary"_s));
        // The details are for the keyboard and a screen reader too: a named Tab stop.
        auto *details = box->findChild<QTextEdit *>();
        QVERIFY(details);
        QVERIFY(details->focusPolicy() & Qt::TabFocus);
        QCOMPARE(details->accessibleName(), u"Files and reasons"_s);
        box->close();
        // The list sees the new procedure without a restart.
        search(u"96372"_s);
        QTRY_COMPARE(list()->model()->rowCount(), 1);

        // A code system new to the library appears in the filter.
        auto *systems = find<QComboBox>(u"systemFilter"_s);
        QCOMPARE(systems->findText(u"HCPCS"_s), -1);
        finished.clear();
        m_window->importPaths({Test::dataPath(u"with_code_next_block.txt"_s)});
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"importSummary"_s));
        m_window->findChild<QMessageBox *>(u"importSummary"_s)->close();
        QVERIFY(systems->findText(u"HCPCS"_s) > 0);

        // A document with no section heading recognised is imported, and the summary says so.
        const QString folder = m_dir.filePath(u"no-headings"_s);
        QVERIFY(QDir().mkpath(folder) && Test::writeDocument(folder, 77, Test::markdownHeadingsDocument(77)));
        finished.clear();
        m_window->importPaths({folder});
        QVERIFY(finished.wait(30000));
        const auto shown = [this] { // the summaries closed before may not be gone yet
            for (QMessageBox *summary : m_window->findChildren<QMessageBox *>(u"importSummary"_s)) {
                if (summary->isVisible())
                    return summary;
            }
            return static_cast<QMessageBox *>(nullptr);
        };
        QTRY_VERIFY((box = shown()) != nullptr);
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->informativeText().contains(u"no section heading"_s), qPrintable(box->informativeText()));
        QVERIFY2(box->detailedText().contains(u"all its text stands under its name"_s),
                 qPrintable(box->detailedText()));
        box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
