#include "accessibility.h"

#include "ink.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// "&Risks" reads "Risks"; "Policies && codes" reads "Policies & codes".
QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&') {
            out += text.at(i);
        } else if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            out += u'&';
            ++i;
        }
    }
    return out;
}

class ComboBoxInterface : public QAccessibleWidget
{
public:
    explicit ComboBoxInterface(QComboBox *box)
        : QAccessibleWidget(box, QAccessible::ComboBox)
    {}

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name: {
            const QString name = comboBox()->accessibleName();
            return name.isEmpty() ? comboBox()->currentText() : name;
        }
        case QAccessible::Value:
            return comboBox()->currentText();
        default:
            return QAccessibleWidget::text(t);
        }
    }

    // The list that drops down, as Qt's own combo box has it.
    int childCount() const override { return 1; }
    QAccessibleInterface *child(int index) const override
    {
        if (index != 0)
            return nullptr;
        // The list is the combo box's own: it carries the same name ("Setting filter"), set here
        // because the name is given (or translated) after the combo box is made.
        QAbstractItemView *view = comboBox()->view();
        if (view->accessibleName() != text(QAccessible::Name))
            view->setAccessibleName(text(QAccessible::Name));
        return QAccessible::queryAccessibleInterface(view);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && child->object() == comboBox()->view() ? 0 : -1;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = comboBox()->view()->isVisible();
        s.collapsed = !s.expanded;
        return s;
    }

    QStringList actionNames() const override { return {showMenuAction(), pressAction()}; }
    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            comboBox()->showPopup();
    }

private:
    QComboBox *comboBox() const { return static_cast<QComboBox *>(object()); }
};

// One tab of a tab bar: it has no QObject of its own, so its interface is registered by id and
// lives as long as the bar's.
class TabInterface : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TabInterface(QTabBar *bar, int index)
        : m_bar(bar)
        , m_index(index)
    {}

    bool isValid() const override { return m_bar && m_index < m_bar->count(); }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_bar.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::PageTab; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return withoutMnemonic(m_bar->tabText(m_index));
        case QAccessible::Description:
            return m_bar->tabToolTip(m_index);
        case QAccessible::Help:
            return m_bar->tabWhatsThis(m_index);
        default:
            return {};
        }
    }

    QRect rect() const override
    {
        if (!shown())
            return {};
        const QRect r = m_bar->tabRect(m_index);
        return {m_bar->mapToGlobal(r.topLeft()), r.size()};
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        const bool enabled = m_bar->isEnabled() && m_bar->isTabEnabled(m_index);
        s.disabled = !enabled;
        s.invisible = !shown();
        // Scrolled out of the bar (a small screen with large fonts).
        s.offscreen = s.invisible || !m_bar->rect().intersects(m_bar->tabRect(m_index));
        s.focusable = enabled && !s.invisible;
        s.selectable = s.focusable;
        s.selected = m_bar->currentIndex() == m_index;
        s.focused = s.selected && m_bar->hasFocus();
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &action) override
    {
        if (action == pressAction() && !state().disabled && !state().invisible)
            m_bar->setCurrentIndex(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    bool shown() const { return isValid() && m_bar->isVisible() && m_bar->isTabVisible(m_index); }

    QPointer<QTabBar> m_bar;
    int m_index;
};

class TabBarInterface : public QAccessibleWidget
{
public:
    explicit TabBarInterface(QTabBar *bar)
        : QAccessibleWidget(bar, QAccessible::PageTabList)
    {}
    ~TabBarInterface() override
    {
        for (QAccessible::Id id : std::as_const(m_tabs))
            QAccessible::deleteAccessibleInterface(id);
    }
    Q_DISABLE_COPY_MOVE(TabBarInterface)

    // The tabs, then the scroll buttons (shown only when the tabs do not fit).
    int childCount() const override { return bar()->count() + int(scrollButtons().size()); }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0)
            return nullptr;
        if (index < bar()->count()) {
            if (const auto it = m_tabs.constFind(index); it != m_tabs.cend())
                return QAccessible::accessibleInterface(*it);
            auto *tab = new TabInterface(bar(), index);
            m_tabs.insert(index, QAccessible::registerAccessibleInterface(tab));
            return tab;
        }
        const QList<QToolButton *> buttons = scrollButtons();
        index -= bar()->count();
        return index < buttons.size() ? QAccessible::queryAccessibleInterface(buttons.at(index)) : nullptr;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (!child)
            return -1;
        for (auto it = m_tabs.cbegin(); it != m_tabs.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        }
        const qsizetype button = scrollButtons().indexOf(qobject_cast<QToolButton *>(child->object()));
        return button < 0 ? -1 : bar()->count() + int(button);
    }

