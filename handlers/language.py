"""/language and the language buttons: per user in private chats, per chat in groups."""

from __future__ import annotations

import logging

from telegram import Chat, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.addresses import Languages
from bot.broadcast.admins import is_chat_admin
from bot.callbacks import ChooseLanguage
from bot.context import BotApplication, BotContext
from bot.i18n import SUPPORTED_LOCALES, _, set_locale
from bot.screens import Screen, render
from bot.screens.home import language_named_here
from bot.state.session import HOME
from handlers._show import edit_to_home, send, send_screen

log = logging.getLogger(__name__)


async def choose(update: Update, context: BotContext) -> None:
    chat, user = update.effective_chat, update.effective_user
    # Only admins see the picker in a group: a member would be refused at the tap anyway.
    in_group = chat is not None and chat.type != Chat.PRIVATE
    if chat is not None and in_group and (
        user is None or not await _may_change(context, chat.id, user.id)
    ):
        await send(update, Screen(_("Only the chat's admins can change its language.")))
        return
    screen = render(Languages())
    assert screen is not None
    await send_screen(update, context, screen, [HOME, Languages().pack()])


async def _may_change(context: BotContext, chat_id: int, user_id: int) -> bool:
    services = context.services
    return await is_chat_admin(context.bot, services.redis, services.config.key_prefix,
                               chat_id, user_id)


async def chosen(update: Update, context: BotContext) -> None:
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None and query.from_user is not None
    tap = ChooseLanguage.unpack(query.data)
    code = tap.code if tap is not None else ""
    if code not in SUPPORTED_LOCALES:
        await query.answer(_("That language is not available."))
        return
    store = context.services.store
    if chat is not None and chat.type != Chat.PRIVATE:
        if not await _may_change(context, chat.id, query.from_user.id):
            refusal = _("Only the chat's admins can change its language.")
            await query.answer(refusal, show_alert=True)
            return
        await store.set_chat_locale(chat.id, code)
    else:
        await store.set_user_locale(query.from_user.id, code)
    set_locale(code)
    await query.answer()
    home = render(HOME)
    assert home is not None
    note = _("I will answer in {language} from now on.").format(language=language_named_here(code))
    await edit_to_home(update, context, home.with_note(note))


def register(app: BotApplication) -> None:
    app.add_handler(CommandHandler("language", choose))
    app.add_handler(CallbackQueryHandler(chosen, pattern=ChooseLanguage.claims()))
