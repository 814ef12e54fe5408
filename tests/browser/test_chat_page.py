"""The chat page in headless Chromium: send /start, see the welcome, press its button."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.emulator import LocalTelegram
from tests.browser.echo_bot import build_echo_app, spec_path, start_polling, stop_polling

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver",
)


class BackgroundBot:
    """The local Telegram and the echo bot on their own event loop in a thread."""

    def __init__(self) -> None:
        self.url = ""
        self.tg: LocalTelegram | None = None
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> BackgroundBot:
        self._thread.start()
        if not self._ready.wait(20) or self._error is not None:
            raise RuntimeError(f"emulator did not start: {self._error!r}")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(20)

    def _run(self) -> None:
        try:
            self._loop.run_until_complete(self._main())
        except BaseException as err:  # reported to the test thread
            self._error = err
            self._ready.set()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        self.tg = LocalTelegram(spec_path=spec_path())
        self.url = await self.tg.start()
        app = build_echo_app(self.url)
        await start_polling(app)
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            await stop_polling(app)
            await self.tg.stop()


@pytest.fixture
def running_bot() -> Iterator[BackgroundBot]:
    with BackgroundBot() as running:
        yield running


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1100,800"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_start_then_press_button_edits_message(running_bot: BackgroundBot, browser: object,
                                                tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    wait = WebDriverWait(browser, 15)
    browser.get(running_bot.url + "/")
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#chats li")))
    box = browser.find_element(By.ID, "text")
    box.send_keys("/start")
    browser.find_element(By.ID, "send").click()

    welcome = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".msg.bot")))
    assert "Welcome, Ann!" in welcome.text
    assert welcome.find_element(By.CSS_SELECTOR, ".body b").text == "Welcome"
    message_id = welcome.get_attribute("data-message-id")
    button = welcome.find_element(By.CSS_SELECTOR, ".keyboard button")
    assert button.text == "Press me"
    button.click()

    edited_selector = f'.msg.bot[data-message-id="{message_id}"] .meta'
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, edited_selector), "edited"))
    edited = browser.find_element(By.CSS_SELECTOR, f'.msg.bot[data-message-id="{message_id}"]')
    assert "You pressed pressed & the message changed." in edited.text
    assert edited.find_elements(By.CSS_SELECTOR, ".keyboard button") == []
    assert len(browser.find_elements(By.CSS_SELECTOR, ".msg.bot")) == 1
    toast = wait.until(ec.visibility_of_element_located((By.ID, "toast")))
    assert toast.text == "Done"
    browser.save_screenshot(str(tmp_path / "chat.png"))

    tg = running_bot.tg
    assert tg is not None
    user_messages = [m.text for m in tg.messages(1001) if not m.from_bot]
    assert user_messages == ["/start"]
    assert tg.invalid_requests == []
