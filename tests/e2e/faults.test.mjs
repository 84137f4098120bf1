// Storage faults, two tabs and hostile text: nothing lost, nothing crashes, text stays text.
import { test } from "node:test";
import { readFile } from "node:fs/promises";
import assert from "node:assert/strict";
import { setUp, openWidget, watch, PHONE, openCategory } from "./harness.mjs";

const env = setUp();

const STATE_KEY = "peer-assessment.state";
const group = (page, text) => page.getByRole("group", { name: new RegExp(text) });

async function begin(page) {
  await page.getByRole("button", { name: /^(Begin|Continue)$/ }).tap();
  await page.getByRole("heading", { level: 2, name: /^I\. Engages peers/ }).waitFor();
}

test("with localStorage blocked the widget works in memory and says so", async () => {
  const context = await env.browser.newContext(PHONE);
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(env.server.url);
  await page.getByRole("alert").filter({ hasText: /not letting the widget save/ }).waitFor();
  await begin(page);
  await group(page, "Initiates contact").getByText("Moderate skill").tap();
  assert.match(await page.locator(".pa-progress").innerText(), /1 of 62 answered/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a full quota keeps the last good save and the answers on the page", async () => {
  const context = await env.browser.newContext(PHONE);
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull && key === "peer-assessment.state") {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(env.server.url);
  await begin(page);
  await group(page, "Initiates contact").getByText("Moderate skill").tap();
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"I.1":3'), STATE_KEY);
  await page.evaluate(() => (window.__storageFull = true));
  await group(page, "Listens to peers").getByText("Expert skill").tap();
  await page.getByRole("alert").filter({ hasText: /could not be saved/ }).waitFor();
  const saved = await page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
  assert.match(saved, /"I\.1":3/, "the last good save is intact");
  assert.doesNotMatch(saved, /"I\.2"/);
  assert.equal(await group(page, "Listens to peers").getByRole("radio", { name: /Expert skill/ }).isChecked(), true);
  // Room again: the next save goes through and the message goes away.
  await page.evaluate(() => (window.__storageFull = false));
  await group(page, "Reaches out").getByText("Beginning skill").tap();
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"I.2":5'), STATE_KEY);
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("unreadable saved data is kept, offered as a download and not overwritten silently", async () => {
  const { context, page, problems } = await openWidget(env, PHONE);
  await page.evaluate((k) => localStorage.setItem(k, '{"format":1,"session":"garbled'), STATE_KEY);
  await page.reload();
  const alert = page.getByRole("alert").filter({ hasText: /could not be read/ });
  await alert.waitFor();
  assert.match(await alert.innerText(), /a copy is kept/);
  const href = await alert.getByRole("link", { name: /Download a copy/ }).getAttribute("href");
  assert.equal(decodeURIComponent(href.replace(/^data:[^,]*,/, "")), '{"format":1,"session":"garbled');
  assert.equal(await page.evaluate(() => localStorage.getItem("peer-assessment.unreadable")), '{"format":1,"session":"garbled');
  await begin(page);
  await group(page, "Initiates contact").getByText("Expert skill").tap();
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"I.1":5'), STATE_KEY);
  assert.equal(await page.evaluate(() => localStorage.getItem("peer-assessment.unreadable")), '{"format":1,"session":"garbled');
  assert.deepEqual(problems, []);
  await context.close();
});

test("two tabs on the same assessment see each other's answers and lose none", async () => {
  const context = await env.browser.newContext(PHONE);
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(env.server.url);
  await second.goto(env.server.url);
  await begin(first);
  await begin(second);
  await group(first, "Initiates contact").getByText("Advanced skill").tap();
  await group(second, "Initiates contact").getByRole("radio", { name: /Advanced skill/ }).waitFor();
  await second.waitForFunction(() =>
    document.querySelector("fieldset.pa-competency input:checked")?.value === "4");
  await group(second, "Listens to peers").getByText("Beginning skill").tap();
  await first.waitForFunction(() =>
    document.querySelectorAll("fieldset.pa-competency")[1].querySelector("input:checked")?.value === "2");
  const saved = JSON.parse(await first.evaluate((k) => localStorage.getItem(k), STATE_KEY));
  assert.deepEqual(saved.session.answers["samhsa-2015"].ratings, { "I.1": 4, "I.2": 2 });
  await context.close();
});

test("notes with markup and script payloads are shown as text, never run", async () => {
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  const { problems } = watch(page);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    d.dismiss();
  });
  await page.goto(env.server.url);
  await begin(page);
  const payload = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> javascript:alert(1)`;
  const first = group(page, "Initiates contact");
  await first.getByText("Moderate skill").tap();
  await first.locator("summary").tap();
  await first.getByRole("textbox").fill(payload);
  await page.locator(".pa-jump-menu summary").tap();
  await page.getByRole("button", { name: /^See results/ }).tap();
  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  await openCategory(page, "I");
  assert.ok((await page.locator("main").innerText()).includes(`Note: ${payload}`));
  assert.equal(await page.locator("main img").count(), 0);
  assert.equal(await page.locator("main script").count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a real panic in the release build shows the error screen, offers the saved answers and wipes nothing", async () => {
  const { context, page, problems } = await openWidget(env, PHONE);
  await begin(page);
  await group(page, "Initiates contact").getByText("Moderate skill").tap();
  await group(page, "Listens to peers").getByText("Expert skill").tap();
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"I.2":5'), STATE_KEY);
  const before = await page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
  // Break the DOM the way a faulty browser extension or host script could: Yew's renderer
  // treats a failing insertBefore as impossible and panics (`unwrap_or_else(|err| panic!(..))`).
  await page.evaluate(() => {
    Node.prototype.insertBefore = function () {
      throw new Error("insertBefore broken on purpose");
    };
  });
  await page.getByRole("button", { name: "Next", exact: true }).tap();
  const alert = page.getByRole("alert").filter({ hasText: "Something went wrong" });
  await alert.waitFor();
  assert.match(await alert.innerText(), /Your saved answers on this device have not been changed/);
  const detail = await alert.locator(".pa-error-detail").innerText();
  // The release build aborts on a panic without its message (`immediate-abort`), so the detail
  // is the trap's own word; builds that keep panic messages show the panic's (browser tests).
  assert.match(detail, /^unreachable/, "the trap's message");
  // The widget stopped: no screen of it is left behind the error.
  assert.equal(await page.locator("fieldset.pa-competency").count(), 0);
  // The download holds exactly what was saved, and the saved data is untouched.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    alert.getByRole("link", { name: "Download my saved answers" }).tap(),
  ]);
  assert.equal(download.suggestedFilename(), "peer-assessment-answers.json");
  const body = await readFile(await download.path(), "utf8");
  assert.equal(body, before);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY), before);
  // Reloading brings the widget back with both answers.
  await alert.getByRole("link", { name: "Reload the page" }).tap();
  // The reload returns to the screen that was last saved: the first category.
  await page.getByRole("heading", { level: 2, name: /^I\. Engages peers/ }).waitFor();
  assert.equal(await group(page, "Initiates contact").getByRole("radio", { name: /Moderate skill/ }).isChecked(), true);
  assert.equal(await group(page, "Listens to peers").getByRole("radio", { name: /Expert skill/ }).isChecked(), true);
  // The only page errors are the panic itself (the wasm trap).
  assert.ok(problems.length > 0, "the panic was reported to the page");
  assert.ok(problems.every((p) => /unreachable|panicked|insertBefore broken on purpose/.test(p)), problems.join("\n"));
  await context.close();
});

test("an answer given just before the tab is closed is kept (saving waits for an idle moment; leaving saves at once)", async () => {
  const context = await env.browser.newContext(PHONE);
  // A page that never becomes idle: the only chance to save is when the tab is left.
  await context.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  let page = await context.newPage();
  await page.goto(env.server.url);
  await begin(page);
  await group(page, "Initiates contact").getByText("Advanced skill").tap();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY), null, "not saved while the tab is open and busy");
  await page.close({ runBeforeUnload: true });
  page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole("heading", { level: 2, name: /^I\. Engages peers/ }).waitFor();
  assert.equal(await group(page, "Initiates contact").getByRole("radio", { name: /Advanced skill/ }).isChecked(), true);
  await context.close();
});
