// The whole assessment with the keyboard alone: Tab, Space, arrow keys and Enter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUp, watch, DESKTOP } from "./harness.mjs";

const env = setUp();

const CATEGORY_SIZES = [5, 5, 4, 4, 5, 5, 6, 5, 6, 6, 7, 4];

/** Presses Tab until `predicate(arg)`, run in the page, is true (at most `limit` times). */
async function tabTo(page, description, predicate, limit = 40, arg = null) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

test("a complete assessment by keyboard alone", async () => {
  const context = await env.browser.newContext(DESKTOP);
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(env.server.url);
  await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();

  await tabTo(page, "Begin", () => document.activeElement?.textContent?.trim() === "Begin");
  await page.keyboard.press("Enter");

  for (let c = 0; c < CATEGORY_SIZES.length; c++) {
    await page.waitForFunction((c) => document.querySelectorAll("fieldset.pa-competency").length > 0 &&
      document.activeElement?.tagName === "H2", c);
    for (let i = 0; i < CATEGORY_SIZES[c]; i++) {
      // Into the next radio group: Space checks its first level, arrows move the choice.
      await tabTo(page, `group ${i + 1}`, (i) => {
        const el = document.activeElement;
        return el?.type === "radio" && el.closest("fieldset") === document.querySelectorAll("fieldset.pa-competency")[i];
      }, 10, i);
      await page.keyboard.press("Space");
      const level = ((c + i) % 5) + 1;
      for (let step = 1; step < level; step++) await page.keyboard.press("ArrowDown");
      const checked = await page.evaluate((i) =>
        document.querySelectorAll("fieldset.pa-competency")[i].querySelector("input:checked")?.value, i);
      assert.equal(checked, String(level), `category ${c + 1}, competency ${i + 1}`);
    }
    const next = c + 1 < CATEGORY_SIZES.length ? "Next" : "See results";
    await tabTo(page, next, (next) => document.activeElement?.textContent?.trim() === next, 10, next);
    await page.keyboard.press("Enter");
  }

  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Your results");
  assert.doesNotMatch(await page.locator("main").innerText(), /Partial results/);
  assert.match(await page.locator(".pa-overall").innerText(), /from 62 rated competencies/);

  // Chart axis labels take focus and show their full text.
  await tabTo(page, "a chart label", () => document.activeElement?.classList?.contains("pa-axis-label"));
  assert.match(await page.locator(".pa-chart-focus").first().innerText(), /^I\. Engages peers in collaborative and caring relationships: \d\.\d$/);
  assert.deepEqual(problems, []);
  await context.close();
});
