"""Same-story grouping with an earlier run's decisions, against comparing every pair.

    python benchmarks/incremental_stories.py [ARTICLES]      (default: 2000)

Synthesises a corpus as bench.py does, reads it (all on every core: about a
minute at 10,000), then prints the time of grouping it from scratch, with the
decisions of a run over the same articles, and with those of a run that lacked
40 of them (three draws): how many pairs were compared, and whether the stories
are exactly those of comparing every pair.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import synthesise  # noqa: E402
from generator import stories  # noqa: E402
from generator.config import load  # noqa: E402
from generator.pipeline import collector_paused, read_corpus  # noqa: E402


def timed(call):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


def main(count: int) -> None:
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp, collector_paused():
        project = Path(tmp)
        shutil.copytree(ROOT / "site_templates", project / "site_templates")
        for name in ("mkdocs.yml", "entities.yml"):
            shutil.copy(ROOT / name, project / name)
        (project / "seeds").mkdir()
        synthesise(seeds, count, project / "seeds")
        corpus = read_corpus(load(project), write_cache=False)
        articles, registry, keys = corpus.articles, corpus.registry, corpus.keys
        (scratch, _), took = timed(lambda: stories.group_stories(articles, registry))
        print(f"{count} articles: every pair compared {took:.2f} s, {len(set(scratch.values()))} stories")
        (story, decided), took = timed(lambda: stories.group_stories(articles, registry, keys))
        print(f"  with fingerprints, nothing remembered: {took:.2f} s, same stories: {story == scratch}")
        (story, _), took = timed(lambda: stories.group_stories(articles, registry, keys, decided))
        print(f"  all remembered: {took:.2f} s, same stories: {story == scratch}")
        compared: list[int] = []
        real = stories._same_story
        stories._same_story = lambda *args: compared.append(1) or real(*args)  # type: ignore[assignment]
        rng = random.Random(1)
        for _ in range(3):
            gone = set(rng.sample(range(len(articles)), 40))
            _, earlier = stories.group_stories([a for n, a in enumerate(articles) if n not in gone], registry, keys)
            compared.clear()
            (story, _), took = timed(lambda: stories.group_stories(articles, registry, keys, earlier))
            print(f"  40 new: {took:.2f} s, {len(compared)} pairs compared, same stories: {story == scratch}")
        stories._same_story = real  # type: ignore[assignment]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
