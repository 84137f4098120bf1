// The welcome screen before the wasm arrives (index.html carries it, written at build time by
// scripts/prerender-welcome.mjs; assets/first-view.js picks the language): readable at once, in
// English or Spanish, replaced by the App without any layout shift or visible change, and a tap
// made on it meanwhile is not lost. The wasm is held back by the test server to give time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, watch, PHONE } from "./harness.mjs";

const WASM_DELAY_MS = 2500;
const env = {};
before(async () => {
  env.server = await serve(undefined, { delay: (path) => (path.endsWith(".wasm") ? WASM_DELAY_MS : 0) });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/** A page at the widget, recording layout shifts from its start, not waiting for the wasm. */
async function open(options, prepare) {
  const context = await env.browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const watched = watch(page);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  if (prepare) await prepare(context, page);
  await page.goto(env.server.url, { waitUntil: "domcontentloaded" });
  return { context, page, ...watched };
}

const prerendered = (page) => page.evaluate(() => document.querySelector("[data-first-view]") !== null);
const appDrawn = (page) => page.waitForFunction(() => document.querySelector("[data-first-view]") === null && document.querySelector(".pa-app"));

test("the welcome screen shows before the wasm, and the App replaces it without a visible change", async () => {
  const { context, page, problems } = await open({ locale: "en-US" });
  await page.getByRole("heading", { level: 2, name: "How skilled do you feel in peer support work?" }).waitFor();
  assert.ok(await prerendered(page), "the heading is the prerendered one, before the wasm");
  const before = await page.screenshot({ fullPage: true });
  await appDrawn(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const afterwards = await page.screenshot({ fullPage: true });
  assert.ok(before.equals(afterwards), "the App's welcome screen looks exactly like the prerendered one");
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], "no layout shift");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a Spanish browser gets the Spanish welcome screen before the wasm", async () => {
  const { context, page, problems } = await open({ locale: "es-MX" });
  await page.getByRole("heading", { level: 2, name: /¿Qué tan hábil te sientes/ }).waitFor();
  assert.ok(await prerendered(page));
  assert.equal(await page.getAttribute(".pa-app", "lang"), "es");
  assert.equal(await page.locator("#pa-save-yes").count(), 1, "one copy of the screen, so ids stay unique");
  await appDrawn(page);
  assert.equal(await page.getAttribute(".pa-app", "lang"), "es");
  assert.deepEqual(await page.evaluate(() => window.__shifts), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("choices and Begin tapped before the wasm arrives are made by the App once it runs", async () => {
  const { context, page, problems } = await open({ locale: "en-US" });
  await page.getByRole("heading", { level: 2, name: "How skilled do you feel in peer support work?" }).waitFor();
  await page.locator('label[for="pa-set-samhsa-draft-family-youth"]').tap();
  assert.ok(await prerendered(page), "tapped before the wasm arrived");
  await page.getByRole("button", { name: "Begin" }).tap();
  assert.ok(await prerendered(page), "tapped before the wasm arrived");
  await page.locator("fieldset.pa-competency").first().waitFor({ timeout: 15000 });
  assert.match(await page.locator(".pa-set-name").innerText(), /Family and youth/, "the set chosen before the wasm is in use");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a double tap on Begin before the wasm arrives opens the first category and answers nothing", async () => {
  const { context, page, problems } = await open({ locale: "en-US" });
  await page.getByRole("heading", { level: 2, name: "How skilled do you feel in peer support work?" }).waitFor();
  const begin = page.getByRole("button", { name: "Begin" });
  await begin.tap();
  await begin.tap();
  assert.ok(await prerendered(page), "both taps before the wasm arrived");
  await page.locator("fieldset.pa-competency").first().waitFor({ timeout: 15000 });
  // Give a stray replayed tap time to land.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.equal(await page.locator("fieldset.pa-competency input:checked").count(), 0, "no competency answered");
  assert.match(await page.locator("main").innerText(), /0 of 62 answered/);
  assert.match(await page.getByRole("heading", { level: 2 }).first().innerText(), /^I\. /, "the first category");
  assert.deepEqual(problems, []);
  await context.close();
});

test("with a saved session the prerendered welcome screen is not shown", async () => {
  const { context, page, problems } = await open({ locale: "en-US" }, async (context) => {
    await context.addInitScript(() => {
      if (!localStorage.getItem("peer-assessment.state")) localStorage.setItem("peer-assessment.state", '{"format":0}');
    });
  });
  await page.waitForLoadState("domcontentloaded");
  assert.equal(await prerendered(page), false);
  await page.locator(".pa-app").waitFor({ timeout: 15000 });
  assert.deepEqual(problems.filter((p) => !/unreadable|not recogni[sz]ed/i.test(p)), []);
  await context.close();
});
