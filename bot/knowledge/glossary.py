"""The Spanish glossary: how each English term of the knowledge base is always rendered.

Cards, institutions, kinds of insurance and legal instruments. ``check`` finds the catalog
entries whose translation does not use a term's Spanish; tests/test_glossary.py runs it on
every Spanish catalog entry written by the bot (not on the Spanish seed's own words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """An English term in its forms (singular, plural) and the Spanish that renders it."""

    kind: str
    english: tuple[str, ...]
    spanish: tuple[str, ...]


CARD, INSTITUTION, INSURANCE, LAW = "card", "institution", "insurance", "law"

GLOSSARY: tuple[Term, ...] = (
    # Cards. A reader from Spain knows "tarjeta sanitaria" as the public health coverage card,
    # so the health card, run by health departments, is "tarjeta de salud".
    Term(
        CARD,
        ("electronic social security cards", "electronic social security card"),
        ("tarjetas electrónicas de seguridad social", "tarjeta electrónica de seguridad social"),
    ),
    Term(
        CARD,
        ("electronic medical insurance certificate",),
        ("certificado electrónico de seguro médico",),
    ),
    Term(
        CARD,
        ("physical social security card",),
        ("tarjeta física de seguridad social",),
    ),
    Term(
        CARD,
        ("social security cards", "social security card"),
        ("tarjetas de seguridad social", "tarjeta de seguridad social"),
    ),
    Term(
        CARD,
        ("medical insurance cards", "medical insurance card"),
        ("tarjetas de seguro médico", "tarjeta de seguro médico"),
    ),
    Term(CARD, ("health cards", "health card"), ("tarjetas de salud", "tarjeta de salud")),
    Term(
        CARD, ("citizen cards", "citizen card"), ("tarjetas ciudadanas", "tarjeta ciudadana")
    ),
    # Institutions.
    Term(
        INSTITUTION,
        ("ministry of human resources and social security",),
        ("ministerio de recursos humanos y seguridad social",),
    ),
    Term(
        INSTITUTION,
        ("national healthcare security administration",),
        ("administración nacional de seguridad sanitaria",),
    ),
    Term(
        INSTITUTION,
        ("human resources and social security",),
        ("recursos humanos y seguridad social",),
    ),
    Term(
        INSTITUTION,
        ("social insurance agencies", "social insurance agency"),
        ("agencias de seguro social", "agencia de seguro social"),
    ),
    Term(INSTITUTION, ("designated agent bank",), ("banco agente designado",)),
    Term(INSTITUTION, ("social security bureau",), ("oficina de seguridad social",)),
    # Legal instruments.
    Term(LAW, ("social insurance law",), ("ley de seguro social",)),
    Term(LAW, ("administrative measures",), ("medidas administrativas",)),
    # Kinds of insurance.
    Term(
        INSURANCE,
        ("basic pension insurance", "pension insurance"),
        ("seguro básico de pensiones", "seguro de pensiones"),
    ),
    Term(
        INSURANCE,
        ("basic medical insurance",),
        ("seguro médico básico",),
    ),
    Term(
        INSURANCE,
        ("work-related injury insurance", "industrial injury insurance"),
        ("seguro de accidentes de trabajo",),
    ),
    Term(INSURANCE, ("unemployment insurance",), ("seguro de desempleo",)),
    Term(INSURANCE, ("maternity insurance",), ("seguro de maternidad",)),
    Term(INSURANCE, ("medical insurance",), ("seguro médico", "seguros médicos")),
    Term(
        INSURANCE,
        ("other social insurance", "social insurance"),
        ("otros seguros sociales", "seguro social", "seguros sociales"),
    ),
)

_MASK = "\x00"


def _forms(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the forms as whole words, longest first so a plural is not read as a singular."""
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def check(english: str, spanish: str, glossary: tuple[Term, ...] = GLOSSARY) -> list[Term]:
    """The terms the English uses that the Spanish does not render with the glossary's words.

    Longer terms are matched first and blanked out, so that "electronic social security card"
    is not also taken for "social security card".
    """
    english, spanish = english.lower(), spanish.lower()
    missed = []
    for term in sorted(glossary, key=lambda t: -max(map(len, t.english))):
        found_en, found_es = _forms(term.english), _forms(term.spanish)
        if found_en.search(english) and not found_es.search(spanish):
            missed.append(term)
        english = found_en.sub(_MASK, english)
        spanish = found_es.sub(_MASK, spanish)
    return missed
