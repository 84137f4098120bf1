// In every engine: a set named by data-set-url is fetched from the same site the way
// src/app/edge/fetch_set.js asks (same origin only, no credentials, no redirects, read as a
// bounded stream) and used; data-set-json naming an element that is not a JSON script is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUpEngine } from "../drive/engine.mjs";

const env = setUpEngine();

test(`a set fetched from the same site is used, and only a JSON script is read inline (${env.engine})`, async () => {
  const page = await env.open("desktop", "test-pages/fetched-set.html");
  const fetched = { id: "fetched" };
  await page.get(fetched, { role: "button", name: "Begin" }).tap();
  await page.get(fetched, { role: "group", name: /Listens without interrupting/ }).waitFor();
  const refused = await page.get({ id: "refused" }, { role: "alert" }).text();
  assert.match(refused, /is not a <script type="application\/json">/);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
