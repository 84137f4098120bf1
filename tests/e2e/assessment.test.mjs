// A whole assessment on a phone, against the release build in dist/: answer all 62
// competencies, check the category means shown, reload, and check everything is still there.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { setUp, openWidget, axeViolations, changesSaved, PHONE, DESKTOP, ARTIFACTS, openCategory } from "./harness.mjs";

const env = setUp();
before(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

// The answer pattern: competency k (0-based over the whole set) gets level k % 5 + 1, except
// every seventh, which is "not applicable".
const levelFor = (k) => (k % 7 === 6 ? null : (k % 5) + 1);
const CATEGORY_SIZES = [5, 5, 4, 4, 5, 5, 6, 5, 6, 6, 7, 4];
const formatMean = (m) => (Math.round(m * 10) / 10).toFixed(1);

function expectedMeans() {
  const means = [];
  let k = 0;
  for (const size of CATEGORY_SIZES) {
    const levels = [];
    for (let i = 0; i < size; i++, k++) {
      const level = levelFor(k);
      if (level !== null) levels.push(level);
    }
    means.push(levels.length ? formatMean(levels.reduce((a, b) => a + b, 0) / levels.length) : "not rated");
  }
  return means;
}

async function shownCategoryMeans(page) {
  return page.locator("table.pa-table").first().locator("tbody td.pa-mean").allTextContents();
}

test("a person completes the whole assessment on a phone and finds it again after reload", async () => {
  const { context, page, problems, requests } = await openWidget(env, PHONE);

  await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  await page.waitForLoadState("networkidle");
  const requestsAtLoad = requests.length;
  const welcome = await page.locator("main").innerText();
  assert.match(welcome, /about 15 minutes/);
  assert.match(welcome, /never sent anywhere/);
  assert.equal(await page.getByRole("radio", { name: /Core Competencies \(SAMHSA, 2015\)/ }).isChecked(), true);
  assert.deepEqual(await axeViolations(page), [], "welcome screen");
  await page.screenshot({ path: join(ARTIFACTS, "phone-welcome.png"), fullPage: true });

  await page.getByRole("button", { name: "Begin" }).tap();
  await page.getByRole("heading", { level: 2, name: /^I\. Engages peers/ }).waitFor();
  assert.match(await page.locator(".pa-progress").innerText(), /Category 1 of 12/);

  // The radio group's accessible name holds the competency text.
  const group = page.getByRole("group", { name: /Initiates contact with peers/ });
  assert.equal(await group.getByRole("radio").count(), 6);

  // A note on the first competency.
  await group.locator("summary").tap();
  await group.getByRole("textbox", { name: "Your note on this competency" }).fill("Practise first contact with my mentor");

  let k = 0;
  for (let c = 0; c < CATEGORY_SIZES.length; c++) {
    const groups = page.locator("fieldset.pa-competency");
    assert.equal(await groups.count(), CATEGORY_SIZES[c], `category ${c + 1} size`);
    for (let i = 0; i < CATEGORY_SIZES[c]; i++, k++) {
      const level = levelFor(k);
      const option = groups.nth(i).locator("label.pa-option").nth(level === null ? 5 : level - 1);
      await option.tap();
      await page.waitForFunction(
        ({ i, v }) => document.querySelectorAll("fieldset.pa-competency")[i]?.querySelector("input:checked")?.value === v,
        { i, v: level === null ? "na" : String(level) },
      );
    }
    if (c === 0) {
      assert.deepEqual(await axeViolations(page), [], "category screen");
      await page.screenshot({ path: join(ARTIFACTS, "phone-category.png"), fullPage: true });
    }
    assert.match(await page.locator(".pa-progress").innerText(), new RegExp(`${k} of 62 answered`));
    const next = c + 1 < CATEGORY_SIZES.length ? "Next" : "See results";
    await page.getByRole("button", { name: next, exact: true }).tap();
    if (c + 1 < CATEGORY_SIZES.length) {
      await page.getByRole("heading", { level: 2 }).filter({ hasText: new RegExp(`^${["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][c + 1]}\\. `) }).waitFor();
      // Focus moves to the new screen's heading.
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H2");
    }
  }

  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  await openCategory(page, "I");
  const results = await page.locator("main").innerText();
  assert.doesNotMatch(results, /Partial results/);
  assert.deepEqual(await shownCategoryMeans(page), expectedMeans());
  assert.equal(await page.locator("svg.pa-radar").count(), 13, "one overall radar and one per category");
  assert.match(results, /Strengths/);
  assert.match(results, /Growth areas/);
  assert.match(results, /Note: Practise first contact with my mentor/);
  assert.deepEqual(await axeViolations(page), [], "results screen");
  await page.screenshot({ path: join(ARTIFACTS, "phone-results.png"), fullPage: true });

  // After the page's own files, not a single request through the whole assessment.
  assert.deepEqual(requests.slice(requestsAtLoad), []);

  // Close and come back: same screen, same answers and notes.
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  assert.deepEqual(await shownCategoryMeans(page), expectedMeans());
  await openCategory(page, "I");
  assert.match(await page.locator("main").innerText(), /Note: Practise first contact with my mentor/);
  await page.getByRole("button", { name: "Back to the questions" }).tap();
  await page.getByRole("heading", { level: 2, name: /^I\. Engages peers/ }).waitFor();
  const reopened = page.getByRole("group", { name: /Initiates contact with peers/ });
  assert.equal(await reopened.getByRole("radio", { name: /Not skilled at all/ }).isChecked(), true);
  assert.equal(await reopened.getByRole("textbox").inputValue(), "Practise first contact with my mentor");

  // Every category shows as complete in the jump menu.
  await page.locator(".pa-jump-menu summary").tap();
  await page.locator(".pa-jump-list").waitFor();
  assert.equal(await page.locator(".pa-jump-complete").count(), 12);

  // Nothing but the page's own files was requested, and nothing went wrong.
  const foreign = requests.filter((u) => !u.startsWith(env.server.url));
  assert.deepEqual(foreign, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("partial results mark categories with nothing rated as not rated", async () => {
  const { context, page, problems } = await openWidget(env, PHONE);
  await page.getByRole("button", { name: "Begin" }).tap();
  const group = page.getByRole("group", { name: /Initiates contact with peers/ });
  await group.getByText("Advanced skill").tap();
  const second = page.getByRole("group", { name: /Listens to peers/ });
  await second.getByText("Not applicable").tap();
  await page.locator(".pa-jump-menu summary").tap();
  await page.getByRole("button", { name: /^XII\. Growth/ }).tap();
  await page.getByRole("heading", { level: 2, name: /^XII\./ }).waitFor();
  await page.getByRole("button", { name: "See results" }).tap();
  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  const text = await page.locator("main").innerText();
  assert.match(text, /Partial results: 2 of 62 competencies answered/);
  const means = await shownCategoryMeans(page);
  assert.equal(means[0], "4.0");
  assert.deepEqual(means.slice(1), Array(11).fill("not rated"));
  assert.match(await page.locator("svg.pa-radar").first().textContent(), /\(not rated\)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the draft family and youth revision includes its Education category", async () => {
  const { context, page } = await openWidget(env, DESKTOP);
  await page.getByText("Family and youth revision (draft)").click();
  await page.getByRole("button", { name: "Begin" }).click();
  await page.getByRole("heading", { level: 2, name: /^I\. Engages peers/ }).waitFor();
  assert.match(await page.locator(".pa-progress").innerText(), /Category 1 of 13[\s\S]*0 of 82 answered/);
  assert.equal(await page.locator("fieldset.pa-competency").count(), 7);
  assert.match(await page.locator("main").innerText(), /Added in draft/);
  await page.locator(".pa-jump-menu summary").click();
  await page.getByRole("button", { name: /Education/ }).click();
  await page.getByRole("heading", { level: 2, name: "Education" }).waitFor();
  assert.equal(await page.locator("fieldset.pa-competency").count(), 7);
  await page.screenshot({ path: join(ARTIFACTS, "desktop-draft-education.png"), fullPage: true });
  await context.close();
});

test("start over and delete my data each ask first, and delete leaves nothing stored", async () => {
  const { context, page } = await openWidget(env, PHONE);
  await page.getByRole("button", { name: "Begin" }).tap();
  await page.getByRole("group", { name: /Initiates contact/ }).getByText("Expert skill").tap();
  await changesSaved(page);
  await page.getByRole("button", { name: "Erase everything now" }).tap();
  // Cancel keeps everything.
  await page.getByRole("button", { name: "Cancel" }).tap();
  assert.equal(await page.evaluate(() => localStorage.length), 1);
  await page.getByRole("button", { name: "Erase everything now" }).tap();
  assert.match(await page.locator(".pa-confirm").innerText(), /cannot be undone/);
  await page.getByRole("button", { name: "Yes, erase everything" }).tap();
  await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Begin" }).count(), 1, "nothing to continue");
  await context.close();
});
