"""The knowledge base: its integrity, the seed FAQs, the queries, and its gettext catalogs."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot import knowledge
from bot.catalogs import DOMAINS, extract
from bot.i18n import LOCALES_DIR, kgettext, use_locale
from bot.knowledge.integrity import Data, msgids, problems
from bot.knowledge.model import Comparison, Fact, frozen_map

POT = LOCALES_DIR / "knowledge.pot"
PO = {locale: LOCALES_DIR / locale / "LC_MESSAGES" / "knowledge.po" for locale in ("en", "es")}
CARD_IDS = ("social", "esocial", "medical", "emedical", "health", "citizen")
POINT_IDS = (
    "what", "issuer", "manager", "function", "scope", "eligibility", "records", "security",
    "form", "legal",
)


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def untranslated(wanted: set[str], catalog: Catalog) -> list[str]:
    """Msgids lacking a non-empty, non-fuzzy translation in the catalog."""
    bad = []
    for text in sorted(wanted):
        message = catalog.get(text)
        if message is None or message.fuzzy or not message.string:
            bad.append(text)
    return bad


# --- integrity -------------------------------------------------------------------------


def test_knowledge_base_is_consistent() -> None:
    assert problems() == []


def test_structure_matches_the_brief() -> None:
    assert tuple(knowledge.CARDS) == CARD_IDS
    assert tuple(knowledge.POINTS) == POINT_IDS
    assert tuple(knowledge.SOURCES) == ("s0", "s1", "s2", "s3", "s4")
    assert set(knowledge.LAWS) == {
        "sil-2", "sil-3", "sil-58", "sil-74", "sil-75", "ssc-1", "ssc-2", "ssc-3", "ssc-4",
    }
    assert knowledge.SOURCES["s4"].language == "es"
    assert {a.number for a in knowledge.LAWS.values() if a.id.startswith("ssc-")} == {1, 2, 3, 4}


def test_every_fact_has_a_known_source_and_known_articles() -> None:
    data = Data()
    for where, fact in data.facts():
        assert fact.sources, where
        assert set(fact.sources) <= set(knowledge.SOURCES), where
        assert set(fact.articles) <= set(knowledge.LAWS), where
    for faq in knowledge.FAQS:
        assert set(faq.articles) <= set(knowledge.LAWS), faq.id


def test_ids_fit_in_callback_data() -> None:
    for card_id in knowledge.CARDS:
        assert card_id.isascii() and len(card_id.encode()) <= 20
    for number, faq in enumerate(knowledge.FAQS, 1):
        assert faq.id.isascii() and len(faq.id.encode()) <= 20
        assert len(f"faq-{number}".encode()) <= 20
    for comparison_id in knowledge.COMPARISONS:
        assert len(f"cmp-{comparison_id}".encode()) <= 64  # Telegram's deep-link limit


def test_short_names_fit_on_buttons() -> None:
    for card in knowledge.CARDS.values():
        assert 0 < len(card.short_name) <= 24, card.id


def test_comparison_differences_only_use_points_both_cards_have() -> None:
    for comparison in knowledge.COMPARISONS.values():
        a, b = comparison.cards
        shared = set(knowledge.shared_points(a, b))
        assert comparison.differences, comparison.id
        assert set(comparison.differences) <= shared, comparison.id


def test_the_seeds_direct_comparisons() -> None:
    assert set(knowledge.COMPARISONS) == {
        "health-social", "medical-social", "citizen-social", "emedical-esocial",
    }
    assert all(not c.same_card for c in knowledge.COMPARISONS.values())
    assert {s for c in knowledge.COMPARISONS.values() for s in c.verdict.sources} == {
        "s0", "s1", "s2", "s4",
    }


def test_social_card_is_the_hrss_card() -> None:
    social = knowledge.CARDS["social"]
    assert "Human resources and social security card" in social.other_names
    assert "human resources and social security card" in social.aliases["en"]
    assert "hrss card" in social.aliases["en"]


def test_cards_lack_points_the_seeds_do_not_support() -> None:
    assert set(knowledge.CARDS["social"].points) == set(POINT_IDS)
    assert "issuer" not in knowledge.CARDS["health"].points
    assert "security" not in knowledge.CARDS["citizen"].points
    # The eligibility point says who held it: "all insured persons have two cards" (s1).
    medical = {"what", "issuer", "function", "eligibility", "security"}
    assert set(knowledge.CARDS["medical"].points) == medical


# --- the checks catch what they check ---------------------------------------------------


def _break_card(point: str, fact: Fact) -> Data:
    social = knowledge.CARDS["social"]
    points = dict(social.points)
    points[point] = (fact,)
    cards = dict(knowledge.CARDS)
    cards["social"] = replace(social, points=frozen_map(points))
    return Data(cards=frozen_map(cards))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_break_card("what", Fact("Unsourced.", ())), "without a source"),
        (_break_card("what", Fact("Odd source.", ("s9",))), "unknown source 's9'"),
        (_break_card("what", Fact("Odd law.", ("s0",), ("sil-99",))), "unknown law article"),
        (_break_card("colour", Fact("Blue.", ("s0",))), "unknown point 'colour'"),
        (_break_card("what", Fact("The ****social card.", ("s0",))), "seed garbling"),
    ],
)
def test_problems_catches_broken_facts(data: Data, expected: str) -> None:
    assert any(expected in problem for problem in problems(data))


def test_problems_catches_a_difference_on_a_missing_point() -> None:
    bad = replace(
        knowledge.COMPARISONS["health-social"],
        differences=frozen_map({"security": Fact("Health cards are safe.", ("s0",))}),
    )
    comparisons = {**knowledge.COMPARISONS, bad.id: bad}
    found = problems(Data(comparisons=frozen_map(comparisons)))
    assert any("'security' is not on both cards" in problem for problem in found)


def test_problems_catches_bad_faqs_and_long_ids() -> None:
    faqs = list(knowledge.FAQS)
    faqs[0] = replace(faqs[0], id="a-question-id-that-is-far-too-long", articles=("sil-1",))
    faqs[1] = replace(faqs[1], compare=("health", "citizen"))
    found = problems(Data(faqs=tuple(faqs)))
    assert any("faq id" in problem for problem in found)
    assert any("unknown law article 'sil-1'" in problem for problem in found)
    assert any("do not compare health and citizen" in problem for problem in found)


def test_problems_catches_duplicate_aliases() -> None:
    health = knowledge.CARDS["health"]
    cards = {**knowledge.CARDS, "health": replace(health, aliases={"en": ("social card",)})}
    assert any("alias 'social card'" in p for p in problems(Data(cards=frozen_map(cards))))


# --- FAQs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "answer", "pair"),
    [
        (1, False, ("health", "social")),
        (2, False, ("social", "medical")),
        (3, False, ("citizen", "social")),
        (4, True, None),
        (5, False, ("emedical", "esocial")),
    ],
)
def test_seed_faqs(number: int, answer: bool, pair: tuple[str, str] | None) -> None:
    item = knowledge.faq(number)
    assert item is not None
    assert item.answer is answer
    assert item.verdict.startswith("Yes" if answer else "No")
    assert item.compare == pair
    if pair is not None:
        assert knowledge.comparison(*pair) is not None


def test_faq_5_lists_exactly_three_differences() -> None:
    item = knowledge.faq(5)
    assert item is not None
    assert len(item.reasons) == 3
    comparison = knowledge.comparison("esocial", "emedical")
    assert comparison is not None
    assert tuple(comparison.differences) == ("issuer", "eligibility", "function")
    assert item.reasons == tuple(comparison.differences.values())


def test_further_faqs_cover_what_the_seeds_teach() -> None:
    ids = [item.id for item in knowledge.FAQS]
    assert ids[5:] == ["insurance-kinds", "card-uses", "card-types", "employer-duty", "ss-number"]
    employer = knowledge.FAQS[ids.index("employer-duty")]
    assert "sil-58" in employer.articles and "30 days" in employer.verdict


def test_faq_numbers_are_one_based() -> None:
    assert knowledge.faq(0) is None
    assert knowledge.faq(len(knowledge.FAQS) + 1) is None
    first = knowledge.faq(1)
    assert first is knowledge.FAQS[0]
    assert knowledge.faq_number(first) == 1


# --- queries ---------------------------------------------------------------------------


def test_comparison_is_order_insensitive() -> None:
    assert knowledge.comparison("social", "health") is knowledge.comparison("health", "social")
    assert knowledge.comparison_by_id("health-social") is knowledge.comparison("social", "health")
    assert knowledge.comparison("health", "citizen") is None
    assert knowledge.comparison("social", "social") is None
    assert knowledge.comparison("social", "nope") is None


def test_shared_and_missing_points() -> None:
    shared = knowledge.shared_points("medical", "social")
    assert shared == ("what", "issuer", "function", "eligibility", "security")
    missing = knowledge.missing_points("social", "medical")
    assert missing == ("manager", "scope", "records", "form", "legal")
    assert knowledge.missing_points("medical", "social") == missing
    assert knowledge.shared_points("social", "nope") == ()


def test_cited_by() -> None:
    cards, faqs = knowledge.cited_by("sil-58")
    assert [c.id for c in cards] == ["social"]
    assert [f.id for f in faqs][:2] == ["health-social", "social-medical"]
    cards, faqs = knowledge.cited_by("ssc-3")
    assert "social" in [c.id for c in cards] and "hrss-social" in [f.id for f in faqs]
    assert knowledge.cited_by("sil-99") == ((), ())
    for article_id in knowledge.LAWS:
        cards, faqs = knowledge.cited_by(article_id)
        assert cards or faqs, f"{article_id} is cited by nothing"


def test_find_card_by_alias_with_or_without_accents() -> None:
    assert knowledge.find_card("Tarjeta Sanitaria") is knowledge.CARDS["health"]
    assert knowledge.find_card("certificado electronico de seguro medico") is knowledge.CARDS[
        "emedical"
    ]
    assert knowledge.find_card("  HRSS   card ") is knowledge.CARDS["social"]
    assert knowledge.find_card("citizen") is knowledge.CARDS["citizen"]
    assert knowledge.find_card("bus pass") is None


def test_the_data_is_frozen() -> None:
    social = knowledge.CARDS["social"]
    with pytest.raises(TypeError):
        social.points["colour"] = ()  # type: ignore[index]
    with pytest.raises(AttributeError):
        social.name = "x"  # type: ignore[misc]
    assert isinstance(knowledge.COMPARISONS["health-social"], Comparison)


# --- catalogs ----------------------------------------------------------------------------


def test_pot_is_not_stale() -> None:
    committed = {str(m.id) for m in _read(POT) if m.id}
    assert msgids() <= committed, sorted(msgids() - committed)
    domain = next(d for d in DOMAINS if d.name == "knowledge")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.pot"
        extract(domain, fresh)
        assert {str(m.id) for m in _read(fresh) if m.id} == committed


def test_every_msgid_has_a_spanish_translation() -> None:
    catalog = _read(PO["es"], "es")
    assert untranslated(msgids(), catalog) == []
    pot_ids = {str(m.id) for m in _read(POT) if m.id}
    assert untranslated(pot_ids, catalog) == []


def test_english_catalog_is_complete_and_untranslated() -> None:
    catalog = _read(PO["en"], "en")
    ids = {str(m.id) for m in catalog if m.id}
    assert msgids() <= ids
    assert all(not m.string and not m.fuzzy for m in catalog if m.id)


def test_untranslated_detects_fuzzy_and_empty_entries() -> None:
    catalog = Catalog(locale="es")
    catalog.add("Fine", "Bien")
    catalog.add("Fuzzy", "Borroso", flags=("fuzzy",))
    catalog.add("Empty", "")
    assert untranslated({"Fine", "Fuzzy", "Empty", "Absent"}, catalog) == [
        "Absent", "Empty", "Fuzzy",
    ]


@pytest.mark.parametrize("locale", ["en", "es"])
def test_msgfmt_check_passes(locale: str) -> None:
    msgfmt = shutil.which("msgfmt") or "/usr/bin/msgfmt"
    result = subprocess.run(
        [msgfmt, "--check", "-o", "/dev/null", str(PO[locale])], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_kgettext_renders_spanish() -> None:
    with use_locale("es"):
        assert kgettext(knowledge.CARDS["health"].name) == "Tarjeta de salud"
        assert kgettext(knowledge.POINTS["legal"].label) == "Base jurídica"
    with use_locale("en"):
        assert kgettext(knowledge.CARDS["health"].name) == "Health card"
