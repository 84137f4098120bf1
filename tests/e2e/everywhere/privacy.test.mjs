// In every engine: "Don't save on this device" writes nothing, and leaves what was saved before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUpEngine } from "../drive/engine.mjs";

const env = setUpEngine();
const stored = (page) => page.evaluate(() => ({ ...localStorage, ...Object.fromEntries(Object.entries(sessionStorage).map(([k, v]) => [`session:${k}`, v])) }));

test(`don't save on this device writes nothing (${env.engine})`, async () => {
  const page = await env.open("phone");
  await page.get({ role: "button", name: "Begin" }).tap();
  await page.get({ role: "group", name: /Initiates contact/ }, { role: "radio", name: /Expert skill/ }).tap();
  await page.waitFor(() => /"I\.1":5\b/.test(localStorage.getItem("peer-assessment.state") ?? ""));
  await page.get({ role: "button", name: "Assessment" }).tap();
  await page.waitFor(() => /"screen":"welcome"/.test(localStorage.getItem("peer-assessment.state") ?? ""));
  const before = await stored(page);

  await page.get({ role: "radio", name: /^Don't save on this device/ }).tap();
  assert.match(await page.get({ role: "status", text: /Not saving/ }).text(), /nothing you do now is written to this device/);
  await page.get({ role: "button", name: "Begin" }).tap();
  assert.equal(await page.get({ role: "group", name: /Initiates contact/ }, { role: "radio", checked: true }).count(), 0);
  await page.get({ role: "group", name: /Initiates contact/ }, { role: "radio", name: /Beginning skill/ }).tap();
  await page.get({ role: "group", name: /Listens to peers/ }, { role: "radio", name: /Moderate skill/ }).tap();
  await page.get({ role: "button", name: "Next" }).tap();
  // Longer than any save waits (an idle callback's 1 s at most, or the next frame).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.deepEqual(await stored(page), before);

  await page.reload();
  await page.get({ role: "button", name: "Continue" }).tap();
  assert.equal(await page.get({ role: "group", name: /Initiates contact/ }, { role: "radio", name: /Expert skill/ }).isChecked(), true);
  assert.equal(await page.get({ role: "group", name: /Listens to peers/ }, { role: "radio", checked: true }).count(), 0);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
