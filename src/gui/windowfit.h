// Windows that fit the workstation: a 1366x768 laptop, a 1024x600 netbook, a 1920x1080 screen at
// 150 %. Every top-level window opens within its screen's available geometry (no status bar or
// button below the taskbar) and stays usable down to small screens.
#pragma once

#include <QList>
#include <QSize>

class QScrollArea;
class QWidget;

namespace Careleaf {

// Resizes window to preferred, or less where its screen (its parent's, else the primary) has less
// room, keeps it within the available geometry, and centres it over its parent or the screen.
void fitToScreen(QWidget *window, const QSize &preferred);

// Options in a scrolled pane: the wheel scrolls the pane, and changes a control's value (a combo
// box's, a spin box's) only once the control has the focus. Without this, scrolling past the
// patient's language or the paper changed it, unseen. Each control takes the focus from a click
// or Tab, not from the wheel.
void keepWheelForScrolling(const QList<QWidget *> &controls);

// Scrolls scroll to show widget whole (its first lines, where it is taller than the view), once
// widget has the height its text needs: a label given a long text grows only when the layout
// gets to it, and scrolled to at once it ended below the view.
void scrollToWhenLaidOut(QScrollArea *scroll, QWidget *widget);

} // namespace Careleaf
