/*
 * compare.c - libxml2's HTML parser (2.9.x) against gumbo (0.10.x) on skein's
 * comment-body fixtures: speed, whole-page speed and memory, tricky inputs,
 * deep nesting.  Built and run by run.sh.
 *
 *   compare bench  BODIES [min_seconds]   fragments, median of 3 runs
 *   compare page   BODIES [target_MB]     one whole page, median of 3 runs
 *   compare tricky                         TSV: tree and text of each tricky input
 *   compare deep   N                       N nested <div>, closed and unclosed
 *   compare texts  BODIES OUTDIR           text of every body, per parser
 *
 * BODIES is the file extract.py writes: bodies separated by one NUL byte.
 *
 * Both parsers' trees are walked by the same code (walk_*), which collects the
 * text a reader would show: block elements become a separator, <br> a line
 * break, script/style/template contents are left out.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>

/* ------------------------------------------------------------------ buffers */

typedef struct { char *p; size_t n, cap; } Buf;

static void bgrow(Buf *b, size_t more) {
    if (b->n + more + 1 <= b->cap) return;
    size_t c = b->cap ? b->cap : 256;
    while (c < b->n + more + 1) c *= 2;
    b->p = realloc(b->p, c);
    if (!b->p) { perror("realloc"); exit(1); }
    b->cap = c;
}
static void bput(Buf *b, const void *s, size_t n) { bgrow(b, n); memcpy(b->p + b->n, s, n); b->n += n; b->p[b->n] = 0; }
static void bputs(Buf *b, const char *s) { bput(b, s, strlen(s)); }
static void bputc(Buf *b, char c) { bput(b, &c, 1); }
static void bprintf(Buf *b, const char *fmt, ...) {
    char tmp[256]; va_list ap; va_start(ap, fmt); int k = vsnprintf(tmp, sizeof tmp, fmt, ap); va_end(ap);
    bput(b, tmp, (size_t)k < sizeof tmp ? (size_t)k : sizeof tmp - 1);
}

static double now(clockid_t c) { struct timespec t; clock_gettime(c, &t); return t.tv_sec + t.tv_nsec / 1e9; }

/* --------------------------------------------------------------- text walk */

#define SEP '\x1e' /* block boundary, shown as | */
#define BRK '\x1f' /* <br>, shown as a return sign */

typedef struct {
    Buf out;
    int pending;   /* a block boundary is due before the next text */
    int pre;       /* inside <pre>/<listing>/<textarea>: keep whitespace */
    int skip;      /* inside script/style/template */
    int depth, maxdepth;
    int mark_depth;          /* depth of the first text node containing `mark` */
    const char *mark;
    int marks;     /* also mark inline a/b/strong/i/em/code as {a}..{/a} (corpus comparison only) */
} TextW;

static void tw_reset(TextW *t) { t->out.n = 0; if (t->out.p) t->out.p[0] = 0; t->pending = 1; t->pre = t->skip = 0; t->depth = t->maxdepth = 0; t->mark_depth = -1; }

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static const char *const BLOCKS[] = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", NULL};

static int is_block(const char *n) {
    for (int i = 0; BLOCKS[i]; i++) if (BLOCKS[i][0] == n[0] && strcmp(BLOCKS[i], n) == 0) return 1;
    return 0;
}
static int is_skip(const char *n) { return !strcmp(n, "script") || !strcmp(n, "style") || !strcmp(n, "template"); }
static int is_pre(const char *n) { return !strcmp(n, "pre") || !strcmp(n, "listing") || !strcmp(n, "textarea"); }

static void tw_chars(TextW *t, const char *s, size_t n) {
    if (t->skip) return;
    if (t->mark && t->mark_depth < 0 && memmem(s, n, t->mark, strlen(t->mark))) t->mark_depth = t->depth;
    if (t->pending) {
        if (!t->pre) { while (n && is_ws(*s)) { s++; n--; } if (!n) return; }
        while (t->out.n && is_ws(t->out.p[t->out.n - 1])) t->out.n--;
        if (t->out.n && t->out.p[t->out.n - 1] != SEP) bputc(&t->out, SEP);
        t->pending = 0;
    }
    bput(&t->out, s, n);
}
static const char *inline_mark(const char *n) {
    if (!strcmp(n, "a")) return "a";
    if (!strcmp(n, "b") || !strcmp(n, "strong")) return "b";
    if (!strcmp(n, "i") || !strcmp(n, "em")) return "i";
    if (!strcmp(n, "code")) return "code";
    return NULL;
}
static void tw_mark(TextW *t, const char *m, int close) {
    if (t->skip) return;
    if (t->pending) {
        while (t->out.n && is_ws(t->out.p[t->out.n - 1])) t->out.n--;
        if (t->out.n && t->out.p[t->out.n - 1] != SEP) bputc(&t->out, SEP);
        t->pending = 0;
    }
    bputs(&t->out, close ? "{/" : "{"); bputs(&t->out, m); bputc(&t->out, '}');
}
static void tw_enter(TextW *t, const char *name) {
    if (++t->depth > t->maxdepth) t->maxdepth = t->depth;
    if (t->marks) { const char *m = inline_mark(name); if (m) { tw_mark(t, m, 0); return; } }
    if (is_skip(name)) { t->skip++; return; }
    if (name[0] == 'b' && name[1] == 'r' && !name[2]) { if (!t->skip) bputc(&t->out, BRK); return; }
    if (is_block(name)) t->pending = 1;
    if (is_pre(name)) t->pre++;
}
static void tw_leave(TextW *t, const char *name) {
    t->depth--;
    if (t->marks) { const char *m = inline_mark(name); if (m) { tw_mark(t, m, 1); return; } }
    if (is_skip(name)) { t->skip--; return; }
    if (is_block(name)) t->pending = 1;
    if (is_pre(name)) t->pre--;
}
static void tw_finish(TextW *t) { while (t->out.n && is_ws(t->out.p[t->out.n - 1])) t->out.n--; if (t->out.p) t->out.p[t->out.n] = 0; }

