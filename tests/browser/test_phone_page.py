"""The chat page of a running local mode on a phone (412x915): the walk a newcomer takes, every
button label whole, every first screen within one phone screen, and a reply in a group.

A screenshot of each kind of screen is kept for a person to look at: in $CARDBOT_ARTIFACTS
(default `test-artifacts/` in the repository, ignored by git), printed at the end.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.browser.test_chat_page import CHROMEDRIVER, CHROMIUM
from tests.browser.test_real_bot_page import REPO, local_mode

__all__ = ["local_mode"]

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver",
)

WIDTH, HEIGHT = 412, 915
# A screen's first view fits one phone screen: about this many characters of text.
SCREEN_BUDGET = 900
# Labels whose lines break elsewhere than after a space or a hyphen, or that overflow.
_BROKEN_LABELS = """
const broken = [];
const root = document.querySelector(arguments[0]);
for (const b of root.querySelectorAll('.keyboard button, .keyboard a')) {
  if (b.scrollWidth > b.clientWidth + 1) { broken.push(b.textContent + ' (overflows)'); continue; }
  const node = b.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) continue;
  const text = node.textContent;
  const range = document.createRange();
  let lastTop = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xDC00 && code <= 0xDFFF) continue;  // the second half of an emoji
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rects = range.getClientRects();
    if (!rects.length || rects[0].width === 0) continue;
    const top = Math.round(rects[0].top);
    if (lastTop !== null && top > lastTop + 2 && !/[\\s\\-\\/]/.test(text[i - 1])
        && !/\\s/.test(text[i])) {
      broken.push(text);
      break;
    }
    lastTop = top;
  }
}
return broken;
"""
_BODY_TEXT = "const n = document.querySelector(arguments[0]); return n ? n.innerText : null;"


def artifacts() -> Path:
    where = Path(os.environ.get("CARDBOT_ARTIFACTS") or REPO / "test-artifacts") / "phone"
    where.mkdir(parents=True, exist_ok=True)
    return where


@pytest.fixture
def phone() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 2, "mobile": True,
    })
    try:
        yield driver
    finally:
        driver.quit()


class Walk:
    """One menu message on the page, pressed through as a person would."""

    def __init__(self, driver: Any, message_id: str) -> None:
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver = driver
        self.wait = WebDriverWait(driver, 20)
        self.selector = f'.msg.bot[data-message-id="{message_id}"]'

    @property
    def text(self) -> str:
        return str(self.driver.execute_script(_BODY_TEXT, f"{self.selector} .body") or "")

    def labels(self) -> list[str]:
        from selenium.webdriver.common.by import By

        found = self.driver.find_elements(By.CSS_SELECTOR, f"{self.selector} .keyboard button")
        return [str(b.text) for b in found]

    def press(self, label: str) -> str:
        """Press the button labelled `label` (exactly); the text once the message changed."""
        from selenium.webdriver.common.by import By

        before = self.text
        buttons = self.driver.find_elements(By.CSS_SELECTOR, f"{self.selector} .keyboard button")
        target = next((b for b in buttons if b.text.strip() == label), None)
        assert target is not None, f"no button {label!r} in {[b.text for b in buttons]}"
        target.click()
        self.wait.until(lambda d: self.text not in ("", before))
        return self.text

    def broken_labels(self) -> list[str]:
        return list(self.driver.execute_script(_BROKEN_LABELS, self.selector))

    def shoot(self, kind: str) -> Path:
        """The phone screen with the message's top at the top, as a person sees it first."""
        self.driver.execute_script(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'start'});",
            self.selector)
        path = artifacts() / f"{kind}.png"
        self.driver.save_screenshot(str(path))
        return path


def send(driver: Any, text: str) -> None:
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.ID, "text")
    box.send_keys(text)
    driver.find_element(By.ID, "send").click()


def newest_bot_message(driver: Any, wait: Any, after: int, containing: str = "") -> str:
    """The id of the first bot message newer than `after` (whose text has `containing`)."""
    script = """
    for (const m of document.querySelectorAll('.msg.bot')) {
      if (Number(m.dataset.messageId) > arguments[0] && m.innerText.includes(arguments[1]))
        return m.dataset.messageId;
    }
    return null;"""
    found = wait.until(lambda d: d.execute_script(script, after, containing))
    return str(found)


