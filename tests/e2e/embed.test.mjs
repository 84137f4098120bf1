// Agencies' pages: two widgets on a page whose CSS is hostile work independently, keep their data
// apart, look right, and neither side's CSS reaches the other; a broken custom set shows its
// error; the example page's iframe is sized to its content.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { setUp, axeViolations, watch, PHONE, DESKTOP, ARTIFACTS } from "./harness.mjs";

const env = setUp();
before(() => mkdirSync(ARTIFACTS, { recursive: true }));

async function open(options, path) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(new URL(path, env.server.url).href);
  return { context, page, ...watched };
}

test("two widgets on a hostile page work independently and keep their data apart", async () => {
  const { context, page, problems, requests } = await open(DESKTOP, "test-pages/hostile.html");
  const first = page.locator("#first");
  const second = page.locator("#second");
  await first.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  await second.getByRole("heading", { level: 2, name: /¿Qué tan hábil/ }).waitFor();
  assert.match(await first.locator(".pa-app-title").innerText(), /Agency A self-check/);
  assert.equal(await second.getByLabel("Language").count(), 0, "data-lang fixes the language");

  // The page's CSS does not reach into the widgets.
  const look = await first.getByRole("button", { name: "Begin" }).evaluate((b) => {
    const s = getComputedStyle(b);
    return { color: s.color, height: b.getBoundingClientRect().height, transform: s.textTransform, display: s.display };
  });
  assert.notEqual(look.color, "rgb(204, 0, 0)");
  assert.ok(look.height >= 44, `button ${look.height}px tall`);
  assert.equal(look.transform, "none");
  assert.notEqual(look.display, "none");
  // The widgets' CSS does not reach the page.
  const host = await page.locator("#host-text").evaluate((p) => getComputedStyle(p).textTransform);
  assert.equal(host, "uppercase");
  assert.equal(await page.evaluate(() => [...document.styleSheets].filter((s) => s.href?.includes("main-")).length), 0);
  // The second widget's accent colour from data-accent.
  const accent = await second.getByRole("button", { name: "Comenzar" }).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(accent, "rgb(91, 42, 134)");

  // Answering in the first leaves the second untouched, in storage too.
  await first.getByRole("button", { name: "Begin" }).click();
  await first.getByRole("group", { name: /Initiates contact with peers/ }).getByText("Expert skill").click();
  await second.getByRole("button", { name: "Comenzar" }).click();
  await second.locator("fieldset.pa-competency").first().locator('input[value="2"]').check();
  // Both saved (each widget saves when the browser is next idle).
  await page.waitForFunction(() =>
    /"I\.1":5\b/.test(localStorage.getItem("peer-assessment.agency-a.state") ?? "") &&
    /"I\.1":2\b/.test(localStorage.getItem("peer-assessment.agency-b.state") ?? ""),
  );
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ["peer-assessment.agency-a.state", "peer-assessment.agency-b.state"]);
  const saved = await page.evaluate(() => ({
    a: JSON.parse(localStorage.getItem("peer-assessment.agency-a.state")).session,
    b: JSON.parse(localStorage.getItem("peer-assessment.agency-b.state")).session,
  }));
  assert.deepEqual(Object.keys(saved.a.answers), ["samhsa-2015"]);
  assert.deepEqual(Object.keys(saved.b.answers), ["samhsa-draft-family-youth"]);
  assert.equal(saved.a.answers["samhsa-2015"].ratings["I.1"], 5);
  assert.equal(saved.b.answers["samhsa-draft-family-youth"].ratings["I.1"], 2);
  await page.screenshot({ path: join(ARTIFACTS, "desktop-hostile-host.png"), fullPage: false });

  // After a reload each finds only its own answers.
  await page.reload();
  await first.getByRole("heading", { level: 2 }).first().waitFor();
  await first.getByRole("button", { name: "Assessment", exact: true }).click();
  assert.match(await first.locator("main").innerText(), /1 of 62 answered/);
  await second.getByRole("button", { name: "Autoevaluación", exact: false }).first().click().catch(() => {});
  assert.doesNotMatch(await second.locator("main").innerText(), /of 62/);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.server.url)), []);
  assert.deepEqual(problems, []);
  // (axe-core itself adds a <style> inside shadow roots, which the CSP refuses: checked last.)
  assert.deepEqual(await axeViolations(page), [], "hostile page with two widgets");
  await context.close();
});

test("a broken custom set shows what is wrong instead of a blank widget, and other sites' sets are refused", async () => {
  const { context, page, problems, requests } = await open(PHONE, "test-pages/bad-set.html");
  const widgets = page.locator("[data-peer-assessment]");
  await widgets.nth(0).getByRole("heading", { name: "This self-assessment cannot start" }).waitFor();
  assert.match(await widgets.nth(0).getByRole("alert").innerText(), /#broken: categories\[0\]\.competencies\[0\]: missing id/);
  assert.match(await widgets.nth(1).getByRole("alert").innerText(), /only a file on this same site can be used/);
  assert.equal(await page.evaluate(() => window.alertCalled ?? false), false);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.server.url)), [], "the other site is never asked");
  assert.deepEqual(problems, []);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("the example page: two configured embeds and an iframe sized to its content", async () => {
  const { context, page, problems } = await open(DESKTOP, "embed-example.html");
  const widgets = page.locator("[data-peer-assessment]");
  await widgets.nth(0).getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  assert.match(await widgets.nth(0).locator(".pa-app-title").innerText(), /County peer self-check/);
  assert.deepEqual(await widgets.nth(0).locator(".pa-nav-button").allInnerTexts(), ["Assessment", "History", "Files"]);
  const custom = widgets.nth(1);
  await custom.getByRole("heading", { level: 2 }).first().waitFor();
  assert.match(await custom.locator(".pa-set-name").innerText(), /County core skills/);
  assert.equal(await custom.locator("input[name='pa-set']").count(), 0, "the page fixed the set");
  await custom.getByRole("button", { name: "Begin" }).click();
  const group = custom.getByRole("group", { name: /Listens without interrupting/ });
  assert.deepEqual(await group.locator("label.pa-option").allInnerTexts(), ["1\nNot yet", "2\nSometimes", "3\nUsually", "4\nAlways", "Not applicable"]);

  const frame = page.frameLocator("iframe[data-peer-assessment-frame]");
  await frame.getByRole("heading", { level: 2, name: /¿Qué tan hábil/ }).waitFor();
  await page.waitForFunction(() => {
    const f = document.querySelector("iframe[data-peer-assessment-frame]");
    const inner = f.contentDocument?.documentElement.scrollHeight;
    return inner && Math.abs(f.getBoundingClientRect().height - inner) <= 2;
  });
  const heights = await page.evaluate(() => {
    const f = document.querySelector("iframe[data-peer-assessment-frame]");
    return { frame: f.getBoundingClientRect().height, content: f.contentDocument.documentElement.scrollHeight };
  });
  assert.ok(heights.frame > 600, `the frame grew to ${heights.frame}px`);
  await page.screenshot({ path: join(ARTIFACTS, "desktop-embed-example.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