/* libxml2: iterative, so 100,000 levels do not overflow our stack */
static void walk_xml(xmlNodePtr root, TextW *t) {
    xmlNodePtr n = root;
    if (!n) return;
    for (;;) {
        int has_kids = 0;
        if (n->type == XML_ELEMENT_NODE) { tw_enter(t, (const char *)n->name); has_kids = n->children != NULL; }
        else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) { if (n->content) tw_chars(t, (const char *)n->content, strlen((const char *)n->content)); }
        else if (n->type == XML_HTML_DOCUMENT_NODE || n->type == XML_DOCUMENT_NODE) has_kids = n->children != NULL;
        if (has_kids) { n = n->children; continue; }
        for (;;) {
            if (n->type == XML_ELEMENT_NODE) tw_leave(t, (const char *)n->name);
            if (n == root) { tw_finish(t); return; }
            if (n->next) { n = n->next; break; }
            n = n->parent;
        }
    }
}

/* gumbo */
static GumboVector *g_kids(GumboNode *n) {
    if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
    return NULL;
}
static const char *g_name(GumboNode *n, char *tmp, size_t cap) {
    GumboElement *e = &n->v.element;
    if (e->tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e->tag);
    GumboStringPiece p = e->original_tag;
    gumbo_tag_from_original_text(&p);
    size_t k = p.length < cap - 1 ? p.length : cap - 1;
    for (size_t i = 0; i < k; i++) { char c = p.data[i]; tmp[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c; }
    tmp[k] = 0;
    return tmp;
}
static void walk_gumbo(GumboNode *root, TextW *t) {
    GumboNode *n = root;
    char tmp[64];
    for (;;) {
        GumboVector *kids = NULL;
        if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) { tw_enter(t, g_name(n, tmp, sizeof tmp)); kids = g_kids(n); }
        else if (n->type == GUMBO_NODE_DOCUMENT) kids = g_kids(n);
        else if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) tw_chars(t, n->v.text.text, strlen(n->v.text.text));
        if (kids && kids->length) { n = kids->data[0]; continue; }
        for (;;) {
            if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) tw_leave(t, g_name(n, tmp, sizeof tmp));
            if (n == root || !n->parent) { tw_finish(t); return; }
            GumboVector *sib = g_kids(n->parent);
            unsigned i = n->index_within_parent + 1;
            if (i < sib->length) { n = sib->data[i]; break; }
            n = n->parent;
        }
    }
}

/* ------------------------------------------------------------------ parsers */

#define LX_OPTS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_COMPACT)

static htmlParserCtxtPtr lx_shared_ctxt;

/* L1: htmlReadMemory, encoding given as UTF-8 */
static size_t p_lx_read(const char *s, size_t n, TextW *t) {
    htmlDocPtr d = htmlReadMemory(s, (int)n, NULL, "UTF-8", LX_OPTS);
    walk_xml((xmlNodePtr)d, t);
    xmlFreeDoc(d);
    return t->out.n;
}
/* L2: one parser context, reused for every body (htmlCtxtReadMemory) */
static size_t p_lx_ctxt(const char *s, size_t n, TextW *t) {
    if (!lx_shared_ctxt) lx_shared_ctxt = htmlNewParserCtxt();
    htmlDocPtr d = htmlCtxtReadMemory(lx_shared_ctxt, s, (int)n, NULL, "UTF-8", LX_OPTS);
    walk_xml((xmlNodePtr)d, t);
    xmlFreeDoc(d);
    return t->out.n;
}
/* L3: htmlCreateMemoryParserCtxt + htmlParseDocument (no encoding given) */
static size_t p_lx_memctxt(const char *s, size_t n, TextW *t) {
    htmlParserCtxtPtr c = htmlCreateMemoryParserCtxt(s, (int)n);
    htmlCtxtUseOptions(c, LX_OPTS);
    htmlParseDocument(c);
    htmlDocPtr d = c->myDoc;
    c->myDoc = NULL;
    htmlFreeParserCtxt(c);
    walk_xml((xmlNodePtr)d, t);
    xmlFreeDoc(d);
    return t->out.n;
}
/* G1: fragment in <body> context, default options (all parse errors recorded) */
static size_t p_gumbo_frag(const char *s, size_t n, TextW *t) {
    GumboOptions o = kGumboDefaultOptions;
    o.fragment_context = GUMBO_TAG_BODY;
    o.fragment_namespace = GUMBO_NAMESPACE_HTML;
    GumboOutput *out = gumbo_parse_with_options(&o, s, n);
    walk_gumbo(out->document, t);
    gumbo_destroy_output(&o, out);
    return t->out.n;
}
/* G2: fragment, max_errors = 0 (no error list kept) */
static size_t p_gumbo_frag_noerr(const char *s, size_t n, TextW *t) {
    GumboOptions o = kGumboDefaultOptions;
    o.fragment_context = GUMBO_TAG_BODY;
    o.fragment_namespace = GUMBO_NAMESPACE_HTML;
    o.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&o, s, n);
    walk_gumbo(out->document, t);
    gumbo_destroy_output(&o, out);
    return t->out.n;
}
/* G3: whole document (gumbo_parse semantics, but with a length: NUL bytes allowed) */
static size_t p_gumbo_doc(const char *s, size_t n, TextW *t) {
    GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, s, n);
    walk_gumbo(out->document, t);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return t->out.n;
}
typedef struct { const char *name; size_t (*fn)(const char *, size_t, TextW *); const char *what; } Variant;

