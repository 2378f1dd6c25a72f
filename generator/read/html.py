"""A saved web page. trafilatura finds the main text and the page's stated metadata."""

from __future__ import annotations

from generator.errors import InputError
from generator.model import RawDoc

# htmldate's extensive search guesses dates from URLs and free text; we only
# accept a date the page states in its metadata, so it stays off.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(text: str, source: str, sha256: str) -> RawDoc:
    # Imported here: it takes a third of a second, and most runs read no HTML (or
    # none that changed: cached articles are not read again).
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError("no-text", "no article text found in the HTML page")
    meta: dict[str, object] = {}
    if doc.title:
        meta["title"] = doc.title
    if doc.date:
        meta["date"] = doc.date
    if doc.sitename:
        meta["outlet"] = doc.sitename
    if doc.author:
        meta["reporters"] = [a.strip() for a in doc.author.split(";") if a.strip()]
    # The extracted text keeps the headline out; put it back on top so the same
    # text rules (headline, deck, byline) apply as for a copied page.
    body = doc.text
    if doc.title and not body.lstrip().startswith(doc.title):
        body = f"{doc.title}\n\n{body}"
    return RawDoc(source=source, fmt="html", text=body, sha256=sha256, meta=meta)
