"""Bytes to text. Korean pages arrive as UTF-8, UTF-8 with a BOM, or CP949/EUC-KR."""

from __future__ import annotations

import charset_normalizer

from generator.errors import InputError

# A text file has no NUL bytes and few C0 controls; a saved page in a legacy
# encoding still satisfies both, so this separates "binary" from "odd encoding".
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_PROBE = 8192


def looks_binary(data: bytes) -> bool:
    head = data[:_PROBE]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C: a loop here was 5 % of an article's work
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises InputError when no encoding fits."""
    if looks_binary(data):
        raise InputError("binary", "binary file, not text (NUL or control bytes)")
    # UTF-8 first: it is what almost every input is, and a strict decode of
    # anything else fails fast. CP949 is a superset of EUC-KR, so one try covers both.
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None or best.chaos > 0.2:
        raise InputError(
            "undecodable",
            "cannot decode the text: not UTF-8 or CP949/EUC-KR, and no other encoding fits",
        )
    return str(best), best.encoding
