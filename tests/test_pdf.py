"""Briefing PDFs on the seeds, checked with poppler-utils as a reader's tools would see them."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import frontmatter
import pytest

from generator.__main__ import main
from tests.conftest import ROOT, copy_project

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing: make test installs it")


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("pdf")
    copy_project(project)
    return project


@pytest.fixture(scope="module")
def corpus_pdf(seeded: Path) -> Path:
    assert main(["-C", str(seeded), "pdf", "-q"]) == 0
    return seeded / "pdf" / "briefing.pdf"


@pytest.fixture(scope="module")
def titles(seeded: Path) -> list[str]:
    main(["-C", str(seeded), "generate", "-q"])
    return [frontmatter.load(p)["title"] for p in sorted((seeded / "content" / "articles").glob("*.md"))]


def test_the_machine_subsets_fonts_with_harfbuzz() -> None:
    # Without it WeasyPrint falls back to fontTools: over ten minutes per PDF with the CJK font.
    from generator.pdf import slow_font_subsetting

    assert slow_font_subsetting() is None


def test_a_missing_subsetter_is_said_before_the_pdf_is_laid_out(
    seeded: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import weasyprint.text.ffi

    monkeypatch.setattr(weasyprint.text.ffi, "harfbuzz_subset", None)
    monkeypatch.setattr("generator.pdf.write_pdf", lambda *args, **kwargs: True)
    assert main(["-C", str(seeded), "pdf", "-q"]) == 0
    assert "warning: HarfBuzz's font subsetter (libharfbuzz-subset) is missing" in capsys.readouterr().err


def test_a4(corpus_pdf: Path) -> None:
    info = subprocess.run(["pdfinfo", str(corpus_pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info)


def test_korean_fonts_are_embedded_and_nothing_falls_back(corpus_pdf: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(corpus_pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        name, emb = line.split()[0], line.split()[-5]
        assert "CJK-KR" in name and emb == "yes", line


def test_every_article_title_and_its_toc_page(corpus_pdf: Path, titles: list[str]) -> None:
    full = _text(corpus_pdf)
    for title in titles:
        assert title in full, title
    toc = _text(corpus_pdf, "-f", "2", "-l", "2", "-layout")
    for title in titles:
        line = next(l for l in toc.splitlines() if title[:15] in l)
        page = int(re.search(r"(\d+)\s*$", line).group(1))
        assert title[:15] in _text(corpus_pdf, "-f", str(page), "-l", str(page)), (title, page)


def test_running_header_and_page_numbers_except_on_the_cover(corpus_pdf: Path) -> None:
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(corpus_pdf)], capture_output=True, text=True).stdout).group(1))
    cover = _text(corpus_pdf, "-f", "1", "-l", "1")
    assert f"/ {pages}" not in cover
    for n in (2, pages):
        text = _text(corpus_pdf, "-f", str(n), "-l", str(n))
        assert f"{n} / {pages}" in text and "보스턴 바이오 진출 브리핑" in text


def test_cover_states_scope_range_count_and_date(corpus_pdf: Path) -> None:
    cover = _text(corpus_pdf, "-f", "1", "-l", "1")
    for part in ("전체 기사", "2019년 4월 18일 ~ 2021년 10월 19일", "5건 (날짜 미상 2건 포함)", "생성일"):
        assert part in cover


def test_unknown_dates_are_noted_on_the_article(corpus_pdf: Path) -> None:
    assert _text(corpus_pdf).count("미상: 본문에 게재일 없음") == 2


def test_hangul_words_are_not_broken_at_line_ends(corpus_pdf: Path, seeded: Path) -> None:
    """A line that ends inside a word leaves a piece that is no word, and that piece
    joined with the start of the next line is a word of the article."""
    words = set()
    for path in (seeded / "seeds").glob("*.txt"):
        words.update(path.read_text("utf-8").split())
    lines = [line.split() for line in _text(corpus_pdf).splitlines()]
    broken = [
        (a[-1], b[0])
        for a, b in zip(lines, lines[1:])
        if a and b and re.search(r"[가-힣]$", a[-1]) and a[-1] not in words and a[-1] + b[0] in words
    ]
    checked = sum(1 for a in lines if a and re.search(r"[가-힣]$", a[-1]))
    assert checked > 200 and broken == []


def test_entity_scope(seeded: Path) -> None:
    assert main(["-C", str(seeded), "pdf", "--entity", "kpbma", "-q"]) == 0
    pdf = seeded / "pdf" / "briefing-kpbma.pdf"
    text = _text(pdf)
    assert "한국제약바이오협회 브리핑" in text and "2건" in text
    assert "원희목" in text and "회장" in text  # the profile's roles
    assert "대전시, 바이오기업 보스턴 성공 진출을 위한 교두보 마련" not in text


def test_date_scope_title_and_file_name(seeded: Path) -> None:
    assert main(["-C", str(seeded), "pdf", "--since", "2020-01-01", "--until", "2020-12-31", "--title", "2020년 브리핑", "-q"]) == 0
    pdf = seeded / "pdf" / "briefing-since-2020-01-01-until-2020-12-31.pdf"
    text = _text(pdf)
    assert "2020년 브리핑" in text and "2020년 1월 1일 ~ 2020년 12월 31일" in text
    assert "제약바이오협, MIT 통한 美 바이오생태계 진출 박차" in text
    assert "성공적 바이오클러스터 육성하려면" not in text


def test_bad_scope_is_a_clear_error(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(seeded), "pdf", "--entity", "nobody"]) == 2
    assert "no entity with id 'nobody'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        # fromisoformat took it, and as text it sorts before every "2020-…": the range held no article
        ("--since", "20200101", "--since must be YYYY-MM-DD, got '20200101'"),
        ("--until", "2020-02-30", "--until 2020-02-30: no such day"),
    ],
)
def test_a_date_range_bound_that_is_no_day_in_the_dates_form_is_a_clear_error(
    seeded: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str, message: str
) -> None:
    assert main(["-C", str(seeded), "pdf", flag, value, "-q"]) == 2
    assert f"error: {message}" in capsys.readouterr().err


def test_build_publishes_the_pdfs_the_pages_link_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("site_templates",):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "000_c34bfae6e99c667b.txt", tmp_path / "seeds")
    (tmp_path / "entities.yml").write_text(
        "entities:\n  - {id: kpbma, type: organisation, name: 한국제약바이오협회}\n  - {id: mit, type: university, name: MIT}\n"
        "  - {id: nobody, type: person, name: 홍길동}\n",
        "utf-8",
    )
    assert main(["-C", str(tmp_path), "build", "-q"]) == 0
    said = capsys.readouterr().err
    assert said.index("site: built into site/") < said.index("pdf: 3 briefing PDFs")  # the site can be read while PDFs are laid out
    site = tmp_path / "site"
    assert sorted(p.name for p in (site / "pdf" / "entities").iterdir()) == ["kpbma.pdf", "mit.pdf"]
    assert 'href="pdf/briefing.pdf"' in (site / "index.html").read_text("utf-8")
    assert 'href="../../pdf/entities/kpbma.pdf"' in (site / "entities/kpbma/index.html").read_text("utf-8")
    assert "pdf/entities/nobody.pdf" not in (site / "entities/nobody/index.html").read_text("utf-8")


def test_the_sites_corpus_pdf_holds_the_newest_articles_of_a_large_corpus(seeded: Path) -> None:
    """A briefing of 10,000 articles is no briefing, and laying it out would take most of a build."""
    from generator.config import load
    from generator.pdf import Corpus, Scope, briefing_html, site_pdfs
    from generator.pipeline import run
    from generator.registry import load as load_registry

    config = replace(load(seeded), site_pdf_articles=3)
    result = run(config)
    registry = load_registry(config.registry)
    assert dict(site_pdfs(result.articles, config.site_pdf_limit(len(result.articles))))["pdf/briefing.pdf"] == Scope(limit=3)
    whole = replace(config, site_pdf_articles=5)
    assert dict(site_pdfs(result.articles, whole.site_pdf_limit(len(result.articles))))["pdf/briefing.pdf"] == Scope()
    home = result.files["index.md"].decode("utf-8")
    assert "최신 3건 브리핑 PDF" in home
    html_text, count = briefing_html(Corpus(result.articles, registry), Scope(limit=3), config.templates, dt.date(2026, 1, 1))
    assert count == 3 and "최신 3건까지" in html_text.replace("\u2060", "")  # word joiners between Hangul letters


def test_a_cover_says_newest_only_when_the_limit_left_articles_out(seeded: Path) -> None:
    """An entity named in two articles gets a site PDF limited to 30: both are in it, and the cover must not say otherwise."""
    from generator.config import load
    from generator.pdf import Corpus, Scope, briefing_html
    from generator.pipeline import run
    from generator.registry import load as load_registry

    config = load(seeded)
    corpus = Corpus(run(config).articles, load_registry(config.registry))
    day = dt.date(2026, 1, 1)
    whole, count = briefing_html(corpus, Scope(entity="kpbma", limit=30), config.templates, day)
    text = whole.replace("\u2060", "")
    assert count == 2 and "건까지" not in text and "최신 기사만" not in text
    cut, count = briefing_html(corpus, Scope(entity="kpbma", limit=1), config.templates, day)
    text = cut.replace("\u2060", "")
    assert count == 1 and "최신 1건까지" in text and "최신 기사만" in text


def test_briefing_pdf_holds_the_newest_articles_of_a_large_scope_unless_told_otherwise(
    seeded: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefing pdf` of a 10,000-article corpus laid out every article: most of an hour and
    more memory than the machine has. It keeps the newest BRIEFING_ARTICLES of its scope, says
    so on the cover and on the terminal; --limit N sets how many, --limit 0 takes them all."""
    monkeypatch.setattr("generator.pdf.BRIEFING_ARTICLES", 3)
    laid_out: list[str] = []
    monkeypatch.setattr("generator.pdf.write_pdf", lambda html_text, *args, **kwargs: laid_out.append(html_text.replace("\u2060", "")) or True)
    assert main(["-C", str(seeded), "pdf", "-q"]) == 0
    assert "pdf: the newest 3 of the 5 articles in scope (--limit N for more, --limit 0 for all)" in capsys.readouterr().err
    assert "최신 3건까지" in laid_out[-1]
    assert main(["-C", str(seeded), "pdf", "-q", "--limit", "0"]) == 0
    assert "pdf: 5 articles ->" in capsys.readouterr().err and "건까지" not in laid_out[-1]
    assert main(["-C", str(seeded), "pdf", "-q", "--limit", "4", "--entity", "kpbma"]) == 0
    assert "pdf: 2 articles ->" in capsys.readouterr().err  # the scope holds fewer: nothing left out
    with pytest.raises(SystemExit):
        main(["-C", str(seeded), "pdf", "--limit", "-1"])
    assert "--limit: must be a whole number, 0 or more; got '-1'" in capsys.readouterr().err


