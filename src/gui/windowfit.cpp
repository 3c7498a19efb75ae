#include "windowfit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QObject>
#include <QScreen>
#include <QWidget>

#include <algorithm>

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

} // namespace Careleaf
