#ifndef READERDESK_CNCURSESW_SHIM_H
#define READERDESK_CNCURSESW_SHIM_H
// Wide-character ncurses needs this before the header, or cchar_t and wget_wch vanish.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>

// Swift 6 refuses C globals as shared mutable state and does not import macros:
// each one the app uses gets a small inline function.
static inline WINDOW *rd_stdscr(void) { return stdscr; }
static inline int rd_lines(void) { return LINES; }
static inline int rd_cols(void) { return COLS; }
static inline int rd_colors(void) { return COLORS; }
static inline int rd_color_pairs(void) { return COLOR_PAIRS; }
static inline void rd_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t rd_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t rd_a_normal(void) { return A_NORMAL; }
static inline attr_t rd_a_bold(void) { return A_BOLD; }
static inline attr_t rd_a_reverse(void) { return A_REVERSE; }
static inline attr_t rd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rd_a_dim(void) { return A_DIM; }
static inline int rd_key_resize(void) { return KEY_RESIZE; }
static inline int rd_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rd_err(void) { return ERR; }
static inline int rd_ok(void) { return OK; }
static inline FILE *rd_stdin(void) { return stdin; }
static inline FILE *rd_stdout(void) { return stdout; }
static inline WINDOW *rd_curscr(void) { return curscr; }

#endif
