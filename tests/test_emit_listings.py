"""The home page and the listings: the home page stays small however many articles need an editor's look."""

from __future__ import annotations

import re
from pathlib import Path

from generator.config import Config, load
from generator.pipeline import run
from tests.conftest import copy_project

LATEST = Config(root=Path(".")).latest  # rows per table on the home page


def _article(n: int) -> str:
    """An article in the form of a wire brief with no outlet anywhere in it."""
    return (
        f"가상 연구소 {n}호, 보스턴 진출 설명회 열어\n"
        f"입력 2024-03-{n % 28 + 1:02d} 10:{n % 60:02d}\n\n"
        f"가상 연구소 {n}호는 미국 보스턴에서 현지 진출 설명회를 열었다고 밝혔다. "
        f"설명회에는 국내 바이오 기업 {n + 10}곳이 참석해 현지 협력 방안을 논의했다.\n\n"
        f"연구소 관계자는 앞으로 보스턴 현지 기관과의 공동 연구를 늘려 나갈 계획이라고 말했다.\n"
    )


def test_home_page_shows_the_newest_few_needing_review_and_links_to_all(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    count = 25
    for n in range(count):
        (project / "seeds" / f"brief_{n:02d}.txt").write_text(_article(n), "utf-8")
    result = run(load(project))
    files = {path: data.decode("utf-8") for path, data in result.files.items()}
    no_outlet = [a for a in result.articles if not a.outlet]
    assert len(no_outlet) > count

    review = files["index.md"].split("## 편집 확인이 필요한 기사", 1)[1]
    section = review.split("**매체 미상**", 1)[1].split("**", 1)[0]
    assert len(re.findall(r"\]\(articles/", section)) == LATEST
    assert f"[매체 미상 기사 전체 {len(no_outlet)}건 →](archive/no-outlet.md)" in section

    listing = files["archive/no-outlet.md"]
    assert {a.id for a in no_outlet} == set(re.findall(r"\]\(\.\./articles/([^)]+)\.md\)", listing))
    assert "`outlet:`" in listing
    assert "[매체 미상](../archive/no-outlet.md)" in files["outlets/index.md"]

    # The two undated seeds fit on the home page: no link to more.
    undated = review.split("**날짜 미상**", 1)[1].split("**", 1)[0]
    assert len(re.findall(r"\]\(articles/", undated)) == 2 and "전체" not in undated


def test_counts_are_written_with_thousands_separators() -> None:
    from generator.render import environment
    from tests.conftest import ROOT

    env = environment(ROOT / "site_templates")
    assert env.from_string("{{ n | count }}건").render(n=10008) == "10,008건"
    assert env.from_string("{{ n | count }}건").render(n=5) == "5건"
    home = (ROOT / "site_templates" / "home.md.j2").read_text("utf-8")
    assert "**기사** {{ total | count }}건" in home


def test_an_outlet_s_articles_are_listed_by_year_and_page(tmp_path: Path) -> None:
    """An outlet's page shows its newest few and its years; each year is a paginated listing."""
    project = copy_project(tmp_path, seeds=False)
    config = load(project)
    count = 2 * config.page_size + 7  # more than a page in each of the two years
    for n in range(count):
        year = 2023 + n % 2
        text = _article(n).replace("입력 2024-", f"입력 {year}-") + "\n<저작권자 © 가상일보 무단전재 및 재배포 금지>\n"
        (project / "seeds" / f"brief_{n:03d}.txt").write_text(text, "utf-8")
    files = {path: data.decode("utf-8") for path, data in run(config).files.items()}
    overview = files["outlets/가상일보.md"]
    per_year = {2023: (count + 1) // 2, 2024: count // 2}  # even n in 2023, odd n in 2024
    assert f"- [2024년](가상일보/2024.md) {per_year[2024]}건" in overview
    assert f"- [2023년](가상일보/2023.md) {per_year[2023]}건" in overview
    assert len(re.findall(r"\]\(\.\./articles/", overview)) == LATEST
    listed: list[str] = []
    for year, n in per_year.items():
        pages = [files[f"outlets/가상일보/{year}.md"]] + [
            files[path] for path in sorted(files) if path.startswith(f"outlets/가상일보/{year}-")
        ]
        assert len(pages) == -(-n // config.page_size)
        listed += [row for page in pages for row in re.findall(r"\]\(\.\./\.\./articles/([^)]+)\.md\)", page)]
        assert all("[← 가상일보 기사](../가상일보.md)" in page for page in pages)
    assert sorted(listed) == sorted(f"brief-{n:03d}" for n in range(count))
