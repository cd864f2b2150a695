#!/usr/bin/env python3
"""Writes locales/<lang>/shell.ftl into trunk's staging dist: the messages of the first load
(listed in locales/shell.txt) out of each locale's main.ftl. Run by trunk as a post_build hook;
`shell.py SRC_LOCALES OUT_LOCALES` runs it by hand."""
import os
import re
import sys

ENTRY = re.compile(r"^(-?[A-Za-z][\w-]*)\s*=")


def wanted(list_path):
    sections, ids = set(), set()
    with open(list_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("## "):
                sections.add(line[3:].strip())
            elif line and not line.startswith("#"):
                ids.add(line)
    return sections, ids


def shell(source, sections, ids):
    """The entries of `source` in `sections` or named in `ids`, plus every term."""
    out, section, keep = [], None, False
    for line in source.splitlines():
        if line.startswith("## "):
            section, keep = line[3:].strip(), False
            continue
        # Entries and comments start in column 0; so may a placeable's closing brace.
        top_level = line[:1].isalpha() or line[:1] in "-#"
        if top_level:
            m = ENTRY.match(line)
            keep = bool(m) and (
                section in sections or m.group(1) in ids or m.group(1).startswith("-")
            )
        if keep and (line.strip() or out):
            out.append(line)
    return "\n".join(out).rstrip() + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if len(sys.argv) == 3:
        src_dir, out_dir = sys.argv[1], sys.argv[2]
    else:
        staging = os.environ.get("TRUNK_STAGING_DIR")
        if not staging:
            sys.exit("shell.py: run by trunk (TRUNK_STAGING_DIR) or as shell.py SRC OUT")
        src_dir, out_dir = os.path.join(root, "locales"), os.path.join(staging, "locales")
    sections, ids = wanted(os.path.join(root, "locales", "shell.txt"))
    for lang in sorted(os.listdir(src_dir)):
        main_ftl = os.path.join(src_dir, lang, "main.ftl")
        if not os.path.isfile(main_ftl):
            continue
        with open(main_ftl, encoding="utf-8") as f:
            text = shell(f.read(), sections, ids)
        os.makedirs(os.path.join(out_dir, lang), exist_ok=True)
        with open(os.path.join(out_dir, lang, "shell.ftl"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
