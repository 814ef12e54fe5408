"""A real PTB Application runs against the local Telegram; HTML rendering is safe."""

from __future__ import annotations

import pytest

from bot.emulator import LocalTelegram
from bot.emulator.errors import ApiError
from bot.emulator.spec import ApiSpec
from bot.emulator.tghtml import entities_to_html, parse_html
from tests.browser.echo_bot import build_echo_app, spec_path, start_polling, stop_polling

USER = 7


async def test_application_polls_answers_and_edits() -> None:
    tg = LocalTelegram(spec_path=spec_path())
    await tg.start()
    tg.user(USER, "Bea <&>", language_code="es")
    app = build_echo_app(tg.url)
    await start_polling(app)
    try:
        mark = tg.mark()
        tg.send_text(USER, "/start")
        call = await tg.wait_call("sendMessage", since=mark)
        assert call.ok and call.params["parse_mode"] == "HTML"
        welcome = tg.last_bot_message(USER)
        assert welcome is not None and welcome.text == "Welcome, Bea <&>! Press the button."
        [[(label, data)]] = tg.buttons(welcome)
        assert label == "Press me"
        mark = tg.mark()
        query_id = tg.press_button(USER, welcome.message_id, data)["callback_query"]["id"]
        await tg.wait_call("editMessageText", since=mark)
        await tg.idle(quiet=0.1)
        edited = tg.messages(USER)[-1]
        assert edited.message_id == welcome.message_id
        assert edited.text == "You pressed pressed & the message changed."
        assert tg.buttons(edited) == []
        assert tg.callback_answer(query_id) == {"callback_query_id": query_id, "text": "Done"}
        tg.send_text(USER, "echo me")
        await tg.wait_call("sendMessage", since=mark)
        await tg.idle(quiet=0.1)
        assert [m.text for m in tg.received(USER)][-1] == "echo me"
        assert tg.invalid_requests == []
    finally:
        await stop_polling(app)
        await tg.stop()


def test_rendered_html_escapes_everything_but_entities() -> None:
    text, entities = parse_html(
        '<b>&lt;script&gt;</b> <a href="javascript:alert(1)">x</a> '
        '<a href="https://e.org/?q=&quot;&gt;">y</a>\nz'
    )
    html = entities_to_html(text, entities)
    assert "<script>" not in html
    assert "<b>&lt;script&gt;</b>" in html
    assert "javascript:" not in html
    assert 'href="https://e.org/?q=&quot;&gt;"' in html
    assert html.endswith("<br>z")


def test_overlapping_entities_render_well_nested() -> None:
    entities = [
        {"type": "bold", "offset": 0, "length": 4},
        {"type": "italic", "offset": 2, "length": 4},
    ]
    assert entities_to_html("abcdef", entities) == "<b>ab<i>cd</i></b><i>ef</i>"


def test_entity_offsets_are_utf16() -> None:
    text, entities = parse_html("😀 <b>x</b>")
    assert text == "😀 x"
    assert entities == [{"type": "bold", "offset": 3, "length": 1}]
    assert entities_to_html(text, entities) == "😀 <b>x</b>"


def test_lenient_ampersand_mode() -> None:
    assert parse_html("Tom & Jerry", strict_amp=False)[0] == "Tom & Jerry"
    with pytest.raises(ApiError):
        parse_html("Tom & Jerry")


def test_spec_decodes_form_values_by_type() -> None:
    spec = ApiSpec.load(spec_path())
    params = spec.decode("sendMessage", {
        "chat_id": "@channel", "text": "42", "disable_notification": "false",
        "reply_markup": '{"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}',
    })  # fmt: skip
    assert params["chat_id"] == "@channel" and params["text"] == "42"
    assert params["disable_notification"] is False
    assert params["reply_markup"]["inline_keyboard"][0][0]["text"] == "a"
    with pytest.raises(ApiError, match="InlineKeyboardButton"):
        markup = {"inline_keyboard": [[{"callback_data": "b"}]]}
        spec.decode("sendMessage", {"chat_id": 1, "text": "x", "reply_markup": markup})
    assert spec.canonical("SENDMESSAGE") == "sendMessage"
