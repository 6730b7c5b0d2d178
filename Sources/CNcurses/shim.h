#ifndef HANDOFF_CNCURSES_SHIM_H
#define HANDOFF_CNCURSES_SHIM_H

// Without this the wide-character API (wget_wch, mvwaddnwstr) is invisible to Swift.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
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

#endif
