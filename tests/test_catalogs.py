"""The gettext catalogs: fresh against the code, Spanish complete, GNU msgfmt happy."""

from __future__ import annotations

from bot.catalogs import problems
from bot.i18n import _, kgettext, use_locale


def test_catalogs_have_no_problems() -> None:
    assert problems() == []


def test_spanish_catalogs_are_used_at_run_time() -> None:
    with use_locale("es"):
        assert _("Main menu") == "Menú principal"
        assert kgettext("What it is") != "What it is"
    with use_locale("en"):
        assert _("Main menu") == "Main menu"
