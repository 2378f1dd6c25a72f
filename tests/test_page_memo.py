"""Page keys: equal contexts give equal keys, and any difference gives another key."""

from __future__ import annotations

from generator.mdtext import Raw
from generator.model import Page
from generator.page_memo import PageKeys
from generator.registry import Entity


def _key(context: dict[str, object], front_matter: dict[str, object] | None = None) -> str | None:
    # A fresh PageKeys each time: its memo is by object identity, within one run.
    return PageKeys("salt", {})(Page("p.md", "t.md.j2", context, front_matter, "test"))


def _entity(entity_id: str, name: str) -> Entity:
    return Entity(entity_id, "org", name, None, (), (), None, None, ())


def test_equal_contexts_made_apart_have_one_key() -> None:
    assert _key({"known": {"a": _entity("a", "가")}, "n": [1, 2]}) == _key({"known": {"a": _entity("a", "가")}, "n": [1, 2]})


def test_a_dict_differing_only_in_a_key_or_only_in_a_value_has_another_key() -> None:
    base = _key({"known": {"a": _entity("a", "가"), "b": _entity("b", "나")}})
    assert _key({"known": {"a": _entity("a", "가"), "c": _entity("b", "나")}}) != base
    assert _key({"known": {"a": _entity("a", "가"), "b": _entity("b", "다")}}) != base
    assert _key({"known": {"b": _entity("b", "나"), "a": _entity("a", "가")}}) != base  # order shows on the page


def test_keys_and_values_do_not_run_together() -> None:
    assert _key({"m": {"ab": "c"}}) != _key({"m": {"a": "bc"}})
    assert _key({"m": {"a": ["b", "c"]}}) != _key({"m": {"a": ["b"], "c": []}})


def test_values_that_render_differently_have_other_keys() -> None:
    base = _key({"body": ["a", "b"], "n": 1, "when": None}, {"title": "t", "tags": ["x"]})
    assert _key({"body": ["a", "b"], "n": 1, "when": None}, {"title": "t", "tags": ["x"]}) == base
    assert _key({"body": [Raw("a"), "b"], "n": 1, "when": None}, {"title": "t", "tags": ["x"]}) != base  # not escaped
    assert _key({"body": ("a", "b"), "n": 1, "when": None}, {"title": "t", "tags": ["x"]}) != base
    assert _key({"body": ["a", "b"], "n": True, "when": None}, {"title": "t", "tags": ["x"]}) != base
    assert _key({"body": ["a", "b"], "n": 1, "when": "None"}, {"title": "t", "tags": ["x"]}) != base
    assert _key({"body": ["a", "b"], "n": 1, "when": None}, {"title": "t", "tags": "x"}) != base
    assert _key({"body": ["a", "b"], "n": 1, "when": None}, None) != base


def test_a_value_it_cannot_vouch_for_gives_no_key() -> None:
    assert _key({"when": object()}) is None
    assert _key({"nested": [["a", object()]]}) is None


def _titled(context: dict[str, object]) -> dict[str, object]:
    return {"title": context["n"]}


def _untitled(context: dict[str, object]) -> dict[str, object]:
    return {}


def test_front_matter_made_from_the_context_counts_by_the_function_that_makes_it() -> None:
    """Its code is in the salt, so its name stands for it; a function the name does not
    find (a lambda, a nested one: they could close over anything) gives no key."""
    assert _key({"n": 1}, _titled) == _key({"n": 1}, _titled)  # type: ignore[arg-type]
    assert _key({"n": 1}, _titled) not in (_key({"n": 1}, _untitled), _key({"n": 1}, None), _key({"n": 2}, _titled))  # type: ignore[arg-type]

    def nested(context: dict[str, object]) -> dict[str, object]:
        return {}

    assert _key({"n": 1}, nested) is None  # type: ignore[arg-type]
    assert _key({"n": 1}, lambda context: {}) is None  # type: ignore[arg-type]


def test_a_value_gone_before_the_next_page_is_keyed_is_not_mistaken_for_a_new_one() -> None:
    """The walker knows values by identity; a run's pages are made in groups, and a group's
    may be gone (their ids free for new values) before the next group's are keyed."""
    keys = PageKeys("salt", {})
    for n in range(50):
        page = Page("p.md", "t.md.j2", {"known": [_entity(f"e{n}", f"이름{n}")]}, None, "test")
        assert keys(page) == PageKeys("salt", {})(page)
        del page