private:
    QTabBar *bar() const { return static_cast<QTabBar *>(object()); }
    QList<QToolButton *> scrollButtons() const
    {
        return bar()->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    }

    mutable QHash<int, QAccessible::Id> m_tabs;
};

// The window's voice (Accessibility::say()): an invisible widget, shown again with each thing to
// say, which assistive technology meets as a notification appearing.
// (Q_OBJECT: a class name of its own, where Qt's factory takes any plain QWidget.)
class Announcer : public QWidget
{
    Q_OBJECT

public:
    explicit Announcer(QWidget *window)
        : QWidget(window)
    {
        setObjectName(u"announcer"_s);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        setGeometry(0, 0, 1, 1); // paints nothing
        constexpr int StillMs = 700;
        m_still.setSingleShot(true);
        m_still.setInterval(StillMs);
        QObject::connect(&m_still, &QTimer::timeout, this, &Announcer::sayNow);
        hide();
        // Qt made this widget's interface while it was a plain QWidget still (its constructor
        // tells assistive technology that a widget was made): made again, now as a notification.
        if (QAccessible::isActive()) {
            if (QAccessibleInterface *early = QAccessible::queryAccessibleInterface(this);
                early && early->role() != QAccessible::Notification)
                QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(early));
        }
    }

    // What source (a status label) has to say: said with what others have to say that changed
    // within the moment (a count and "Showing results for …"; a reading level and a page count),
    // in the order they changed, unless it is what was said for it last (again: said anyway).
    void say(const QObject *source, const QString &text, bool again)
    {
        if (again)
            m_said.remove(source);
        const auto waiting =
            std::find_if(m_waiting.begin(), m_waiting.end(), [source](const Waiting &w) { return w.source == source; });
        if (waiting != m_waiting.end())
            waiting->text = text;
        else
            m_waiting.append({source, text});
        m_still.start();
    }
    [[nodiscard]] QString text() const { return m_text; }

private:
    void sayNow()
    {
        QStringList parts;
        for (const Waiting &w : std::as_const(m_waiting)) {
            const QString text = w.text.simplified();
            if (text.isEmpty() || m_said.value(w.source) == text)
                continue; // "x" typed and taken back: the status is as it was said
            // A choice said where the keyboard is, which it has left meanwhile: tabbing through
            // the filters said all their values together once the list had the keyboard.
            if (const auto *choice = qobject_cast<const AccessibleComboBox *>(w.source); choice && !choice->hasFocus())
                continue;
            m_said.insert(w.source, text);
            parts << (QStringView(u".!?\u2026:\u061F\u3002\uFF01\uFF1F").contains(text.back()) ? text : text + u'.');
        }
        m_waiting.clear();
        hide();
        if (parts.isEmpty())
            return;
        m_text = parts.join(u' ');
        // Its new name before it appears: a screen reader keeps the name it read first (libatspi
        // caches it), and heard the first thing said again in place of every later one.
        if (QAccessible::isActive()) {
            QAccessibleEvent renamed(this, QAccessible::NameChanged);
            QAccessible::updateAccessibility(&renamed);
        }
        show();
    }

    struct Waiting
    {
        const QObject *source;
        QString text;
    };
    QList<Waiting> m_waiting;
    QHash<const QObject *, QString> m_said;
    QString m_text;
    QTimer m_still;
};

