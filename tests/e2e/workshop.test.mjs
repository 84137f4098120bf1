// A workshop on phones: two participants share anonymous codes (the QR code is decoded and
// compared with the code), a facilitator collects them by typing and by a scanned link, sees the
// right group means, refuses bad and repeated codes without losing anything, and keeps the
// workshop across a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { setUp, openWidget, openFacilitatorPage, axeViolations, answerAll, PHONE, ARTIFACTS } from "./harness.mjs";

const require = createRequire(import.meta.url);
const jsQR = require("jsqr");
const { PNG } = require("pngjs");

const env = setUp();
const CATEGORY_SIZES = [5, 5, 4, 4, 5, 5, 6, 5, 6, 6, 7, 4];
const patterns = [(k) => (k % 5) + 1, (k) => (k % 3 === 0 ? null : 5 - (k % 4))];

/** Each category's mean over the participants' category means, to one decimal. */
function expectedGroupMeans() {
  const perParticipant = patterns.map((level) => {
    let k = 0;
    return CATEGORY_SIZES.map((size) => {
      const levels = [];
      for (let i = 0; i < size; i++, k++) if (level(k) !== null) levels.push(level(k));
      return levels.reduce((a, b) => a + b, 0) / levels.length;
    });
  });
  return CATEGORY_SIZES.map((_, c) => (Math.round(((perParticipant[0][c] + perParticipant[1][c]) / 2) * 10) / 10).toFixed(1));
}

async function shareCode(env, level, name) {
  const participant = await openWidget(env, PHONE);
  await answerAll(participant.page, level);
  await participant.page.getByRole("button", { name: "Share anonymously with the facilitator" }).tap();
  const code = await participant.page.locator(".pa-code").getAttribute("data-code");
  const shown = await participant.page.locator(".pa-code").innerText();
  assert.ok(code.length <= 40, `code of ${code.length} characters`);
  assert.equal(shown.replace(/-/g, ""), code, "the grouped form reads as the same code");
  const link = await participant.page.locator(".pa-link").innerText();
  assert.ok(link.endsWith(`/facilitator.html#code=${code}`), `the link opens the facilitator's page: ${link}`);
  // The QR code, as the camera would see it, decodes to the link.
  const png = PNG.sync.read(await participant.page.locator("svg.pa-qr").screenshot({ path: join(ARTIFACTS, `qr-${name}.png`) }));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(decoded?.data, link);
  assert.deepEqual(await axeViolations(participant.page), [], "share section");
  await participant.page.screenshot({ path: join(ARTIFACTS, `phone-share-${name}.png`), fullPage: false });
  assert.deepEqual(participant.problems, []);
  await participant.context.close();
  return { code, link };
}

