"""Bytes to text. Korean pages arrive as UTF-8, UTF-8 with a BOM, or CP949/EUC-KR, and now
and then as UTF-16 (Windows Notepad's "유니코드"), with or without its byte-order mark."""

from __future__ import annotations

import codecs

import charset_normalizer

from generator.errors import InputError

# A text file has no NUL bytes and few C0 controls; a saved page in a legacy
# encoding still satisfies both, so this separates "binary" from "odd encoding".
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_PROBE = 8192
CHAOS_MAX = 0.2  # charset-normalizer's measure of how garbled a decoding reads
UTF16_SIDE = 4  # NULs on one side of the byte pairs at least this many times those on the other


def looks_binary(data: bytes | str) -> bool:
    """NUL or many control characters; of decoded text (UTF-16's), as of bytes."""
    if isinstance(data, str):
        data = data[:_PROBE].encode("latin-1", "replace")  # one byte a character: controls stay controls
    head = data[:_PROBE]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C: a loop here was 5 % of an article's work
    return bool(head) and controls / len(head) > 0.05


def _maybe_utf16(data: bytes) -> bool:
    """A byte-order mark, or NUL bytes mostly on one side of the byte pairs: the zero halves
    of the ASCII characters (spaces, line ends, digits) in UTF-16, which a binary file's NULs
    do not keep to. (A few fall on the other side: 저 is U+C800.)"""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    head = data[:_PROBE]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return len(data) % 2 == 0 and max(even, odd) >= UTF16_SIDE * max(1, min(even, odd))


def cut_padding(data: bytes) -> tuple[bytes, int]:
    """The bytes before a run of NULs that ends the file, and how many NULs there were, when
    no other NUL is in it: what a save cut short by a crash or a power loss (the file's length
    written, its last blocks not), or a copy padded out to a block, leaves behind. UTF-16 is
    left as it is: its characters end in NUL."""
    text = data.rstrip(b"\x00")
    if len(text) == len(data) or not text or b"\x00" in text or _maybe_utf16(text):
        return data, 0
    return text, len(data) - len(text)


MIXED = "utf-8 and cp949"  # the encoding name of a text whose lines are in one or the other


def _by_line(data: bytes) -> str | None:
    """A text put together from a UTF-8 file and a CP949 one (a note appended by an older Windows
    tool): each line decodes in one of the two, the whole in neither, and it was refused."""
    lines = []
    for line in data.removeprefix(codecs.BOM_UTF8).split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp949"))
            except UnicodeDecodeError:
                return None
    return "\n".join(lines)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises InputError when no encoding fits."""
    if _maybe_utf16(data):
        # charset-normalizer, held to UTF-16, turns down bytes that only happen to start as
        # a mark does (random bytes decode as UTF-16 without error, into nonsense).
        best = charset_normalizer.from_bytes(data, cp_isolation=["utf_16", "utf_16_le", "utf_16_be"]).best()
        if best is not None and best.encoding is not None and best.chaos <= CHAOS_MAX:
            text = str(best)
            if not looks_binary(text):
                return text, best.encoding
    if looks_binary(data):
        raise InputError("binary", "binary file, not text (NUL or control bytes)")
    # UTF-8 first: it is what almost every input is, and a strict decode of
    # anything else fails fast. CP949 is a superset of EUC-KR, so one try covers both.
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    mixed = _by_line(data)
    if mixed is not None:
        return mixed, MIXED
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None or best.chaos > CHAOS_MAX:
        raise InputError(
            "undecodable",
            "cannot decode the text: not UTF-8 or CP949/EUC-KR, and no other encoding fits",
        )
    return str(best), best.encoding
