#ifndef SKEIN_CNCURSES_SHIM_H
#define SKEIN_CNCURSES_SHIM_H
// The wide-character API exists only with these defined before the include.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Macros and C globals Swift cannot import (or rejects as not concurrency-safe).
static inline WINDOW *skein_stdscr(void) { return stdscr; }
static inline int skein_lines(void) { return LINES; }
static inline int skein_cols(void) { return COLS; }
static inline int skein_colors(void) { return COLORS; }
static inline int skein_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *skein_curscr(void) { return curscr; }
static inline const char *skein_codeset(void) { return nl_langinfo(CODESET); }
// A terminfo string capability, or NULL when absent or not a string (tigetstr answers (char *)-1).
static inline const char *skein_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}
static inline void skein_set_escdelay(int ms) { set_escdelay(ms); }
static inline FILE *skein_stdin(void) { return stdin; }
static inline FILE *skein_stdout(void) { return stdout; }
static inline FILE *skein_stderr(void) { return stderr; }

static const attr_t skein_A_NORMAL = A_NORMAL;
static const attr_t skein_A_BOLD = A_BOLD;
static const attr_t skein_A_DIM = A_DIM;
static const attr_t skein_A_ITALIC = A_ITALIC;
static const attr_t skein_A_UNDERLINE = A_UNDERLINE;
static const attr_t skein_A_REVERSE = A_REVERSE;

static const mmask_t skein_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION;
static const mmask_t skein_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t skein_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t skein_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t skein_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t skein_BUTTON5_PRESSED = BUTTON5_PRESSED;

#endif
