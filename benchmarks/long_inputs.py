"""Reading, cleaning and enriching one very long input; print the times and how they grow.

    python benchmarks/long_inputs.py [LINES...]      (default: 10000 40000 160000)

A file under the size limit can still hold a hundred thousand lines: a whole
site saved as text, a feed export, a list of photo credits. Each rule of the
clean stage must stay linear in the number of lines: a rule that looked ahead
from every line (is there prose after this credit?) once made 16,000 lines
take 12 s and 200,000 lines never finish. The first half of the text mixes
prose, credit lines that start with the copyright mark, related-story
headings and short lines; the second half is such lines without any prose
(a page's long footer of links and credits), the worst case for looking ahead.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.compose import compose  # noqa: E402
from generator.enrich import Enricher  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.read import parse_bytes  # noqa: E402
from generator.registry import load as load_registry  # noqa: E402

PROSE = "보스턴 바이오 클러스터에 국내 기업 {n}곳이 진출했다고 업계 관계자가 밝혔다."
FILLER = ("ⓒ 뉴스1", "[관련기사]", "짧은 줄 {n}", "목록 제목 {n}")


def text(lines: int) -> str:
    out = ["보스턴 바이오 진출 현황"]
    for n in range(lines // 10):
        out.append(PROSE.format(n=n))
        out.extend(line.format(n=n) for line in FILLER)
    for n in range(lines // 10):
        out.extend(line.format(n=n) for line in (*FILLER, FILLER[0]))
    return "\n".join(out) + "\n"


# For the enrich stage: sentences that name people with titles, institutions, places and days,
# each its own paragraph, or all in one paragraph (a copy that lost its line breaks). A lookup
# of a line's mentions per line, per sentence or per person once made 16,000 paragraphs take 93 s.
NAMED = "원희목 한국제약바이오협회 회장은 {n}일 미국 보스턴에서 MIT 관계자와 만나 협력 방안을 논의했다고 밝혔다."


def main(sizes: list[int]) -> None:
    print(f"{'lines':>8} {'MB':>6} {'extract s':>10} {'us/line':>8} {'paragraphs':>11}")
    for lines in sizes:
        body = text(lines)
        start = time.perf_counter()
        found = extract(body)
        took = time.perf_counter() - start
        print(f"{lines:>8} {len(body.encode()) / 1e6:>6.1f} {took:>10.2f} {took / lines * 1e6:>8.1f} {len(found.body):>11}")
    enricher = Enricher(load_registry(ROOT / "entities.yml"))
    print(f"\n{'sentences':>9} {'form':>14} {'MB':>6} {'enrich s':>9} {'us/sentence':>12} {'mentions':>9}")
    for sentences in sizes:
        for separator, form in (("\n\n", "paragraphs"), (" ", "one paragraph")):
            body = "제약바이오협회, 보스턴 협력 확대\n입력 2024-03-15 10:00\n\n" + separator.join(
                NAMED.format(n=n) for n in range(sentences // 10)
            )
            article = compose(parse_bytes(body.encode(), Path("long.txt"), "long.txt"), "long", None, "long.meta.yml").article
            assert article is not None
            start = time.perf_counter()
            enriched, _ = enricher(article)
            took = time.perf_counter() - start
            count = sentences // 10
            print(f"{count:>9} {form:>14} {len(body.encode()) / 1e6:>6.1f} {took:>9.2f} {took / count * 1e6:>12.1f} {len(enriched.mentions):>9}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10000, 40000, 160000])
