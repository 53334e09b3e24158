#ifndef BRIEF_CNCURSESW_SHIM_H
#define BRIEF_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t);

static inline WINDOW *brief_stdscr(void) { return stdscr; }
static inline int brief_lines(void) { return LINES; }
static inline int brief_cols(void) { return COLS; }
static inline int brief_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *brief_stdin(void) { return stdin; }
static inline FILE *brief_stdout(void) { return stdout; }
static inline attr_t brief_a_normal(void) { return A_NORMAL; }
static inline attr_t brief_a_bold(void) { return A_BOLD; }
static inline attr_t brief_a_dim(void) { return A_DIM; }
static inline attr_t brief_a_reverse(void) { return A_REVERSE; }
static inline attr_t brief_a_underline(void) { return A_UNDERLINE; }
static inline attr_t brief_a_italic(void) { return A_ITALIC; }

#endif
