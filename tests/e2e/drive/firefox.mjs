// Firefox ESR through puppeteer-core over WebDriver BiDi. Firefox's automation on Linux cannot
// synthesise touches (input.performActions with a touch pointer fails with
// NS_ERROR_ILLEGAL_VALUE, headless or not), so a tap is a click at the phone's size.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import puppeteer from "puppeteer-core";
import { downloadInto } from "./downloads.mjs";

export async function start() {
  const downloads = mkdtempSync(join(tmpdir(), "firefox-downloads-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    extraPrefsFirefox: {
      "browser.download.dir": downloads,
      "browser.download.folderList": 2,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.download.alwaysOpenPanel": false,
      "browser.helperApps.neverAsk.saveToDisk": "application/json,text/csv",
    },
  });
  return {
    name: "firefox",
    async open(size) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(size === "phone" ? { width: 360, height: 740, deviceScaleFactor: 2 } : { width: 1280, height: 900 });
      const problems = [];
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      const element = (expr) => page.evaluateHandle(expr);
      return {
        run: (expr) => page.evaluate(expr),
        tap: async (expr) => (await element(expr)).click(),
        async fill(expr, text) {
          const input = await element(expr);
          await input.evaluate((e) => e.select?.());
          await input.type(text);
        },
        type: async (expr, text) => (await element(expr)).type(text),
        setFiles: async (expr, path) => (await element(expr)).uploadFile(path),
        screenshot: async (expr) => Buffer.from(await (await element(expr)).screenshot()),
        screenshotPage: (path) => page.screenshot({ path, fullPage: true }),
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        problems: () => problems,
        download: (action) => downloadInto(downloads, action),
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
