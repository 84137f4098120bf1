// In every engine: the whole 2015 assessment at a phone's size by tapping; the results with their
// 13 charts and the right category means; a reload keeps every answer, the note and the results.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { setUpEngine } from "../drive/engine.mjs";
import { ARTIFACTS } from "../harness.mjs";
import { CATEGORY_SIZES, LEVELS, levelFor, expectedMeans, categoryMeans, CHARTS, unfoldResults } from "./assessment-data.mjs";

const require = createRequire(import.meta.url);
const jsQR = require("jsqr");
const { PNG } = require("pngjs");
const env = setUpEngine();
const state = {};
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

test(`the whole 2015 assessment on a phone, by tapping, survives a reload (${env.engine})`, async () => {
  const page = await env.open("phone");
  await page.get({ role: "heading", level: 2, name: /How skilled/ }).waitFor();
  assert.equal(await page.get({ role: "radio", name: /Core Competencies \(SAMHSA, 2015\)/ }).isChecked(), true);
  await page.get({ role: "button", name: "Begin" }).tap();

  const note = "Practise first contact with my mentor";
  let k = 0;
  for (let c = 0; c < CATEGORY_SIZES.length; c++) {
    await page.get({ role: "heading", level: 2, name: new RegExp(`^${ROMAN[c]}\\. `) }).waitFor();
    assert.equal(await page.get({ role: "group", name: /./, nth: 0 }).count(), CATEGORY_SIZES[c], `category ${c + 1} size`);
    if (c === 0) {
      // A note, behind a <details> that opens on its toggle event.
      const first = page.get({ role: "group", name: /Initiates contact with peers/ }, { role: "button", name: /note/i });
      await first.tap();
      await page.get({ role: "textbox", name: "Your note on this competency" }).fill(note);
    }
    for (let i = 0; i < CATEGORY_SIZES[c]; i++, k++) {
      const level = levelFor(k);
      const group = { role: "group", name: /./, nth: i };
      await page.get(group, { role: "radio", name: level === null ? "Not applicable" : new RegExp(LEVELS[level - 1]) }).tap();
      await page.get(group, { role: "radio", checked: true }).waitFor();
    }
    assert.match(await page.get({ text: /\d+ of 62 answered/ }).text(), new RegExp(`\\b${k} of 62 answered`));
    await page.get({ role: "button", name: c + 1 < CATEGORY_SIZES.length ? "Next" : "See results", nth: -1 }).tap();
  }

  await page.get({ role: "heading", level: 2, name: "Your results" }).waitFor();
  const checkResults = async () => {
    // The table of means and each category are folded until asked for.
    await unfoldResults(page);
    assert.deepEqual(await categoryMeans(page), expectedMeans());
    assert.equal(await page.get(CHARTS).count(), 13, "one overall chart and one per category");
    assert.equal(await page.get({ text: /Partial results/ }).count(), 0);
    assert.equal(await page.get({ text: `Note: ${note}` }).count(), 1);
  };
  await checkResults();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot(join(ARTIFACTS, `${env.engine}-phone-results.png`));

  await page.reload();
  await page.get({ role: "heading", level: 2, name: "Your results" }).waitFor();
  await checkResults();
  await page.get({ role: "button", name: "Back to the questions" }).tap();
  await page.get({ role: "heading", level: 2, name: /^I\. Engages peers/ }).waitFor();
  assert.equal(await page.get({ role: "group", name: /Initiates contact/ }, { role: "radio", name: /Not skilled at all/ }).isChecked(), true);
  assert.equal(await page.get({ role: "textbox", name: "Your note on this competency" }).evaluate((e) => e.value), note);
  // Every answer is back: the jump menu (a <details>) lists all 12 categories as complete.
  await page.get({ role: "button", name: "All categories" }).tap();
  await page.get({ role: "navigation", name: "All categories" }).waitFor();
  assert.equal(await page.get({ role: "navigation", name: "All categories" }, { role: "button", name: / complete$/, nth: 0 }).count(), 12);
  assert.deepEqual(await page.problems(), []);
  await page.get({ role: "navigation", name: "All categories" }, { role: "button", name: /^See results/ }).tap();
  await page.get({ role: "heading", level: 2, name: "Your results" }).waitFor();
  state.page = page;
});

// The tests below go on from the results the test above reached, on the same page.
test(`the share code and its QR code, which reads as the link (${env.engine})`, async () => {
  const page = state.page;
  await page.get({ role: "button", name: "Share anonymously with the facilitator" }).tap();
  const shared = await page.get({ role: "region", name: "Code to share" }).text();
  const code = shared.match(/Code:\s*([0-9A-Z-]+)/)[1].replace(/-/g, "");
  const link = shared.match(/Link:\s*(\S+)/)[1];
  assert.ok(link.endsWith(`#code=${code}`), link);
  const shot = await page.get({ role: "img", name: "QR code of the link below" }).screenshot();
  writeFileSync(join(ARTIFACTS, `${env.engine}-qr.png`), shot);
  const png = PNG.sync.read(shot);
  assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, link);
  assert.deepEqual(await page.problems(), []);
});

test(`a backup downloaded, the browser's storage cleared, the backup imported (${env.engine})`, async () => {
  const page = state.page;
  await page.get({ role: "button", name: "Files" }).tap();
  const backup = await page.download(() => page.get({ role: "button", name: "Download a backup file" }).tap());
  assert.match(backup.name, /\.json$/);
  assert.equal(Object.keys(JSON.parse(backup.text)).length > 0, true);
  const file = join(mkdtempSync(join(tmpdir(), "backup-")), backup.name);
  writeFileSync(file, backup.text);

  // The browser clears the site's data (as Safari does after 7 days without a visit), once the
  // widget has saved what it has (the Files screen open, the day of the backup), else leaving
  // the page would save it again.
  await page.waitFor(() => /"screen":"transfer".*"last_backup":"/.test(localStorage.getItem("peer-assessment.state") ?? ""));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.get({ role: "heading", level: 2, name: /How skilled/ }).waitFor();
  assert.equal(await page.get({ role: "button", name: "Continue" }).count(), 0, "nothing left to continue");

  await page.get({ role: "button", name: "Files" }).tap();
  await page.get({ label: "Choose a file to import" }).setFiles(file);
  assert.match(await page.get({ role: "region", name: "What the file holds" }).text(), /62 answer\(s\) or note\(s\)|Fills in/);
  await page.get({ role: "button", name: "Import: add to what is saved here" }).tap();
  await page.get({ role: "status", text: /./ }).waitFor();
  await page.reload();
  await page.get({ role: "button", name: "Assessment" }).tap();
  await page.get({ role: "button", name: "Continue" }).tap();
  await page.get({ role: "heading", level: 2, name: /^I\. Engages peers/ }).waitFor();
  assert.match(await page.get({ text: /\d+ of 62 answered/ }).text(), /\b62 of 62 answered/);
  assert.equal(await page.get({ role: "textbox", name: "Your note on this competency" }).evaluate((e) => e.value), "Practise first contact with my mentor");
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
