"""Groups and channels: the registry follows the bot's membership; admins steer subscriptions.

- my_chat_member: record the chat (title, type, status); a channel is subscribed while the bot is
  an admin there, and the admin who added it is asked, in private, which language to post in;
  a group the bot has just joined gets one introduction (how to ask, the admins' commands).
- a group's migration to a supergroup moves its record to the new id.
- /subscribe and /unsubscribe in a group, by its admins only (getChatMember, cached).
- /channels in private: the channels you added me to, with their language.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable

from redis.exceptions import RedisError
from telegram import (
    Chat,
    ChatMember,
    ChatMemberRestricted,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.broadcast.admins import is_chat_admin
from bot.broadcast.registry import ChatRegistry
from bot.callbacks import ChatLanguage
from bot.context import BotApplication, BotContext
from bot.i18n import SUPPORTED_LOCALES, _
from bot.screens.home import how_to_ask_in_group, language_name, language_named_here
from bot.venue import Venue

log = logging.getLogger(__name__)


def registry(context: BotContext) -> ChatRegistry:
    return ChatRegistry(context.services.redis, context.services.config.key_prefix)


async def may_change(context: BotContext, chat_id: int, user_id: int) -> bool:
    services = context.services
    return await is_chat_admin(context.bot, services.redis, services.config.key_prefix,
                               chat_id, user_id)


def language_buttons(chat_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(language_name(code),
                             callback_data=ChatLanguage(chat_id, code).pack())
        for code in SUPPORTED_LOCALES
    ]])


async def on_my_member(update: Update, context: BotContext) -> None:
    change = update.my_chat_member
    if change is None or change.chat.type == Chat.PRIVATE:
        return
    chat = change.chat
    old, new = change.old_chat_member.status, change.new_chat_member.status
    adder = change.from_user.id if change.from_user else None
    found = registry(context)

    async def record() -> None:
        await found.record(chat.id, chat.type, chat.title or "", new, added_by=adder)

    await _write_or_retry(context, record, chat.id, f"chat {chat.id} ({chat.type}): bot {new}")
    log.info("chat %s (%s): bot %s -> %s", chat.id, chat.type, old, new)
    if chat.type == Chat.CHANNEL and new == "administrator" and adder is not None:
        await _ask_channel_language(context, adder, chat)
    elif chat.type in (Chat.GROUP, Chat.SUPERGROUP) and joined(change):
        # Once per addition; after that the bot speaks in a group only when addressed.
        await _say(context, chat.id, introduction(context.bot.username))


def _is_in(member: ChatMember) -> bool:
    if isinstance(member, ChatMemberRestricted):
        return member.is_member
    return member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER)


def joined(change: ChatMemberUpdated) -> bool:
    """The bot came in (added, or back after leaving); a promotion or demotion is not a join."""
    return _is_in(change.new_chat_member) and not _is_in(change.old_chat_member)


def introduction(bot_username: str | None) -> str:
    """What the bot says once when added to a group: what it does, how to ask, admin commands."""
    return "\n\n".join([
        _("<b>Hello!</b> I tell apart six cards used in China that people often confuse, and "
          "every answer comes with its source."),
        how_to_ask_in_group(Venue(True, bot_username or "").mention),
        _("<b>For admins</b>\n"
          "/subscribe: receive my updates in this group (/unsubscribe stops them)\n"
          "/language: the language I use here\n"
          "/help: how to use me"),
    ])


async def _ask_channel_language(context: BotContext, user_id: int, chat: Chat) -> None:
    text = _("I can post in <b>{title}</b> now. Which language should I post in there?").format(
        title=html.escape(chat.title or str(chat.id)))
    await _say(context, user_id, text, language_buttons(chat.id))


async def _say(context: BotContext, chat_id: int, text: str,
               markup: InlineKeyboardMarkup | None = None) -> None:
    try:
        await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                                       reply_markup=markup)
    except TelegramError as exc:  # e.g. the user never started a private chat with the bot
        log.info("could not write to %s: %s", chat_id, exc)


async def on_migrate(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if not isinstance(message, Message):
        return
    if message.migrate_to_chat_id:
        old, new = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old, new = message.migrate_from_chat_id, message.chat.id
    else:
        return
    found = registry(context)

    async def migrate() -> None:
        await found.migrate(old, new)

    await _write_or_retry(context, migrate, old, f"chat {old} migrated to {new}")


async def _write_or_retry(context: BotContext, write: Callable[[], Awaitable[None]],
                          chat_id: int, what: str) -> None:
    """Telegram sends a membership change once: a write Redis missed is retried, not dropped."""
    try:
        await write()
    except (RedisError, OSError):
        context.services.pending.retry(write, what, key=f"chat:{chat_id}")


async def subscribe(update: Update, context: BotContext) -> None:
    await _set_subscription(update, context, True)


async def unsubscribe(update: Update, context: BotContext) -> None:
    await _set_subscription(update, context, False)


async def _set_subscription(update: Update, context: BotContext, on: bool) -> None:
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None or message is None:
        return
    if chat.type == Chat.PRIVATE:
        await message.reply_text(_(
            "Use this command in a group where you are an admin. A channel receives my updates "
            "while I am an admin there."))
        return
    if not await may_change(context, chat.id, user.id):
        await message.reply_text(_("Sorry, only this group's admins can change that."))
        return
    found = registry(context)
    if await found.get(chat.id) is None:
        await found.record(chat.id, chat.type, chat.title or "", "member")
    await found.set_subscribed(chat.id, on)
    await message.reply_text(
        _("Done: this group will receive my updates. /unsubscribe stops them.") if on
        else _("Done: this group will not receive my updates any more. /subscribe to resume."))


async def channels(update: Update, context: BotContext) -> None:
    user, message = update.effective_user, update.effective_message
    if user is None or message is None:
        return
    found = await registry(context).channels_added_by(user.id)
    if not found:
        await message.reply_text(_("You have not added me to any channel as an admin."))
        return
    for chat in found:
        language = language_named_here(chat.locale or context.services.config.default_language)
        text = _("<b>{title}</b>: I post there in {language}.").format(
            title=html.escape(chat.title), language=language)
        await message.reply_text(text, parse_mode=ParseMode.HTML,
                                 reply_markup=language_buttons(chat.chat_id))


async def on_chat_language(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.from_user is not None
    tap = ChatLanguage.unpack(query.data)
    if tap is None or tap.code not in SUPPORTED_LOCALES:
        await query.answer(_("That button is from an older message."))
        return
    chat_id = tap.chat_id
    if not await may_change(context, chat_id, query.from_user.id):
        await query.answer(_("Sorry, only the chat's admins can change that."), show_alert=True)
        return
    code = tap.code
    await context.services.store.set_chat_locale(chat_id, code)
    info = await registry(context).get(chat_id)
    await query.answer()  # in the admin's language; the channel's is named in it
    title = html.escape(info.title if info else str(chat_id))
    await query.edit_message_text(
        _("Done: I will post in {language} in <b>{title}</b>.").format(
            language=language_named_here(code), title=title), parse_mode=ParseMode.HTML)


def register(app: BotApplication) -> None:
    app.add_handler(ChatMemberHandler(on_my_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, on_migrate))
    app.add_handler(CommandHandler("subscribe", subscribe))
    app.add_handler(CommandHandler("unsubscribe", unsubscribe))
    app.add_handler(CommandHandler("channels", channels, filters.ChatType.PRIVATE))
    app.add_handler(CallbackQueryHandler(on_chat_language, pattern=ChatLanguage.claims()))
