// Windows that fit the workstation: a 1366x768 laptop, a 1024x600 netbook, a 1920x1080 screen at
// 150 %. Every top-level window opens within its screen's available geometry (no status bar or
// button below the taskbar) and stays usable down to small screens.
#pragma once

#include <QSize>

class QWidget;

namespace Careleaf {

// Resizes window to preferred, or less where its screen (its parent's, else the primary) has less
// room, keeps it within the available geometry, and centres it over its parent or the screen.
void fitToScreen(QWidget *window, const QSize &preferred);

} // namespace Careleaf
