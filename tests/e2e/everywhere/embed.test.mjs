// In every engine: two widgets in shadow roots on a page whose CSS is hostile
// (pages/hostile.html) start, answer independently and keep their data apart across a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUpEngine } from "../drive/engine.mjs";

const env = setUpEngine();

test(`two widgets embedded on a hostile page keep apart (${env.engine})`, async () => {
  const page = await env.open("desktop", "test-pages/hostile.html");
  const first = { id: "first" };
  const second = { id: "second" };
  await page.get(first, { role: "heading", level: 2, name: /How skilled/ }).waitFor();
  await page.get(second, { role: "heading", level: 2, name: /¿Qué tan hábil/ }).waitFor();
  assert.equal(await page.evaluate(() => [...document.querySelectorAll("[data-peer-assessment]")].every((e) => e.shadowRoot)), true);
  // The page's CSS does not reach into the widget.
  const begin = await page.get(first, { role: "button", name: "Begin" }).evaluate((b) => getComputedStyle(b).textTransform);
  assert.equal(begin, "none");
  // Each widget has the widget's own stylesheet, whatever the page names (data-css on #first),
  // and is marked for session-replay tools to mask.
  const looks = await page.evaluate(() =>
    [...document.querySelectorAll("[data-peer-assessment]")].map((host) => ({
      links: [...host.shadowRoot.querySelectorAll("link")].map((l) => new URL(l.href).pathname.replace(/[0-9a-f]{8,16}/, "#")),
      masked: host.hasAttribute("data-hj-suppress") && host.getAttribute("data-clarity-mask") === "true" && host.classList.contains("fs-mask"),
    })),
  );
  assert.deepEqual(looks, [
    { links: ["/main-#.css"], masked: true },
    { links: ["/main-#.css"], masked: true },
  ]);

  await page.get(first, { role: "button", name: "Begin" }).tap();
  await page.get(first, { role: "group", name: /Initiates contact with peers/ }, { role: "radio", name: /Expert skill/ }).tap();
  await page.get(second, { role: "button", name: "Comenzar" }).tap();
  await page.get(second, { role: "group", name: /./, nth: 0 }, { role: "radio", nth: 1 }).tap();
  const saved = await page.waitFor(() => {
    const read = (key) => JSON.parse(localStorage.getItem(`peer-assessment.${key}.state`) ?? "null")?.session.answers;
    const a = read("agency-a");
    const b = read("agency-b");
    const done = a?.["samhsa-2015"]?.ratings["I.1"] && b?.["samhsa-draft-family-youth"]?.ratings["I.1"];
    return done && { keys: Object.keys(localStorage).sort(), a, b };
  });
  assert.deepEqual(saved.keys, ["peer-assessment.agency-a.state", "peer-assessment.agency-b.state"]);
  assert.deepEqual(Object.keys(saved.a), ["samhsa-2015"]);
  assert.deepEqual(Object.keys(saved.b), ["samhsa-draft-family-youth"]);
  assert.equal(saved.a["samhsa-2015"].ratings["I.1"], 5);
  assert.equal(saved.b["samhsa-draft-family-youth"].ratings["I.1"], 2);

  await page.reload();
  await page.get(first, { role: "button", name: "Assessment" }).tap();
  assert.match(await page.get(first, { text: /of 62 answered/ }).text(), /\b1 of 62 answered/);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
