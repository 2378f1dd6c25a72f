"""The entity registry (entities.yml): loaded and checked, never written."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import yamltext
from generator.errors import ConfigError

TYPES = {
    "organisation": "기관·단체",
    "government": "정부·공공기관",
    "university": "대학",
    "hospital": "병원",
    "company": "기업",
    "person": "인물",
    "place": "지역",
    "programme": "사업·프로그램",
    "publication": "간행물",
    "event": "사건·행사",
}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KRX = re.compile(r"^\d{6}$")
_KEYS = {"id", "type", "name", "english", "aliases", "generic_aliases", "krx", "description", "links"}


@dataclass(frozen=True)
class Link:
    to: str
    role: str


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    english: str | None
    aliases: tuple[str, ...]
    generic_aliases: tuple[str, ...]  # count only after the entity is named in full
    krx: str | None
    description: str | None
    links: tuple[Link, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Every form that names the entity in full."""
        forms = [self.name, *self.aliases]
        if self.english:
            forms.append(self.english)
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class Registry:
    entities: tuple[Entity, ...]
    sha256: str
    # One outlet under several names ("서울경제신문", "서울경제"): each written form (its
    # outlet_key) with the name the briefing uses, from the registry's `outlets:` list.
    outlets: tuple[tuple[str, str], ...] = ()

    def by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def outlet(self, name: str | None) -> str | None:
        """The name the briefing uses for an outlet written `name`."""
        if name is None or not self.outlets:
            return name
        return dict(self.outlets).get(outlet_key(name), name)  # called once per distinct name


def outlet_key(name: str) -> str:
    """Outlet names compare without case or spacing: "NEWS1" and "News1", "서울 경제" and "서울경제"."""
    return "".join(name.split()).casefold()


def _outlets(items: Any, source: str, problems: list[str]) -> tuple[tuple[str, str], ...]:
    """`outlets:` — [{name: 서울경제, aliases: [서울경제신문]}, …]: every form to its name."""
    if items is None:
        return ()
    if not isinstance(items, list):
        problems.append(f"{source}: 'outlets:' must be a list of {{name, aliases}}")
        return ()
    forms: dict[str, str] = {}
    for n, raw in enumerate(items):
        where = f"{source} outlet {n + 1}"
        name = raw.get("name") if isinstance(raw, dict) else None
        aliases = _texts(raw.get("aliases")) if isinstance(raw, dict) else None
        if not isinstance(name, str) or not name.strip() or aliases is None or set(raw) - {"name", "aliases"}:
            problems.append(f"{where}: must be a mapping with 'name' (text) and 'aliases' (a list of text)")
            continue
        for form in (name.strip(), *aliases):
            earlier = forms.setdefault(outlet_key(form), name.strip())
            if earlier != name.strip():
                problems.append(f"{where} ({name.strip()}): '{form}' is already a name of {earlier}")
    return tuple(sorted(forms.items()))


def _texts(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return None


def _entity(raw: Any, where: str, problems: list[str]) -> Entity | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping")
        return None
    before = len(problems)
    for key in sorted(set(raw) - _KEYS):
        problems.append(f"{where}: unknown key '{key}'")
    ident, kind, name = raw.get("id"), raw.get("type"), raw.get("name")
    if not isinstance(ident, str) or not _ID.match(ident):
        problems.append(f"{where}: 'id' must be lower-case ASCII words joined by hyphens, got {ident!r}")
    if kind not in TYPES:
        problems.append(f"{where}: 'type' must be one of {', '.join(TYPES)}, got {kind!r}")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: 'name' is required")
    aliases, generic = _texts(raw.get("aliases")), _texts(raw.get("generic_aliases"))
    if aliases is None or generic is None:
        problems.append(f"{where}: 'aliases' and 'generic_aliases' must be lists of text")
    krx = raw.get("krx")
    if krx is not None:
        krx = str(krx)
        if not _KRX.match(krx):
            problems.append(f"{where}: 'krx' must be a six-digit code in quotes, got {raw.get('krx')!r}")
    links = []
    for n, link in enumerate(raw.get("links") or []):
        if isinstance(link, dict) and isinstance(link.get("to"), str) and isinstance(link.get("role"), str):
            links.append(Link(link["to"], link["role"]))
        else:
            problems.append(f"{where}: links[{n}] must be {{to: ID, role: TEXT}}")
    if len(problems) > before:
        return None
    return Entity(
        id=ident,
        type=kind,
        name=name.strip(),
        english=(str(raw["english"]).strip() or None) if raw.get("english") else None,
        aliases=aliases or (),
        generic_aliases=generic or (),
        krx=krx,
        description=(str(raw["description"]).strip() or None) if raw.get("description") else None,
        links=tuple(links),
    )


def parse(text: str, source: str = "entities.yml") -> Registry:
    """Check every entry and report every problem at once."""
    try:
        data = yamltext.load(text) or {}
    except (yaml.YAMLError, ValueError) as exc:
        raise ConfigError(f"{source} is not valid YAML: {exc}") from exc
    items = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError(f"{source} must have a top-level 'entities:' list")
    problems: list[str] = []
    entities = []
    for n, raw in enumerate(items):
        label = raw.get("id") if isinstance(raw, dict) else None
        entity = _entity(raw, f"{source} entry {n + 1}" + (f" ({label})" if label else ""), problems)
        if entity:
            entities.append(entity)
    ids = [e.id for e in entities]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"{source}: id '{dup}' is used twice")
    if "index" in ids:
        problems.append(f"{source}: id 'index' is reserved for the entity index page")
    outlets = _outlets(data.get("outlets"), source, problems)
    known = set(ids)
    for entity in entities:
        for link in entity.links:
            if link.to not in known:
                problems.append(f"{source} ({entity.id}): link to unknown id '{link.to}'")
    if problems:
        raise ConfigError(f"{source} has {len(problems)} problem(s):\n  " + "\n  ".join(problems))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Registry(tuple(sorted(entities, key=lambda e: e.id)), digest, outlets)


def load(path: Path) -> Registry:
    if not path.exists():
        return Registry((), "")
    return parse(path.read_text("utf-8"), path.name)
