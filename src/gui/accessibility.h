// What a screen reader needs that Qt 6.4's own widgets do not tell it on Linux (AT-SPI), and the
// one way Careleaf announces a changing status.
//
// Qt names a combo box after its current value (on Unix the label is meant to come from a
// relation), reports every tab of a tab bar with the bar's own state (a disabled or hidden tab as
// enabled and showing, none as selected) and names the bar after its current tab. The widgets
// below behave exactly like Qt's; only what assistive technology is told differs. Their
// interfaces come from a factory Careleaf installs when the application starts, found by class
// name, so Qt's own widgets are untouched.
#pragma once

#include <QComboBox>
#include <QDateEdit>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>

class QLabel;
class QStyleOptionViewItem;

namespace Careleaf {

// A combo box whose accessible name is its accessibleName ("Setting filter"), its current choice
// its value: a screen reader says "Setting filter, combo box, Any setting". Qt 6.4 offers no
// selection to read the value from (Orca 43 says the name alone), so the choice is also said
// (Accessibility::say()) as the keyboard comes to the box and as it changes there.
class AccessibleComboBox : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibleComboBox)

public:
    explicit AccessibleComboBox(QWidget *parent = nullptr);

protected:
    void focusInEvent(QFocusEvent *event) override;
};

// A date field the keyboard leaves with one Tab, as any other field: its day, month and year are
// typed, or changed with the arrow keys (Left and Right move between them). Qt's own takes Tab
// from one part of the date to the next, three presses where the keyboard expects one.
class DateField : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QAbstractSpinBox::focusNextPrevChild(next); }
};

// A tab bar whose tabs each tell their own state: enabled or not, showing or hidden, selected.
// Named by its accessibleName, not by the current tab.
class AccessibleTabBar : public QTabBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibleTabBar)

public:
    using QTabBar::QTabBar;
    // After a tab was enabled, disabled, shown or hidden: tells assistive technology.
    void announceTabStates();

protected:
    // The current tab framed while the bar has the keyboard (Fusion's tint was 1.1:1).
    void paintEvent(QPaintEvent *event) override;
};

// A tab widget with an AccessibleTabBar, itself no Tab stop of its own: focus goes straight to the
// tab bar, and the bar carries the widget's accessible name.
class AccessibleTabWidget : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibleTabWidget)

public:
    explicit AccessibleTabWidget(QWidget *parent = nullptr);
    [[nodiscard]] AccessibleTabBar *accessibleTabBar() const;
    // Names the tab bar, which is what a screen reader meets.
    void setTabsName(const QString &name);
};

namespace Accessibility {

// Where the keyboard is, seen: a frame two pixels wide inside rect, in a colour at least 3:1
// against what it stands on (WCAG 2's focus appearance), for widgets whose style's own mark is
// too faint to find.
void drawFocusFrame(QPainter *painter, const QRect &rect, const QColor &colour);
// The palette's colour of role wanted (its highlight), darker or lighter until it stands out 3:1
// from the role behind it.
[[nodiscard]] QColor focusColour(const QPalette &palette, QPalette::ColorRole behind,
                                 QPalette::ColorRole wanted = QPalette::Highlight);
// The item the keyboard is on in a view that has it (option's State_HasFocus), framed: a chosen
// item by a ring within it, seen against the selection on both sides, leadingSpace pixels from
// its start (beside a mark there); another at its edge in unchosen. Fusion marks the first not at
// all, and the second with a tint of 1.1:1.
void drawItemFocus(QPainter *painter, const QStyleOptionViewItem &option, const QColor &unchosen, int leadingSpace = 0);

// Says text to a screen reader wherever the keyboard is, as a notification of where's window
// (AT-SPI's role, which Orca speaks as it appears; a status label's name changing is spoken only
// where the keyboard is, and a status is seldom there). Said once it has kept still for a moment:
// a count that changes with each letter typed is said when the typing pauses, once, with what
// else changed meanwhile, and not when it is what was said last for where (unless again).
void say(QWidget *where, const QString &text, bool again = false);
// Names a combo box Careleaf did not make (Qt's print preview's zoom): a screen reader hears the
// name and the choice as its value, as of Careleaf's own (AccessibleComboBox), not the choice
// for a name ("55.7%, combo box").
void nameComboBox(QComboBox *box, const QString &name);
// A status label's accessible name is its text (it has no accessibleName of its own; what it is
// for goes in accessibleDescription). This sets the text and says it (say()), also when it is the
// same as before: a banner shown again with the message it had the last time.
void announce(QLabel *label, const QString &text);
// A status label's new text, said when it changed (say()): what the label shows, or spoken when
// it shows less (a name shortened to fit). again: said even when it is what was said last (the
// result of something done again: saved again, the same correction of another word).
void setStatus(QLabel *label, const QString &text, const QString &spoken = {}, bool again = false);

// The letter after text's mnemonic '&' (not a doubled "&&"), lower case; a null QChar without one.
[[nodiscard]] QChar mnemonicOf(const QString &text);
// text as it is shown, without its mnemonic's '&' ("&&" shows one '&').
[[nodiscard]] QString withoutMnemonic(const QString &text);
// The letters Alt reaches in window: the mnemonics of its labels, buttons, group boxes and tabs,
// in lower case.
[[nodiscard]] QSet<QChar> mnemonicsIn(const QWidget *window);
// text with a mnemonic on a letter that is not taken, which it then takes: the first letter of a
// word if one is free, else any letter, a letter of a key on a Latin keyboard (a–z) before any
// other; never a letter typed through an input method (Chinese, Japanese, Korean), which Alt
// cannot reach. text's own '&' is doubled. When every letter of it is taken, text with none.
[[nodiscard]] QString withFreeMnemonic(const QString &text, QSet<QChar> *taken);

} // namespace Accessibility

} // namespace Careleaf
