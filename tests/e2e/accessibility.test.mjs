// axe-core on every screen, at phone and desktop sizes, with and without data; reflow at 320 px
// and at 200% zoom without horizontal scrolling; no motion when reduced motion is asked for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUp, watch, axeViolations, PHONE, DESKTOP } from "./harness.mjs";

const env = setUp();

const SAVED = JSON.stringify({
  format: 2,
  session: {
    set_id: "samhsa-2015",
    screen: "welcome",
    answers: {
      "samhsa-2015": {
        set_version: 1,
        ratings: { "I.1": 4, "I.2": 2, "I.3": "na", "II.1": 5, "XII.4": 1 },
        notes: { "I.1": "A note" },
      },
    },
    history: [
      { id: "a", taken_at: "2026-06-01T10:00:00.000Z", set_id: "samhsa-2015", rater: { by: "myself" },
        answers: { set_version: 1, ratings: { "I.1": 2, "I.2": 3, "II.1": 4 }, notes: {} } },
      { id: "b", taken_at: "2026-07-01", set_id: "samhsa-2015", rater: { by: "other", name: "Dana Lee", role: "supervisor" },
        answers: { set_version: 1, ratings: { "I.1": 4, "I.2": 2, "II.1": 3 }, notes: {} } },
    ],
    plan: [{ set_id: "samhsa-2015", competency_id: "I.2", goal: "Listen more", steps: "", supports: ["mentor"], other_support: "", target_date: "2027-01-31", progress: "in_progress" }],
    workshop: { name: "Tuesday", set_id: "samhsa-2015", started_on: "2026-11-25", codes: [] },
    last_backup: "2026-11-24",
  },
});

/** Opens the widget, with saved answers or without, and returns a function to visit each screen. */
async function open(options, withData) {
  const context = await env.browser.newContext({ ...options, reducedMotion: "reduce" });
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(env.server.url);
  if (withData) {
    await page.evaluate((saved) => localStorage.setItem("peer-assessment.state", saved), SAVED);
    await page.reload();
  }
  await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  const screens = {
    welcome: async () => {},
    category: async () => {
      await page.getByRole("button", { name: /^(Begin|Continue)$/ }).click();
      await page.getByRole("heading", { level: 2, name: /^I\./ }).waitFor();
      await page.locator(".pa-jump-menu summary").click();
      await page.locator(".pa-jump-list").waitFor();
      await page.getByRole("group", { name: /Initiates contact/ }).locator("summary").click();
      // An open note shows its text box (with data the note was open and the click closed it).
      await page.waitForFunction(() => {
        const note = document.querySelector("fieldset.pa-competency details.pa-note");
        return !note.open || note.querySelector("textarea") !== null;
      });
    },
    results: async () => {
      await page.getByRole("button", { name: /^See results/ }).first().click();
      await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
      await page.locator(".pa-axis-label").first().focus();
    },
    history: async () => {
      await page.getByRole("button", { name: "History", exact: true }).click();
      await page.getByRole("heading", { level: 2, name: "History" }).waitFor();
    },
    compare: async () => {
      if (await page.getByRole("button", { name: "Compare", exact: true }).count()) {
        await page.getByRole("button", { name: "Compare", exact: true }).click();
        await page.locator(".pa-compare").waitFor();
      }
    },
    files: async () => {
      await page.getByRole("button", { name: "Files", exact: true }).click();
      await page.getByRole("heading", { level: 2, name: "Back up and import" }).waitFor();
    },
    workshop: async () => {
      await page.getByRole("button", { name: "Workshop", exact: true }).click();
      await page.getByRole("link", { name: "Open the facilitator's page" }).waitFor();
    },
    // The facilitator's page, where the workshop is run (with data: a workshop started).
    facilitator: async () => {
      await page.getByRole("link", { name: "Open the facilitator's page" }).click();
      await page.getByRole("heading", { level: 2, name: "Workshop" }).waitFor();
      await page.locator(withData ? ".pa-overall" : "#pa-workshop-name, input").first().waitFor();
    },
  };
  return { context, page, screens, watched };
}

for (const [size, options] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  for (const withData of [false, true]) {
    test(`axe finds no WCAG 2.2 A/AA violation on any screen (${size}, ${withData ? "with" : "without"} data)`, async () => {
      const { context, page, screens, watched } = await open(options, withData);
      for (const [name, visit] of Object.entries(screens)) {
        await visit();
        assert.deepEqual(await axeViolations(page), [], `${name} screen`);
        // Nothing moves when reduced motion is asked for.
        assert.equal(await page.evaluate(() => document.getAnimations().length), 0, `${name}: animations`);
      }
      assert.deepEqual(watched.problems, []);
      await context.close();
    });
  }
}

for (const [label, viewport] of [["320 px wide", { width: 320, height: 640 }], ["200% zoom of a 1280 × 900 window", { width: 640, height: 450 }]]) {
  test(`every screen reflows without horizontal scrolling at ${label}`, async () => {
    const { context, page, screens } = await open({ viewport }, true);
    for (const [name, visit] of Object.entries(screens)) {
      await visit();
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
      }));
      assert.ok(scroll <= width, `${name}: content ${scroll} px wide in a ${width} px viewport`);
    }
    await context.close();
  });
}
