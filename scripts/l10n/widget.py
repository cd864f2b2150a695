#!/usr/bin/env python3
"""Writes locales/<lang>/widget.ftl into trunk's staging dist of the widget build (embed.html):
the partner widgets' messages (listed in locales/widget.txt) out of each locale's main.ftl.
Run by trunk as a post_build hook of Trunk.embed.toml; `widget.py SRC_LOCALES OUT_LOCALES`
runs it by hand. The cutting is shell.py's."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shell import shell, wanted  # noqa: E402


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if len(sys.argv) == 3:
        src_dir, out_dir = sys.argv[1], sys.argv[2]
    else:
        staging = os.environ.get("TRUNK_STAGING_DIR")
        if not staging:
            sys.exit("widget.py: run by trunk (TRUNK_STAGING_DIR) or as widget.py SRC OUT")
        src_dir, out_dir = os.path.join(root, "locales"), os.path.join(staging, "locales")
    sections, ids = wanted(os.path.join(root, "locales", "widget.txt"))
    for lang in sorted(os.listdir(src_dir)):
        main_ftl = os.path.join(src_dir, lang, "main.ftl")
        if not os.path.isfile(main_ftl):
            continue
        with open(main_ftl, encoding="utf-8") as f:
            text = shell(f.read(), sections, ids)
        os.makedirs(os.path.join(out_dir, lang), exist_ok=True)
        with open(os.path.join(out_dir, lang, "widget.ftl"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
