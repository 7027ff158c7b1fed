#!/usr/bin/env python3
"""Collect the HTML comment bodies of the fixtures into one file, NUL-separated.

Usage: extract.py OUT_FILE
Sources:
  /work/shared/corpus/structured/{hn,discourse,lobsters}/*.json
  /work/shared/corpus/structured/disqus/*.xml          (<post><message> CDATA)
  <repo>/Tests/Fixtures/structured/*.json, *.jsonl, *.xml
Fields taken (string values, JSON-decoded, at any depth):
  HN: "text" (API/Algolia), "content" (circumflex dumps)
  Discourse: "cooked"   Lobsters: "comment", "description"
Empty bodies are skipped. A body never contains NUL here (checked).
"""
import glob, json, os, sys, collections
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("SKEIN_CORPUS", "/work/shared/corpus/structured")
KEYS = {"text", "content", "cooked", "comment", "description"}
DSQ = "{http://disqus.com}"

def walk(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in KEYS and isinstance(v, str):
                out.append(v)
            else:
                walk(v, out)
    elif isinstance(o, list):
        for v in o:
            walk(v, out)

def from_json(path):
    out = []
    if path.endswith(".jsonl"):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                walk(json.loads(line), out)
    else:
        walk(json.load(open(path, encoding="utf-8")), out)
    return out

def from_disqus(path):
    root = ET.parse(path).getroot()
    if root.tag != DSQ + "disqus":
        return []
    return [m.text or "" for p in root.iter(DSQ + "post") for m in p.findall(DSQ + "message")]

def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "bodies.bin")
    files = []
    for d in ("hn", "discourse", "lobsters"):
        files += sorted(glob.glob(os.path.join(SHARED, d, "*.json")))
    files += sorted(glob.glob(os.path.join(SHARED, "disqus", "*.xml")))
    fx = os.path.join(REPO, "Tests", "Fixtures", "structured")
    files += sorted(glob.glob(os.path.join(fx, "*.json")) + glob.glob(os.path.join(fx, "*.jsonl"))
                    + glob.glob(os.path.join(fx, "*.xml")))
    per = collections.OrderedDict()
    bodies = []
    for f in files:
        got = from_disqus(f) if f.endswith(".xml") else from_json(f)
        got = [b for b in got if b]
        for b in got:
            assert "\0" not in b, f
        per[f] = (len(got), sum(len(b.encode("utf-8")) for b in got))
        bodies += got
    with open(out_path, "wb") as fh:
        fh.write(b"\0".join(b.encode("utf-8") for b in bodies))
    for f, (n, nb) in per.items():
        print(f"{n:6d} bodies {nb:9d} bytes  {os.path.relpath(f, '/work')}")
    total = sum(len(b.encode("utf-8")) for b in bodies)
    print(f"{len(bodies):6d} bodies {total:9d} bytes  TOTAL -> {out_path}")

if __name__ == "__main__":
    main()