class AnnouncerInterface : public QAccessibleWidget
{
public:
    explicit AnnouncerInterface(Announcer *announcer)
        : QAccessibleWidget(announcer, QAccessible::Notification)
    {}

    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? static_cast<const Announcer *>(widget())->text() : QString();
    }
};

// Set on a combo box named with nameComboBox().
constexpr char NamedComboBox[] = "careleafNamedComboBox";

QAccessibleInterface *careleafInterfaces(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1StringView(Announcer::staticMetaObject.className()))
        return new AnnouncerInterface(static_cast<Announcer *>(object));
    if (className == QLatin1StringView(AccessibleComboBox::staticMetaObject.className()) ||
        object->property(NamedComboBox).toBool())
        return new ComboBoxInterface(static_cast<QComboBox *>(object));
    if (className == QLatin1StringView(AccessibleTabBar::staticMetaObject.className()))
        return new TabBarInterface(static_cast<QTabBar *>(object));
    return nullptr;
}

// Alt and a letter. One that is no enabled control's mnemonic (a disabled "Bilingual", the Codes
// tab of a procedure without codes) reaches the focused widget as a key press, and a text field
// types its letter: the handout said "Prepared for b", a search "zzql". Text fields, lists and combo
// boxes take no letter pressed with Alt. (Not with Ctrl: Windows' AltGr is Ctrl+Alt; X11's is a
// level-3 shift without Alt. macOS types letters with Option, its Alt.)
class AltLetterGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A control reached with Alt and its letter shows that it has the keyboard, as after Tab:
        // Qt's check box takes the focus for its mnemonic as for a click, and its window then drew
        // no focus frame anywhere (the default button looked focused instead).
        if (event->type() == QEvent::Shortcut && watched->isWidgetType()) {
            static_cast<QWidget *>(watched)->window()->setAttribute(Qt::WA_KeyboardFocusChange);
            return false;
        }
        if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
            return false;
        const auto *key = static_cast<const QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers();
        if (!modifiers.testFlag(Qt::AltModifier) || (modifiers & (Qt::ControlModifier | Qt::MetaModifier)) ||
            key->text().isEmpty() || !key->text().front().isPrint())
            return false;
        const auto *widget = static_cast<const QWidget *>(watched);
        return widget->testAttribute(Qt::WA_InputMethodEnabled) || qobject_cast<const QAbstractItemView *>(widget) ||
               qobject_cast<const QComboBox *>(widget);
    }
};

// A text box of several lines shows that it has the keyboard, as a box of one line does: the
// style frames neither the composer's note nor Preferences' address when it has the focus, nor a
// section's text, and a caret blinking one pixel wide was all there was to see. The frame is
// drawn over the box's own frame, or inside its view where it has none.
class TextFocusFrame : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type != QEvent::Paint && type != QEvent::FocusIn && type != QEvent::FocusOut)
            return false;
        QAbstractScrollArea *box = textBox(watched);
        if (!box && watched->parent())
            box = textBox(watched->parent());
        if (!box)
            return false;
        QWidget *drawn = box->frameWidth() >= FrameWidth ? box : box->viewport();
        if (type != QEvent::Paint) {
            if (watched != box)
                return false;
            // A view scrolls by moving what it shows: the frame drawn inside it would move too.
            if (drawn == box->viewport() && !box->property(FramedWhileScrolling).toBool()) {
                box->setProperty(FramedWhileScrolling, true);
                for (QScrollBar *bar : {box->verticalScrollBar(), box->horizontalScrollBar()})
                    connect(bar, &QScrollBar::valueChanged, drawn, qOverload<>(&QWidget::update));
            }
            drawn->update();
            return false;
        }
        if (watched != drawn || !box->hasFocus() || m_painting == watched)
            return false;
        m_painting = watched;
        QCoreApplication::sendEvent(watched, event); // the box as it draws itself, then the frame
        m_painting = nullptr;
        QPainter painter(drawn);
        Accessibility::drawFocusFrame(&painter, drawn->rect(),
                                      Accessibility::focusColour(box->palette(), QPalette::Base));
        return true;
    }

