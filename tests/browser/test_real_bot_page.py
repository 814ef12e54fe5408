"""The chat page of a running local mode (`python -m bot run`): /start, then press a button."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # selenium is imported inside the tests, which skip without a browser
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.test_chat_page import CHROMEDRIVER, CHROMIUM, browser

__all__ = ["browser"]
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def local_mode(tmp_path: Path) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "REDIS_URL")}
    env["EMULATOR_PORT"] = str(_free_port())
    log = tmp_path / "bot.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=REPO, env=env,
                                stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            url = None
            while url is None and time.monotonic() < deadline and proc.poll() is None:
                found = re.search(r"http://[\w.:]+/", log.read_text())
                url = found.group(0) if found else None
                time.sleep(0.1)
            assert url is not None, f"no chat page URL printed:\n{log.read_text()}"
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


# The text of one message of the page, by the message's id.
_BODY_TEXT = "const n = document.querySelector(arguments[0]); return n ? n.innerText : null;"


def _write(browser: object, page: str, text: str) -> tuple[Any, Any]:
    """Open the chat page and write `text` to the bot; the driver and a 20-second wait."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    wait = WebDriverWait(browser, 20)
    browser.get(page)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#chats li")))
    browser.find_element(By.ID, "text").send_keys(text)
    browser.find_element(By.ID, "send").click()
    return browser, wait


def test_real_bot_start_and_button(local_mode: str, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver, wait = _write(browser, local_mode, "/start")
    welcome = wait.until(
        ec.presence_of_element_located((By.CSS_SELECTOR, ".msg.bot .keyboard button"))
    ).find_element(By.XPATH, "ancestor::div[contains(@class, 'msg')]")
    before = welcome.find_element(By.CSS_SELECTOR, ".body").text
    message_id = welcome.get_attribute("data-message-id")
    assert before.strip()
    welcome.find_element(By.CSS_SELECTOR, ".keyboard button").click()
    body = f'.msg.bot[data-message-id="{message_id}"] .body'
    wait.until(lambda d: d.execute_script(_BODY_TEXT, body) not in (None, before))
    assert str(driver.execute_script(_BODY_TEXT, body)).strip()


def test_real_bot_task_question_then_a_cards_profile(local_mode: str, browser: object) -> None:
    """A newcomer types what they need, gets the task screen, and presses through to a card."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver, wait = _write(browser, local_mode, "which card do I bring to the hospital?")
    task = wait.until(
        ec.presence_of_element_located(
            (By.XPATH, "//div[contains(@class, 'msg') and contains(@class, 'bot')]"
                       "[.//*[contains(text(), 'See a doctor or pay at a hospital')]]")
        )
    )
    message_id = task.get_attribute("data-message-id")
    assert "Health card" in task.find_element(By.CSS_SELECTOR, ".body").text
    buttons = task.find_elements(By.CSS_SELECTOR, ".keyboard button")
    next(b for b in buttons if b.text.endswith("Health card")).click()
    body = f'.msg.bot[data-message-id="{message_id}"] .body'
    wait.until(lambda d: str(d.execute_script(_BODY_TEXT, body)).startswith("Health card"))
    profile = str(driver.execute_script(_BODY_TEXT, body))
    assert "local health departments" in profile


# The message, among those shown, whose text has arguments[0] and which has a button labelled
# with arguments[1] (the newest such).
_MESSAGE_WITH_BUTTON = """
const found = [...document.querySelectorAll('.msg.bot')].filter((m) =>
  m.innerText.includes(arguments[0]) &&
  [...m.querySelectorAll('.keyboard button')].some((b) => b.innerText.includes(arguments[1])));
return found.length ? found[found.length - 1].dataset.messageId : null;"""
_GROUP = "//ul[@id='chats']/li[contains(., 'Card talk')]"  # the group, in the list of chats


def _open_group(local_mode: str, browser: WebDriver) -> WebDriverWait[WebDriver]:
    """The chat page with the bot added to a new group "Card talk", which is open."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    browser.get(local_mode)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#chats li")))
    browser.find_element(By.ID, "new-chat-title").send_keys("Card talk")
    browser.find_element(By.ID, "add-group").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "chat-title"), "Card talk"))
    return wait


