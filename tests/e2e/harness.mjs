// Shared by the end-to-end tests: a static server for dist/ that sends the strict
// Content-Security-Policy agencies are told to use and records every request, and a headless
// Chromium from the system's chromium package.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../../scripts/chromium-launch.mjs";
import { before, after } from "node:test";

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, "..", "..", "dist");

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

export const PAGES = join(here, "pages");

/** Serves `root` on 127.0.0.1 at a free port; `/test-pages/…` serves tests/e2e/pages;
 * `delay(path)` milliseconds before each answer; `routes[path](req, res)` answers that path
 * instead. `served` lists the paths asked for, `received` each request's path and headers. */
export async function serve(root = DIST, { delay = () => 0, routes = {} } = {}) {
  const served = [];
  const received = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    served.push(path);
    received.push({ path, headers: req.headers });
    const wait = delay(path);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (routes[path]) {
      routes[path](req, res);
      return;
    }
    const base = path.startsWith("/test-pages/") ? PAGES : root;
    let file = normalize(join(base, path.replace(/^\/test-pages\//, "/")));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
        "Cache-Control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const close = () => {
    server.closeAllConnections();
    return new Promise((r) => server.close(r));
  };
  return { url: `http://127.0.0.1:${port}/`, served, received, close };
}

export const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

const LAUNCH = CHROMIUM_LAUNCH;

export async function launch() {
  // Playwright gives every launch a fresh, empty profile in TMPDIR.
  return chromium.launch(LAUNCH);
}

/** A browser context with its profile in the folder `dir`: a regular profile, not an incognito
 * one like `launch()`'s contexts (Chromium installs web apps only in regular profiles). */
export async function launchWithProfile(dir, options) {
  return chromium.launchPersistentContext(dir, { ...LAUNCH, ...options });
}

/** Collects page errors, console errors and CSP violations, and every request URL. */
export function watch(page) {
  const problems = [];
  const requests = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("request", (r) => requests.push(r.url()));
  // Name what a Content-Security-Policy violation was about, not just that it happened.
  page.addInitScript(() =>
    window.addEventListener(
      "securitypolicyviolation",
      (e) => console.error(`CSP ${e.violatedDirective}: ${e.blockedURI} ${JSON.stringify(e.sample)} at ${e.sourceFile}:${e.lineNumber}`),
      true,
    ),
  );
  return { problems, requests };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Resolves once the widget has saved its latest change. It saves when the browser is next idle,
 * at most 1 s later (a page that gets no frames, such as a second headless window, may never be
 * idle); an idle callback asked for after it, with a longer deadline, runs after it.
 */
export async function changesSaved(page) {
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 0), { timeout: 1500 })));
}

/** Runs axe-core in the page for WCAG 2.2 A and AA; returns the violations, summarised. */
export async function axeViolations(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

export const ARTIFACTS = join(here, "artifacts");

/** Starts the server and the browser before a test file's tests and stops them after. */
export function setUp() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A new browser context with `options`, a page in it watched (see `watch`), at the widget. */
export async function openWidget(env, options) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(env.server.url);
  return { context, page, ...watched };
}

/** Like `openWidget`, at the facilitator's page (facilitator.html), which opens on the workshop. */
export async function openFacilitatorPage(env, options) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(new URL("facilitator.html", env.server.url).href);
  await page.getByRole("heading", { level: 2, name: "Workshop" }).waitFor();
  return { context, page, ...watched };
}

/** Answers every competency of the current set with `level(k)` (1..5, or null for N/A), screen by screen. */
export async function answerAll(page, level) {
  await page.getByRole("button", { name: "Assessment", exact: true }).click();
  await page.getByRole("button", { name: /^(Begin|Continue)$/ }).click();
  let k = 0;
  for (;;) {
    await page.locator("fieldset.pa-competency").first().waitFor();
    const count = await page.locator("fieldset.pa-competency").count();
    for (let i = 0; i < count; i++, k++) {
      const value = level(k);
      await page.locator("fieldset.pa-competency").nth(i).locator(`input[value="${value ?? "na"}"]`).check();
    }
    const next = page.getByRole("button", { name: "Next", exact: true });
    if (await next.count()) {
      const heading = await page.locator("h2").innerText();
      await next.click();
      await page.waitForFunction((h) => document.querySelector("h2")?.innerText !== h, heading);
    } else {
      await page.getByRole("button", { name: "See results", exact: true }).last().click();
      break;
    }
  }
  await page.getByRole("heading", { level: 2, name: /results|rating of/i }).waitFor();
  return k;
}


/** Opens the folded results of the category whose number is `number` ("I", "XIII"). */
export async function openCategory(page, number) {
  const category = page.locator("details.pa-category-result").filter({
    has: page.locator("summary", { hasText: new RegExp(`^${number}\\. `) }),
  });
  if ((await category.getAttribute("open")) === null) await category.locator("summary").click();
  await category.getByRole("table").waitFor();
}