static const Variant FRAG_VARIANTS[] = {
    {"libxml2 htmlReadMemory", p_lx_read, "htmlReadMemory(buf,len,NULL,\"UTF-8\",opts) per body"},
    {"libxml2 htmlCtxtReadMemory", p_lx_ctxt, "one htmlNewParserCtxt reused, htmlCtxtReadMemory per body"},
    {"libxml2 htmlCreateMemoryParserCtxt", p_lx_memctxt, "htmlCreateMemoryParserCtxt+htmlParseDocument per body, no encoding"},
    {"gumbo fragment(body)", p_gumbo_frag, "gumbo_parse_with_options, fragment_context=BODY, default options"},
    {"gumbo fragment(body) max_errors=0", p_gumbo_frag_noerr, "as above, error list off"},
    {"gumbo document", p_gumbo_doc, "gumbo_parse_with_options(&kGumboDefaultOptions) = gumbo_parse"},
};
#define NFRAG (sizeof FRAG_VARIANTS / sizeof FRAG_VARIANTS[0])

/* ---------------------------------------------------------------- corpus IO */

typedef struct { char *data; size_t len; size_t count; const char **s; size_t *n; } Bodies;

static Bodies load_bodies(const char *path) {
    Bodies b = {0};
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    struct stat st; fstat(fileno(f), &st);
    b.len = (size_t)st.st_size;
    b.data = malloc(b.len + 1);
    if (fread(b.data, 1, b.len, f) != b.len) { perror("fread"); exit(1); }
    fclose(f);
    b.data[b.len] = 0;
    size_t cap = 1;
    for (size_t i = 0; i < b.len; i++) cap += b.data[i] == 0;
    b.s = malloc(cap * sizeof *b.s); b.n = malloc(cap * sizeof *b.n);
    size_t start = 0;
    for (size_t i = 0; i <= b.len; i++) {
        if (i == b.len || b.data[i] == 0) {
            b.s[b.count] = b.data + start; b.n[b.count] = i - start; b.count++;
            start = i + 1;
        }
    }
    return b;
}

/* ------------------------------------------------------------------- bench */

static int cmpd(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }

static void cmd_bench(const char *path, double min_s) {
    Bodies B = load_bodies(path);
    size_t bytes = 0;
    for (size_t i = 0; i < B.count; i++) bytes += B.n[i];
    printf("# fragments: %zu bodies, %zu bytes (%.3f MB); each run repeats the whole set until >= %.1f s\n", B.count, bytes, bytes / 1e6, min_s);
    printf("%-36s %8s %9s %9s %11s %9s %12s\n", "variant", "passes", "MB/s", "MB/s cpu", "bodies/s", "us/body", "text B/pass");
    TextW t = {0};
    for (size_t v = 0; v < NFRAG; v++) {
        double wall[3], cpu[3]; size_t passes[3]; size_t textb = 0;
        for (int r = 0; r < 3; r++) {
            double w0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
            size_t p = 0;
            do {
                textb = 0;
                for (size_t i = 0; i < B.count; i++) { tw_reset(&t); textb += FRAG_VARIANTS[v].fn(B.s[i], B.n[i], &t); }
                p++;
            } while (now(CLOCK_MONOTONIC) - w0 < min_s);
            double w = now(CLOCK_MONOTONIC) - w0, c = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
            wall[r] = w / p; cpu[r] = c / p; passes[r] = p;   /* seconds per pass */
        }
        double ws[3], cs[3]; memcpy(ws, wall, sizeof ws); memcpy(cs, cpu, sizeof cs);
        qsort(ws, 3, sizeof(double), cmpd); qsort(cs, 3, sizeof(double), cmpd);
        double w = ws[1], c = cs[1];
        printf("%-36s %8zu %9.1f %9.1f %11.0f %9.2f %12zu\n", FRAG_VARIANTS[v].name, passes[1], bytes / w / 1e6, bytes / c / 1e6,
               B.count / w, w / B.count * 1e6, textb);
        printf("    runs (s/pass wall): %.4f %.4f %.4f\n", wall[0], wall[1], wall[2]);
        fflush(stdout);
    }
}

