"""The Spanish glossary: each English term is always rendered with its glossary Spanish."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from bot import knowledge
from bot.i18n import LOCALES_DIR, kgettext, use_locale
from bot.knowledge.glossary import CARD, GLOSSARY, INSTITUTION, INSURANCE, LAW, check
from bot.knowledge.integrity import Data


def _seed_words() -> set[str]:
    """The English msgids whose Spanish is the Spanish seed's own text, not the bot's words."""
    data = Data()
    quotes = [q for _where, fact in data.facts() for q in fact.quotes]
    quotes += [q for article in data.laws.values() for q in article.quotes]
    return {q.english for q in quotes if q.english is not None}


@pytest.mark.parametrize("domain", ["knowledge", "messages"])
def test_every_english_term_is_rendered_with_its_glossary_spanish(domain: str) -> None:
    with (LOCALES_DIR / "es" / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
        catalog = read_po(handle)
    seed_words = _seed_words()
    wrong = []
    for message in catalog:
        if not message.id or message.id in seed_words:
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        for term in check(" ".join(ids), " ".join(strings)):
            wrong.append(
                f"{term.english[-1]!r} not {term.spanish[-1]!r} in {str(message.id)[:60]!r}"
            )
    assert wrong == []


def test_check_catches_a_term_rendered_otherwise() -> None:
    (health,) = check(
        "Is the health card a social security card?",
        "¿La tarjeta sanitaria es una tarjeta de seguridad social?",
    )
    assert health.spanish[-1] == "tarjeta de salud"
    (labor,) = check(
        "It applies to all medical insurance business.",
        "Se aplica a todos los trámites del seguro de salud.",
    )
    assert labor.english == ("medical insurance",)


def test_a_longer_term_is_not_taken_for_the_shorter_one_inside_it() -> None:
    assert (
        check("the electronic social security card", "la tarjeta electrónica de seguridad social")
        == []
    )
    assert check("two social security cards", "dos tarjetas de seguridad social") == []
    assert [
        t.english[-1] for t in check("the electronic social security card", "la tarjeta social")
    ] == ["electronic social security card"]


def test_the_glossary_covers_cards_institutions_insurance_and_laws() -> None:
    kinds = {term.kind for term in GLOSSARY}
    assert kinds == {CARD, INSTITUTION, INSURANCE, LAW}


def test_every_cards_spanish_name_is_its_glossary_term() -> None:
    spanish = {form for term in GLOSSARY if term.kind == CARD for form in term.spanish}
    with use_locale("es"):
        for card in knowledge.CARDS.values():
            assert kgettext(card.name).lower() in spanish, card.id


# Words that agree with the card they are about: a clitic (la/lo, obtenerla), or an adjective.
_GENDERED = re.compile(r"\b(la|lo|las|los)\b|\w+r(la|lo)\b|^(física|físico|electrónica)\b")


def test_labels_shared_by_cards_of_both_genders_are_neutral() -> None:
    """The certificate (el certificado) shares the point labels with the cards (la tarjeta)."""
    certificate = knowledge.CARDS["emedical"]
    with use_locale("es"):
        for point_id in certificate.points:
            label = kgettext(knowledge.POINTS[point_id].label)
            assert not _GENDERED.search(label.lower()), label
    from bot.i18n import _

    with use_locale("es"):
        assert not _GENDERED.search(_("What can I do with it?").lower())
