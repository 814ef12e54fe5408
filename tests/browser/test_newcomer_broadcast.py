"""A newcomer tries broadcasts in local mode (`python -m bot run`, no variable set) on the chat
page: adds the bot to a group and a channel, subscribes the group, sets the channel's language,
composes /broadcast, and reads the progress message and the report; both chats get the message."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.test_chat_page import CHROMEDRIVER, CHROMIUM, browser
from tests.browser.test_real_bot_page import local_mode

__all__ = ["browser", "local_mode"]

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver",
)

# The page re-renders messages as they change: find and click in one script, retried by waits.
_PRESS = """
const [label] = arguments;
const buttons = [...document.querySelectorAll('.msg.bot .keyboard button')]
  .filter((b) => b.textContent.includes(label));
if (!buttons.length) return false;
buttons[buttons.length - 1].click();
return true;
"""
_BOT_TEXTS = "return [...document.querySelectorAll('.msg.bot .body')].map((b) => b.innerText);"
_OPEN_CHAT = """
const item = [...document.querySelectorAll('#chats li')]
  .find((li) => li.textContent.startsWith(arguments[0]));
if (!item) return false;
item.click();
return true;
"""


def test_newcomer_adds_chats_composes_a_broadcast_and_reads_the_report(
    local_mode: str, browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    wait = WebDriverWait(browser, 20)

    def bot_says(text: str) -> None:
        wait.until(lambda d: any(text in t for t in d.execute_script(_BOT_TEXTS)),
                   f"the bot never said {text!r}")

    def write(text: str) -> None:
        box = browser.find_element(By.ID, "text")
        box.clear()
        box.send_keys(text)
        browser.find_element(By.ID, "send").click()

    def press(label: str) -> None:
        wait.until(lambda d: d.execute_script(_PRESS, label), f"no button {label!r}")

    def open_chat(title: str) -> None:
        wait.until(lambda d: d.execute_script(_OPEN_CHAT, title), f"no chat {title!r}")

    def add_chat(kind: str, title: str) -> None:
        name = browser.find_element(By.ID, "new-chat-title")
        name.clear()
        name.send_keys(title)
        browser.find_element(By.ID, f"add-{kind}").click()
        wait.until(lambda d: d.find_element(By.ID, "chat-title").text == title)

    browser.get(local_mode)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#chats li"))
    add_chat("group", "Card friends")
    write("/subscribe")
    bot_says("Done: this group will receive my updates.")
    add_chat("channel", "Card news")
    open_chat("@")  # the private chat with the bot
    bot_says("Which language should I post in there?")
    press("Español")
    bot_says("Done: I will post in Spanish in Card news.")

    write("/broadcast")
    bot_says("What do you want to send?")
    press("My own text")
    press("One for all")
    bot_says("Send the text, as plain text.")
    write("Hello from the chat page")
    bot_says("Who should receive it?")
    press("All chats")
    bot_says("Send this to all subscribed chats? There are 2.")
    press("Send now")
    bot_says("Broadcast #1: finished")  # the progress message, at its end
    bot_says("Delivered: 2")  # the report
    texts = browser.execute_script(_BOT_TEXTS)
    assert any("100%" in t and "2 of 2 chats checked" in t for t in texts)
    assert not any("left" in t for t in texts if "Broadcast #1: finished" in t)
    browser.save_screenshot(str(tmp_path / "report.png"))

    for title in ("Card friends", "Card news"):
        open_chat(title)
        bot_says("Hello from the chat page")