/* whole page: every body in a <div class="comment">, repeated to the target size */
static long rss_kb(void) {
    FILE *f = fopen("/proc/self/statm", "r"); long size = 0, res = 0;
    if (f) { if (fscanf(f, "%ld %ld", &size, &res) != 2) res = 0; fclose(f); }
    return res * (sysconf(_SC_PAGESIZE) / 1024);
}

typedef struct { double wall, cpu; long rss_delta_kb; size_t text; int maxdepth; } PageRes;

static size_t page_lx(const char *s, size_t n, TextW *t, long *rss) {
    long r0 = rss_kb();
    htmlDocPtr d = htmlReadMemory(s, (int)n, NULL, "UTF-8", LX_OPTS);
    *rss = rss_kb() - r0;
    walk_xml((xmlNodePtr)d, t);
    xmlFreeDoc(d);
    return t->out.n;
}
static size_t page_gumbo(const char *s, size_t n, TextW *t, long *rss, int maxerr) {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = maxerr;
    long r0 = rss_kb();
    GumboOutput *out = gumbo_parse_with_options(&o, s, n);
    *rss = rss_kb() - r0;
    walk_gumbo(out->document, t);
    gumbo_destroy_output(&o, out);
    return t->out.n;
}

static void cmd_page(const char *path, double target_mb) {
    Bodies B = load_bodies(path);
    Buf pg = {0};
    bputs(&pg, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>page</title></head><body>\n");
    size_t reps = 0;
    while (pg.n < target_mb * 1e6) {
        for (size_t i = 0; i < B.count; i++) { bputs(&pg, "<div class=\"comment\">"); bput(&pg, B.s[i], B.n[i]); bputs(&pg, "</div>\n"); }
        reps++;
    }
    bputs(&pg, "</body></html>\n");
    printf("# whole page: %zu bytes (%.2f MB), the %zu bodies each in <div class=\"comment\">, repeated %zu times\n", pg.n, pg.n / 1e6, B.count, reps);
    printf("# each run in a fresh forked process; rss = resident memory growth across the parse call (tree + parser state)\n");
    printf("%-36s %9s %9s %9s %10s %12s %9s\n", "variant", "s (med)", "MB/s", "MB/s cpu", "tree MB", "text bytes", "maxdepth");
    const char *names[] = {"libxml2 htmlReadMemory", "gumbo document", "gumbo document max_errors=0"};
    for (int v = 0; v < 3; v++) {
        PageRes res[3];
        for (int r = 0; r < 3; r++) {
            int fd[2]; if (pipe(fd)) { perror("pipe"); exit(1); }
            fflush(stdout);
            pid_t pid = fork();
            if (pid == 0) {
                close(fd[0]);
                TextW t = {0}; tw_reset(&t);
                PageRes pr = {0};
                double w0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
                if (v == 0) pr.text = page_lx(pg.p, pg.n, &t, &pr.rss_delta_kb);
                else pr.text = page_gumbo(pg.p, pg.n, &t, &pr.rss_delta_kb, v == 1 ? -1 : 0);
                pr.wall = now(CLOCK_MONOTONIC) - w0; pr.cpu = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
                pr.maxdepth = t.maxdepth;
                if (write(fd[1], &pr, sizeof pr) != sizeof pr) _exit(2);
                _exit(0);
            }
            close(fd[1]);
            if (read(fd[0], &res[r], sizeof res[r]) != sizeof res[r]) { fprintf(stderr, "child failed\n"); memset(&res[r], 0, sizeof res[r]); }
            close(fd[0]);
            int st; waitpid(pid, &st, 0);
        }
        double ws[3] = {res[0].wall, res[1].wall, res[2].wall}, cs[3] = {res[0].cpu, res[1].cpu, res[2].cpu};
        qsort(ws, 3, sizeof(double), cmpd); qsort(cs, 3, sizeof(double), cmpd);
        printf("%-36s %9.3f %9.1f %9.1f %10.1f %12zu %9d\n", names[v], ws[1], pg.n / ws[1] / 1e6, pg.n / cs[1] / 1e6,
               res[1].rss_delta_kb / 1024.0, res[1].text, res[1].maxdepth);
        printf("    runs (s wall): %.3f %.3f %.3f\n", res[0].wall, res[1].wall, res[2].wall);
        fflush(stdout);
    }
}

/* ------------------------------------------------------------ display dumps */

/* Escape for display.  mode 0: tree string (quotes and backslashes escaped),
 * mode 1: text column (SEP -> |, BRK -> return sign, literal | -> \x7C). */
static void esc(Buf *b, const unsigned char *s, size_t n, int mode) {
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (mode == 1 && c == (unsigned char)SEP) { bputc(b, '|'); i++; continue; }
        if (mode == 1 && c == (unsigned char)BRK) { bputs(b, "\xe2\x86\xb5"); i++; continue; }
        if (c < 0x80) {
            if (c == '\n') bputs(b, "\\n");
            else if (c == '\t') bputs(b, "\\t");
            else if (c == '\r') bputs(b, "\\r");
            else if (c < 0x20 || c == 0x7f) bprintf(b, "\\x%02X", c);
            else if (mode == 0 && (c == '"' || c == '\\')) { bputc(b, '\\'); bputc(b, (char)c); }
            else if (mode == 1 && c == '|') bputs(b, "\\x7C");
            else bputc(b, (char)c);
            i++;
            continue;
        }
        /* UTF-8 decode with validation */
        unsigned need = 0, cp = 0, min = 0;
        if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; min = 0x80; }
        else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; min = 0x800; }
        else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; min = 0x10000; }
        int ok = need > 0 && i + need < n;
        for (unsigned k = 1; ok && k <= need; k++) { unsigned d = s[i + k]; if ((d & 0xc0) != 0x80) ok = 0; else cp = (cp << 6) | (d & 0x3f); }
        if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = 0;
        if (!ok) { bprintf(b, "\\x%02X", c); i++; continue; }
        if (cp == 0xa0 || cp == 0xad || cp == 0xfffd || cp == 0xfeff || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0x200b && cp <= 0x200f) || cp == 0x2028 || cp == 0x2029)
            bprintf(b, "\\u%04X", cp);
        else bput(b, s + i, need + 1);
        i += need + 1;
    }
}
static void sep_space(Buf *b) { if (b->n && b->p[b->n - 1] != '(') bputc(b, ' '); }

