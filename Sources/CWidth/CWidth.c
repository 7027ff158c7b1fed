#define _XOPEN_SOURCE 700
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <wchar.h>
#include "CWidth.h"

static int ensured = 0;

static void ensure_utf8_ctype(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && strcmp(codeset, "UTF-8") == 0) return;
    if (!setlocale(LC_CTYPE, "") || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}

int skein_wcwidth(uint32_t scalar) {
    if (!ensured) { ensure_utf8_ctype(); ensured = 1; }
    return wcwidth((wchar_t)scalar);
}
