#!/usr/bin/env python3
"""strip.py IN.wasm OUT.wasm: the widget binary without the linker's relocation sections.

`.cargo/config.toml` links every wasm with `--emit-relocs` for the app's splitter, which drops
those sections from the app; the widget build has nothing to split, and wasm-bindgen and wasm-opt
keep custom sections, so without this they would travel to every partner page (megabytes).
It also refuses a widget binary with split-point exports (`__wasm_split_00<name>00_export_…`):
they keep the shop's pages alive (`#[no_mangle]` exports survive LTO), so every split point
must be left out of the widget build (the `shop` feature, Cargo.toml)."""
import sys

SPLIT_EXPORT = b"__wasm_split_"
DROPPED_CUSTOM = (b"linking", b"reloc.", b"__wasm_split")


def leb(data, i):
    value, shift = 0, 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def uleb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def split_exports(body):
    count, i = leb(body, 0)
    found = []
    for _ in range(count):
        n, i = leb(body, i)
        name = body[i : i + n]
        i += n + 1  # name, kind
        _, i = leb(body, i)  # index
        if name.startswith(SPLIT_EXPORT):
            found.append(name.decode("utf-8", "replace"))
    return found


def main():
    src, dst = sys.argv[1], sys.argv[2]
    data = open(src, "rb").read()
    if data[:4] != b"\0asm":
        sys.exit(f"strip.py: {src} is not a wasm module")
    out = bytearray(data[:8])
    i, dropped = 8, 0
    while i < len(data):
        sid = data[i]
        size, body_at = leb(data, i + 1)
        body = data[body_at : body_at + size]
        i = body_at + size
        if sid == 0:
            n, j = leb(body, 0)
            if body[j : j + n].startswith(DROPPED_CUSTOM):
                dropped += 1
                continue
        if sid == 7 and split_exports(body):
            sys.exit(
                "strip.py: the widget binary has split points, which keep the shop's pages in it "
                f"(leave them out without the `shop` feature): {split_exports(body)}"
            )
        out += bytes([sid]) + uleb(len(body)) + body
    open(dst, "wb").write(out)
    print(f"[embed] dropped {dropped} linker sections: {len(data)} -> {len(out)} bytes",
          file=sys.stderr)


if __name__ == "__main__":
    main()
