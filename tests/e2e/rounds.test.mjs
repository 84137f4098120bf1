// A trainer's before and after: a workshop on a phone collects three participants' codes before
// the training and three after, in two rounds; the comparison shows every category's means and
// change as computed here from the known answers, says where the mean rose most, refuses an
// earlier-dated code until asked, survives a reload, goes into a backup and comes back from it
// in a fresh browser, prints one page per round and a comparison page, and speaks Spanish.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setUp, openWidget, openFacilitatorPage, axeViolations, changesSaved, PHONE, DESKTOP, ARTIFACTS } from "./harness.mjs";

const env = setUp();
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SET = JSON.parse(readFileSync(join(root, "sets", "samhsa-2015.json"), "utf8"));

/** Six participants' levels per competency (k counts competencies in order; null: N/A). */
const BEFORE = [(k) => (k % 3) + 1, (k) => (k % 2) + 1, (k) => (k % 7 === 0 ? null : 2)];
const AFTER = [(k) => (k % 3) + 3, (k) => (k % 4) + 2, (k) => (k % 5 === 4 ? null : 4)];

/** Per category, the mean over participants of each one's category mean. */
function groupMeans(patterns) {
  let start = 0;
  return SET.categories.map((category) => {
    const size = category.competencies.length;
    const means = patterns.map((level) => {
      const levels = [];
      for (let k = start; k < start + size; k++) if (level(k) !== null) levels.push(level(k));
      return levels.reduce((a, b) => a + b, 0) / levels.length;
    });
    start += size;
    return means.reduce((a, b) => a + b, 0) / means.length;
  });
}

const oneDecimal = (x) => (Math.round(x * 10) / 10).toFixed(1);
const signed = (x) => {
  const r = Math.round(x * 10) / 10;
  return r > 0 ? `+${r.toFixed(1)}` : r < 0 ? `−${(-r).toFixed(1)}` : "0.0";
};

/** A participant's code: their answers saved in a fresh browser, then "Share" on the results. */
async function codeOf(level, { on } = {}) {
  const { context, page } = await openWidget(env, PHONE);
  const ratings = {};
  SET.categories.flatMap((c) => c.competencies).forEach((c, k) => (ratings[c.id] = level(k) ?? "na"));
  const state = { format: 2, session: { set_id: "samhsa-2015", screen: "results", answers: { "samhsa-2015": { set_version: 1, ratings, notes: {} } } } };
  await page.evaluate((s) => localStorage.setItem("peer-assessment.state", JSON.stringify(s)), state);
  if (on) await page.clock.setFixedTime(on);
  await page.reload();
  await page.getByRole("button", { name: "Share anonymously with the facilitator" }).tap();
  const code = await page.locator(".pa-code").getAttribute("data-code");
  await context.close();
  return code;
}

async function addCode(page, code) {
  await page.getByLabel("Participant's code").fill(code);
  await page.getByRole("button", { name: "Add", exact: true }).tap();
  await page.getByRole("status").filter({ hasText: /^Added to / }).waitFor();
}

async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent("download"), action()]);
  const path = join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(path);
  return { path, text: readFileSync(path, "utf8") };
}