static void dump_xml(Buf *b, xmlNodePtr n);
static void dump_xml_one(Buf *b, xmlNodePtr n) {
    switch (n->type) {
    case XML_ELEMENT_NODE: {
        const char *name = (const char *)n->name;
        if (!strcmp(name, "html") || !strcmp(name, "body")) { if (n->properties) { sep_space(b); bprintf(b, "%s[attrs]", name); } dump_xml(b, n->children); return; }
        if (!strcmp(name, "head") && !n->children) return;
        sep_space(b);
        bputs(b, name);
        if (n->properties) {
            bputc(b, '[');
            for (xmlAttrPtr a = n->properties; a; a = a->next) {
                if (a != n->properties) bputc(b, ' ');
                bputs(b, (const char *)a->name);
                if (a->children) {
                    bputs(b, "=\"");
                    for (xmlNodePtr c = a->children; c; c = c->next) if (c->content) esc(b, c->content, strlen((const char *)c->content), 0);
                    bputc(b, '"');
                }
            }
            bputc(b, ']');
        }
        if (n->children) { bputc(b, '('); dump_xml(b, n->children); bputc(b, ')'); }
        return;
    }
    case XML_TEXT_NODE:
        sep_space(b); bputc(b, '"'); if (n->content) esc(b, n->content, strlen((const char *)n->content), 0); bputc(b, '"'); return;
    case XML_CDATA_SECTION_NODE:
        sep_space(b); bputs(b, "CDATA(\""); if (n->content) esc(b, n->content, strlen((const char *)n->content), 0); bputs(b, "\")"); return;
    case XML_COMMENT_NODE:
        sep_space(b); bputs(b, "!--(\""); if (n->content) esc(b, n->content, strlen((const char *)n->content), 0); bputs(b, "\")"); return;
    case XML_DTD_NODE: sep_space(b); bputs(b, "!DOCTYPE"); return;
    case XML_PI_NODE: sep_space(b); bprintf(b, "?PI(%s)", n->name ? (const char *)n->name : ""); return;
    default: sep_space(b); bprintf(b, "?type%d", (int)n->type); return;
    }
}
static void dump_xml(Buf *b, xmlNodePtr n) { for (; n; n = n->next) dump_xml_one(b, n); }

