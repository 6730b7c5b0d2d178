#ifndef HANDOFF_CPOSTGRES_SHIM_H
#define HANDOFF_CPOSTGRES_SHIM_H
// Debian puts libpq-fe.h under postgresql/, other systems on the include path itself; a
// pkgConfig lookup would fail wherever pkg-config is missing, so the header is found here.
#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
#else
#include <postgresql/libpq-fe.h>
#endif
#include <poll.h>

// libpq prints server notices (NOTICE: ... skipping) on stderr by default, which would write over
// the curses screen. A processor that does nothing keeps them off the terminal.
static void handoff_pq_ignore_notice(void *argument, const char *message) {
    (void)argument;
    (void)message;
}

static inline void handoff_pq_silence_notices(PGconn *connection) {
    PQsetNoticeProcessor(connection, handoff_pq_ignore_notice, 0);
}

// Waits until the connection's socket has something to read or `milliseconds` pass: how a
// listener sleeps between notifications without a busy loop. Returns poll's result.
static inline int handoff_pq_wait_readable(int socket, int milliseconds) {
    struct pollfd descriptor = { .fd = socket, .events = POLLIN, .revents = 0 };
    return poll(&descriptor, 1, milliseconds);
}
#endif
