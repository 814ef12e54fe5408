"""The chat page shows the bot's photos: press "Picture" on a comparison and see the image."""

from __future__ import annotations

import pytest

from tests.browser.test_chat_page import CHROMEDRIVER, CHROMIUM, browser
from tests.browser.test_real_bot_page import _write, local_mode

__all__ = ["browser", "local_mode"]

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver",
)
# The first loaded photo's natural width, or 0 while there is none (or it is not loaded yet).
_PHOTO_WIDTH = ("const i = document.querySelector('.msg.bot img.photo');"
                " return i && i.complete ? i.naturalWidth : 0;")


def test_picture_button_on_the_chat_page_shows_the_image(local_mode: str,
                                                         browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver, wait = _write(browser, local_mode, "/start cmp-health-social")
    summary = wait.until(
        ec.presence_of_element_located(
            (By.XPATH, "//div[contains(@class, 'msg') and contains(@class, 'bot')]"
                       "[.//button[contains(text(), 'Picture')]]")
        )
    )
    button = next(b for b in summary.find_elements(By.CSS_SELECTOR, ".keyboard button")
                  if "Picture" in b.text)
    button.click()
    wait.until(lambda d: d.execute_script(_PHOTO_WIDTH) > 0)
    assert driver.execute_script(_PHOTO_WIDTH) == 1080
    photo = driver.find_element(By.CSS_SELECTOR, ".msg.bot img.photo")
    caption = photo.find_element(By.XPATH, "ancestor::div[contains(@class, 'msg')]").text
    assert "The health card is not a social security card" in caption
