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

// stdscr is a C global that Swift 6 strict concurrency refuses to read.
static inline WINDOW *handoff_stdscr(void) { return stdscr; }

#endif
