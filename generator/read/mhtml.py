"""A page saved as one file (Chrome's "Webpage, Single File", .mhtml/.mht): a MIME
message holding the page's HTML, the pages of its frames and its images. The page's
HTML part is read as a saved page; when it shows its text in a frame (a blog's post),
the frame's part is.

The message's own Date header is when the page was saved, never the article's date.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from generator.errors import InputError, first_readable
from generator.model import RawDoc
from generator.read.decode import decode
from generator.read.html import read_html


def read_mhtml(text: str, source: str, sha256: str) -> RawDoc:
    message = email.message_from_string(text, policy=email.policy.default)
    parts = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if not parts:
        raise InputError("no-text", "no HTML page inside the saved single-file page (.mhtml)")
    # The browser saves the page of each frame as a part of its own, after the page's.
    page = first_readable(lambda part: _read_part(part, source, sha256), parts)
    saved_from = message.get("Snapshot-Content-Location") or parts[0].get("Content-Location")
    return page.saved_from(str(saved_from).strip() if saved_from else None)


def _read_part(part: EmailMessage, source: str, sha256: str) -> RawDoc:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data.strip():
        raise InputError("no-text", "the page inside the saved single-file page (.mhtml) is empty")
    charset = part.get_content_charset()
    try:
        html = data.decode(charset) if charset else decode(data)[0]
    except (LookupError, UnicodeDecodeError):
        html = decode(data)[0]
    return read_html(html, source, sha256)
