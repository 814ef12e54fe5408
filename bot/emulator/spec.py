"""Load the Bot API spec (api.json) and decode/validate request parameters against it."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.emulator.errors import ApiError, invalid

ENV_VAR = "TELEGRAM_API_SPEC"
_PRIMITIVES = {"String", "Integer", "Float", "Boolean"}


def default_spec_path() -> Path:
    """Find api.json: $TELEGRAM_API_SPEC, else ../shared/telegram-bot-api/api.json of the repo."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    rel = Path("shared") / "telegram-bot-api" / "api.json"
    repo_root = Path(__file__).resolve().parents[2]
    # An installed copy lives in site-packages, so also try relative to the working directory.
    for base in (repo_root.parent, Path.cwd().parent, Path.cwd()):
        if (base / rel).is_file():
            return base / rel
    return repo_root.parent / rel


@dataclass(frozen=True)
class Field:
    """One parameter of a method or field of a type."""

    name: str
    types: tuple[str, ...]
    required: bool
    description: str


class ApiSpec:
    """The methods and types of one api.json."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.version = str(data.get("version", ""))
        self.methods: dict[str, list[Field]] = {
            name: _fields(m) for name, m in data["methods"].items()
        }
        self.returns: dict[str, list[str]] = {
            name: list(m.get("returns", [])) for name, m in data["methods"].items()
        }
        self.types: dict[str, list[Field]] = {n: _fields(t) for n, t in data["types"].items()}
        self.subtypes: dict[str, list[str]] = {
            n: list(t["subtypes"]) for n, t in data["types"].items() if "subtypes" in t
        }
        # Telegram treats method names case-insensitively.
        self._by_lower = {name.lower(): name for name in self.methods}

    @classmethod
    def load(cls, path: Path | None = None) -> ApiSpec:
        """Read and parse an api.json file (cached per path)."""
        return _load_cached(str((path or default_spec_path()).resolve()))

    def canonical(self, method: str) -> str | None:
        """Return the spec's spelling of a method name, or None if unknown."""
        return self._by_lower.get(method.lower())

    def decode(self, method: str, raw: dict[str, Any]) -> dict[str, Any]:
        """Turn raw params (form strings or JSON values) into typed values; raise ApiError."""
        fields = {f.name: f for f in self.methods[method]}
        out: dict[str, Any] = {}
        for name, value in raw.items():
            field = fields.get(name)
            if field is None:
                raise invalid(f'unknown parameter "{name}" for method {method}')
            out[name] = self._decode_value(field, value) if isinstance(value, str) else value
        for field in fields.values():
            if field.required and field.name not in out:
                raise invalid(f'parameter "{field.name}" is required')
        for name, value in out.items():
            problem = self.check(fields[name].types, value)
            if problem:
                raise invalid(f'parameter "{name}" {problem}')
        return out

    def _decode_value(self, field: Field, value: str) -> Any:
        """Decode one form value: PTB sends strings raw and everything else JSON-encoded."""
        types = field.types
        if "Integer" in types:
            try:
                return int(value)
            except ValueError:
                if "String" in types:
                    return value
                raise invalid(f'parameter "{field.name}" must be an Integer') from None
        if "Float" in types:
            try:
                return float(value)
            except ValueError:
                raise invalid(f'parameter "{field.name}" must be a Float') from None
        if "Boolean" in types:
            low = value.lower()
            if low in ("true", "1"):
                return True
            if low in ("false", "0", ""):
                return False
            raise invalid(f'parameter "{field.name}" must be a Boolean')
        if "String" in types:
            return value
        try:
            return json.loads(value)
        except ValueError:
            if "InputFile" in types:
                return value  # a file_id or URL
            raise invalid(f'can\'t parse "{field.name}" JSON object') from None

    def check(self, types: tuple[str, ...] | list[str], value: Any, depth: int = 0) -> str | None:
        """Return why value matches none of types, or None when it matches one."""
        problems = [p for t in types if (p := self._check_one(t, value, depth)) is not None]
        return None if len(problems) < len(types) else problems[0]

    def _check_one(self, tname: str, value: Any, depth: int) -> str | None:
        """Check value against one type expression such as "Array of String"."""
        if tname.startswith("Array of "):
            if not isinstance(value, list):
                return "must be an Array"
            inner = tname[len("Array of ") :]
            for item in value:
                problem = self._check_one(inner, item, depth + 1)
                if problem:
                    return problem
            return None
        if tname in _PRIMITIVES:
            return _check_primitive(tname, value)
        if tname == "InputFile":
            return None  # uploads arrive as multipart parts or attach:// strings
        return self._check_object(tname, value, depth)

    def _check_object(self, tname: str, value: Any, depth: int) -> str | None:
        """Check a JSON object against a named type: required fields and primitive types."""
        if not isinstance(value, dict):
            return f"must be a JSON object of type {tname}"
        if depth > 12:
            return None
        if tname in self.subtypes:
            candidates = self._pick_subtypes(tname, value)
            problems = [
                p for s in candidates if (p := self._check_object(s, value, depth)) is not None
            ]
            return None if len(problems) < len(candidates) else problems[0]
        fields = {f.name: f for f in self.types.get(tname, [])}
        for f in fields.values():
            if f.required and f.name not in value:
                return f'has no required field "{f.name}" of {tname}'
        # Unknown nested fields are ignored by Telegram, so only known ones are checked.
        for key, item in value.items():
            known = fields.get(key)
            if known is not None:
                problem = self.check(known.types, item, depth + 1)
                if problem:
                    return f'field "{key}" of {tname} {problem}'
        return None

    def _pick_subtypes(self, tname: str, value: dict[str, Any]) -> list[str]:
        """Narrow a union type by its "type"/"status"/"source" discriminator when possible."""
        subs = self.subtypes[tname]
        for key in ("type", "status", "source"):
            tag = value.get(key)
            if isinstance(tag, str):
                hits = [s for s in subs if _discriminates(self.types.get(s, []), key, tag)]
                if hits:
                    return hits
        return subs


def _discriminates(fields: list[Field], key: str, tag: str) -> bool:
    """Tell whether a subtype's discriminator field says it must be `tag`."""
    for f in fields:
        if f.name == key:
            pattern = rf'(must be {re.escape(tag)}\b|always "{re.escape(tag)}")'
            return re.search(pattern, f.description) is not None
    return False


def _check_primitive(tname: str, value: Any) -> str | None:
    """Check a JSON value against String/Integer/Float/Boolean."""
    if tname == "String":
        return None if isinstance(value, str) else "must be a String"
    if tname == "Boolean":
        return None if isinstance(value, bool) else "must be a Boolean"
    if isinstance(value, bool):
        return f"must be {'an Integer' if tname == 'Integer' else 'a Float'}"
    if tname == "Integer":
        return None if isinstance(value, int) else "must be an Integer"
    return None if isinstance(value, (int, float)) else "must be a Float"


def _fields(entry: dict[str, Any]) -> list[Field]:
    """Build Field records from an api.json method or type entry."""
    return [
        Field(f["name"], tuple(f["types"]), bool(f.get("required")), f.get("description", ""))
        for f in entry.get("fields", [])
    ]


@lru_cache(maxsize=4)
def _load_cached(path: str) -> ApiSpec:
    """Parse api.json once per path."""
    try:
        with open(path, encoding="utf-8") as fh:
            return ApiSpec(json.load(fh))
    except FileNotFoundError:
        raise FileNotFoundError(
            f"Bot API spec not found at {path}; set {ENV_VAR} to the api.json path"
        ) from None


__all__ = ["ENV_VAR", "ApiError", "ApiSpec", "Field", "default_spec_path"]
