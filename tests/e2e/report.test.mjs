// What a person sees after answering: the results on a 360 px phone (how did I do, and what now,
// in the first screen and a half; each category folded; a compact header), and the printed
// report a supervisor files (Letter and A4, both sets, English and Spanish): few pages, no form
// control, nothing wider than the page, every competency's text in the PDF's text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setUp, openWidget, answerAll, axeViolations, changesSaved, ARTIFACTS, PHONE, DESKTOP } from "./harness.mjs";

const env = setUp();
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Every competency's text of a built-in set, in `lang` ("en" or a translation's code). */
function competencyTexts(setId, lang) {
  const set = JSON.parse(readFileSync(join(root, "sets", `${setId}.json`), "utf8"));
  const translated = lang === "en" ? {} : (set.translations?.[lang]?.competencies ?? {});
  return set.categories.flatMap((c) => c.competencies.map((k) => translated[k.id] ?? k.text));
}

/** A field of a UI language table (src/app/text/en.rs or es.rs). */
function uiText(lang, field) {
  const source = readFileSync(join(root, "src/app/text", `${lang}.rs`), "utf8");
  return JSON.parse(source.match(new RegExp(`^    ${field}: (".*"),$`, "m"))[1]);
}

/** The report's section headings, and the page footer's lines, in `lang`. */
const HEADINGS = ["strengths_heading", "growth_heading", "by_category_heading", "notes_heading", "plan_heading", "sign_off_heading"];

/** The last line of each page's text that is not the footer. */
function pageEnds(text) {
  const footer = /^(Page|Página) \d+ (of|de) \d+$|^(Core Competencies|Competencias básicas|Family and youth|Revisión para familias)/;
  return text
    .split("\f")
    .map((page) => page.split("\n").map((l) => l.trim()).filter((l) => l && !footer.test(l)).pop())
    .filter(Boolean);
}

/** 1..5 in turn, and every ninth competency not applicable. */
const level = (k) => (k % 9 === 8 ? null : (k % 5) + 1);

/** Adds the three suggested competencies to the plan and fills in every field of each. */
async function fillPlan(page) {
  for (let i = 0; i < 3; i++) {
    await page.getByRole("button", { name: /^Add to plan: / }).first().click();
  }
  // Each item is folded under its name, but the one just added.
  const items = page.locator("details.pa-plan-item");
  assert.equal(await items.count(), 3);
  assert.equal(await page.getByRole("article").count(), 1, "only the item just added is open");
  for (let i = 0; i < 3; i++) {
    const item = items.nth(i);
    if ((await item.getAttribute("open")) === null) await item.locator("summary").click();
    await item.getByLabel("Goal").fill(`Goal number ${i + 1}: practise this with two peers each week`);
    await item.getByLabel("Steps").fill("Ask for feedback in supervision; keep a short log; review after a month");
    await item.getByLabel("Supervision").check();
    await item.getByLabel("Other support").fill("Peer support group on Thursdays");
    await item.getByLabel("Target date").fill("2027-03-31");
    await item.getByLabel("In progress").check();
  }
}

/** Prints the page to PDF in `format`; returns its page count and its text in reading order. */
async function printed(page, format, name) {
  const pdf = await page.pdf({ format, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), "pa-report-"));
  const file = join(dir, "report.pdf");
  writeFileSync(file, pdf);
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  const text = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" });
  execFileSync("pdftoppm", ["-png", "-r", "50", file, join(ARTIFACTS, name)]);
  return { pages, text };
}

const squeeze = (s) => s.replace(/[\s\u00ad]+/g, " ").replace(/- /g, "-").trim();

/** In print media at the printable width of `format`: no visible form control, nothing wider. */
async function checkPrintLayout(page, format) {
  // 14 mm margins on each side: Letter 8.5 in, A4 210 mm, at 96 px per inch.
  const width = Math.floor(((format === "Letter" ? 215.9 : 210) - 28) / 25.4 * 96);
  await page.setViewportSize({ width, height: 1000 });
  await page.emulateMedia({ media: "print" });
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll("input, select, textarea, button")];
    const controls = all.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden");
    const limit = document.documentElement.clientWidth + 0.5;
    const wide = [...document.querySelectorAll("body *")].filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.right > limit || box.left < -0.5);
    });
    const name = (e) =>
      `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${[...e.classList].join(".")} in ${e.closest("svg")?.getAttribute("aria-labelledby") ?? e.parentElement?.closest("[id]")?.id} from ${Math.round(e.getBoundingClientRect().left)} to ${Math.round(e.getBoundingClientRect().right)} of ${limit}`;
    return { controls: controls.map(name), wide: wide.map(name).slice(0, 5) };
  });
  assert.deepEqual(found.controls, [], `${format}: no form control visible in print`);
  assert.deepEqual(found.wide, [], `${format}: nothing wider than the printable width`);
}