def last_message_id(driver: Any) -> int:
    found = driver.execute_script(
        "const all = document.querySelectorAll('.msg');"
        "return all.length ? Number(all[all.length - 1].dataset.messageId) : 0;")
    return int(found or 0)


def test_a_newcomer_walks_the_menus_on_a_phone(local_mode: str, phone: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(phone, 20)
    phone.get(local_mode)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#chats li")))
    # The sidebar is folded away: the chat has the phone's whole width.
    chat_width = phone.execute_script("return document.getElementById('messages').clientWidth")
    assert chat_width >= WIDTH - 20
    assert not phone.find_element(By.ID, "side-body").is_displayed()

    sizes: dict[str, int] = {}
    broken: dict[str, list[str]] = {}
    shots: list[Path] = []

    def look(kind: str, walk: Walk) -> None:
        sizes[kind] = len(walk.text)
        broken[kind] = walk.broken_labels()
        shots.append(walk.shoot(kind))

    def start() -> Walk:
        mark = last_message_id(phone)
        send(phone, "/start")
        return Walk(phone, newest_bot_message(phone, wait, mark, "Card Guide"))

    walk = start()
    look("home", walk)
    walk.press("⚖️ Compare two cards")
    walk.press("Health card")
    comparison = walk.press("Social security card")
    look("comparison", walk)
    walk.press("What it is for")
    look("point", walk)
    assert walk.press("⬅️ Back") == comparison

    walk = start()
    walk.press("🪪 About a card")
    walk.press("Health card")
    look("card-profile", walk)

    walk = start()
    walk.press("❓ Common questions")
    walk.press("Health card or social security card?")
    look("faq-answer", walk)

    walk = start()
    walk.press("🧭 What do you need to do?")
    walk.press("🏥 Health care")
    walk.press(next(label for label in walk.labels() if "doctor" in label))
    look("task", walk)

    print(f"\nphone screenshots ({WIDTH}x{HEIGHT}): {artifacts()}")
    for kind, size in sizes.items():
        print(f"  {kind}: {size} characters")
    assert {kind: labels for kind, labels in broken.items() if labels} == {}
    over = {kind: size for kind, size in sizes.items() if size > SCREEN_BUDGET}
    assert over == {}, f"first screens over {SCREEN_BUDGET} characters: {over}"


def test_a_group_on_a_phone_intro_title_and_a_reply_to_the_bot(local_mode: str,
                                                               phone: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(phone, 20)
    phone.get(local_mode)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#chats li")))
    phone.find_element(By.ID, "side-toggle").click()
    title = phone.find_element(By.ID, "new-chat-title")
    wait.until(lambda d: title.is_displayed())
    title.send_keys("Phone group")
    phone.find_element(By.ID, "add-group").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "chat-title"), "Phone group"))
    assert title.get_attribute("value") == ""  # the next group is not named after this one
    assert not phone.find_element(By.ID, "side-body").is_displayed()

    intro = Walk(phone, newest_bot_message(phone, wait, 0, "/subscribe"))
    intro.shoot("group-introduction")
    phone.find_element(By.CSS_SELECTOR, f"{intro.selector} .meta .reply").click()
    assert phone.find_element(By.ID, "replying").is_displayed()
    mark = last_message_id(phone)
    send(phone, "is the health card a social security card?")
    answer = Walk(phone, newest_bot_message(phone, wait, mark, "not a social security card"))
    assert not phone.find_element(By.ID, "replying").is_displayed()
    quoted = phone.execute_script(
        "const m = [...document.querySelectorAll('.msg.user')].pop();"
        "const q = m && m.querySelector('.quote'); return q ? q.innerText : null;")
    assert quoted is not None and "Hello" in quoted  # the message it answers, quoted above it
    answer.shoot("group-answer")
    assert answer.broken_labels() == []

    # The group's Search screen: how to ask here, and inline search one tap away.
    mark = last_message_id(phone)
    send(phone, "/start")
    home = Walk(phone, newest_bot_message(phone, wait, mark, "Card Guide"))
    assert "Language" not in " ".join(home.labels())
    search = home.press("🔎 Search")
    assert "start your message with @cardguide_bot or reply to one of my messages" in search
    home.shoot("group-search")
    buttons = phone.find_elements(By.CSS_SELECTOR, f"{home.selector} .keyboard button")
    next(b for b in buttons if b.text.strip() == "🔎 Try inline search").click()
    assert phone.find_element(By.ID, "text").get_attribute("value") == "@cardguide_bot "
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#inline-results .result"))
