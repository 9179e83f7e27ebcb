#!/usr/bin/python3
"""Drives the query page of `newsgraph serve` in headless Chromium through ChromeDriver
(Selenium), as a person would: types a query, presses the button, reads the result table.

  query_page.py URL QUERY_FILE PROFILE_DIR
      prints {"header": [...], "rows": [[...], ...], "status": "...", "title": "...",
      "images": N} as JSON (images: <img> elements in the page, which none of the data may make).
  query_page.py --open URL PROFILE_DIR
      opens a resource page; prints {"title": "...", "h1": "...", "cells": [...], "images": N}.
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def browser(profile):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    # This machine has no network but loopback: Chromium must not try to reach anything else.
    for flag in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
    ]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    return driver


def open_resource(url, profile):
    driver = browser(profile)
    try:
        driver.get(url)
        cells = [td.text for td in driver.find_elements(By.TAG_NAME, "td")]
        print(json.dumps({
            "title": driver.title,
            "h1": driver.find_element(By.TAG_NAME, "h1").text,
            "cells": cells,
            "images": len(driver.find_elements(By.TAG_NAME, "img")),
        }, ensure_ascii=False))
    finally:
        driver.quit()


def main():
    if sys.argv[1] == "--open":
        open_resource(sys.argv[2], sys.argv[3])
        return
    url, query_file, profile = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(query_file, encoding="utf-8") as f:
        query = f.read()
    driver = browser(profile)
    try:
        driver.get(url)
        box = driver.find_element(By.ID, "query")
        box.clear()
        box.send_keys(query)
        # What the page holds is what was typed (no autocompletion, no lost characters).
        typed = driver.execute_script("return document.getElementById('query').value")
        if typed.strip() != query.strip():
            sys.exit(f"the text area holds {typed!r}, not the query typed")
        driver.find_element(By.ID, "run").click()

        def answered(d):
            status = d.find_element(By.ID, "status")
            return d.find_element(By.ID, "results").is_displayed() or "error" in (
                status.get_attribute("class") or ""
            )

        WebDriverWait(driver, 60).until(answered)
        header = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#results thead th")]
        rows = [
            [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
        ]
        status = driver.find_element(By.ID, "status").text
        print(json.dumps({
            "header": header,
            "rows": rows,
            "status": status,
            "title": driver.title,
            "images": len(driver.find_elements(By.TAG_NAME, "img")),
        }, ensure_ascii=False))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
