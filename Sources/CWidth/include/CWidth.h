#ifndef SKEIN_CWIDTH_H
#define SKEIN_CWIDTH_H
#include <stdint.h>

/// Columns a Unicode scalar takes in a terminal (glibc wcwidth; -1 for controls).
/// Switches LC_CTYPE to a UTF-8 locale on first use: in the "C" locale glibc
/// answers -1 for everything outside ASCII.
int skein_wcwidth(uint32_t scalar);

#endif
