// In every engine: the participant's page and embed carry only the participant's module; the
// Workshop section leads to the facilitator's page (the widget's own, or the agency's page named
// by data-facilitator-page on the same site), which loads the facilitator's module and opens on
// the workshop; a participant's code in an old link is handed on to it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUpEngine } from "../drive/engine.mjs";

const env = setUpEngine();

/** The files of the build this page has loaded, by name. */
const loaded = (page) => page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname.split("/").pop()));
const facilitatorFiles = (names) => names.filter((n) => n.startsWith("facilitator"));

test(`the participant's page loads nothing of the facilitator's, and links to it (${env.engine})`, async () => {
  const page = await env.open("phone", "");
  await page.get({ role: "button", name: "Workshop" }).tap();
  const link = page.get({ role: "link", name: "Open the facilitator's page" });
  assert.equal(await link.evaluate((a) => a.href), new URL("facilitator.html", env.server.url).href);
  assert.deepEqual(facilitatorFiles(await loaded(page)), []);
  // Followed as the link says (tapping it is in rounds.test.mjs).
  await page.goto(await link.evaluate((a) => a.href));
  await page.get({ label: "Workshop name" }).waitFor();
  assert.ok(facilitatorFiles(await loaded(page)).some((n) => n.endsWith("_bg.wasm")), "the facilitator's wasm");
  assert.equal(await page.evaluate(() => document.title), "Facilitator's page: Peer Worker Competency Self-Assessment");
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test(`a participant's code in a link to the participant's page is handed on to the facilitator's (${env.engine})`, async () => {
  // A code in a link to the participant's page, as an earlier version's QR codes carried it.
  const code = await codeFromParticipant();
  const page = await env.open("phone", `#code=${code}`);
  assert.match(await page.get({ role: "status" }).text(), /A participant's code came with this link/);
  const link = page.get({ role: "link", name: "Open the facilitator's page" });
  assert.equal(await link.evaluate((a) => a.href), `${new URL("facilitator.html", env.server.url).href}#code=${code}`);
  await page.goto(await link.evaluate((a) => a.href));
  await page.get({ text: /A participant's code is waiting: start a workshop to collect it/ }).waitFor();
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test(`embedded: the participant's module only, its Workshop section leads to the facilitators' page of the same site (${env.engine})`, async () => {
  const page = await env.open("desktop", "test-pages/participant-embed.html");
  const named = { id: "named" };
  await page.get(named, { role: "button", name: "Workshop" }).tap();
  const link = page.get(named, { role: "link", name: "Open the facilitator's page" });
  assert.equal(await link.evaluate((a) => a.href), new URL("test-pages/facilitator-embed.html?from=participants", env.server.url).href);
  const elsewhere = { id: "elsewhere" };
  await page.get(elsewhere, { role: "button", name: "Taller" }).tap();
  const own = page.get(elsewhere, { role: "link", name: "Abrir la página de quien facilita" });
  assert.equal(await own.evaluate((a) => a.href), new URL("facilitator.html?namespace=other&lang=es&set=samhsa-2015", env.server.url).href);
  assert.deepEqual(facilitatorFiles(await loaded(page)), []);
  await page.goto(await link.evaluate((a) => a.href));
  const facilitator = { id: "facilitator" };
  await page.get(facilitator, { label: "Workshop name" }).waitFor();
  assert.ok(facilitatorFiles(await loaded(page)).some((n) => n.endsWith("_bg.wasm")), "data-page=\"facilitator\" loads the facilitator's wasm");
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

/** A participant's code for the 2015 set, from the participant's page's own share panel. */
async function codeFromParticipant() {
  const page = await env.open("phone", "");
  await page.get({ role: "button", name: "Begin" }).tap();
  await page.get({ role: "group", name: /Initiates contact with peers/ }, { role: "radio", name: /Moderate skill/ }).tap();
  await page.get({ role: "button", name: "All categories" }).tap();
  await page.get({ role: "navigation", name: "All categories" }, { role: "button", name: /^See results/ }).tap();
  await page.get({ role: "heading", level: 2, name: "Your results" }).waitFor();
  await page.get({ role: "button", name: "Share anonymously with the facilitator" }).tap();
  await page.waitFor(() => document.querySelector(".pa-code") !== null);
  const code = await page.evaluate(() => document.querySelector(".pa-code").getAttribute("data-code"));
  const shown = await page.evaluate(() => document.querySelector(".pa-link").innerText);
  assert.ok(shown.endsWith(`/facilitator.html#code=${code}`), `the participant's link opens the facilitator's page: ${shown}`);
  await page.close();
  return code;
}