private:
    static constexpr int FrameWidth = 2; // drawFocusFrame's
    static constexpr const char *FramedWhileScrolling = "careleafFramedWhileScrolling";
    static QAbstractScrollArea *textBox(QObject *object)
    {
        return qobject_cast<QTextEdit *>(object) || qobject_cast<QPlainTextEdit *>(object)
                   ? static_cast<QAbstractScrollArea *>(object)
                   : nullptr;
    }
    QObject *m_painting = nullptr;
};

// With every application that links the widgets, the desktop app and the tests alike.
void installInterfaces()
{
    QAccessible::installFactory(careleafInterfaces);
    QCoreApplication::instance()->installEventFilter(new TextFocusFrame(QCoreApplication::instance()));
#ifndef Q_OS_MACOS
    QCoreApplication::instance()->installEventFilter(new AltLetterGuard(QCoreApplication::instance()));
#endif
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installInterfaces)

AccessibleComboBox::AccessibleComboBox(QWidget *parent)
    : QComboBox(parent)
{
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (hasFocus())
            Accessibility::say(this, currentText());
    });
}

void AccessibleComboBox::focusInEvent(QFocusEvent *event)
{
    QComboBox::focusInEvent(event);
    Accessibility::say(this, currentText(), true);
}

void AccessibleTabBar::announceTabStates()
{
    if (!QAccessible::isActive())
        return;
    for (int i = 0; i < count(); ++i) {
        QAccessible::State changed;
        changed.disabled = true;
        changed.invisible = true;
        changed.focusable = true;
        QAccessibleStateChangeEvent event(this, changed);
        event.setChild(i);
        QAccessible::updateAccessibility(&event);
    }
}

void AccessibleTabBar::paintEvent(QPaintEvent *event)
{
    QTabBar::paintEvent(event);
    if (!hasFocus() || currentIndex() < 0)
        return;
    QPainter painter(this);
    Accessibility::drawFocusFrame(&painter, tabRect(currentIndex()),
                                  Accessibility::focusColour(palette(), QPalette::Window));
}

AccessibleTabWidget::AccessibleTabWidget(QWidget *parent)
    : QTabWidget(parent)
{
    auto *bar = new AccessibleTabBar(this);
    setTabBar(bar);
    // QTabWidget is a Tab stop that hands focus to its bar: a screen reader meets an extra,
    // empty container first. The bar alone takes focus (a focus policy set on the widget passes
    // on to the bar, its focus proxy, so the bar's own is set after).
    setFocusPolicy(Qt::NoFocus);
    bar->setFocusPolicy(Qt::TabFocus);
}

AccessibleTabBar *AccessibleTabWidget::accessibleTabBar() const
{
    return static_cast<AccessibleTabBar *>(tabBar());
}

void AccessibleTabWidget::setTabsName(const QString &name)
{
    tabBar()->setAccessibleName(name);
}

namespace Accessibility {

void say(QWidget *where, const QString &text, bool again)
{
    // Without assistive technology too: nothing is drawn, and what is said stays testable.
    QWidget *window = where->window();
    auto *announcer = window->findChild<Announcer *>(u"announcer"_s, Qt::FindDirectChildrenOnly);
    if (!announcer)
        announcer = new Announcer(window);
    announcer->say(where, text, again);
}

void nameComboBox(QComboBox *box, const QString &name)
{
    box->setAccessibleName(name);
    box->setProperty(NamedComboBox, true);
    // Asked before Qt's own (which knows a plain QComboBox, and is installed after Careleaf's as
    // the application starts): the last installed is asked first.
    static const bool first = [] {
        QAccessible::removeFactory(careleafInterfaces);
        QAccessible::installFactory(careleafInterfaces);
        return true;
    }();
    Q_UNUSED(first);
    // An interface made before (Qt makes one as a widget is made, when assistive technology
    // listens) is made again, now as Careleaf's.
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(box);
        made && !dynamic_cast<ComboBoxInterface *>(made))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}

