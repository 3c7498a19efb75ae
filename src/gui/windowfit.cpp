#include "windowfit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QObject>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

void fitToScreen(QWidget *window, const QSize &preferred)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    QScreen *screen = anchor && anchor->screen() ? anchor->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    // Leave room for the window frame the window manager adds around the client area.
    const QSize room(available.width() - 16, available.height() - 48);
    QSize size = preferred.boundedTo(room);
    size = size.expandedTo(window->minimumSize().boundedTo(room));
    window->resize(size);
    QRect frame(QPoint(), size);
    frame.moveCenter(anchor ? anchor->geometry().center() : available.center());
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - size.width())));
    frame.moveTop(
        std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - size.height())));
    window->move(frame.topLeft());
}

namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
            // Not taken: it goes on to the scrolled pane around the control.
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void keepWheelForScrolling(const QList<QWidget *> &controls)
{
    for (QWidget *control : controls) {
        control->setFocusPolicy(Qt::StrongFocus);
        control->installEventFilter(new WheelGuard(control));
    }
}

void scrollToWhenLaidOut(QScrollArea *scroll, QWidget *widget)
{
    // Watches widget's size until it is the height its width asks for (for a moment at most: a
    // page left meanwhile is not scrolled long after), then scrolls once.
    class Follower : public QObject
    {
    public:
        Follower(QScrollArea *scroll, QWidget *widget)
            : QObject(widget)
            , m_scroll(scroll)
            , m_widget(widget)
        {
            widget->installEventFilter(this);
            constexpr int GiveUpMs = 2000;
            QTimer::singleShot(GiveUpMs, this, &QObject::deleteLater);
        }
        void tryNow()
        {
            if (!m_scroll ||
                (m_widget->hasHeightForWidth() && m_widget->height() < m_widget->heightForWidth(m_widget->width())))
                return;
            // All of it, or its first lines where it is taller than the view (Qt would centre it).
            if (m_widget->height() <= m_scroll->viewport()->height())
                m_scroll->ensureWidgetVisible(m_widget, 0, 0);
            else
                m_scroll->verticalScrollBar()->setValue(m_widget->mapTo(m_scroll->widget(), QPoint()).y());
            deleteLater();
        }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (watched == m_widget && event->type() == QEvent::Resize)
                QTimer::singleShot(0, this, &Follower::tryNow); // once the page has its new size too
            return false;
        }

    private:
        QPointer<QScrollArea> m_scroll;
        QWidget *m_widget;
    };
    // One at a time: a second error before the first was laid out replaces it.
    static const QString name = u"scrollToWhenLaidOut"_s;
    delete widget->findChild<QObject *>(name, Qt::FindDirectChildrenOnly);
    auto *follower = new Follower(scroll, widget);
    follower->setObjectName(name);
    QTimer::singleShot(0, follower, &Follower::tryNow);
}

} // namespace Careleaf