test("a facilitator collects two participants' codes and sees the group's profile", async () => {
  const first = await shareCode(env, patterns[0], "first");
  const second = await shareCode(env, patterns[1], "second");
  assert.notEqual(first.code, second.code);

  const { context, page, problems } = await openFacilitatorPage(env, PHONE);
  await page.getByLabel("Workshop name").fill("Tuesday cohort");
  await page.getByRole("button", { name: "Start the workshop" }).tap();
  const codeBox = page.getByLabel("Participant's code");
  await codeBox.fill(first.code);
  await page.getByRole("button", { name: "Add", exact: true }).tap();
  assert.match(await page.getByRole("status").innerText(), /Added to Before the training\. Participants in this round: 1\./);

  // Bad codes are refused with a reason; nothing collected is lost.
  const mistyped = first.code.slice(0, 10) + (first.code[10] === "7" ? "8" : "7") + first.code.slice(11);
  await codeBox.fill(mistyped);
  await page.getByRole("button", { name: "Add", exact: true }).tap();
  assert.match(await page.getByRole("alert").innerText(), /a character was mistyped[\s\S]*Nothing already collected has changed/);
  await codeBox.fill(first.code.slice(0, 30));
  await page.getByRole("button", { name: "Add", exact: true }).tap();
  assert.match(await page.getByRole("alert").innerText(), /wrong length|too short/);
  await codeBox.fill(first.code);
  await page.getByRole("button", { name: "Add", exact: true }).tap();
  assert.match(await page.getByRole("alert").innerText(), /already in the workshop/);
  assert.match(await page.locator(".pa-overall").innerText(), /Participants: 1/);

  // The second participant's code, typed in lower case with hyphens, via Enter.
  await codeBox.fill(second.code.toLowerCase().replace(/(.{5})/g, "$1-"));
  await codeBox.press("Enter");
  assert.match(await page.getByRole("status").innerText(), /Added to Before the training\. Participants in this round: 2\./);

  const means = await page.locator(".pa-round-profile table").first().locator("tbody td.pa-mean").allTextContents();
  assert.deepEqual(means, expectedGroupMeans());
  assert.equal(await page.locator("#pa-chart-group-title").count(), 1);
  assert.equal(await page.locator(".pa-round-profile .pa-band").count(), 1, "the range is drawn as a band");
  const counts = await page.locator(".pa-counts tbody tr").first().locator("td").allTextContents();
  // I.1: participant 1 chose 1, participant 2 chose N/A (k = 0).
  assert.deepEqual(counts.slice(0, 6), ["1", "0", "0", "0", "0", "1"]);
  assert.equal(await page.locator(".pa-round-profile ol.pa-highlight-list li").count(), 5);
  assert.deepEqual(await axeViolations(page), [], "workshop with results");
  await page.screenshot({ path: join(ARTIFACTS, "phone-workshop.png"), fullPage: true });

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as CSV" }).tap()]);
  const text = require("node:fs").readFileSync(await csv.path(), "utf8");
  assert.match(text, /^\uFEFFRound,Category,Competency ID,Competency,1,2,3,4,5,N\/A,Not answered,Mean,People\r\nBefore the training,I,I\.1,/);

  // A scanned QR opens the link in a new tab: the code waits for confirmation, then joins.
  const scanned = await context.newPage();
  await scanned.goto(first.link);
  await scanned.getByText(/Add this participant's code to the workshop "Tuesday cohort"\?/).waitFor();
  assert.equal(await scanned.evaluate(() => location.hash), "", "the code is taken out of the address bar");
  await scanned.getByRole("region", { name: "Code from a link" }).getByRole("button", { name: "Add", exact: true }).tap();
  await scanned.getByRole("alert").filter({ hasText: /already in the workshop/ }).waitFor();
  await scanned.getByRole("button", { name: "Add it again" }).tap();
  assert.match(await scanned.locator(".pa-overall").innerText(), /Participants: 3/);
  await scanned.close();

  // Reload keeps the workshop.
  await page.reload();
  await page.getByRole("button", { name: "Workshop", exact: true }).tap();
  assert.match(await page.locator(".pa-overall").innerText(), /Participants: 3/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a supervisor's short code is added to the peer's history", async () => {
  const supervisor = await openWidget(env, PHONE);
  await supervisor.page.getByText("A peer worker I supervise, mentor or work with").tap();
  await answerAll(supervisor.page, () => 4);
  await supervisor.page.getByRole("button", { name: "Show a short code instead of a file" }).tap();
  const code = await supervisor.page.locator(".pa-code").getAttribute("data-code");
  await supervisor.context.close();

  const { context, page, problems } = await openWidget(env, PHONE);
  await page.getByRole("button", { name: "Files" }).tap();
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Check the code" }).tap();
  assert.match(await page.locator(".pa-import-preview").innerText(), /A rating by your supervisor, dated .*: 62 competencies rated/);
  await page.getByRole("button", { name: "Add to my history" }).tap();
  await page.getByRole("button", { name: "History" }).tap();
  assert.match(await page.locator(".pa-history tbody").innerText(), /Your supervisor[\s\S]*62 of 62 answered[\s\S]*4\.0/);
  assert.deepEqual(problems, []);
  await context.close();
});
