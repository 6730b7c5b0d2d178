#ifndef HANDOFF_CSQLITE_SHIM_H
#define HANDOFF_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import; binding text with it makes SQLite copy
// the bytes, so Swift strings may be freed as soon as the bind call returns.
static inline int handoff_sqlite3_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, int length) {
    return sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}

// sqlite3_config is variadic, which Swift cannot call. Memory statistics make every allocation
// take one process-wide mutex, which two connections working at once would fight over; Handoff
// never reads them. Must run before the first connection opens.
static inline int handoff_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// The same for the text a function implemented in Swift returns: SQLite copies it, so the Swift
// buffer can be reused for the next row.
static inline void handoff_sqlite3_result_text_transient(sqlite3_context *context, const char *text, int length) {
    sqlite3_result_text(context, text, length, SQLITE_TRANSIENT);
}
// The same for bytes: a hash bound from a Swift array that may be freed when the call returns. A
// zero-length blob from a null pointer would bind NULL; SQLite is given a valid empty one.
static inline int handoff_sqlite3_bind_blob_transient(sqlite3_stmt *stmt, int index, const void *bytes, int length) {
    static const char empty = 0;
    return sqlite3_bind_blob(stmt, index, bytes ? bytes : &empty, length, SQLITE_TRANSIENT);
}
// A function's blob result, copied by SQLite like its text.
static inline void handoff_sqlite3_result_blob_transient(sqlite3_context *context, const void *bytes, int length) {
    sqlite3_result_blob(context, bytes, length, SQLITE_TRANSIENT);
}
// sqlite3_db_config is variadic too. A connection that only looks at a board, through a -wal that
// may not belong to it, must never checkpoint that log into the board when it closes.
static inline int handoff_sqlite3_no_checkpoint_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}
#endif
