// The library's diagnostics, in one logging category: QT_LOGGING_RULES="careleaf.library.*=true"
// shows its debug lines too. Warnings (a log row that waits, a damaged file kept aside) are shown
// by default.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
