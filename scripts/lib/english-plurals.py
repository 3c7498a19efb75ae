#!/usr/bin/env python3
"""Fills the English plural forms lupdate leaves empty in careleaf_en.ts: the source writes
"%n procedure(s)" or "%n match(es)"; the singular drops the bracket, the plural keeps its letters.
Other languages' files are left alone (their plurals are a translator's work)."""
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
if 'language="en' not in text[:400]:
    sys.exit(0)


def fill(message):
    body = message.group(0)
    if 'numerus="yes"' not in body or 'type="unfinished"' not in body:
        return body
    source = re.search(r"<source>(.*?)</source>", body, re.S).group(1)
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return re.sub(r'<translation type="unfinished">.*?</translation>',
                  "<translation>\n            <numerusform>%s</numerusform>\n"
                  "            <numerusform>%s</numerusform>\n        </translation>" % (singular, plural),
                  body, flags=re.S)


text = re.sub(r"<message numerus=\"yes\">.*?</message>", fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