test("a workshop's rounds before and after the training are compared as groups", async () => {
  const before = [];
  for (const level of BEFORE) before.push(await codeOf(level));
  const after = [];
  for (const level of AFTER) after.push(await codeOf(level));
  const lastMonth = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  const early = await codeOf(AFTER[0], { on: lastMonth });

  const { context, page, problems } = await openFacilitatorPage(env, PHONE);
  await page.getByLabel("Workshop name").fill("Core competencies, spring cohort");
  await page.getByRole("button", { name: "Start the workshop" }).tap();
  for (const code of before) await addCode(page, code);
  assert.match(await page.locator(".pa-round-list").innerText(), /Before the training · started .* · participants: 3 · open/);

  await page.getByRole("button", { name: "Start the next round" }).tap();
  await page.locator(".pa-round-list li").nth(1).waitFor();
  for (const code of after) await addCode(page, code);
  // A code dated before the round started is questioned, and nothing is added until asked.
  await page.getByLabel("Participant's code").fill(early);
  await page.getByRole("button", { name: "Add", exact: true }).tap();
  const question = page.getByRole("alert");
  assert.match(await question.innerText(), /before this round started/);
  assert.match(await page.locator(".pa-round-list li").nth(1).innerText(), /participants: 3/);

  // Every category: both means, the change, and three people in each round.
  const expected = [groupMeans(BEFORE), groupMeans(AFTER)];
  const rows = await page.getByRole("table", { name: /Group mean per category in each round/ }).locator("tbody tr").allInnerTexts();
  assert.equal(rows.length, 12);
  rows.forEach((row, c) => {
    const cells = row.split("\t").map((s) => s.trim());
    assert.deepEqual(cells.slice(1), [oneDecimal(expected[0][c]), oneDecimal(expected[1][c]), signed(expected[1][c] - expected[0][c]), "3 / 3"], `category ${c + 1}: ${row}`);
  });
  const rises = expected[1].map((m, c) => m - expected[0][c]);
  const most = rises.indexOf(Math.max(...rises));
  const shortTitle = `${SET.categories[most].number}. ${SET.categories[most].short_title}`;
  assert.match(await page.locator(".pa-round-comparison").innerText(), new RegExp(`The group's mean rose most in ${shortTitle.replace(/[.()]/g, "\\$&")}: ${oneDecimal(expected[0][most])} → ${oneDecimal(expected[1][most])}\\.`));
  assert.match(await page.locator(".pa-round-comparison").innerText(), /compared as groups: nobody is paired/);
  // The radar overlays both rounds, told apart by line and marker, with a legend.
  assert.equal(await page.locator("#pa-chart-rounds-title").locator("xpath=..").locator(".pa-series-1 rect.pa-marker").count(), 12);
  assert.deepEqual(await axeViolations(page), [], "rounds compared");
  await page.screenshot({ path: join(ARTIFACTS, "phone-rounds.png"), fullPage: true });
  // For the documentation (scripts/docs-images.sh): the comparison at the top of the screen.
  await page.getByRole("heading", { name: "What changed between rounds" }).first().evaluate((e) => { e.scrollIntoView(); window.scrollBy(0, -12); });
  await page.screenshot({ path: join(ARTIFACTS, "phone-rounds-compared.png") });
  await page.evaluate(() => window.scrollTo(0, 0));

  // CSV: a row per competency and round.
  const csv = await download(page, () => page.getByRole("button", { name: "Download as CSV" }).tap());
  const lines = csv.text.replace(/^\ufeff/, "").trim().split("\r\n");
  assert.equal(lines.length, 1 + 2 * 62);
  assert.match(lines[1], /^Before the training,I,I\.1,/);
  assert.match(lines[63], /^After the training,I,I\.1,.*,3$/);

  // Reload: both rounds are there.
  await changesSaved(page);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Workshop" }).waitFor();
  const roundLines = await page.locator(".pa-round-list li").allInnerTexts();
  assert.equal(roundLines.length, 2);

  // Printed: one page per round and a comparison page.
  await page.setViewportSize(DESKTOP.viewport);
  const pdf = await page.pdf({ format: "Letter", printBackground: true });
  const pdfPath = join(ARTIFACTS, "workshop-rounds-Letter.pdf");
  writeFileSync(pdfPath, pdf);
  const pages = Number(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" }).match(/^Pages:\s+(\d+)/m)[1]);
  assert.equal(pages, 3, "a page for each round and one for the comparison");
  execFileSync("pdftoppm", ["-png", "-r", "50", pdfPath, join(ARTIFACTS, "workshop-rounds-Letter")]);
  const printed = execFileSync("pdftotext", ["-raw", pdfPath, "-"], { encoding: "utf8" });
  assert.match(printed, /Before the training[\s\S]*After the training[\s\S]*What changed between rounds/);

  // The backup carries the rounds into a fresh browser.
  await page.setViewportSize(PHONE.viewport);
  await page.getByRole("button", { name: "Files" }).tap();
  const backup = await download(page, () => page.getByRole("button", { name: "Download a backup file" }).tap());
  const fresh = await openWidget(env, PHONE);
  await fresh.page.getByRole("button", { name: "Files" }).tap();
  await fresh.page.getByLabel("Choose a file to import").setInputFiles(backup.path);
  await fresh.page.getByRole("button", { name: "Import: add to what is saved here" }).tap();
  // On the participant's page the workshop is a link to the facilitator's page, which has it.
  await fresh.page.getByRole("button", { name: "Workshop", exact: true }).tap();
  await fresh.page.getByRole("link", { name: "Open the facilitator's page" }).tap();
  await fresh.page.getByRole("heading", { level: 2, name: "Workshop" }).waitFor();
  assert.deepEqual(await fresh.page.locator(".pa-round-list li").allInnerTexts(), roundLines);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();

  // In Spanish, the rounds are named in Spanish.
  await page.getByRole("button", { name: "Workshop", exact: true }).tap();
  await page.getByLabel("Language", { exact: true }).selectOption("es");
  assert.match(await page.locator(".pa-round-list").innerText(), /Antes de la capacitación[\s\S]*Después de la capacitación/);
  assert.deepEqual(problems, []);
  await context.close();
});