def test_a_tap_under_someone_elses_group_answer_opens_the_screen_in_a_private_chat(
    local_mode: str, browser: object
) -> None:
    """Ben taps a button under the bot's answer to Ann: his own private chat shows that screen."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec

    assert isinstance(browser, WebDriver)
    wait = _open_group(local_mode, browser)
    browser.find_element(By.ID, "text").send_keys(
        "Hi @cardguide_bot, health card vs social security card?")
    browser.find_element(By.ID, "send").click()
    answer = wait.until(lambda d: d.execute_script(_MESSAGE_WITH_BUTTON, "not a social security",
                                                   "See the comparison"))

    for field, value in (("user-id", "1002"), ("user-name", "Ben")):
        box = browser.find_element(By.ID, field)
        box.clear()
        box.send_keys(value)
    browser.find_element(By.ID, "user-save").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "chat-title"), "(private)"))
    wait.until(lambda d: d.find_elements(By.XPATH, _GROUP)).pop().click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "chat-title"), "Card talk"))
    message = wait.until(lambda d: d.find_element(
        By.CSS_SELECTOR, f'.msg.bot[data-message-id="{answer}"]'))
    before = message.find_element(By.CSS_SELECTOR, ".body").text
    next(b for b in message.find_elements(By.CSS_SELECTOR, ".keyboard button")
         if "See the comparison" in b.text).click()

    wait.until(ec.text_to_be_present_in_element((By.ID, "chat-title"), "(private)"))
    assert "someone else" in browser.find_element(By.ID, "toast").text
    sent = wait.until(lambda d: d.find_elements(By.XPATH,
                                                "//div[contains(@class, 'msg user')]"
                                                "[contains(., '/start cmp-')]"))
    assert sent[-1].find_element(By.CSS_SELECTOR, ".body").text == "/start cmp-health-social"
    screen = wait.until(lambda d: d.execute_script(_MESSAGE_WITH_BUTTON, "", "Who manages it"))
    text = str(browser.execute_script(_BODY_TEXT, f'.msg.bot[data-message-id="{screen}"] .body'))
    assert "Health card" in text.split("\n")[0] and "Social security card" in text
    # Ann's answer in the group is as she left it.
    browser.find_element(By.XPATH, _GROUP).click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "chat-title"), "Card talk"))
    body = f'.msg.bot[data-message-id="{answer}"] .body'
    assert wait.until(lambda d: d.execute_script(_BODY_TEXT, body)) == before


def test_open_the_full_guide_under_a_shared_answer_opens_it_in_a_private_chat(
    local_mode: str, browser: object
) -> None:
    """A result shared from inline mode into a group: its URL button leads to the private chat."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec

    assert isinstance(browser, WebDriver)
    wait = _open_group(local_mode, browser)
    browser.find_element(By.ID, "text").send_keys("@cardguide_bot health card")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#inline-results .result"))[0].click()
    guide = wait.until(lambda d: d.find_elements(
        By.XPATH, "//div[contains(@class, 'msg')]//a[contains(., 'Open the full guide')]"))[-1]
    link = str(guide.get_attribute("href"))
    assert link.startswith("https://t.me/cardguide_bot?start=")
    guide.click()

    wait.until(ec.text_to_be_present_in_element((By.ID, "chat-title"), "(private)"))
    assert len(browser.window_handles) == 1  # no tab opened on the real t.me
    start = f"/start {link.partition('?start=')[2]}"
    wait.until(lambda d: [m for m in d.find_elements(By.CSS_SELECTOR, ".msg.user .body")
                          if m.text == start])
    screen = wait.until(lambda d: d.execute_script(_MESSAGE_WITH_BUTTON, "", "Back"))
    text = str(browser.execute_script(_BODY_TEXT, f'.msg.bot[data-message-id="{screen}"] .body'))
    assert "Health card" in text
