#include "sqliteapi.h"

#include <QtDebug>

#include <dlfcn.h>

namespace Careleaf::SqliteFts {

const Api *loadedApi()
{
    // Looked up once, by the first caller after a connection opened: RTLD_NOLOAD never loads a
    // library, it only finds the one the driver loaded (by the SONAME the build read from the
    // library it found: src/search/CMakeLists.txt). Its reference is kept for the process's life.
    static const Api *const loaded = []() -> const Api * {
        void *library = dlopen(CARELEAF_SQLITE_SONAME, RTLD_NOW | RTLD_NOLOAD);
        if (!library) {
            qWarning("careleaf: Qt's SQLite driver has not loaded %s, the SQLite Careleaf was built for;"
                     " a library file cannot be used",
                     CARELEAF_SQLITE_SONAME);
            return nullptr;
        }
        static Api api;
        bool complete = true;
        const auto find = [&](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
            if (!function) {
                qWarning("careleaf: %s has no %s", CARELEAF_SQLITE_SONAME, name);
                complete = false;
            }
        };
        find(api.busyHandler, "sqlite3_busy_handler");
        find(api.createFunction, "sqlite3_create_function_v2");
        find(api.resultInt, "sqlite3_result_int");
        find(api.errmsg, "sqlite3_errmsg");
        find(api.errstr, "sqlite3_errstr");
        find(api.getAutocommit, "sqlite3_get_autocommit");
        find(api.interrupt, "sqlite3_interrupt");
        find(api.totalChanges64, "sqlite3_total_changes64");
        find(api.prepare, "sqlite3_prepare_v2");
        find(api.bindText, "sqlite3_bind_text");
        find(api.bindInt64, "sqlite3_bind_int64");
        find(api.bindPointer, "sqlite3_bind_pointer");
        find(api.step, "sqlite3_step");
        find(api.reset, "sqlite3_reset");
        find(api.finalize, "sqlite3_finalize");
        find(api.columnText, "sqlite3_column_text");
        find(api.columnBytes, "sqlite3_column_bytes");
        find(api.columnInt64, "sqlite3_column_int64");
        find(api.strnicmp, "sqlite3_strnicmp");
        return complete ? &api : nullptr;
    }();
    return loaded;
}

} // namespace Careleaf::SqliteFts
