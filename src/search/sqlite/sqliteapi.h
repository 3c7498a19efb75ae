// The SQLite functions Careleaf calls itself (a connection's busy handler and interrupt, FTS5's
// tokenizer, the names' word walk), looked up in the libsqlite3 Qt's SQLite driver loaded, not
// linked: linking it made every program, `careleaf-cli --version` included, bind its 1,200-odd
// symbols at start (Debian builds it with -z now): 1.24 million of the 6.25 million instructions
// `--version` ran, about 0.8 ms of its start. Careleaf must call the copy the driver's
// connections belong to anyway. Found by its SONAME among the libraries loaded: in a process
// that links libsqlite3 itself (a test) beside a driver with its own copy, that would be the
// wrong one; Careleaf's programs link none, so there the lookup fails, with a clear message.
#pragma once

#include <sqlite3.h>

namespace Careleaf::SqliteFts {

struct Api
{
    decltype(&sqlite3_busy_handler) busyHandler = nullptr;
    decltype(&sqlite3_create_function_v2) createFunction = nullptr;
    decltype(&sqlite3_result_int) resultInt = nullptr;
    decltype(&sqlite3_errmsg) errmsg = nullptr;
    decltype(&sqlite3_errstr) errstr = nullptr;
    decltype(&sqlite3_get_autocommit) getAutocommit = nullptr;
    decltype(&sqlite3_interrupt) interrupt = nullptr;
    decltype(&sqlite3_total_changes64) totalChanges64 = nullptr;
    decltype(&sqlite3_prepare_v2) prepare = nullptr;
    decltype(&sqlite3_bind_text) bindText = nullptr;
    decltype(&sqlite3_bind_int64) bindInt64 = nullptr;
    decltype(&sqlite3_bind_pointer) bindPointer = nullptr;
    decltype(&sqlite3_step) step = nullptr;
    decltype(&sqlite3_reset) reset = nullptr;
    decltype(&sqlite3_finalize) finalize = nullptr;
    decltype(&sqlite3_column_text) columnText = nullptr;
    decltype(&sqlite3_column_bytes) columnBytes = nullptr;
    decltype(&sqlite3_column_int64) columnInt64 = nullptr;
    decltype(&sqlite3_strnicmp) strnicmp = nullptr;
};

// The functions, once a QSQLITE database was added (so the driver has loaded the library);
// null before, or when the driver's SQLite is not the system's shared library (a Qt built with
// its own copy inside the driver), with a warning saying so. handle() is null then too, so code
// holding a connection's handle may call through sqlite() without checking.
[[nodiscard]] const Api *loadedApi();
[[nodiscard]] inline const Api &sqlite()
{
    return *loadedApi();
}

} // namespace Careleaf::SqliteFts
