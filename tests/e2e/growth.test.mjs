// Growth over time, against the release build: two finished assessments compared, a
// supervisor's rating handed over as a file and overlaid, a development plan, a backup restored
// into a fresh browser profile with nothing lost, the print report, and refused imports.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setUp, openWidget, axeViolations, answerAll, changesSaved, PHONE, DESKTOP, ARTIFACTS } from "./harness.mjs";

const env = setUp();
before(() => mkdirSync(ARTIFACTS, { recursive: true }));

/** Finishes the assessment at `hour`:`minute` today (the page's clock is set to it). */
async function finish(page, hour, minute) {
  const at = new Date();
  at.setHours(hour, minute, 0, 0);
  await page.clock.setFixedTime(at);
  await page.getByRole("button", { name: "Finish and keep these results" }).click();
  const time = `${hour % 12 || 12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "a\\.m\\." : "p\\.m\\."}`;
  await page.getByRole("heading", { level: 2, name: new RegExp(`^Your results of [A-Z][a-z]+ \\d{1,2}, \\d{4}, ${time}$`) }).waitFor();
}

async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent("download"), action()]);
  const path = join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, text: readFileSync(path, "utf8") };
}

async function importFile(page, path) {
  await page.getByRole("button", { name: "Files" }).click();
  await page.getByRole("heading", { level: 2, name: "Back up and import" }).waitFor();
  await page.getByLabel("Choose a file to import").setInputFiles(path);
}

