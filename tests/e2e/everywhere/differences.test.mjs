// In every engine, what engines do differently: WebKit has no requestIdleCallback (a save still
// happens, and at once when the page is hidden); a <details> opens on its toggle event; a date
// typed into a date input is kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUpEngine } from "../drive/engine.mjs";

const env = setUpEngine();
const savedRating = (page, id) =>
  page.evaluate((id) => JSON.parse(localStorage.getItem("peer-assessment.state") ?? "null")?.session.answers["samhsa-2015"]?.ratings[id] ?? null, id);

test(`a change is saved with or without an idle callback, and at once when the page is hidden (${env.engine})`, async () => {
  const page = await env.open("phone");
  const idle = await page.evaluate(() => typeof requestIdleCallback);
  assert.equal(idle, env.engine === "webkit" ? "undefined" : "function");
  await page.get({ role: "button", name: "Begin" }).tap();
  // Saved soon after a tap, by the idle callback or, without one, after the next frame.
  await page.get({ role: "group", name: /Initiates contact/ }, { role: "radio", name: /Expert skill/ }).tap();
  await page.waitFor(() => /"I\.1":5\b/.test(localStorage.getItem("peer-assessment.state") ?? ""));

  // A change the page is left right after: rendered (microtasks only, no frame, no idle time),
  // not yet saved, then saved by pagehide itself.
  const seen = await page.get({ role: "group", name: /Listens to peers/ }, { role: "radio", name: /Moderate skill/ }).evaluate(async (radio) => {
    const rating = () => JSON.parse(localStorage.getItem("peer-assessment.state")).session.answers["samhsa-2015"].ratings["I.2"] ?? null;
    radio.click();
    for (let i = 0; i < 50; i++) await new Promise((resolve) => queueMicrotask(resolve));
    const rendered = /\b2 of 62 answered/.test(document.body.innerText);
    const beforeHide = rating();
    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
    return { rendered, beforeHide, afterHide: rating() };
  });
  assert.deepEqual(seen, { rendered: true, beforeHide: null, afterHide: 3 });
  assert.equal(await savedRating(page, "I.2"), 3);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test(`the jump menu and the note open and close on their <details> toggle (${env.engine})`, async () => {
  const page = await env.open("phone");
  await page.get({ role: "button", name: "Begin" }).tap();
  const menu = { role: "navigation", name: "All categories" };
  assert.equal(await page.get(menu).count(), 0);
  await page.get({ role: "button", name: "All categories" }).tap();
  await page.get(menu).waitFor();
  await page.get({ role: "button", name: "All categories" }).tap();
  await page.waitFor(() => !document.querySelector("details[open] nav"));
  await page.get({ role: "group", name: /Initiates contact/ }, { role: "button", name: /note/i }).tap();
  await page.get({ role: "textbox", name: "Your note on this competency" }).fill("A note");
  await page.waitFor(() => /"I\.1":"A note"/.test(localStorage.getItem("peer-assessment.state") ?? ""));
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test(`a target date typed into the development plan is kept (${env.engine})`, async () => {
  const page = await env.open("phone");
  await page.get({ role: "button", name: "Begin" }).tap();
  await page.get({ role: "group", name: /Initiates contact/ }, { role: "radio", name: /Beginning skill/ }).tap();
  await page.get({ role: "button", name: "All categories" }).tap();
  await page.get({ role: "navigation", name: "All categories" }, { role: "button", name: /^See results/ }).tap();
  await page.get({ role: "button", name: /^Add to plan/, nth: 0 }).tap();
  const date = page.get({ role: "textbox", name: "Target date" });
  assert.equal(await date.evaluate((e) => e.type), "date");
  await page.typeDate(date, "2027-03-15");
  await page.waitFor(() => /"target_date":"2027-03-15"/.test(localStorage.getItem("peer-assessment.state") ?? ""));
  await page.reload();
  assert.equal(await page.get({ role: "textbox", name: "Target date" }).evaluate((e) => e.value), "2027-03-15");
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
