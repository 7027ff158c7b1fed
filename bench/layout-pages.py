#!/usr/bin/env python3
"""layout-pages.py FILE FIRST LAST REPS OUT: a large page of FILE's layout for layout-pages.sh. Lines FIRST..LAST-1
(1-based: its comments) are repeated REPS times, each repetition's words of four or more small letters spelt with its own
permutation of the alphabet, so that no comment repeats another (a page of copies would be all quotations); words on three or
more short lines of the page (its layout's words: "reply", "points") stay as they are."""
import sys, random, re, collections
path, first, last, reps, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
lines = open(path, encoding='utf-8').read().split('\n')
counts = collections.Counter()
for l in lines:
    if len(l) <= 80:
        for w in set(re.findall(r'[a-z]+', l)): counts[w] += 1
keep = {w for w, n in counts.items() if n >= 3}
word = re.compile(r'(?<![A-Za-z0-9_@./-])[a-z]{4,}(?![A-Za-z0-9_@])')
head, body, tail = lines[:first-1], lines[first-1:last-1], lines[last-1:]
res = list(head)
abc = 'abcdefghijklmnopqrstuvwxyz'
for i in range(reps):
    if i == 0:
        res += body; continue
    p = list(abc); random.Random(i).shuffle(p); table = str.maketrans(abc, ''.join(p))
    res += [word.sub(lambda m: m.group(0) if m.group(0) in keep else m.group(0).translate(table), l) for l in body]
res += tail
open(out, 'w', encoding='utf-8').write('\n'.join(res))
