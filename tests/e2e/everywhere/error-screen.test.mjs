// In every engine: when the widget's wasm stops (a Rust panic aborts it on the spot), the page's
// script sees the trap and the error screen offers the saved answers and a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUpEngine } from "../drive/engine.mjs";

const env = setUpEngine();

test(`a stopped widget shows the error screen (${env.engine})`, async () => {
  const page = await env.open("phone");
  await page.get({ role: "button", name: "Begin" }).tap();
  await page.get({ role: "group", name: /Initiates contact/ }, { role: "radio", name: /Expert skill/ }).tap();
  await page.waitFor(() => /"I\.1":5\b/.test(localStorage.getItem("peer-assessment.state") ?? ""));
  // Yew's renderer panics when the DOM refuses an insertion, as a faulty extension could make it.
  await page.evaluate(() => {
    Node.prototype.insertBefore = function () {
      throw new Error("insertBefore broken on purpose");
    };
  });
  await page.get({ role: "button", name: "Next" }).tap();
  const alert = { role: "alert", text: /Something went wrong/ };
  assert.match(await page.get(alert).evaluate((e) => e.innerText), /Your saved answers on this device have not been changed/);
  assert.equal(await page.get(alert, { role: "link", name: "Download my saved answers" }).count(), 1);
  assert.equal(await page.get(alert, { role: "link", name: "Reload the page" }).count(), 1);
  assert.equal(await page.get({ role: "group", name: /Initiates contact/ }).count(), 0);
  const problems = await page.problems();
  assert.ok(problems.length > 0, "the trap was reported to the page");
  assert.ok(problems.every((p) => /unreachable|insertBefore broken on purpose|failed to insert node/i.test(p)), problems.join("\n"));
  await page.close();
});