void announce(QLabel *label, const QString &text)
{
    Q_ASSERT(label->accessibleName().isEmpty());
    // QLabel sends NameChanged itself when the text changes.
    if (label->text() == text && QAccessible::isActive()) {
        QAccessibleEvent event(label, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    setStatus(label, text, {}, true);
}

void setStatus(QLabel *label, const QString &text, const QString &spoken, bool again)
{
    if (label->text() == text && !again)
        return;
    label->setText(text);
    if (!spoken.isEmpty())
        say(label, spoken, again);
    else if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(label))
        say(label, iface->text(QAccessible::Name), again); // a rich text's words without its markup
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

QString withoutMnemonic(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&x" shows x, "&&" shows '&'
        shown += text.at(i);
    }
    return shown;
}

QSet<QChar> mnemonicsIn(const QWidget *window)
{
    QStringList texts;
    for (const QLabel *label : window->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        texts << box->title();
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i)
            texts << bar->tabText(i);
    }
    QSet<QChar> taken;
    for (const QString &text : std::as_const(texts)) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            taken.insert(c);
    }
    return taken;
}

QString withFreeMnemonic(const QString &text, QSet<QChar> *taken)
{
    const auto latin = [](QChar c) { return c.toLower() >= u'a' && c.toLower() <= u'z'; };
    const auto typed = [](QChar c) { // on a key of its own
        const QChar::Script script = c.script();
        // A Latin letter with a mark (á) is typed with a dead key first, which Alt cannot take in
        // one chord; ñ and ç have keys of their own on the keyboards that use them.
        if (script == QChar::Script_Latin && c.decompositionTag() == QChar::Canonical)
            return c.toLower() == u'\u00F1' || c.toLower() == u'\u00E7';
        return script != QChar::Script_Han && script != QChar::Script_Hangul && script != QChar::Script_Hiragana &&
               script != QChar::Script_Katakana;
    };
    const auto wordStart = [&text](qsizetype i) { return i == 0 || !text.at(i - 1).isLetterOrNumber(); };
    // Best first: a word's first Latin letter, any Latin letter, a word's first letter, any letter.
    for (int pass = 0; pass < 4; ++pass) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!c.isLetter() || !typed(c) || taken->contains(c.toLower()) || (pass < 2 && !latin(c)) ||
                (pass % 2 == 0 && !wordStart(i)))
                continue;
            taken->insert(c.toLower());
            QString before = text.left(i);
            QString after = text.mid(i);
            return before.replace(u'&', u"&&"_s) + u'&' + after.replace(u'&', u"&&"_s);
        }
    }
    return QString(text).replace(u'&', u"&&"_s);
}

void drawFocusFrame(QPainter *painter, const QRect &rect, const QColor &colour)
{
    constexpr qreal Width = 2;
    painter->save();
    QPen pen(colour, Width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawRect(QRectF(rect).adjusted(Width / 2, Width / 2, -Width / 2, -Width / 2));
    painter->restore();
}

void drawItemFocus(QPainter *painter, const QStyleOptionViewItem &option, const QColor &unchosen, int leadingSpace)
{
    if (!(option.state & QStyle::State_HasFocus))
        return;
    if (!(option.state & QStyle::State_Selected)) {
        drawFocusFrame(painter, option.rect, unchosen);
        return;
    }
    constexpr int Inset = 2; // within an item's padding, with the ring two pixels wide
    QRect ring = option.rect.adjusted(Inset, Inset, -Inset, -Inset);
    if (option.direction == Qt::RightToLeft)
        ring.setRight(std::min(ring.right(), option.rect.right() - leadingSpace));
    else
        ring.setLeft(std::max(ring.left(), option.rect.left() + leadingSpace));
    drawFocusFrame(painter, ring, focusColour(option.palette, QPalette::Highlight, QPalette::HighlightedText));
}

QColor focusColour(const QPalette &palette, QPalette::ColorRole behind, QPalette::ColorRole wanted)
{
    const QColor background = palette.color(QPalette::Active, behind);
    const QColor away =
        Ink::contrast(background, Qt::black) > Ink::contrast(background, Qt::white) ? Qt::black : Qt::white;
    return Ink::readable(palette.color(QPalette::Active, wanted), background, away, 3.0);
}

} // namespace Accessibility

} // namespace Careleaf

#include "accessibility.moc"
