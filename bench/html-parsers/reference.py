#!/usr/bin/env python3
"""HTML5 reference for compare.c: html5lib (python3-html5lib, Debian), an
implementation of the WHATWG parsing algorithm, parses the same inputs; its
tree and text are written in exactly the format compare.c uses, so the three
can be compared character by character.  html5lib is only the yardstick here,
not a candidate.

  reference.py tricky TSV            markdown tables for REPORT.md (TSV from `compare tricky`)
  reference.py corpus BODIES TEXTDIR agreement of each parser's text with html5lib's
                                     on every fixture body (TEXTDIR from `compare texts`)

Inputs given as bytes are decoded as UTF-8 with U+FFFD for invalid sequences,
which is what a browser does with a page served as UTF-8.
"""
import sys
import html5lib

SEP, BRK = "\x1e", "\x1f"
WS = " \t\n\r\f"
BLOCKS = set("""address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li listing main menu nav ol p plaintext
pre section summary table tbody td tfoot th thead tr ul""".split())
SKIP = {"script", "style", "template"}
PRE = {"pre", "listing", "textarea"}
INLINE = {"a": "a", "b": "b", "strong": "b", "i": "i", "em": "i", "code": "code"}
SVG_NS, MATH_NS = "http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML"
VISIBLE_ESC = {0xA0, 0xAD, 0xFFFD, 0xFEFF, 0x2028, 0x2029} | set(range(0x80, 0xA0)) | set(range(0x200B, 0x2010))


def esc(s, mode):
    """Same escaping as compare.c esc(): mode 0 tree string, mode 1 text column, 2 input (no quote escaping)."""
    out = []
    for ch in s:
        c = ord(ch)
        if mode == 1 and ch == SEP:
            out.append("|")
        elif mode == 1 and ch == BRK:
            out.append("\u21b5")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif c < 0x20 or c == 0x7F:
            out.append("\\x%02X" % c)
        elif mode == 0 and ch in '"\\':
            out.append("\\" + ch)
        elif mode == 1 and ch == "|":
            out.append("\\x7C")
        elif c in VISIBLE_ESC:
            out.append("\\u%04X" % c)
        elif 0xDC80 <= c <= 0xDCFF:  # undecodable input byte (surrogateescape)
            out.append("\\x%02X" % (c - 0xDC00))
        else:
            out.append(ch)
    return "".join(out)


def name_of(el):
    return el.localName or el.tagName


class TextW:
    """Mirror of compare.c's TextW."""

    def __init__(self, marks=False):
        self.out, self.pending, self.pre, self.skip, self.marks = [], True, 0, 0, marks

    def _rstrip(self):
        while self.out and self.out[-1] in WS:
            self.out.pop()

    def chars(self, s):
        if self.skip:
            return
        if self.pending:
            if not self.pre:
                s = s.lstrip(WS)
                if not s:
                    return
            self._rstrip()
            if self.out and self.out[-1] != SEP:
                self.out.append(SEP)
            self.pending = False
        self.out.extend(s)

    def mark(self, m, close):
        if self.skip:
            return
        if self.pending:
            self._rstrip()
            if self.out and self.out[-1] != SEP:
                self.out.append(SEP)
            self.pending = False
        self.out.extend(("{/%s}" if close else "{%s}") % m)

    def enter(self, n):
        if self.marks and n in INLINE:
            self.mark(INLINE[n], False)
            return
        if n in SKIP:
            self.skip += 1
            return
        if n == "br":
            if not self.skip:
                self.out.append(BRK)
            return
        if n in BLOCKS:
            self.pending = True
        if n in PRE:
            self.pre += 1

    def leave(self, n):
        if self.marks and n in INLINE:
            self.mark(INLINE[n], True)
            return
        if n in SKIP:
            self.skip -= 1
            return
        if n in BLOCKS:
            self.pending = True
        if n in PRE:
            self.pre -= 1

    def text(self):
        self._rstrip()
        return "".join(self.out)


def walk(node, tw):
    for c in node.childNodes:
        if c.nodeType == c.ELEMENT_NODE:
            n = name_of(c)
            tw.enter(n)
            walk(c, tw)
            tw.leave(n)
        elif c.nodeType in (c.TEXT_NODE, c.CDATA_SECTION_NODE):
            tw.chars(c.data)


def dump(node, parts):
    for c in node.childNodes:
        if c.nodeType == c.ELEMENT_NODE:
            n = name_of(c)
            ns = c.namespaceURI
            if ns in (None, "http://www.w3.org/1999/xhtml") and n in ("html", "body"):
                if c.attributes.length:
                    parts.append("%s[attrs]" % n)
                dump(c, parts)
                continue
            if n == "head" and not c.childNodes:
                continue
            s = ("svg:" if ns == SVG_NS else "math:" if ns == MATH_NS else "") + esc(n, 0)
            if c.attributes.length:
                s += "[" + " ".join('%s="%s"' % (k, esc(v, 0)) for k, v in c.attributes.items()) + "]"
            if c.childNodes:
                sub = []
                dump(c, sub)
                s += "(" + " ".join(sub) + ")"
            parts.append(s)
        elif c.nodeType == c.TEXT_NODE:
            parts.append('"%s"' % esc(c.data, 0))
        elif c.nodeType == c.COMMENT_NODE:
            parts.append('!--("%s")' % esc(c.data, 0))
        elif c.nodeType == c.DOCUMENT_TYPE_NODE:
            parts.append("!DOCTYPE")


