// In every engine whose service workers work under automation: after one visit the widget
// loads with its answers while the server is gone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUpEngine } from "../drive/engine.mjs";

const env = setUpEngine();

test(`after one visit the widget works with the server gone (${env.engine})`, async () => {
  const page = await env.open("phone");
  await page.get({ role: "heading", level: 2, name: /How skilled/ }).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitFor(() => navigator.serviceWorker.controller !== null);
  await page.get({ role: "button", name: "Begin" }).tap();
  await page.get({ role: "group", name: /Initiates contact with peers/ }, { role: "radio", name: /Advanced skill/ }).tap();
  await page.waitFor(() => /"I\.1":4\b/.test(localStorage.getItem("peer-assessment.state") ?? ""));

  await env.server.close();
  const served = env.server.served.length;
  await page.reload();
  await page.get({ role: "heading", level: 2, name: /^I\. Engages peers/ }).waitFor();
  assert.equal(await page.get({ role: "group", name: /Initiates contact with peers/ }, { role: "radio", name: /Advanced skill/ }).isChecked(), true);
  await page.get({ role: "group", name: /Listens to peers/ }, { role: "radio", name: /Moderate skill/ }).tap();
  await page.get({ role: "button", name: "All categories" }).tap();
  await page.get({ role: "navigation", name: "All categories" }, { role: "button", name: /^See results/ }).tap();
  await page.get({ text: /Partial results: 2 of 62 competencies answered/ }).waitFor();
  assert.equal(env.server.served.length, served, "nothing reached the server");
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