static void dump_gumbo(Buf *b, GumboNode *n) {
    char tmp[64];
    switch (n->type) {
    case GUMBO_NODE_DOCUMENT: {
        GumboVector *k = g_kids(n);
        if (n->v.document.has_doctype) { sep_space(b); bputs(b, "!DOCTYPE"); }
        for (unsigned i = 0; i < k->length; i++) dump_gumbo(b, k->data[i]);
        return;
    }
    case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: {
        const char *name = g_name(n, tmp, sizeof tmp);
        GumboVector *k = g_kids(n);
        GumboVector *at = &n->v.element.attributes;
        Buf uname = {0};
        if (n->v.element.tag == GUMBO_TAG_UNKNOWN) {
            /* the name as written (gumbo keeps no normalised name for unknown tags): show every byte */
            GumboStringPiece p = n->v.element.original_tag;
            gumbo_tag_from_original_text(&p);
            for (size_t i = 0; i < p.length; i++) { char ch = p.data[i]; if (ch >= 'A' && ch <= 'Z') ch += 32; esc(&uname, (const unsigned char *)&ch, 1, 0); }
            if (uname.p) name = uname.p;
        }
        if (n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML && (!strcmp(name, "html") || !strcmp(name, "body"))) {
            if (at->length) { sep_space(b); bprintf(b, "%s[attrs]", name); }
            for (unsigned i = 0; i < k->length; i++) dump_gumbo(b, k->data[i]);
            return;
        }
        if (!strcmp(name, "head") && !k->length) { free(uname.p); return; }
        sep_space(b);
        if (n->v.element.tag_namespace == GUMBO_NAMESPACE_SVG) bputs(b, "svg:");
        if (n->v.element.tag_namespace == GUMBO_NAMESPACE_MATHML) bputs(b, "math:");
        bputs(b, name);
        if (at->length) {
            bputc(b, '[');
            for (unsigned i = 0; i < at->length; i++) {
                GumboAttribute *a = at->data[i];
                if (i) bputc(b, ' ');
                bputs(b, a->name);
                bputs(b, "=\""); esc(b, (const unsigned char *)a->value, strlen(a->value), 0); bputc(b, '"');
            }
            bputc(b, ']');
        }
        if (k->length) { bputc(b, '('); for (unsigned i = 0; i < k->length; i++) dump_gumbo(b, k->data[i]); bputc(b, ')'); }
        free(uname.p);
        return;
    }
    case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE:
        sep_space(b); bputc(b, '"'); esc(b, (const unsigned char *)n->v.text.text, strlen(n->v.text.text), 0); bputc(b, '"'); return;
    case GUMBO_NODE_CDATA:
        sep_space(b); bputs(b, "CDATA(\""); esc(b, (const unsigned char *)n->v.text.text, strlen(n->v.text.text), 0); bputs(b, "\")"); return;
    case GUMBO_NODE_COMMENT:
        sep_space(b); bputs(b, "!--(\""); esc(b, (const unsigned char *)n->v.text.text, strlen(n->v.text.text), 0); bputs(b, "\")"); return;
    }
}

/* ------------------------------------------------------------ tricky inputs */

typedef struct { const char *name; const char *s; size_t n; } Case;
#define C(name, lit) {name, lit, sizeof(lit) - 1}

static const Case CASES[] = {
    C("unclosed <p> run", "<p>a<p>b"),
    C("misnested inline", "<b><i>x</b>y</i>"),
    C("misnested inline across block", "<i>a<p>b</i>c</p>"),
    C("stray </div> and </p>", "a</div>b</p>c"),
    C("<p> closed by <div>, then </p>", "<p>hi <div>block</div> there</p>"),
    C("<ul> inside <p>", "<p>x<ul><li>y</ul>z</p>"),
    C("<li> without <ul>", "<li>one<li>two"),
    C("<p> inside <li>", "<ul><li><p>x<p>y<li>z</ul>"),
    C("headings not closed", "<h1>t<h2>u</h2>v"),
    C("<pre>: leading newline, tabs, &amp;lt;", "<pre>\n\tif (a &lt; b)\n\t\treturn;\n</pre>after"),
    C("link with parentheses", "<a href=\"https://x/a_(b)\">t</a>"),
    C("unclosed <a>", "<a href=\"https://x\">link<p>next para"),
    C("nested <a>", "<a href=\"1\">x<a href=\"2\">y</a>z"),
    C("unquoted attribute", "<a href=https://x/?a=1&b=2 rel=nofollow>t</a>"),
    C("entity-like text in attribute", "<a href=\"/?a=1&amp;b=2&lang=en&copy=3&not\">t</a>"),
    C("entities without ;", "&amp &copy 2020 &notit; &notin; AT&T &lt3 &gt"),
    C("HTML5-only named entities", "&apos; &bigstar; &NotEqualTilde; &caret; &check; &fjlig; &lbrace; &Tab;|&nbsp;|"),
    C("HTML 4 named entities", "&hellip; &rsquo; &ldquo; &mdash; &euro; &eacute;"),
    C("numeric entities", "&#x1F600; &#128512; &#0; &#x110000; &#xD800; &#150; &#x80; &#65 &#x41;"),
    C("bad & and #", "a & b &# &#x; &; &unknown; &#99999999999;"),
    C("<script>", "<script>if (a<b && c>d) x=\"</p>\";</script>after"),
    C("<style>", "<style>p{color:red}</style>after"),
    C("<textarea> / <title> RCDATA", "<textarea><b>x</b> &amp;</textarea><title>t<i>u</i></title>"),
    C("comment", "a<!-- x -->b"),
    C("unclosed comment", "a<!-- x"),
    C("odd comments", "a<!--->b<!---->c<!-- -- -->d"),
    C("NUL bytes", "a\0b<p>c\0d</p><b\0>e"),
    C("invalid UTF-8", "caf\xe9 \xff\xfe ok \xc3\xa9 \xed\xa0\x80 end"),
    C("CR and CRLF", "a\r\nb\rc<pre>\r\nd</pre>"),
    C("lone < in text", "a < b, 1<2, x <3 y, if a<b then"),
    C("<br> variants", "a<br>b<br/>c<br />d</br>e<BR>f"),
    C("<table> missing </td>", "<table><tr><td>a<td>b<tr><td>c</table>"),
    C("text directly in <table>", "<table>x<tr><td>y</td></tr></table>"),
    C("HTML5 elements in <p>", "<p>a<section>b</section>c<details><summary>s</summary>d</details>"),
    C("Discourse quote (aside)", "<aside class=\"quote\"><div class=\"title\">ann:</div><blockquote><p>q</p></blockquote></aside><p>reply</p>"),
    C("custom element", "<custom-tag data-x=1>x</custom-tag>"),
    C("leading plain text", "plain text <b>bold</b> tail"),
    C("leading whitespace + text", "  \n text"),
    C("uppercase tags, no-value attr", "<P CLASS=a>x<INPUT DISABLED>y</P>"),
    C("<svg> in body", "<svg><title>t</title><circle r=1/></svg>after"),
    C("<body>/<html> tags inside fragment", "a<body class=x>b</body>c</html>d"),
};
#define NCASES (sizeof CASES / sizeof CASES[0])

