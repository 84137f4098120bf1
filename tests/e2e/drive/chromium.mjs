// Chromium through playwright-core: phone pages get touch, and taps are touches.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../../../scripts/chromium-launch.mjs";
import { PHONE, DESKTOP } from "../harness.mjs";

export async function start() {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  return {
    name: "chromium",
    async open(size) {
      const context = await browser.newContext(size === "phone" ? PHONE : DESKTOP);
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      const element = async (expr) => (await page.evaluateHandle(expr)).asElement();
      return {
        run: (expr) => page.evaluate(expr),
        tap: async (expr) => ((h) => (size === "phone" ? h.tap() : h.click()))(await element(expr)),
        fill: async (expr, text) => (await element(expr)).fill(text),
        type: async (expr, text) => (await element(expr)).type(text),
        setFiles: async (expr, path) => (await element(expr)).setInputFiles(path),
        screenshot: async (expr) => (await element(expr)).screenshot(),
        screenshotPage: (path) => page.screenshot({ path, fullPage: true }),
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        problems: () => problems,
        async download(action) {
          const [file] = await Promise.all([page.waitForEvent("download"), action()]);
          return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