test("two assessments are compared, a supervisor's rating is overlaid, and a plan is written", async () => {
  const { context, page, problems, requests } = await openWidget(env, DESKTOP);
  await page.waitForLoadState("networkidle");
  const requestsAtLoad = requests.length;

  // First assessment: everything at level 2; second: everything at 3 except the first category at 5.
  assert.equal(await answerAll(page, () => 2), 62);
  await finish(page, 9, 15);
  await answerAll(page, (k) => (k < 5 ? 5 : 3));
  await finish(page, 14, 40);

  await page.getByRole("button", { name: "History" }).first().click();
  await page.getByRole("heading", { level: 2, name: "History" }).waitFor();
  const rows = page.locator(".pa-history tbody tr");
  assert.equal(await rows.count(), 2);
  // Two of the same day, told apart by the time of day.
  assert.match(await rows.nth(0).innerText(), /2:40 p\.m\.[\s\S]*You[\s\S]*62 of 62 answered[\s\S]*3\.2/);
  assert.match(await rows.nth(1).innerText(), /9:15 a\.m\.[\s\S]*You[\s\S]*62 of 62 answered[\s\S]*2\.0/);
  assert.deepEqual(await axeViolations(page), [], "history screen");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.getByRole("heading", { level: 2, name: "Change over time" }).waitFor();
  const changes = await page.locator(".pa-compare table").first().locator("tbody tr").allInnerTexts();
  assert.equal(changes.length, 12);
  assert.match(changes[0], /2\.0\s+5\.0\s+\+3\.0/);
  assert.match(changes[1], /2\.0\s+3\.0\s+\+1\.0/);
  // Both drawn on the same radar, the second dashed with squares, with a legend.
  const overall = page.locator("#pa-chart-compare-title").locator("xpath=..");
  assert.equal(await overall.locator(".pa-series-0 circle.pa-marker").count(), 12);
  assert.equal(await overall.locator(".pa-series-1 rect.pa-marker").count(), 12);
  assert.equal(await page.locator(".pa-legend").first().locator("li").count(), 2);
  assert.deepEqual(await axeViolations(page), [], "compare screen");
  await page.screenshot({ path: join(ARTIFACTS, "desktop-compare.png"), fullPage: false });

  // A supervisor rates this peer worker in another browser and hands over a file.
  const supervisor = await openWidget(env, PHONE);
  await supervisor.page.getByText("A peer worker I supervise, mentor or work with").tap();
  assert.match(await supervisor.page.locator("main").innerText(), /This rating is not anonymous/);
  await supervisor.page.getByLabel("Name of the person you rate (optional)").fill("Sam Rivera");
  await supervisor.page.getByLabel("Your name (optional)").fill("Dana Lee");
  await answerAll(supervisor.page, (k) => (k < 5 ? 3 : 4));
  await supervisor.page.getByRole("heading", { level: 2, name: "Your rating of Sam Rivera" }).waitFor();
  assert.equal(await supervisor.page.getByRole("button", { name: "Finish and keep these results" }).count(), 0);
  assert.deepEqual(await axeViolations(supervisor.page), [], "hand-over screen");
  const handed = await download(supervisor.page, () => supervisor.page.getByRole("button", { name: "Download the rating file" }).tap());
  assert.match(handed.name, /^peer-rating-Sam-Rivera-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(JSON.parse(handed.text).kind, "peer-assessment-rating");
  // The supervisor's own (empty) self-assessment was not touched.
  const supervisorState = JSON.parse(await supervisor.page.evaluate(() => localStorage.getItem("peer-assessment.state")));
  assert.deepEqual(supervisorState.session.history, []);
  await supervisor.context.close();

  // The peer imports it: a preview first, then it is added, never averaged.
  await importFile(page, handed.path);
  const preview = await page.locator(".pa-import-preview").innerText();
  assert.match(preview, /A rating of Sam Rivera by Dana Lee, your supervisor, dated/);
  assert.match(preview, /62 competencies rated/);
  assert.match(preview, /Adds 1 assessment/);
  assert.deepEqual(await axeViolations(page), [], "import preview");
  await page.getByRole("button", { name: "Import: add to what is saved here" }).click();
  assert.match(await page.getByRole("status").innerText(), /Imported\. Adds 1/);

  await page.getByRole("button", { name: "History" }).first().click();
  assert.equal(await page.locator(".pa-history tbody tr").count(), 3);
  const labels = await page.getByLabel("Later").locator("option").allInnerTexts();
  const supervisorLabel = labels.find((l) => /Dana Lee \(your supervisor\)/.test(l));
  assert.ok(supervisorLabel, labels.join(" | "));
  await page.getByLabel("Earlier (baseline)").selectOption({ label: labels.find((l) => /— You$/.test(l)) });
  await page.getByLabel("Later").selectOption({ label: supervisorLabel });
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.getByRole("heading", { level: 2, name: "Your ratings and your supervisor's" }).waitFor();
  const gaps = await page.locator(".pa-gaps").innerText();
  assert.match(gaps, /You rate yourself higher than your supervisor on:\n+Initiates contact with peers/);
  assert.match(gaps, /You rate yourself lower than your supervisor on:/);
  assert.match(await page.locator("main").innerText(), /This rating is not anonymous/);
  assert.deepEqual(await axeViolations(page), [], "self and supervisor");
  await page.screenshot({ path: join(ARTIFACTS, "desktop-self-and-supervisor.png"), fullPage: false });

  // A development plan on the latest results: the lowest rated are suggested.
  await page.getByRole("button", { name: "History" }).last().click();
  await page.getByRole("button", { name: /^View .* — You$/ }).first().click();
  await page.getByRole("heading", { level: 3, name: "Development plan" }).waitFor();
  await page.locator(".pa-suggestions button").first().click();
  const item = page.locator(".pa-plan-item").first();
  await item.getByLabel("Goal").fill("Share my recovery story with purpose");
  await item.getByLabel("Steps").fill("Practise in supervision; ask for feedback");
  await item.getByLabel("Supervision").check();
  await item.getByLabel("Training").check();
  await item.getByLabel("Target date").fill("2027-03-31");
  await item.getByLabel("In progress").check();
  assert.deepEqual(await axeViolations(page), [], "plan");
  await page.reload();
  await page.getByRole("heading", { level: 3, name: "Development plan" }).waitFor();
  const kept = page.locator(".pa-plan-item").first();
  assert.equal(await kept.getByLabel("Goal").inputValue(), "Share my recovery story with purpose");
  assert.equal(await kept.getByLabel("Target date").inputValue(), "2027-03-31");
  assert.equal(await kept.getByLabel("Training").isChecked(), true);
  assert.equal(await kept.getByLabel("In progress").isChecked(), true);

  // The printed report: no buttons or navigation, the radars, tables and the plan.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".pa-nav").isVisible(), false);
  assert.equal(await page.locator("button:visible").count(), 0, "no buttons in print");
  assert.equal(await page.locator(".pa-plan-item").first().isVisible(), false, "the plan's form is not printed");
  assert.match(await page.locator(".pa-plan-text").first().innerText(), /Goal\s+Share my recovery story with purpose/);
  assert.equal(await page.locator("svg.pa-radar:visible").count(), 13);
  await page.screenshot({ path: join(ARTIFACTS, "print-report.png"), fullPage: true });
  for (const format of ["A4", "Letter"]) {
    const pdf = await page.pdf({ format, printBackground: true });
    assert.ok(pdf.length > 10_000, `${format} PDF rendered`);
    writeFileSync(join(ARTIFACTS, `report-${format}.pdf`), pdf);
  }
  await page.emulateMedia({ media: "screen" });

  // CSV of these results: a row per competency.
  const csv = await download(page, () => page.getByRole("button", { name: "Download as CSV" }).click());
  const lines = csv.text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  assert.equal(lines.length, 63);
  assert.match(lines[1], /^I,Engages peers in collaborative and caring relationships,I\.1,Initiates contact with peers,5,Expert skill,,samhsa-2015$/);

  // Back up everything and restore it in a fresh browser profile: nothing lost.
  const backup = await download(page, async () => {
    await page.getByRole("button", { name: "Files" }).click();
    await page.getByRole("button", { name: "Download a backup file" }).click();
  });
  assert.match(await page.locator(".pa-files").innerText(), /Last backup downloaded: [A-Z][a-z]+ \d{1,2}, \d{4}\./);
  // The backup names the version that wrote it (Cargo.toml's), beside the saved format.
  const cargoVersion = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(/^version = "([^"]+)"/m)[1];
  const { app_version, format } = JSON.parse(backup.text);
  assert.deepEqual({ app_version, format }, { app_version: cargoVersion, format: 2 });
  const fresh = await openWidget(env, PHONE);
  await importFile(fresh.page, backup.path);
  assert.match(await fresh.page.locator(".pa-import-preview").innerText(), /3 finished assessment\(s\) and rating\(s\) received, 1 development plan item/);
  await fresh.page.getByRole("button", { name: "Import: add to what is saved here" }).tap();
  await changesSaved(fresh.page);
  const before = JSON.parse(await page.evaluate(() => localStorage.getItem("peer-assessment.state"))).session;
  const after = JSON.parse(await fresh.page.evaluate(() => localStorage.getItem("peer-assessment.state"))).session;
  assert.deepEqual(after.history, before.history);
  assert.deepEqual(after.plan, before.plan);
  await fresh.page.getByRole("button", { name: "History" }).first().tap();
  assert.equal(await fresh.page.locator(".pa-history tbody tr").count(), 3);
  await fresh.page.screenshot({ path: join(ARTIFACTS, "phone-history.png"), fullPage: true });
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();

  // Nothing but the page's own files (loaded again by the reload above), through all of it.
  const pageFiles = new Set(requests.slice(0, requestsAtLoad));
  assert.deepEqual(requests.slice(requestsAtLoad).filter((u) => !pageFiles.has(u)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("wrong, damaged and newer files are refused with the reason, and nothing changes", async () => {
  const { context, page, problems } = await openWidget(env, PHONE);
  await page.getByRole("button", { name: "Begin" }).tap();
  await page.getByRole("group", { name: /Initiates contact/ }).getByText("Expert skill").tap();
  await page.waitForFunction(() => localStorage.getItem("peer-assessment.state")?.includes('"I.1":5'));
  const saved = async () => {
    const { answers, history, plan } = JSON.parse(await page.evaluate(() => localStorage.getItem("peer-assessment.state"))).session;
    return { answers, history, plan };
  };
  const stateBefore = await saved();
  const cases = [
    ["damaged.json", '{"kind": "peer-assessment-backup", "format": 2,,', /not valid JSON \(the problem is at line 1, column \d+\)/],
    ["newer.json", '{"kind":"peer-assessment-backup","format":99,"session":{}}', /newer version of this self-assessment \(format 99\)/],
    ["other.json", '{"name":"some other tool"}', /not a backup or rating file from this self-assessment/],
    ["wrong-set.json", '{"kind":"peer-assessment-rating","format":1,"set_id":"another-set","set_version":1,"rated_at":"2026-01-01","rater":{"role":"supervisor"},"ratings":{}}', /does not have \("another-set"\)/],
    ["photo.json", "\u0089PNG\r\n\u001a\n", /not valid JSON/],
  ];
  for (const [name, contents, reason] of cases) {
    const path = join(ARTIFACTS, name);
    writeFileSync(path, contents);
    await importFile(page, path);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const message = await alert.innerText();
    assert.match(message, /This file cannot be imported\./, name);
    assert.match(message, reason, name);
    assert.match(message, /Nothing has been changed\./, name);
  }
  assert.deepEqual(await axeViolations(page), [], "refused import");
  assert.deepEqual(await saved(), stateBefore);
  assert.deepEqual(problems, []);
  await context.close();
});