def parse(raw):
    frag = html5lib.parseFragment(raw.decode("utf-8", "replace"), container="body", treebuilder="dom")
    # html5lib's dom builder leaves adjacent text nodes apart; the spec (and a browser) appends
    # to the previous Text node, so merge them
    frag.normalize()
    return frag


def ref(raw, marks=False):
    frag = parse(raw)
    parts = []
    dump(frag, parts)
    tw = TextW(marks)
    walk(frag, tw)
    return " ".join(parts), esc(tw.text(), 1)


def md(s):
    s = s.replace("|", "\\|").replace("`", "\\x60")
    return "`%s`" % s if s else "*(empty)*"


def tricky(tsv):
    cases, rows, version = [], {}, {}
    for line in open(tsv, encoding="utf-8", errors="surrogateescape"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "V":
            version[f[1]] = f[2]
        elif f[0] == "I":
            cases.append((int(f[1]), f[2], bytes.fromhex(f[3])))
        elif f[0] == "P":
            rows[(int(f[1]), f[2])] = (f[3], f[4], f[5])
    results = []
    for idx, name, raw in cases:
        results.append((idx, name, raw, ref(raw)))
    lx = "libxml2 " + version.get("libxml2", "")
    print("| # | case | input | html5lib %s (HTML5 reference) text | gumbo 0.10.1 text | %s text | gumbo tree = ref | libxml2 tree = ref |" % (html5lib.__version__, lx))
    print("|---|---|---|---|---|---|---|---|")
    score = {"gumbo": [0, 0], "libxml2": [0, 0], "libxml2-noenc": [0, 0]}
    for idx, name, raw, (rtree, rtext) in results:
        cells = []
        for p in ("gumbo", "libxml2"):
            tree, text, _ = rows[(idx, p)]
            cells.append(("✓ " if text == rtext else "✗ ") + md(text))
        marks = []
        for p in ("gumbo", "libxml2", "libxml2-noenc"):
            tree, text, _ = rows[(idx, p)]
            score[p][0] += tree == rtree
            score[p][1] += text == rtext
            if p != "libxml2-noenc":
                marks.append("yes" if tree == rtree else "**no**")
        inp = esc(raw.decode("utf-8", "surrogateescape"), 2)
        print("| %d | %s | %s | %s | %s | %s | %s | %s |" % (idx, name.replace("|", "\\|").replace("<", "&lt;"), md(inp), md(rtext), cells[0], cells[1], marks[0], marks[1]))
    n = len(results)
    print()
    for p, (t, x) in score.items():
        print("- %s: tree identical to html5lib's in %d of %d cases, text identical in %d of %d" % (p, t, n, x, n))
    print()
    print("Trees (`tag[attrs](children)`, text in quotes; implied html/body are not shown, a non-empty head is;")
    print("`gumbo doc` = gumbo_parse on the whole input, shown only where it differs from the fragment parse;")
    print("`libxml2*` = htmlReadMemory with no encoding argument, shown only where it differs):")
    print()
    print("```")
    for idx, name, raw, (rtree, rtext) in results:
        print("#%d %s" % (idx, name))
        print("  input     %s" % esc(raw.decode("utf-8", "surrogateescape"), 2))
        print("  html5lib  %s" % rtree)
        g = rows[(idx, "gumbo")]
        print("  gumbo     %s   (%s)" % (g[0], g[2]))
        gd = rows[(idx, "gumbo-doc")]
        if gd[0] != g[0]:
            print("  gumbo doc %s" % gd[0])
        l = rows[(idx, "libxml2")]
        print("  libxml2   %s   (%s)" % (l[0], l[2]))
        ln = rows[(idx, "libxml2-noenc")]
        if ln[0] != l[0]:
            print("  libxml2*  %s" % ln[0])
    print("```")


def corpus(bodies_path, textdir):
    bodies = open(bodies_path, "rb").read().split(b"\0")
    print("bodies: %d" % len(bodies))
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 12
    for marks in (False, True):
        pre = "marked-" if marks else ""
        print("-- %s" % ("text with inline marks {a} {b} {i} {code}" if marks else "plain text (blocks as |, <br> as a return sign)"))
        texts = {}
        for p in ("gumbo", "libxml2", "libxml2-noenc"):
            texts[p] = open("%s/%s%s.txt" % (textdir, pre, p), "rb").read().split(b"\0")[: len(bodies)]
        refs = [ref(b, marks)[1].encode("utf-8") for b in bodies]
        for p in texts:
            same = sum(1 for a, b in zip(refs, texts[p]) if a == b)
            print("%-14s identical to html5lib's: %d of %d bodies (%.1f%%)" % (p, same, len(bodies), 100.0 * same / len(bodies)))
        for p in ("gumbo", "libxml2"):
            shown = 0
            for i, (a, b) in enumerate(zip(refs, texts[p])):
                if a == b or shown >= limit:
                    continue
                shown += 1
                k = 0
                while k < min(len(a), len(b)) and a[k] == b[k]:
                    k += 1
                lo = max(0, k - 50)
                print("--- %s differs, body %d at byte %d" % (p, i, k))
                print("    html5lib: %r" % a[lo:k + 70].decode("utf-8", "replace"))
                print("    %-8s: %r" % (p, b[lo:k + 70].decode("utf-8", "replace")))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "tricky":
        tricky(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "corpus":
        corpus(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
