"""The search index splits Korean text into chunks, so that a query downloads only its own word's part.

Pagefind 1.5 put every Hangul word into one chunk (4.3 MB at 10,000 articles,
downloaded by every Korean query); this guards the version we pin against that.
"""

from __future__ import annotations

import gzip
import random
import re
import subprocess
import sys
from pathlib import Path

SYLLABLES = [chr(c) for c in range(ord("가"), ord("힣") + 1, 97)]  # a spread of Hangul syllables


def test_hangul_words_are_spread_over_many_index_chunks(tmp_path: Path) -> None:
    rng = random.Random(7)
    for n in range(400):
        words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5))) for _ in range(120)]
        words[0] = f"‘{words[0]}’"  # quoted names, as news text has them
        words[1] = f"“{words[1]}”"
        page = f'<!DOCTYPE html><html lang="ko"><body><main data-pagefind-body><h1>기사 {n}</h1><p>{" ".join(words)}</p></main></body></html>'
        (tmp_path / f"{n}.html").write_text(page, "utf-8")
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(tmp_path), "--force-language", "ko", "--silent"], check=True)
    chunks = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in (tmp_path / "pagefind" / "index").glob("*.pf_index")]
    with_hangul = [c for c in chunks if re.search(r"[가-힣]{2,}", c)]
    assert len(with_hangul) >= 5
    largest = max(len(c) for c in with_hangul)
    assert largest < sum(len(c) for c in with_hangul) / 4  # no chunk holds most of the vocabulary