test("on a phone, the results answer 'how did I do, and what now' first, and fold the rest", async () => {
  const { context, page, problems } = await openWidget(env, PHONE);
  await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  await page.locator("header.pa-header").waitFor({ state: "visible" });
  const header = await page.locator("header.pa-header").boundingBox();
  assert.ok(header.height <= 160, `compact header on the welcome screen: ${header.height} px`);
  await answerAll(page, level);
  await fillPlan(page);
  // Coming back to the results: everything folded.
  await changesSaved(page);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  const tops = {};
  for (const name of ["Finish and keep these results", "Share anonymously with the facilitator", "Print / save as PDF", "Download as CSV"]) {
    const box = await page.getByRole("button", { name, exact: true }).boundingBox();
    tops[name] = Math.round(box.y + box.height);
    assert.ok(box.y + box.height <= 1170, `"${name}" ends ${Math.round(box.y + box.height)} px down (at most 1170)`);
  }
  const chart = await page.getByRole("group", { name: "Mean rating per category" }).boundingBox();
  assert.ok(chart.width >= 300, `overall radar readable: ${chart.width} px wide`);
  assert.ok((await page.locator("header.pa-header").boundingBox()).height <= 160, "compact header on the results");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 4000, `results folded: ${height} px tall (at most 4000)`);
  await page.screenshot({ path: join(ARTIFACTS, "phone-results-first-screen.png") });
  await page.screenshot({ path: join(ARTIFACTS, "phone-results-folded.png"), fullPage: true });
  // For the documentation (scripts/docs-images.sh): the results' heading and overall radar, and
  // the development plan, each at the top of the phone's screen.
  await page.getByRole("heading", { level: 2, name: "Your results" }).evaluate((e) => { e.scrollIntoView(); window.scrollBy(0, -12); });
  await page.screenshot({ path: join(ARTIFACTS, "phone-results-radar.png") });
  await page.getByRole("heading", { name: "Development plan" }).first().evaluate((e) => { e.scrollIntoView(); window.scrollBy(0, -12); });
  await page.screenshot({ path: join(ARTIFACTS, "phone-plan.png") });
  await page.evaluate(() => window.scrollTo(0, 0));

  // Each category opens on request, by keyboard too, with its radar and its table.
  const category = page.getByRole("group").filter({ hasText: "III. Shares lived experience" }).first();
  const summary = page.locator("summary").filter({ hasText: "III." }).first();
  await summary.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("group", { name: /^III\. .*rating per competency/ }).waitFor();
  assert.ok(await page.getByRole("table", { name: /^III\. .*: ratings/ }).isVisible());
  void category;
  assert.deepEqual(await axeViolations(page), [], "results on a phone");
  assert.deepEqual(problems, []);
  await changesSaved(page);
  await context.close();
  console.log(`phone results: ${height} px tall; actions end at ${JSON.stringify(tops)}`);
});

for (const [setName, setId, limit] of [["2015", "samhsa-2015", 6], ["draft", "samhsa-draft-family-youth", 8]]) {
  test(`the printed report of the ${setName} set fits ${limit} pages on Letter and A4, in English and Spanish`, async () => {
    const { context, page, problems } = await openWidget(env, DESKTOP);
    if (setId !== "samhsa-2015") await page.getByText("Family and youth revision (draft)").click();
    const answered = await answerAll(page, level);
    assert.equal(answered, competencyTexts(setId, "en").length);
    await fillPlan(page);
    await changesSaved(page);
    for (const lang of ["en", "es"]) {
      if (lang === "es") {
        await page.emulateMedia({ media: "screen" });
        await page.setViewportSize(DESKTOP.viewport);
        await page.getByLabel("Language", { exact: true }).selectOption("es");
        await page.getByRole("heading", { level: 2, name: "Tus resultados" }).waitFor();
      }
      for (const format of ["Letter", "A4"]) {
        await checkPrintLayout(page, format);
        const { pages, text } = await printed(page, format, `report-${setName}-${lang}-${format}`);
        console.log(`${setName} ${lang} ${format}: ${pages} pages`);
        assert.ok(pages <= limit, `${setName} ${lang} ${format}: ${pages} pages (at most ${limit})`);
        const flat = squeeze(text);
        const headings = new Set(HEADINGS.map((field) => uiText(lang, field)));
        const stranded = pageEnds(text).filter((line) => headings.has(line));
        assert.deepEqual(stranded, [], `${setName} ${lang} ${format}: no page ends with a heading`);
        const missing = competencyTexts(setId, lang).filter((c) => !flat.includes(squeeze(c)));
        assert.deepEqual(missing, [], `${setName} ${lang} ${format}: every competency's text in the PDF`);
        for (const words of lang === "en" ? ["Development plan", "Discussed with"] : ["Plan de desarrollo"]) {
          assert.ok(flat.includes(words), `${lang}: "${words}" in the PDF`);
        }
        assert.ok(flat.includes("Goal number 3: practise this with two peers each week"), "the plan as text");
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