static int lx_err_count;
static void count_err(void *ctx, xmlErrorPtr e) { (void)ctx; (void)e; lx_err_count++; }

static void emit(int idx, const char *parser, Buf *tree, TextW *t, const char *extra) {
    Buf txt = {0};
    esc(&txt, (const unsigned char *)t->out.p, t->out.n, 1);
    printf("P\t%d\t%s\t%s\t%s\t%s\n", idx, parser, tree->p ? tree->p : "", txt.p ? txt.p : "", extra);
    free(txt.p);
}

/* the libxml2 options used in the tricky table: LX_OPTS without NOERROR/NOWARNING so errors can be counted */
#define LX_OPTS_COUNT (HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_COMPACT)

static void cmd_tricky(void) {
    xmlSetStructuredErrorFunc(NULL, count_err);
    printf("V\tlibxml2\t%s\n", LIBXML_DOTTED_VERSION);
    for (size_t i = 0; i < NCASES; i++) {
        const Case *c = &CASES[i];
        printf("I\t%zu\t%s\t", i + 1, c->name);
        for (size_t k = 0; k < c->n; k++) printf("%02x", (unsigned char)c->s[k]);
        printf("\n");
        char extra[64];
        /* gumbo, fragment in body */
        {
            GumboOptions o = kGumboDefaultOptions;
            o.fragment_context = GUMBO_TAG_BODY; o.fragment_namespace = GUMBO_NAMESPACE_HTML;
            GumboOutput *out = gumbo_parse_with_options(&o, c->s, c->n);
            Buf tree = {0}; TextW t = {0}; tw_reset(&t);
            dump_gumbo(&tree, out->document);
            walk_gumbo(out->document, &t);
            snprintf(extra, sizeof extra, "errors=%u", out->errors.length);
            emit((int)i + 1, "gumbo", &tree, &t, extra);
            gumbo_destroy_output(&o, out);
            free(tree.p); free(t.out.p);
        }
        /* gumbo, whole document */
        {
            GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, c->s, c->n);
            Buf tree = {0}; TextW t = {0}; tw_reset(&t);
            dump_gumbo(&tree, out->document);
            walk_gumbo(out->document, &t);
            snprintf(extra, sizeof extra, "errors=%u", out->errors.length);
            emit((int)i + 1, "gumbo-doc", &tree, &t, extra);
            gumbo_destroy_output(&kGumboDefaultOptions, out);
            free(tree.p); free(t.out.p);
        }
        /* libxml2, encoding UTF-8 given, and with no encoding */
        for (int noenc = 0; noenc < 2; noenc++) {
            lx_err_count = 0;
            htmlDocPtr d = htmlReadMemory(c->s, (int)c->n, NULL, noenc ? NULL : "UTF-8", LX_OPTS_COUNT);
            Buf tree = {0}; TextW t = {0}; tw_reset(&t);
            if (d) { dump_xml(&tree, d->children); walk_xml((xmlNodePtr)d, &t); }
            else bputs(&tree, "(no document)");
            snprintf(extra, sizeof extra, "errors=%d", lx_err_count);
            emit((int)i + 1, noenc ? "libxml2-noenc" : "libxml2", &tree, &t, extra);
            if (d) xmlFreeDoc(d);
            free(tree.p); free(t.out.p);
        }
    }
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/* ------------------------------------------------------------- deep nesting */

/* Each (input, parser) runs in a forked child under a 4 GiB address-space limit and a
 * 120 s CPU limit, so a blow-up is reported instead of taking the machine's memory. */
