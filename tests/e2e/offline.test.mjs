// An installable web app that works offline after one visit: the service worker (sw.js) caches
// every file of the build; with no network the widget loads from that cache, answers included.
// A new build shows on the first load after it is published, and is then what works offline.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, unlinkSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setUp, openWidget, serve, launch, launchWithProfile, watch, DIST, PHONE } from "./harness.mjs";

const env = setUp();
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const temporary = [];
after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(name) {
  const dir = mkdtempSync(join(process.env.TMPDIR ?? "/tmp", `${name}-`));
  temporary.push(dir);
  return dir;
}

/** VERSION and FILES written at the top of a built sw.js. */
function serviceWorkerOf(root) {
  const code = readFileSync(join(root, "sw.js"), "utf8");
  const version = JSON.parse(code.match(/^const VERSION = (".*");$/m)[1]);
  const files = JSON.parse(code.match(/^const FILES = (\[[\s\S]*?\]);$/m)[1]);
  const onUse = JSON.parse(code.match(/^const ON_USE = (\[[\s\S]*?\]);$/m)[1]);
  return { version, files, onUse, cache: `peer-assessment / ${version}` };
}

/** Waits until the service worker is active and controls the page, reloading once if needed. */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const controlled = () => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 5000 });
  try {
    await controlled();
  } catch {
    await page.reload();
    await controlled();
  }
}

/** Waits until the cache storage holds exactly `names` (the old version's cache deleted). */
async function waitForCaches(page, names) {
  const deadline = Date.now() + 10000;
  let now;
  do {
    now = await page.evaluate(() => caches.keys());
    if (JSON.stringify(now) === JSON.stringify(names)) return;
    await page.waitForTimeout(100);
  } while (Date.now() < deadline);
  assert.deepEqual(now, names, "caches");
}

const welcome = (page) => page.getByRole("heading", { level: 2, name: /How skilled/ });
const firstCategory = (page) => page.getByRole("heading", { level: 2, name: /^I\. Engages peers/ });

test("after one visit, the widget loads and works with no network", async () => {
  const { context, page, problems, requests } = await openWidget(env, PHONE);
  await welcome(page).waitFor();
  await waitForServiceWorker(page);
  assert.deepEqual(context.serviceWorkers().map((w) => w.url()), [`${env.server.url}sw.js`]);
  const { files, onUse, cache } = serviceWorkerOf(DIST);
  assert.ok(files.includes("index.html") && files.some((f) => f.endsWith("_bg.wasm")), "sw.js lists the build");
  assert.ok(onUse.includes("facilitator.html") && onUse.some((f) => /^facilitator-.*_bg\.wasm$/.test(f)), "sw.js lists the facilitator's files apart");
  await waitForCaches(page, [cache]);
  const cached = await page.evaluate(
    (name) => caches.open(name).then((c) => c.keys()).then((keys) => keys.map((r) => new URL(r.url).pathname.slice(1)).sort()),
    cache,
  );
  assert.deepEqual(cached, [...files].sort(), "every file of the participant's page is cached");
  assert.deepEqual(env.server.served.filter((p) => p.includes("facilitator")), [], "nothing of the facilitator's page is downloaded");
  // Every file of dist/ but sw.js itself is in one of the lists.
  const inDist = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(DIST.length + 1))
    .filter((f) => f !== "sw.js")
    .sort();
  assert.deepEqual([...files, ...onUse].sort(), inDist);

  await page.getByRole("button", { name: "Begin" }).tap();
  await firstCategory(page).waitFor();
  const group = page.getByRole("group", { name: /Initiates contact with peers/ });
  await group.getByText("Advanced skill").tap();
  await page.waitForFunction(() => /"I\.1":4\b/.test(localStorage.getItem("peer-assessment.state") ?? ""));

  // The workshop room has no network (once whatever the page asked for so far has arrived).
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  const servedBefore = env.server.served.length;
  await page.reload();
  await firstCategory(page).waitFor();
  assert.equal(await page.getByRole("group", { name: /Initiates contact with peers/ }).getByRole("radio", { name: /Advanced skill/ }).isChecked(), true);
  // A second answer, and the results, all offline.
  await page.getByRole("group", { name: /Listens to peers/ }).getByText("Moderate skill").tap();
  await page.locator(".pa-jump-menu summary").tap();
  await page.locator(".pa-jump-results").tap();
  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Partial results: 2 of 62 competencies answered/);

  // Opened again, as from a home-screen icon: a new tab, still offline.
  const again = await context.newPage();
  const watchedAgain = watch(again);
  await again.goto(env.server.url);
  await again.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  assert.match(await again.locator("main").innerText(), /Partial results: 2 of 62 competencies answered/);
  await again.close();
  assert.deepEqual(env.server.served.slice(servedBefore), [], "nothing reached the server while offline");

  // Back online: the page itself comes from the server again (network first), the hashed
  // files from the cache.
  await context.setOffline(false);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  const online = env.server.served.slice(servedBefore);
  assert.ok(online.includes("/"), `page requested from the server: ${online}`);
  assert.deepEqual(online.filter((p) => p !== "/" && p !== "/sw.js"), [], "hashed files come from the cache");

  // The facilitator's page, opened once online, is cached then, and works offline too.
  await page.goto(`${env.server.url}facilitator.html`);
  await page.getByRole("heading", { level: 2, name: "Workshop" }).waitFor();
  await page.waitForLoadState("networkidle");
  await waitForCaches(page, [cache]);
  const cachedNow = await page.evaluate(
    (name) => caches.open(name).then((c) => c.keys()).then((keys) => keys.map((r) => new URL(r.url).pathname.slice(1)).sort()),
    cache,
  );
  assert.deepEqual(cachedNow, [...files, ...onUse].sort(), "the facilitator's files are cached once used");
  await context.setOffline(true);
  const servedOnline = env.server.served.length;
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Workshop" }).waitFor();
  await page.getByLabel("Workshop name").waitFor();
  assert.deepEqual(env.server.served.slice(servedOnline), [], "the facilitator's page offline: nothing reached the server");
  await context.setOffline(false);

  assert.deepEqual(requests.filter((u) => !u.startsWith(env.server.url)), [], "no request to another origin");
  assert.deepEqual([...problems, ...watchedAgain.problems], []);
  await context.close();
});

