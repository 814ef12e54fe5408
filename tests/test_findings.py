"""Issue 17's audit findings: each test fails on the text the audit found (what a user saw)."""

from __future__ import annotations

from bot import knowledge
from bot.addresses import PAGE_MARK
from bot.i18n import kgettext, use_locale
from bot.knowledge.integrity import Data
from bot.screens import render
from bot.serving.commands import description, short_description


def _screen(node: str, locale: str = "en") -> str:
    """The whole screen, every page of it, as the user reads it."""
    with use_locale(locale):
        screen = render(node)
        assert screen is not None, node
        pages = [screen.text]
        while (more := render(f"{node}{PAGE_MARK}{len(pages) + 1}")) is not None:
            pages.append(more.text)
        return "\n\n".join(pages)


def _all_facts() -> list[str]:
    return [fact.text for _where, fact in Data().facts()]


def _everything_in(locale: str) -> str:
    """Every knowledge string as a user of the locale reads it."""
    data = Data()
    from bot.knowledge.integrity import msgids

    with use_locale(locale):
        return "\n".join(kgettext(text) for text in sorted(msgids(data)))


# --- stretched ---------------------------------------------------------------------------


def test_the_social_card_serves_various_fields_not_all() -> None:
    for node in ("card:social", "faq:4"):
        text = _screen(node)
        assert "all the business fields" not in text
        assert "various business fields" in text


def test_article_4s_requirement_is_not_stated_as_fact() -> None:
    facts = " ".join(_all_facts())
    assert "usable everywhere" not in facts
    assert "usable throughout the country" not in facts
    assert "Article 4 of the Measures requires" in _screen("card:social")


def test_no_applicant_is_named_for_the_card_and_art_58_is_not_tied_to_it() -> None:
    text = _screen("faq:9")
    assert "apply for a social security card for you" not in text
    assert "without saying who applies" in text
    eligibility = knowledge.CARDS["social"].points["eligibility"]
    employer = next(fact for fact in eligibility if "employer" in fact.text)
    assert employer.articles == ()


def test_the_card_can_record_insurance_details() -> None:
    text = _screen("card:social")
    assert "It can record your contributions" in text


def test_converging_keeps_the_source_wording() -> None:
    text = _screen("card:citizen")
    assert "one card can serve for everything" not in text
    assert "enjoy convenient services with one card" in text


def test_the_electronic_card_is_for_the_online_application_as_the_source_says() -> None:
    for node in ("card:esocial", "cmp:emedical:esocial"):
        text = _screen(node)
        assert "for using the social security card online" not in text
        assert "online application for a social security card" in text


def test_the_garbled_scope_of_the_e_certificate_is_reported_as_garbled() -> None:
    for node in ("card:emedical", "cmp:emedical:esocial"):
        text = _screen(node)
        assert "applies to all medical insurance business" not in text
        assert "garbled" in text


def test_insurance_kinds_are_not_five_and_include_other_social_insurance() -> None:
    text = _screen("faq:6")
    assert "Five:" not in text
    assert "other social insurance" in text


def test_the_unnumbered_article_is_not_called_article_3() -> None:
    text = _screen("faq:5")
    assert "Social Insurance Law of the People's Republic of China, Article 3" not in text
    assert "an article the source leaves unnumbered" in text
    assert "un artículo que la fuente deja sin número" in _screen("faq:5", "es")


def test_law_texts_keep_the_sources_words() -> None:
    assert "shall verify the social insurance premium" in _screen("law:sil-58")
    assert "assess" not in _screen("law:sil-58")
    assert "social insurance administration organizations free of charge" in _screen(
        "law:sil-74"
    )
    assert "issuance, application and management" in _screen("law:ssc-1")
    assert "issuance and application of national social security cards" in _screen("law:ssc-3")
    ssc4 = _screen("law:ssc-4")
    assert "usable everywhere" not in ssc4 and "multi-purpose and universal" in ssc4


def test_a_repaired_law_text_says_so() -> None:
    text = _screen("law:sil-75")
    assert "jointly" not in text
    assert "[…]" in text and "Repaired by the bot:" in text
    assert "garbled" in text
    assert "Reparado por el bot:" in _screen("law:sil-75", "es")


# --- unsupported ---------------------------------------------------------------------------


def test_compare_does_not_call_a_card_and_its_electronic_form_two_cards() -> None:
    for node in ("cmp:social:esocial", "cmp:health:citizen"):
        for locale in ("en", "es"):
            text = _screen(node, locale)
            assert "two different cards" not in text
            assert "dos tarjetas distintas" not in text


def test_the_six_cards_are_not_all_called_social_security_cards() -> None:
    for locale in ("en", "es"):
        with use_locale(locale):
            home = _screen("home", locale)
            for text in (home, description(), short_description()):
                assert "social-security system" not in text
                assert "social-security cards" not in text
                assert "sistema de seguridad social" not in text


# --- tense and scope -----------------------------------------------------------------------


def test_dated_words_are_not_stated_as_todays_fact() -> None:
    assert "In the future you will also be able" not in _screen("card:social")
    assert "an undated article" in _screen("card:social")
    faq = _screen("faq:6")
    assert "\nSome provinces and cities are trying out" not in faq
    assert "an undated article, says that some provinces" in faq


def test_the_citizen_cards_uses_keep_varies_from_city_to_city() -> None:
    text = _screen("card:citizen:function")
    assert "varies from city to city" in text
    assert "varies from city to city" in _screen("cmp:citizen:social:scope")


# --- left out ------------------------------------------------------------------------------


def test_the_free_record_sheets_of_article_74_are_told() -> None:
    assert "send them record sheets of their rights regularly and free of charge" in _screen(
        "card:social"
    )


def test_the_medical_card_profile_says_who_held_it() -> None:
    text = _screen("card:medical")
    assert "all insured persons have had two cards" in text
    assert "who can get it and how" not in text.split("The sources say nothing about:")[-1]


# --- Spanish -------------------------------------------------------------------------------


def test_spanish_names_and_labels_do_not_mislead() -> None:
    spanish = _everything_in("es")
    for wrong in (
        "E-tarjeta social",
        "E-certificado médico",
        "seguridad laboral",
        "nivel de distrito",
        "de forma unívoca",
        "Quién la emite",
        "Física o electrónica",
        "Quién puede obtenerla y cómo",
        "Quién la gestiona",
        "arjeta sanitaria",
    ):
        assert wrong not in spanish, wrong
    assert "Tarjeta de salud" in spanish


def test_language_names_are_lowercase_mid_sentence_in_spanish() -> None:
    from bot.screens.home import language_name, language_named_here

    with use_locale("es"):
        from bot.i18n import _

        note = _("I will answer in {language} from now on.").format(
            language=language_named_here("es")
        )
    assert note == "A partir de ahora responderé en español."
    assert language_name("es") == "Español"  # on its own, as a button, it is capitalized


# --- found while quoting: sentences that said more than their quote ------------------------


def test_comparisons_say_no_more_than_their_quotes() -> None:
    medical = _screen("cmp:medical:social")
    assert "does everything the medical insurance card does" not in medical
    assert "has the functions of the medical insurance card" in medical
    health = _screen("cmp:health:social:what")
    assert "The health card records personal health" not in health
    assert "The health card is mainly used to record" in health
    assert "used widely across social insurance" not in _screen("card:social:scope")
    certificate = _screen("card:emedical:scope")
    assert "means either" not in certificate
    assert '"applicable to all medical insurance companies"' in certificate