static void deep_child(const Buf *s, int v) {
    TextW t = {0}; tw_reset(&t); t.mark = "deep";
    static const char *names[] = {"libxml2 htmlReadMemory", "libxml2 + XML_PARSE_HUGE", "gumbo fragment(body)", "gumbo fragment max_errors=0"};
    char note[160] = "";
    double w0 = now(CLOCK_MONOTONIC), w1;
    if (v < 2) {
        lx_err_count = 0;
        xmlSetStructuredErrorFunc(NULL, count_err);
        htmlDocPtr d = htmlReadMemory(s->p, (int)s->n, NULL, "UTF-8", LX_OPTS_COUNT | (v == 1 ? XML_PARSE_HUGE : 0));
        xmlSetStructuredErrorFunc(NULL, NULL);
        w1 = now(CLOCK_MONOTONIC);
        walk_xml((xmlNodePtr)d, &t);
        xmlFreeDoc(d);
        snprintf(note, sizeof note, "errors=%d", lx_err_count);
    } else {
        GumboOptions o = kGumboDefaultOptions;
        o.fragment_context = GUMBO_TAG_BODY; o.fragment_namespace = GUMBO_NAMESPACE_HTML;
        if (v == 3) o.max_errors = 0;
        GumboOutput *out = gumbo_parse_with_options(&o, s->p, s->n);
        w1 = now(CLOCK_MONOTONIC);
        walk_gumbo(out->document, &t);
        snprintf(note, sizeof note, "errors=%u", out->errors.length);
        gumbo_destroy_output(&o, out);
    }
    double w = now(CLOCK_MONOTONIC) - w0;
    Buf txt = {0};
    esc(&txt, (const unsigned char *)t.out.p, t.out.n, 1);
    printf("  %-28s parse %.3f s, total %.3f s, %s, max element depth %d, 'deep' at depth %d, text: %s", names[v], w1 - w0, w,
           note, t.maxdepth, t.mark_depth, txt.p ? txt.p : "(none)");
    fflush(stdout);
}

static void cmd_deep(int N) {
    for (int closed = 0; closed < 2; closed++) {
        Buf s = {0};
        bputs(&s, "before");
        for (int i = 0; i < N; i++) bputs(&s, "<div>");
        bputs(&s, "deep");
        if (closed) for (int i = 0; i < N; i++) bputs(&s, "</div>");
        bputs(&s, "after");
        printf("N=%d %s: %zu bytes\n", N, closed ? "before <div>*N deep </div>*N after" : "before <div>*N deep after (never closed)", s.n);
        for (int v = 0; v < 4; v++) {
            fflush(stdout);
            double w0 = now(CLOCK_MONOTONIC);
            pid_t pid = fork();
            if (pid == 0) {
                struct rlimit as = {4UL << 30, 4UL << 30}, cpu = {120, 120};
                setrlimit(RLIMIT_AS, &as); setrlimit(RLIMIT_CPU, &cpu);
                deep_child(&s, v);
                _exit(0);
            }
            int st; struct rusage ru;
            wait4(pid, &st, 0, &ru);
            double w = now(CLOCK_MONOTONIC) - w0;
            if (WIFSIGNALED(st)) printf("  %s: child killed by signal %d (%s) after %.1f s", v < 2 ? "libxml2" : "gumbo", WTERMSIG(st), strsignal(WTERMSIG(st)), w);
            printf(" [peak RSS %.1f MB]\n", ru.ru_maxrss / 1024.0);
        }
        free(s.p);
    }
}

/* ------------------------------------------------------ texts of the corpus */

static void cmd_texts(const char *path, const char *outdir) {
    Bodies B = load_bodies(path);
    struct { const char *file; size_t (*fn)(const char *, size_t, TextW *); } V[] = {
        {"gumbo.txt", p_gumbo_frag}, {"libxml2.txt", p_lx_read}, {"libxml2-noenc.txt", p_lx_memctxt}};
    for (size_t v = 0; v < 6; v++) {
        int marks = v >= 3;
        char fn[4096]; snprintf(fn, sizeof fn, "%s/%s%s", outdir, marks ? "marked-" : "", V[v % 3].file);
        FILE *f = fopen(fn, "wb"); if (!f) { perror(fn); exit(1); }
        TextW t = {0};
        for (size_t i = 0; i < B.count; i++) {
            tw_reset(&t);
            t.marks = marks;
            V[v % 3].fn(B.s[i], B.n[i], &t);
            Buf e = {0}; esc(&e, (const unsigned char *)t.out.p, t.out.n, 1);
            if (e.n) fwrite(e.p, 1, e.n, f);
            fputc(0, f);
            free(e.p);
        }
        fclose(f);
    }
    printf("wrote %zu texts per parser (plain and with inline marks) to %s\n", B.count, outdir);
}

int main(int argc, char **argv) {
    xmlInitParser();
    LIBXML_TEST_VERSION
    if (argc >= 3 && !strcmp(argv[1], "bench")) cmd_bench(argv[2], argc > 3 ? atof(argv[3]) : 1.0);
    else if (argc >= 3 && !strcmp(argv[1], "page")) cmd_page(argv[2], argc > 3 ? atof(argv[3]) : 20.0);
    else if (argc >= 2 && !strcmp(argv[1], "tricky")) cmd_tricky();
    else if (argc >= 3 && !strcmp(argv[1], "deep")) cmd_deep(atoi(argv[2]));
    else if (argc >= 4 && !strcmp(argv[1], "texts")) cmd_texts(argv[2], argv[3]);
    else { fprintf(stderr, "usage: %s bench|page BODIES [n] | tricky | deep N | texts BODIES OUTDIR\n", argv[0]); return 2; }
    if (lx_shared_ctxt) htmlFreeParserCtxt(lx_shared_ctxt);
    xmlCleanupParser();
    return 0;
}
