from __future__ import annotations

import pytest

from generator.slug import article_slugs, slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("000_c34bfae6e99c667b", "000-c34bfae6e99c667b"),
        ("보스턴 기사 (사본)", "보스턴-기사-사본"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c", "a-b-c"),
        ("Ｆｕｌｌ　Ｗｉｄｔｈ", "full-width"),
        ("  --Mixed__Case--  ", "mixed-case"),
        ("%2e%2e", "2e-2e"),
        ("...", ""),
        ("x" * 200, "x" * 80),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slug_does_not_depend_on_other_inputs() -> None:
    alone = article_slugs(["seeds/b.txt"])
    crowd = article_slugs(["seeds/c.txt", "seeds/b.txt", "seeds/a.txt"])
    assert alone["seeds/b.txt"] == crowd["seeds/b.txt"] == "b"


def test_colliding_names_all_get_distinct_path_hashes() -> None:
    slugs = article_slugs(["seeds/a b.txt", "seeds/a-b.txt", "seeds/a-b.html", "seeds/....txt"])
    assert len(set(slugs.values())) == 4
    assert all(s.startswith("a-b-") for k, s in slugs.items() if "a" in k)
    assert slugs["seeds/....txt"].startswith("article-")
    assert slugs == article_slugs(reversed(list(slugs)))
    assert all("/" not in s and ".." not in s for s in slugs.values())