/**
 * Serves a copy of the build in a browser of its own and visits it until its service worker has
 * cached it; `use(visit)` may change the copy's files. Everything is stopped afterwards.
 */
async function withVisitedCopy(name, use) {
  const site = temporaryDir(name);
  cpSync(DIST, site, { recursive: true });
  const server = await serve(site);
  const browser = await launch();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(server.url);
    await welcome(page).waitFor();
    await waitForServiceWorker(page);
    await waitForCaches(page, [serviceWorkerOf(site).cache]);
    await use({ site, server, context, page, problems });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

test("a new build shows on the first load after it is published, and then works offline", async () => {
  // A copy of the build to publish a new version into.
  await withVisitedCopy("site", async ({ site, server, context, page, problems }) => {
    const first = serviceWorkerOf(site);
    await page.getByRole("button", { name: "Begin" }).tap();
    await page.getByRole("group", { name: /Initiates contact with peers/ }).getByText("Expert skill").tap();
    const buildMark = () =>
      page.evaluate(() => [document.documentElement.dataset.build ?? "", getComputedStyle(document.documentElement).getPropertyValue("--build-mark").trim()]);
    assert.deepEqual(await buildMark(), ["", ""]);

    // Publish a new build: a changed stylesheet under a new hashed name, index.html pointing at
    // it (and marked), and sw.js written again by the build's own hook.
    const oldCss = readdirSync(site).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
    const css = readFileSync(join(site, oldCss), "utf8") + '\n:root { --build-mark: "second"; }\n';
    const newCss = `main-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
    writeFileSync(join(site, newCss), css);
    unlinkSync(join(site, oldCss));
    const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
    let html = readFileSync(join(site, "index.html"), "utf8");
    html = html
      .replace(/href="\.\/main-[0-9a-f]+\.css" integrity="[^"]+"/, `href="./${newCss}" integrity="${integrity}"`)
      .replace('<html lang="en">', '<html lang="en" data-build="second">');
    assert.ok(html.includes(newCss) && html.includes('data-build="second"'));
    writeFileSync(join(site, "index.html"), html);
    execFileSync("node", [join(ROOT, "scripts", "write-service-worker.mjs")], { env: { ...process.env, TRUNK_STAGING_DIR: site } });
    const second = serviceWorkerOf(site);
    assert.notEqual(second.version, first.version);
    assert.ok(second.files.includes(newCss) && !second.files.includes(oldCss));

    // The next load (one reload) shows the new build, answers kept.
    await page.reload();
    await firstCategory(page).waitFor();
    assert.deepEqual(await buildMark(), ["second", '"second"']);
    assert.equal(await page.getByRole("group", { name: /Initiates contact with peers/ }).getByRole("radio", { name: /Expert skill/ }).isChecked(), true);
    // Meanwhile the new service worker has taken over and its cache replaced the old one.
    await waitForCaches(page, [second.cache]);

    // Offline, it is the new build that loads.
    await context.setOffline(true);
    await page.reload();
    await firstCategory(page).waitFor();
    assert.deepEqual(await buildMark(), ["second", '"second"']);
    assert.equal(await page.getByRole("group", { name: /Initiates contact with peers/ }).getByRole("radio", { name: /Expert skill/ }).isChecked(), true);
    assert.deepEqual(problems, []);
  });
});

/** Waits until the page's origin has no service worker and no cache of the widget. */
async function waitUntilRetired(page) {
  const deadline = Date.now() + 15000;
  let now;
  do {
    now = await page.evaluate(async () => ({
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      caches: await caches.keys(),
    }));
    if (now.workers === 0 && now.caches.length === 0) return;
    await page.waitForTimeout(200);
  } while (Date.now() < deadline);
  assert.deepEqual(now, { workers: 0, caches: [] }, "the worker unregistered and its caches deleted");
}

test("a widget whose files were removed from the site stops being served by its worker", async () => {
  await withVisitedCopy("removed-all", async ({ site, context, page }) => {
    for (const file of readdirSync(site)) rmSync(join(site, file), { recursive: true, force: true });
    const answer = await page.reload();
    assert.equal(answer.status(), 404, "the site's own answer shows, not the cached widget");
    await waitUntilRetired(page);
    // Offline, nothing serves the removed widget any more.
    await context.setOffline(true);
    await assert.rejects(page.reload(), /ERR_INTERNET_DISCONNECTED/);
  });
  await withVisitedCopy("removed-worker", async ({ site, page }) => {
    unlinkSync(join(site, "sw.js"));
    await page.reload();
    await welcome(page).waitFor();
    await waitUntilRetired(page);
  });
});

test("a network that does not answer: the cached page after a few seconds", async () => {
  let stall = false;
  const server = await serve(DIST, { delay: (path) => (stall && path === "/" ? 8000 : 0) });
  const browser = await launch();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(server.url);
    await welcome(page).waitFor();
    await waitForServiceWorker(page);
    await waitForCaches(page, [serviceWorkerOf(DIST).cache]);

    stall = true;
    const started = Date.now();
    await page.reload({ waitUntil: "commit" });
    await welcome(page).waitFor({ timeout: 7000 });
    const took = Date.now() - started;
    assert.ok(took < 7000, `loaded from the cache in ${took} ms`);
    assert.ok(took >= 3500, `waited for the network first (${took} ms)`);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test("installable: the manifest parses and Chromium finds nothing that stops installing", async () => {
  // Installing needs a regular profile: Playwright's usual contexts are incognito ("in-incognito").
  const profile = temporaryDir("profile");
  const context = await launchWithProfile(profile, PHONE);
  try {
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(env.server.url);
    await welcome(page).waitFor();
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.equal(manifest.url, `${env.server.url}manifest.webmanifest`);
    assert.deepEqual(manifest.errors, []);
    const parsed = manifest.manifest;
    assert.equal(parsed.name, "Peer Worker Competency Self-Assessment");
    // (The parsed form in this protocol has no short name: check the text Chromium fetched.)
    assert.equal(JSON.parse(manifest.data).short_name, "Peer Self-Assessment");
    assert.equal(parsed.startUrl, env.server.url);
    assert.equal(parsed.scope, env.server.url);
    assert.equal(parsed.display, "kStandalone");
    assert.equal(parsed.themeColor, "rgba(11,95,115,1)");
    assert.equal(parsed.backgroundColor, "rgba(245,247,248,1)");
    // Every icon exists in dist/, and a PNG's pixels are the size it claims.
    const declared = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8")).icons;
    assert.deepEqual(
      declared.map((i) => `${i.purpose} ${i.sizes}`).sort(),
      ["any 192x192", "any 512x512", "any any", "maskable 512x512"],
    );
    for (const icon of declared) {
      const bytes = readFileSync(join(DIST, icon.src));
      if (icon.type === "image/png") {
        assert.equal(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.sizes, icon.src);
      } else {
        assert.match(bytes.toString("utf8"), /^<svg /, icon.src);
      }
    }
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    const touch = html.match(/<link rel="apple-touch-icon" href="([^"]+)">/)[1];
    const touchBytes = readFileSync(join(DIST, touch));
    assert.equal(`${touchBytes.readUInt32BE(16)}x${touchBytes.readUInt32BE(20)}`, "180x180");
    assert.match(html, /<meta name="theme-color" content="#0b5f73">/);

    assert.deepEqual((await cdp.send("Page.getInstallabilityErrors")).installabilityErrors, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
