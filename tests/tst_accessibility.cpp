// What a screen reader and a keyboard-only user meet, through Qt's accessibility interfaces (what
// the AT-SPI bridge reads) and real key presses sent to whichever widget has the focus.
// tests/accessibility/atspi-test.py checks the same from outside, through AT-SPI itself.
#include "accessibility.h"
#include "detailpane.h"
#include "handoutdialog.h"
#include "importer.h"
#include "ink.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "procedurelistdelegate.h"
#include "procedurelistmodel.h"
#include "safetextview.h"
#include "sectionkeys.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

QAccessibleInterface *accessible(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object);
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// A key pressed where the focus is, as a keyboard does.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, Qt::Key(key), modifiers);
}

QString describe(const QWidget *w)
{
    return w ? u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className())) : u"nothing"_s;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_library;
    std::unique_ptr<MainWindow> m_window;

    template<typename T>
    T *find(const QString &name) const
    {
        return Test::child<T>(m_window.get(), name);
    }

    QLineEdit *searchField() const { return find<QLineEdit>(u"searchField"_s); }
    QListView *list() const { return find<QListView>(u"resultList"_s); }
    QTabWidget *tabs() const { return find<QTabWidget>(u"detailTabs"_s); }
    DetailPane *pane() const { return find<DetailPane>(u"detailPane"_s); }

    // What the window's notification says now (Accessibility::say()): empty while it is silent.
    [[nodiscard]] QString said() const
    {
        const auto *announcer = m_window->findChild<QWidget *>(u"announcer"_s, Qt::FindDirectChildrenOnly);
        if (!announcer || !announcer->isVisible())
            return {};
        QAccessibleInterface *iface = accessible(const_cast<QWidget *>(announcer));
        return iface && iface->role() == QAccessible::Notification ? iface->text(QAccessible::Name) : QString();
    }

    void search(const QString &text)
    {
        searchField()->setFocus();
        searchField()->selectAll();
        QTest::keyClicks(searchField(), text);
        QTRY_VERIFY(!m_window->model()->isSearching());
        QCOMPARE(m_window->model()->query(), text);
    }

    // Pressing Tab from start until the focus comes back (or 80 presses): the widgets in the
    // order the keyboard visits them. One press leaves every control (a date field too): a control
    // that keeps the focus is a trap.
    static QList<QWidget *> tabChain(QWidget *start)
    {
        QList<QWidget *> chain;
        start->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 80; ++i) {
            QWidget *w = focused();
            if (!chain.isEmpty() && w == chain.last()) {
                qWarning("the keyboard is kept in %s", qPrintable(describe(w)));
                return {};
            }
            if (!w || chain.contains(w))
                break;
            chain << w;
            QTest::keyClick(w, Qt::Key_Tab);
        }
        return chain;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations();
        m_library = m_dir.filePath(u"a11y.sqlite"_s);
        LibraryStore::OpenResult r = LibraryStore::open(m_library);
        QVERIFY2(r.store, qPrintable(r.error));
        // The sample library with its Spanish versions: a procedure in two languages shows its
        // language switch.
        QCOMPARE(Importer::importPaths(
                     *r.store, {QStringLiteral(CARELEAF_SAMPLE_DIR), QStringLiteral(CARELEAF_SAMPLE_TRANSLATIONS_DIR)})
                     .imported,
                 10);
    }

    void init()
    {
        LibraryStore::OpenResult r = LibraryStore::open(m_library);
        QVERIFY2(r.store, qPrintable(r.error));
        m_window = std::make_unique<MainWindow>(std::move(r.store));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(searchField()->hasFocus());
    }

    void cleanup() { m_window.reset(); }

    // A control added at run time (a handout's section) takes a letter for Alt no other has.
    void shouldGiveAFreeMnemonic_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first letter") << u"Risks"_s << u"ps"_s << u"&Risks"_s;
        QTest::newRow("next word's first")
            << u"Risks and benefits"_s << u"r"_s << u"Risks and benefits"_s.replace(u"and"_s, u"&and"_s);
        QTest::newRow("a letter inside") << u"Risks"_s << u"r"_s << u"R&isks"_s;
        QTest::newRow("upper case is taken too") << u"Risks"_s << u"ri"_s << u"Ri&sks"_s;
        QTest::newRow("own ampersand doubled") << u"Before & after"_s << u"b"_s << u"Before && &after"_s;
        QTest::newRow("a keyboard's letter first") << u"Éxito"_s << u""_s << u"É&xito"_s;
        QTest::newRow("another script") << u"\u0627\u0644\u0645\u062E\u0627\u0637\u0631"_s << u""_s
                                        << u"&\u0627\u0644\u0645\u062E\u0627\u0637\u0631"_s;
        QTest::newRow("typed through an input method") << u"\u6458\u8981"_s << u""_s << u"\u6458\u8981"_s;
        QTest::newRow("every letter taken") << u"A & B"_s << u"ab"_s << u"A && B"_s;
        // A letter typed with a dead key first ("á": ´ then a) cannot be pressed with Alt in one
        // chord: none rather than one nobody can press ("Cuándo se necesita" got Alt+á).
        QTest::newRow("an accented letter") << u"Cu\u00E1ndo"_s << u"cundo"_s << u"Cu\u00E1ndo"_s;
        QTest::newRow("a letter with a key of its own") << u"Ni\u00F1o"_s << u"nio"_s << u"Ni&\u00F1o"_s;
    }
    void shouldGiveAFreeMnemonic()
    {
        QFETCH(QString, text);
        QFETCH(QString, taken);
        QFETCH(QString, expected);
        QSet<QChar> letters(taken.cbegin(), taken.cend());
        const qsizetype before = letters.size();
        QCOMPARE(Accessibility::withFreeMnemonic(text, &letters), expected);
        QCOMPARE(letters.size(), before + (expected.count(u'&') > 2 * text.count(u'&') ? 1 : 0));
    }

    // The composer's buttons, options and labelled fields each take a letter for Alt of their own,
    // one a keyboard can press with Alt, in English and in Spanish: Spanish had "Cambiar nombre…"
    // with none. (The sections take what letters are left, best first.)
    void shouldGiveTheComposersControlsALetterEach_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << u"en"_s;
        QTest::addRow("Spanish") << u"es"_s;
    }
    void shouldGiveTheComposersControlsALetterEach()
    {
        QFETCH(QString, language);
        installTranslations(language);
        const auto restore = qScopeGuard([] { installTranslations(u"en"_s); });
        Procedure p;
        p.title = u"Port Flush"_s;
        p.descriptor = u"Port flush"_s;
        p.sections = {Section{u"summary"_s, u"Summary"_s, {Block{BlockType::Paragraph, u"A flush."_s, {}, 1}}}};
        HandoutDialog composer({p}, nullptr);
        QHash<QChar, QString> letters;
        QList<std::pair<QString, QString>> controls; // name, text
        for (QAbstractButton *button : composer.findChildren<QAbstractButton *>()) {
            // (Close is Esc.)
            const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
            if (!button->text().isEmpty() && !button->objectName().startsWith(u"section_"_s) &&
                !button->objectName().isEmpty() && !(box && box->buttonRole(button) == QDialogButtonBox::RejectRole))
                controls.append({button->objectName(), button->text()});
        }
        for (const QLabel *label : composer.findChildren<QLabel *>()) {
            if (label->buddy())
                controls.append({label->objectName(), label->text()});
        }
        QVERIFY(controls.size() > 10);
        for (const auto &[name, text] : std::as_const(controls)) {
            const QChar letter = Accessibility::mnemonicOf(text);
            QVERIFY2(!letter.isNull(), qPrintable(u"%1 (\u201c%2\u201d) has no letter for Alt"_s.arg(name, text)));
            QVERIFY2(letter.decompositionTag() != QChar::Canonical || letter == u'\u00F1',
                     qPrintable(u"%1: Alt+%2 needs a dead key"_s.arg(name, letter)));
            QVERIFY2(!letters.contains(letter),
                     qPrintable(u"%1 and %2 share Alt+%3"_s.arg(name, letters.value(letter), letter)));
            letters.insert(letter, name);
        }
    }

    // A section's check box tells a screen reader no key but its own: in the group box each took
    // the group's (Alt+I, which goes to the first section) as the key that toggles it.
    void shouldTellEachSectionsOwnKeyAlone()
    {
        Procedure p;
        p.title = u"Port Flush"_s;
        p.descriptor = u"Port flush"_s;
        // Every section: more than there are letters left for.
        for (const QString &key : SectionKeys::canonicalKeys())
            p.sections.append(Section{key, key, {Block{BlockType::Paragraph, u"Words."_s, {}, 1}}});
        HandoutDialog composer({p}, nullptr);
        int boxes = 0;
        int withoutOwn = 0;
        for (QCheckBox *box : composer.findChildren<QCheckBox *>()) {
            if (!box->objectName().startsWith(u"section_"_s) || box->isHidden())
                continue;
            ++boxes;
            QAccessibleInterface *iface = accessible(box);
            QVERIFY(iface && iface->actionInterface());
            const QString own = box->shortcut().toString(QKeySequence::NativeText);
            for (const QString &action : iface->actionInterface()->actionNames()) {
                for (const QString &key : iface->actionInterface()->keyBindingsForAction(action))
                    QVERIFY2(key == own, qPrintable(u"%1: %2 by %3"_s.arg(box->objectName(), action, key)));
            }
            // (What AT-SPI gives for an action bound to no key.)
            const QString accelerator = iface->text(QAccessible::Accelerator);
            QVERIFY2(accelerator.isEmpty() || accelerator.compare(own, Qt::CaseInsensitive) == 0,
                     qPrintable(u"%1: %2, its own %3"_s.arg(box->objectName(), accelerator, own)));
            withoutOwn += own.isEmpty() ? 1 : 0;
        }
        QCOMPARE(boxes, int(SectionKeys::canonicalKeys().size()));
        QVERIFY(withoutOwn > 0);
    }

    // A combo box is named for what it chooses; its value is the choice.
    void shouldNameComboBoxesByPurposeAndGiveTheChoiceAsValue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("code system") << u"systemFilter"_s;
        QTest::newRow("setting") << u"settingFilter"_s;
        QTest::newRow("duration") << u"durationFilter"_s;
    }

    void shouldNameComboBoxesByPurposeAndGiveTheChoiceAsValue()
    {
        QFETCH(QString, name);
        auto *combo = find<QComboBox>(name);
        QVERIFY(combo);
        QVERIFY(!combo->accessibleName().isEmpty());
        QAccessibleInterface *iface = accessible(combo);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::ComboBox);
        QCOMPARE(iface->text(QAccessible::Name), combo->accessibleName());
        QCOMPARE(iface->text(QAccessible::Value), combo->currentText());
        QVERIFY(combo->count() > 1);
        combo->setCurrentIndex(combo->count() - 1);
        QCOMPARE(iface->text(QAccessible::Name), combo->accessibleName());
        QCOMPARE(iface->text(QAccessible::Value), combo->itemText(combo->count() - 1));
        combo->setCurrentIndex(0);
    }

    // Each tab tells its own state; the bar is the one focusable "Procedure sections".
    void shouldTellEachTabsOwnState()
    {
        search(u"magnesium"_s);
        QTest::keyClick(searchField(), Qt::Key_Return);
        QTRY_VERIFY(pane()->procedure().has_value());
        QTabWidget *t = tabs();
        QAccessibleInterface *bar = accessible(t->tabBar());
        QVERIFY(bar);
        QCOMPARE(bar->role(), QAccessible::PageTabList);
        QCOMPARE(bar->text(QAccessible::Name), u"Procedure sections"_s);
        QVERIFY(bar->state().focusable);
        QCOMPARE(t->focusPolicy(), Qt::NoFocus);
        QVERIFY(bar->childCount() >= t->count());
        int disabled = 0;
        int hidden = 0;
        for (int i = 0; i < t->count(); ++i) {
            QAccessibleInterface *tab = bar->child(i);
            QVERIFY(tab);
            QCOMPARE(tab->role(), QAccessible::PageTab);
            const QString label = t->tabText(i).remove(u'&');
            QCOMPARE(tab->text(QAccessible::Name), label);
            const QAccessible::State s = tab->state();
            QCOMPARE(bool(s.disabled), !t->isTabEnabled(i));
            QCOMPARE(bool(s.invisible), !t->isTabVisible(i));
            QCOMPARE(bool(s.selected), i == t->currentIndex());
            QCOMPARE(bool(s.selectable), t->isTabEnabled(i) && t->isTabVisible(i));
            disabled += s.disabled ? 1 : 0;
            hidden += s.invisible ? 1 : 0;
        }
        // Magnesium has sections missing (their tabs disabled) and nothing for "Other" (hidden).
        QVERIFY(disabled > 0);
        QVERIFY(hidden > 0);
        // Pressing a tab through its action opens it, as a click does.
        const int risks = t->indexOf(pane()->view(u"risks"_s));
        QAccessibleActionInterface *action = bar->child(risks)->actionInterface();
        QVERIFY(action);
        action->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(t->currentIndex(), risks);
        QVERIFY(bar->child(risks)->state().selected);
    }

    // The detail views are read-only text a screen reader can read by line and word.
    void shouldExposeSectionsAsReadOnlyText()
    {
        search(u"magnesium"_s);
        QTest::keyClick(searchField(), Qt::Key_Return);
        QTRY_VERIFY(pane()->procedure().has_value());
        const QList<SafeTextView *> views = pane()->findChildren<SafeTextView *>();
        QVERIFY(views.size() >= 9);
        for (SafeTextView *view : views) {
            QAccessibleInterface *iface = accessible(view);
            QVERIFY(iface);
            QCOMPARE(iface->role(), QAccessible::EditableText);
            QVERIFY(iface->state().readOnly);
            QVERIFY(!iface->text(QAccessible::Name).isEmpty());
            QAccessibleTextInterface *text = iface->textInterface();
            QVERIFY2(text, qPrintable(view->objectName()));
            QCOMPARE(text->characterCount(), view->toPlainText().size());
        }
        QAccessibleTextInterface *overview = accessible(pane()->view(u"overview"_s))->textInterface();
        QVERIFY(overview->text(0, overview->characterCount()).contains(u"Magnesium"_s));
    }

    // A row says its second line too: where the query matched, or the official descriptor.
    void shouldDescribeEachRowWithItsSecondLine()
    {
        search(u"infusion"_s);
        QAbstractItemModel *model = list()->model();
        QVERIFY(model->rowCount() > 0);
        QAccessibleInterface *iface = accessible(list());
        QVERIFY(iface);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString description = index.data(Qt::AccessibleDescriptionRole).toString();
            QVERIFY2(!description.isEmpty(), qPrintable(index.data().toString()));
            // The markers that highlight matched words are not read out.
            QVERIFY(!description.contains(QChar(0x0002)) && !description.contains(QChar(0x0003)));
            QAccessibleInterface *cell = iface->tableInterface() ? iface->tableInterface()->cellAt(row, 0) : nullptr;
            QVERIFY(cell);
            QCOMPARE(cell->text(QAccessible::Description), description);
            QVERIFY(!cell->text(QAccessible::Name).isEmpty());
            // The code the row shows beside the name is said too, the system alone when it has none.
            const QString code = QString(index.data(ProcedureListModel::CodeSystemRole).toString() + u' ' +
                                         index.data(ProcedureListModel::CodeRole).toString())
                                     .trimmed();
            QVERIFY2(cell->text(QAccessible::Name).contains(code), qPrintable(cell->text(QAccessible::Name)));
        }
        QVERIFY(model->index(0, 0)
                    .data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(u"infusion"_s, Qt::CaseInsensitive));
    }

    // A status that changes is heard: its accessible name is its text (what it is for is its
    // description), so the name change QLabel sends carries the news. That the events reach a
    // screen reader is checked through AT-SPI by tests/accessibility/atspi-test.py: offscreen,
    // Qt has no accessibility bridge to send them to.
    void shouldNameChangingStatusByItsText()
    {
        auto *count = find<QLabel>(u"matchCount"_s);
        auto *correction = find<QLabel>(u"correctionLabel"_s);
        auto *banner = find<QLabel>(u"libraryBannerText"_s);
        for (QLabel *label : {count, correction, banner}) {
            QVERIFY2(label->accessibleName().isEmpty(), qPrintable(label->objectName()));
            QVERIFY2(!label->accessibleDescription().isEmpty(), qPrintable(label->objectName()));
        }
        search(u"magnesum"_s);
        QTRY_VERIFY(correction->isVisible());
        const auto plain = [](const QLabel *label) {
            return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        };
        QVERIFY(plain(correction).contains(u"magnesium"_s));
        QCOMPARE(accessible(correction)->text(QAccessible::Name), plain(correction));
        QCOMPARE(accessible(count)->text(QAccessible::Name), count->text());
        const QString before = count->text();
        search(u"infusion"_s);
        QVERIFY(count->text() != before);
        QCOMPARE(accessible(count)->text(QAccessible::Name), count->text());
    }

    // What is said wherever the keyboard is (a notification of the window, which Orca speaks as
    // it appears): statuses that change together are said together, in order, once; a filter's
    // choice as the keyboard comes to it and as it changes there (Qt 6.4 gives Orca no
    // selection to read it from: it said "Setting filter, combo box" and nothing on Down).
    void shouldSayStatusesTogetherAndAFiltersChoice()
    {
        search(u"magnesum"_s);
        QTRY_VERIFY2(said().contains(u"Showing results for magnesium"_s), qPrintable(said()));
        QVERIFY2(said().contains(u"magnesum"_s), qPrintable(said())); // the count, said with it
        auto *setting = find<QComboBox>(u"settingFilter"_s);
        setting->setFocus();
        QTRY_COMPARE(said(), setting->currentText() + u'.');
        QTest::keyClick(setting, Qt::Key_Down);
        QTRY_COMPARE(said(), setting->currentText() + u'.');
        setting->setCurrentIndex(0);
    }

    // A filter's choice is said where the keyboard is: tabbing on before it is said, it is not
    // (Tab, Tab, Tab through the filters said "All codes. Any setting. Any duration." once the
    // list had the keyboard); the filter the keyboard stays on is said.
    void shouldSayAFiltersChoiceOnlyWhileTheKeyboardIsThere()
    {
        auto *system = find<QComboBox>(u"systemFilter"_s);
        auto *setting = find<QComboBox>(u"settingFilter"_s);
        auto *duration = find<QComboBox>(u"durationFilter"_s);
        search(u"magnesium"_s);
        QTRY_VERIFY(!said().isEmpty());
        system->setFocus(Qt::TabFocusReason);
        setting->setFocus(Qt::TabFocusReason);
        duration->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(said(), duration->currentText() + u'.');
        system->setFocus(Qt::TabFocusReason);
        setting->setFocus(Qt::TabFocusReason);
        list()->setFocus(Qt::TabFocusReason);
        QTest::qWait(1500);
        QVERIFY2(!said().contains(system->currentText()) && !said().contains(setting->currentText()),
                 qPrintable(said()));
    }

    // When no procedure has all the words, the count and the list say the rows are the closest,
    // not matches: a screen reader in the list hears it too.
    void shouldSayTheClosestAreNotMatches()
    {
        search(u"magnesium zebra"_s);
        QTRY_VERIFY(m_window->model()->isClosest());
        auto *count = find<QLabel>(u"matchCount"_s);
        QVERIFY2(count->text().contains(u"closest"_s), qPrintable(count->text()));
        QVERIFY2(accessible(list())->text(QAccessible::Description).contains(u"No procedure has all the words"_s),
                 qPrintable(accessible(list())->text(QAccessible::Description)));
        search(u"magnesium"_s);
        QVERIFY(!m_window->model()->isClosest());
        QVERIFY2(!count->text().contains(u"closest"_s), qPrintable(count->text()));
        QVERIFY(accessible(list())->text(QAccessible::Description).isEmpty());
    }

    // Alt and a section's number with no procedure chosen says why nothing opened, not the reason
    // of a procedure shown before (or none at all).
    void shouldSayWhyASectionCannotBeOpened()
    {
        press(Qt::Key_2, Qt::AltModifier);
        QTRY_VERIFY2(said().contains(u"No procedure is chosen"_s), qPrintable(said()));
    }

    // What the status bar says after something asked for is said as well: Ctrl+P with nothing to
    // print showed its reason where a screen reader does not read, and seemed to do nothing.
    void shouldSayWhatTheStatusBarSays()
    {
        search(u"zzqqxy"_s);
        QTRY_COMPARE(m_window->model()->rowCount(), 0);
        press(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY2(said().contains(u"Nothing to print yet"_s), qPrintable(said()));
    }

    // Rows added to the selection with Shift+Down are said, and shown in the status bar, with how
    // they are printed: the list itself says nothing of a row added (Orca heard only the new row's
    // name, and nothing told a nurse that Ctrl+P would print all of them). One row again: no word.
    void shouldSayHowManyRowsAreSelected()
    {
        search(u"infusion"_s);
        QTRY_VERIFY(m_window->model()->rowCount() >= 3);
        auto *selected = find<QLabel>(u"selectionCount"_s);
        QVERIFY(selected->isHidden());
        list()->setFocus();
        list()->setCurrentIndex(m_window->model()->index(0, 0));
        QTest::keyClick(list(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(list(), Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(selected->isVisible());
        QVERIFY2(selected->text().startsWith(u"3 selected"_s) && selected->text().contains(u"Ctrl+P"_s),
                 qPrintable(selected->text()));
        QTRY_VERIFY2(said().contains(u"3 selected: Ctrl+P makes one handout of them."_s), qPrintable(said()));
        QCOMPARE(accessible(selected)->text(QAccessible::Name), selected->text());
        QTest::keyClick(list(), Qt::Key_Up);
        QVERIFY(selected->isHidden());
        QTest::keyClick(list(), Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY2(selected->text().startsWith(u"2 selected"_s), qPrintable(selected->text()));
        search(u"magnesium"_s); // a new list has no selection
        QTRY_VERIFY(selected->isHidden());
    }

    // A result row's second line and code read at 4.5:1 on the row (or, where the theme's own
    // selected text reads worse, as well as it), and a matched word on its mark at 4.5:1, selected
    // or not, on the default Fusion palette and on dark and high-contrast ones (a QA read found
    // 2.6:1 for a selected row's second line, 1.8:1 for its marked word).
    void shouldPaintEveryRowReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        const std::unique_ptr<QStyle> style(QStyleFactory::create(u"Fusion"_s));
        QPalette fusion = style->standardPalette();
        QTest::addRow("Fusion") << fusion;
        QPalette dark(QColor(0xd3, 0xd3, 0xd3), QColor(0x3d, 0x3d, 0x3d));
        dark.setColor(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::Text, QColor(0xd3, 0xd3, 0xd3));
        dark.setColor(QPalette::Highlight, QColor(0x4a, 0x90, 0xd9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QTest::addRow("dark") << dark;
        QPalette contrast(Qt::white, Qt::black);
        contrast.setColor(QPalette::Base, Qt::black);
        contrast.setColor(QPalette::Text, Qt::white);
        contrast.setColor(QPalette::Highlight, QColor(0x00, 0xff, 0xff));
        contrast.setColor(QPalette::HighlightedText, Qt::black);
        QTest::addRow("high contrast") << contrast;
        QPalette pale = fusion;
        pale.setColor(QPalette::Highlight, QColor(0x40, 0xb5, 0xff)); // a light blue selection
        pale.setColor(QPalette::HighlightedText, Qt::white);
        QTest::addRow("light blue selection") << pale;
    }

    void shouldPaintEveryRowReadable()
    {
        QFETCH(QPalette, palette);
        for (const QStyle::State state :
             {QStyle::State_Active | QStyle::State_Selected, QStyle::State(QStyle::State_Selected),
              QStyle::State(QStyle::State_Active), QStyle::State(QStyle::State_None)}) {
            QStyleOptionViewItem option;
            option.palette = palette;
            option.state = state | QStyle::State_Enabled;
            const Ink::Scheme ink = ProcedureListDelegate::rowInk(option);
            const QString where = u"state %1: %2 on %3, mark %4"_s.arg(int(state))
                                      .arg(ink.secondary.name(), ink.background.name(), ink.markBackground.name());
            const double theme = Ink::contrast(ink.text, ink.background);
            QVERIFY2(Ink::contrast(ink.secondary, ink.background) >= std::min(4.5, theme) - 0.01, qPrintable(where));
            QVERIFY2(Ink::contrast(ink.text, ink.markBackground) >= 4.5, qPrintable(where));
        }
    }

    // The chosen row, and the row the keyboard is on, are seen among the others: on qt6ct's
    // "darker" colours, Fusion drew them nearly in the list's own grey. A bar at their start
    // stands out from the list at 3:1, on every palette above.
    void shouldShowTheChosenRowWhateverTheTheme_data()
    {
        shouldPaintEveryRowReadable_data();
        // qt6ct's darker.conf: a dark blue selection on dark grey.
        QPalette darker(QColor(0xff, 0xff, 0xff), QColor(0x42, 0x42, 0x45));
        darker.setColor(QPalette::Base, QColor(0x3d, 0x3d, 0x3d));
        darker.setColor(QPalette::Text, QColor(0xff, 0xff, 0xff));
        darker.setColor(QPalette::Highlight, QColor(0x12, 0x60, 0x8a));
        darker.setColor(QPalette::HighlightedText, QColor(0xf9, 0xf9, 0xf9));
        QTest::addRow("qt6ct darker") << darker;
    }

    void shouldShowTheChosenRowWhateverTheTheme()
    {
        QFETCH(QPalette, palette);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QListView list;
        list.setStyle(fusion.get());
        list.setPalette(palette);
        QStandardItemModel model;
        model.appendRow(new QStandardItem(u"Colonoscopy"_s));
        ProcedureListDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&list);
        option.widget = &list;
        option.palette = palette;
        option.rect = QRect(0, 0, 300, 48);
        option.showDecorationSelected = fusion->styleHint(QStyle::SH_ItemView_ShowDecorationSelected, nullptr, &list);
        const QColor base = palette.color(QPalette::Active, QPalette::Base);
        QImage row(option.rect.size(), QImage::Format_RGB32);
        // Chosen while the keyboard is elsewhere (in the search field); the keyboard's row, not chosen.
        for (const QStyle::State state :
             {QStyle::State(QStyle::State_Selected), QStyle::State_HasFocus | QStyle::State_Active}) {
            option.state = QStyle::State_Enabled | state;
            row.fill(base);
            QPainter painter(&row);
            delegate.paint(&painter, option, model.index(0, 0));
            painter.end();
            const QColor edge = row.pixelColor(1, 24);
            QVERIFY2(Ink::contrast(edge, base) >= 3.0 - 0.01, qPrintable(u"state %1: %2 on %3: %4"_s.arg(int(state))
                                                                             .arg(edge.name(), base.name())
                                                                             .arg(Ink::contrast(edge, base))));
        }
        // The chosen row with the keyboard on it is framed by a ring within the row, in a colour
        // seen against the row on both its sides: a frame at the row's edge in the selection's
        // text colour (white, on a light theme's white list) only made the row look two pixels
        // smaller, and Tab into the list showed nothing.
        option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Selected | QStyle::State_HasFocus;
        row.fill(base);
        QPainter framed(&row);
        delegate.paint(&framed, option, model.index(0, 0));
        framed.end();
        const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
        for (const auto &[edge, ring] :
             {std::pair{QPoint(150, 0), QPoint(150, 3)}, std::pair{QPoint(150, 47), QPoint(150, 44)},
              std::pair{QPoint(299, 24), QPoint(296, 24)}}) {
            const QColor frame = row.pixelColor(ring);
            QVERIFY2(
                Ink::contrast(row.pixelColor(edge), highlight) < 1.5 && Ink::contrast(frame, highlight) >= 3.0 - 0.01,
                qPrintable(u"the row's edge %1, the frame %2, on the row %3"_s.arg(row.pixelColor(edge).name(),
                                                                                   frame.name(), highlight.name())));
        }
        // And only those rows have it.
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        row.fill(base);
        QPainter plain(&row);
        delegate.paint(&plain, option, model.index(0, 0));
        plain.end();
        QVERIFY(Ink::contrast(row.pixelColor(1, 24), base) < 1.5);
    }

    // Qt's own buttons in the search field (its clear button) are named.
    void shouldNameTheSearchFieldsClearButton()
    {
        search(u"magnesium"_s);
        const QList<QToolButton *> buttons = searchField()->findChildren<QToolButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton *b : buttons)
            QVERIFY2(!accessible(b)->text(QAccessible::Name).isEmpty(), qPrintable(describe(b)));
    }

    // Tab visits every control of the main window in the order it is laid out and never sticks.
    void shouldTabThroughTheMainWindowWithoutATrap()
    {
        search(u"magnesium"_s);
        QTest::keyClick(searchField(), Qt::Key_Return);
        QTRY_VERIFY(pane()->procedure().has_value());
        const QList<QWidget *> chain = tabChain(searchField());
        QStringList names;
        for (QWidget *w : chain)
            names << describe(w);
        QVERIFY2(chain.size() >= 5, qPrintable(names.join(u" → "_s)));
        // Round the whole window: Tab from the last stop comes back to the search field.
        QCOMPARE(focused(), searchField());
        for (const char *must : {"systemFilter", "settingFilter", "durationFilter", "resultList"})
            QVERIFY2(names.join(u' ').contains(QString::fromLatin1(must)), qPrintable(names.join(u" → "_s)));
        QVERIFY2(chain.contains(tabs()->tabBar()), qPrintable(names.join(u" → "_s)));
        QVERIFY2(chain.contains(tabs()->currentWidget()), qPrintable(names.join(u" → "_s)));
        QVERIFY(!chain.contains(tabs()));
        for (QWidget *w : chain) {
            QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(describe(w)));
            QAccessibleInterface *iface = accessible(w);
            QVERIFY2(iface && !iface->text(QAccessible::Name).isEmpty(), qPrintable(describe(w)));
        }
        // The search field, the filters and the list before the pane, and in the pane the language
        // of a procedure in two before the tabs below it: the order on screen.
        QVERIFY(chain.indexOf(list()) < chain.indexOf(tabs()->tabBar()));
        auto *language = find<QComboBox>(u"paneLanguage"_s);
        QVERIFY2(language->isVisible() && chain.contains(language), qPrintable(names.join(u" → "_s)));
        QVERIFY2(chain.indexOf(language) < chain.indexOf(tabs()->tabBar()), qPrintable(names.join(u" → "_s)));
        QVERIFY(chain.indexOf(find<QComboBox>(u"durationFilter"_s)) < chain.indexOf(list()));
    }

    // A field named for a screen reader holds the words its label shows (a voice-control user says
    // what they see): the composer's note was "Instructions from the care team" under "Note for
    // the patient (…)".
    void shouldNameEachFieldAsItsLabelReads()
    {
        PreferencesDialog preferences(m_window.get());
        search(u"magnesium"_s);
        press(Qt::Key_Return);
        press(Qt::Key_P, Qt::ControlModifier);
        HandoutDialog *composer = nullptr;
        QTRY_VERIFY((composer = m_window->findChild<HandoutDialog *>(u"handoutDialog"_s)) != nullptr);
        const auto words = [](QString text) {
            text = QTextDocumentFragment::fromHtml(text).toPlainText().remove(u'&').simplified().toLower();
            return text.endsWith(u':') ? text.chopped(1) : text;
        };
        int fields = 0;
        for (QWidget *window : QList<QWidget *>{&preferences, composer}) {
            for (const QLabel *label : window->findChildren<QLabel *>()) {
                if (!label->buddy() || label->buddy()->accessibleName().isEmpty())
                    continue;
                ++fields;
                const QString name = words(label->buddy()->accessibleName());
                QVERIFY2(name.contains(words(label->text())),
                         qPrintable(u"%1: named \u201c%2\u201d under \u201c%3\u201d"_s.arg(
                             label->buddy()->objectName(), label->buddy()->accessibleName(), label->text())));
            }
        }
        QVERIFY(fields > 0);
        composer->close();
    }

    // Tab goes round each page of Preferences, through the letterhead's address (a text box of
    // several lines, which must not take Tab as a character) to the buttons.
    void shouldTabThroughPreferencesWithoutATrap()
    {
        PreferencesDialog dialog(m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pages = dialog.findChild<QTabWidget *>(u"preferencesTabs"_s);
        QVERIFY(pages);
        // It opens with the keyboard in the first field, not on the tab bar.
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit *>(u"clinicName"_s));
        // Its tabs say which one is shown; the bar is named as a whole, not after that tab.
        QAccessibleInterface *bar = accessible(pages->tabBar());
        QCOMPARE(bar->role(), QAccessible::PageTabList);
        QCOMPARE(bar->text(QAccessible::Name), u"Preferences"_s);
        for (int i = 0; i < pages->count(); ++i)
            QCOMPARE(bool(bar->child(i)->state().selected), i == pages->currentIndex());
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            const QList<QWidget *> chain = tabChain(pages->tabBar());
            QStringList names;
            for (QWidget *w : chain)
                names << describe(w);
            QVERIFY2(!chain.isEmpty() && focused() == pages->tabBar(), qPrintable(names.join(u" → "_s)));
            for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons())
                QVERIFY2(chain.contains(b), qPrintable(names.join(u" → "_s)));
            for (QPlainTextEdit *box : pages->widget(page)->findChildren<QPlainTextEdit *>()) {
                QVERIFY2(chain.contains(box), qPrintable(names.join(u" → "_s)));
                QVERIFY2(!box->toPlainText().contains(u'\t'), qPrintable(describe(box)));
            }
        }
    }

    // The heading colour's button is heard with the colour it shows ("Careleaf green"), not
    // only as "Heading colour"; a desktop without a language says so without empty brackets.
    void shouldSayWhatAChoiceShowsInPreferences()
    {
        {
            PreferencesDialog dialog(m_window.get());
            auto *colour = dialog.findChild<QPushButton *>(u"accentColor"_s);
            QVERIFY(colour);
            QVERIFY(!colour->text().isEmpty());
            QCOMPARE(accessible(colour)->text(QAccessible::Name), u"Heading colour: %1"_s.arg(colour->text()));
            QVERIFY(!dialog.findChild<QComboBox *>(u"applicationLanguage"_s)->itemText(0).contains(u"()"_s));
        }
        const QLocale was;
        QLocale::setDefault(QLocale::c());
        PreferencesDialog dialog(m_window.get());
        QLocale::setDefault(was);
        QCOMPARE(dialog.findChild<QComboBox *>(u"applicationLanguage"_s)->itemText(0), u"The system's language"_s);
    }

    // The whole job with the keyboard alone: find, read every section, compose, type the
    // patient's name and a note, export the PDF through the file dialog.
    void shouldDoTheWholeJobFromTheKeyboard()
    {
        QTest::keyClicks(focused(), u"magnesium"_s);
        QTRY_VERIFY(!m_window->model()->isSearching());
        QTRY_VERIFY(list()->model()->rowCount() > 0);
        press(Qt::Key_Down);
        QCOMPARE(focused(), list());
        press(Qt::Key_Return);
        QTRY_VERIFY(pane()->procedure().has_value());
        QVERIFY(pane()->procedure()->title.startsWith(u"Magnesium"_s));

        // Alt+N opens the N-th shown tab and puts the keyboard in its text.
        QTabWidget *t = tabs();
        int shown = 0;
        int unavailable = 0;
        for (int i = 0; i < t->count() && shown < 9; ++i) {
            if (!t->isTabVisible(i))
                continue;
            press(Qt::Key_1 + shown++, Qt::AltModifier);
            if (!t->isTabEnabled(i)) {
                // Why nothing opened is said: the key did nothing a screen reader could tell.
                ++unavailable;
                QTRY_VERIFY2(said().contains(t->tabToolTip(i)) && !t->tabToolTip(i).isEmpty(), qPrintable(said()));
                continue;
            }
            QCOMPARE(t->currentIndex(), i);
            QCOMPARE(focused(), t->widget(i));
            // Page Down scrolls, Tab leaves: read-only text is no trap.
            press(Qt::Key_PageDown);
            QCOMPARE(focused(), t->widget(i));
            press(Qt::Key_Tab);
            QVERIFY2(focused() != t->widget(i), qPrintable(describe(focused())));
            press(Qt::Key_Backtab);
            QCOMPARE(focused(), t->widget(i));
        }
        QVERIFY(unavailable > 0); // Magnesium has no codes

        press(Qt::Key_P, Qt::ControlModifier);
        HandoutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<HandoutDialog *>(u"handoutDialog"_s)) != nullptr);
        QTRY_VERIFY(dialog->isActiveWindow());
        QTRY_VERIFY(focused() && dialog->isAncestorOf(focused()));

        // Tab visits the composer top to bottom as it is laid out, then the buttons.
        const QList<QWidget *> chain = tabChain(find<QComboBox>(u"presetCombo"_s));
        QStringList names;
        for (QWidget *w : chain)
            names << describe(w);
        const QString order = names.join(u" → "_s);
        auto *note = dialog->findChild<QPlainTextEdit *>(u"careNote"_s);
        auto *name = dialog->findChild<QLineEdit *>(u"patientName"_s);
        QVERIFY2(chain.contains(note) && chain.contains(name), qPrintable(order));
        QVERIFY2(focused() == chain.first(),
                 qPrintable(u"Tab from the last control goes to %1, not round: %2"_s.arg(describe(focused()), order)));
        QVERIFY(!note->toPlainText().contains(u'\t'));
        // The buttons come last, as they are laid out from left to right.
        qsizetype firstButton = chain.size();
        for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->buttons())
            firstButton = std::min(firstButton, chain.indexOf(b));
        QVERIFY2(firstButton > 0 && firstButton + 3 == chain.size(), qPrintable(order));
        for (qsizetype i = firstButton + 1; i < chain.size(); ++i)
            QVERIFY2(chain.at(i)->mapTo(dialog, QPoint()).x() > chain.at(i - 1)->mapTo(dialog, QPoint()).x(),
                     qPrintable(order));
        for (qsizetype i = 1; i < firstButton; ++i) {
            const QRect a(chain.at(i - 1)->mapTo(dialog, QPoint()), chain.at(i - 1)->size());
            const QRect b(chain.at(i)->mapTo(dialog, QPoint()), chain.at(i)->size());
            const bool below = b.top() >= a.bottom() - 2;
            const bool besideOnTheRight = b.top() < a.bottom() && b.bottom() > a.top() && b.left() > a.left();
            QVERIFY2(below || besideOnTheRight, qPrintable(u"%1 comes after %2 but is laid out above it: %3"_s.arg(
                                                    describe(chain.at(i)), describe(chain.at(i - 1)), order)));
        }
        // Every control that can be used is on the way, and nothing that cannot.
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
                !qobject_cast<QAbstractScrollArea *>(w->parentWidget()) && w->window() == dialog)
                QVERIFY2(chain.contains(w), qPrintable(describe(w) + u" is not on the Tab path: "_s + order));
        }
        for (QWidget *w : chain) {
            QAccessibleInterface *iface = accessible(w);
            QVERIFY2(iface && !iface->text(QAccessible::Name).isEmpty(), qPrintable(describe(w)));
        }
        // A box's name and the words on it begin alike (its reading grade may follow on the box),
        // so that a speech-input user reaches it by what it says ("Date:" was "Print the date").
        for (QAbstractButton *box : dialog->findChildren<QCheckBox *>()) {
            const QString shown = box->text().remove(u'&').remove(u':').trimmed();
            const QString name = accessible(box)->text(QAccessible::Name);
            if (!shown.isEmpty())
                QVERIFY2(name.startsWith(shown, Qt::CaseInsensitive) || shown.startsWith(name, Qt::CaseInsensitive),
                         qPrintable(shown + u" is named "_s + name));
        }

        // The patient's name and the note, typed where Tab takes the keyboard.
        for (int i = 0; i < 60 && focused() != name; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focused(), name);
        QTest::keyClicks(focused(), u"Ada Keyboard"_s);
        for (int i = 0; i < 60 && focused() != note; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focused(), note);
        QTest::keyClicks(focused(), u"Drink water before you come."_s);
        press(Qt::Key_Tab);
        QVERIFY2(focused() != note, "Tab stays in the care-team note");
        QCOMPARE(note->toPlainText(), u"Drink water before you come."_s);

        // Alt+E: the file dialog opens with the keyboard in its file name; type the path, Enter.
        const QString pdf = m_dir.filePath(u"keyboard.pdf"_s);
        // The mnemonic clicks the button after its press animation: watch for the dialog.
        QString seen;
        bool answered = false;
        int waited = 0;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *modal = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            // Wait until it is the active window, with the keyboard in it (two seconds at most).
            if (!modal || (!(focused() && modal->isAncestorOf(focused())) && ++waited < 100))
                return;
            watcher.stop();
            seen = describe(focused());
            if (focused() && modal->isAncestorOf(focused())) {
                press(Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(focused(), pdf);
                press(Qt::Key_Return);
            }
            // Never left open: a dialog nobody answers would hang the test.
            if (QApplication::activeModalWidget() == modal) {
                seen += u", still open with the keyboard in "_s + describe(focused());
                modal->reject();
            }
            answered = true;
        });
        watcher.start();
        press(Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY2(answered, "Alt+E did not open the file dialog");
        // A desktop's window manager gives the composer back the keyboard when the file dialog
        // closes; offscreen, nothing does.
        if (!dialog->isActiveWindow())
            QApplication::setActiveWindow(dialog);
        QTRY_VERIFY(focused() && dialog->isAncestorOf(focused()));
        QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(u"the file dialog: "_s + seen));
        QString error;
        const QString text = Test::pdfText(pdf, &error).simplified();
        if (text.isEmpty())
            CARELEAF_SKIP_OR_FAIL(u"the PDF cannot be read: "_s + error);
        QVERIFY2(text.contains(u"Ada Keyboard"_s), qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"Drink water before you come."_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Magnesium"_s));
        // Esc closes the composer.
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        // The main window keeps where the keyboard was, for when the window manager returns to it.
        QVERIFY(m_window->focusWidget() && m_window->focusWidget()->isVisible());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
