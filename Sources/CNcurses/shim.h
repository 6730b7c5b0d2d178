#ifndef HANDOFF_CNCURSES_SHIM_H
#define HANDOFF_CNCURSES_SHIM_H

// Without this the wide-character API (wget_wch, mvwaddnwstr) is invisible to Swift.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncurses.h>

// The A_* attributes are macros built from NCURSES_BITS, which Swift does not import.
static inline attr_t handoff_attr_normal(void) { return A_NORMAL; }
static inline attr_t handoff_attr_bold(void) { return A_BOLD; }
static inline attr_t handoff_attr_reverse(void) { return A_REVERSE; }
static inline attr_t handoff_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t handoff_attr_dim(void) { return A_DIM; }
static inline attr_t handoff_color_pair(short pair) { return COLOR_PAIR(pair); }

// COLORS and COLOR_PAIRS are C globals that Swift 6 strict concurrency refuses to touch.
static inline int handoff_colors(void) { return COLORS; }
static inline int handoff_color_pairs(void) { return COLOR_PAIRS; }

// The mouse masks (ALL_MOUSE_EVENTS, BUTTONn_*) are macros built from NCURSES_MOUSE_MASK, which
// Swift does not import. The board needs only "everything", and to know a press from a wheel turn.
static inline mmask_t handoff_mouse_all_events(void) { return ALL_MOUSE_EVENTS; }
// 1: button 1 pressed or clicked; 4: wheel up; 5: wheel down; 0: anything else (releases, moves).
static inline int handoff_mouse_kind(mmask_t state) {
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)) { return 1; }
    if (state & BUTTON4_PRESSED) { return 4; }
#ifdef BUTTON5_PRESSED
    if (state & BUTTON5_PRESSED) { return 5; }
#endif
    return 0;
}

// stdscr is a C global that Swift 6 strict concurrency refuses to read.
static inline WINDOW *handoff_stdscr(void) { return stdscr; }

// Signals only set a flag; the event loop notices it and leaves curses mode in an orderly way.
static volatile sig_atomic_t handoff_signal_received = 0;
static void handoff_on_signal(int signo) { handoff_signal_received = signo; }
static inline void handoff_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handoff_on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}
static inline int handoff_take_signal(void) {
    int signo = handoff_signal_received;
    handoff_signal_received = 0;
    return signo;
}

// A runtime trap (SIGILL/SIGTRAP/SIGSEGV/SIGBUS/SIGABRT) must not leave the user's terminal raw and
// invisible. Only async-signal-safe calls in the handler: write the reset sequences, restore the
// tty modes saved before curses started, then let the default action end the process. The saved
// state lives in function-local statics because Swift does not emit file-scope static aggregates.
static inline struct termios *handoff_saved_tty(void) { static struct termios saved; return &saved; }
static inline int *handoff_saved_tty_valid(void) { static int valid = 0; return &valid; }
static void handoff_on_fatal(int signo) {
    static const char reset[] = "\033[?1049l\033[?25h\033[0m\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    if (*handoff_saved_tty_valid()) { tcsetattr(STDIN_FILENO, TCSANOW, handoff_saved_tty()); }
    signal(signo, SIG_DFL);
    raise(signo);
}
static inline void handoff_save_tty_modes(void) {
    if (tcgetattr(STDIN_FILENO, handoff_saved_tty()) == 0) { *handoff_saved_tty_valid() = 1; }
}
static inline void handoff_install_fatal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handoff_on_fatal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGILL, &action, NULL);
    sigaction(SIGTRAP, &action, NULL);
    sigaction(SIGSEGV, &action, NULL);
    sigaction(SIGBUS, &action, NULL);
    sigaction(SIGABRT, &action, NULL);
}
#endif
