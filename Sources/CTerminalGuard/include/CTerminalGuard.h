#ifndef HANDOFF_CTERMINALGUARD_H
#define HANDOFF_CTERMINALGUARD_H

// Keeps the user's terminal usable whatever happens to the board: saved tty modes, quit and crash
// signal handlers, and stderr held aside while curses owns the screen. See TerminalGuard.c.

#include <stddef.h>

// Before curses starts: saves the tty modes and installs the signal handlers.
void handoff_guard_engage(void);

// Sends stderr to an unlinked temporary file in `folder`; returns 0, or -1 if stderr stays as it is.
int handoff_guard_capture_stderr(const char *folder);

// The bytes that undo what curses did to the screen, for the handlers to write.
void handoff_guard_set_reset(const char *bytes, size_t length);

// After curses has ended: stderr back, default signal actions back.
void handoff_guard_release(void);

// The quit signal received since the last call, or 0.
int handoff_guard_take_signal(void);

// True once the terminal has hung up (its window or ssh session closed).
int handoff_guard_terminal_hung_up(void);

#endif