def test_the_index_is_in_two_columns_only_when_its_entries_are_short(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CSS columns are slow to lay out: over a briefing of 30 articles whose entries ran to a line
    of page numbers each, they took 40 % longer. A few articles' entries are short, and one column
    left half of each index page empty."""
    from generator.config import load
    from generator.pdf import Corpus, Scope, briefing_html
    from generator.pipeline import run
    from generator.registry import load as load_registry

    config = load(seeded)
    corpus = Corpus(run(config).articles, load_registry(config.registry))
    assert 'class="index columns"' in briefing_html(corpus, Scope(), config.templates, dt.date(2026, 1, 1))[0]
    monkeypatch.setattr("generator.pdf.INDEX_COLUMN_REFS", 1)  # the seeds' entries have 1.3 page numbers on average
    assert 'class="index"' in briefing_html(corpus, Scope(), config.templates, dt.date(2026, 1, 1))[0]


def test_a_truncated_article_says_so_under_its_text(tmp_path: Path) -> None:
    project = copy_project(tmp_path, seeds=False)
    shutil.copy(ROOT / "tests" / "fixtures" / "paywalled_copy.txt", project / "seeds")
    assert main(["-C", str(project), "pdf", "-q"]) == 0
    text = _text(project / "pdf" / "briefing.pdf")
    assert text.count("유료 기사: 결제 안내 앞까지만 수집되었습니다.") == 1
    assert text.index("먼저\"라고 말했다.") < text.index("유료 기사: 결제 안내") < text.index("출처: seeds/paywalled_copy.txt")
