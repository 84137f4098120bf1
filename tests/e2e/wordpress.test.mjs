// The WordPress plugin on a real WordPress (Debian's wordpress package, MariaDB, Apache with
// mod_php, installed with apt): the site is installed through its installer, the plugin zip from
// scripts/package.sh is uploaded and activated in the admin, a visitor completes an assessment
// in each of two shortcodes on one page (different sets, languages and namespaces), hostile
// shortcode attributes render escaped and run nothing, the block renders, nothing goes to the
// database, and deleting the plugin leaves nothing of it. Skipped only where apt cannot install
// the packages. Everything it starts is stopped at the end.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, watch, ARTIFACTS, DESKTOP } from "./harness.mjs";
import { installPackages, startWordPress, sql, renderInWordPress } from "./wordpress/server.mjs";
import { installSite, logIn, uploadAndActivate, publishPage, deactivateAndDelete } from "./wordpress/site.mjs";
import { answerIn } from "./wordpress/widget.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
const ADMIN = { user: "admin", password: "peer-assessment-e2e" };
const env = {};
/** A custom set the site serves itself, for data-set-url. */
const COUNTY_SET = {
  id: "county-core-skills",
  version: 1,
  title: "County core skills for peer specialists",
  short_title: "County core skills",
  categories: [
    { id: "L", title: "Listening", competencies: [{ id: "L.1", text: "Listens without interrupting" }] },
    { id: "B", title: "Boundaries", competencies: [{ id: "B.1", text: "Names the limits of the peer role" }] },
    { id: "R", title: "Resources", competencies: [{ id: "R.1", text: "Knows local housing services" }] },
  ],
};

before(async () => {
  env.skip = installPackages();
  if (env.skip) return;
  execFileSync(join(ROOT, "scripts/package.sh"), { env: { ...process.env, PACKAGE_SKIP_BUILD: "1" }, stdio: "inherit" });
  env.zip = join(ROOT, "target/release-package/peer-assessment.zip");
  env.site = await startWordPress();
  env.browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await env.browser?.close();
  await env.site?.stop();
});

/** The widget elements in `html` as the server sent it (before embed.js adds to them): each
 * one's attributes by name. */
const widgetsIn = (page, html) =>
  page.evaluate((html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    return [...template.content.querySelectorAll("[data-peer-assessment]")].map((e) =>
      Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
    );
  }, html);

test("the plugin on a real WordPress: installed from its zip, two assessments completed, hostile attributes escaped, deleted cleanly", async (t) => {
  if (env.skip) {
    t.skip(env.skip);
    return;
  }
  const { site, browser } = env;
  const started = Date.now();
  await installSite(site, ADMIN);
  mkdirSync(join(site.run, "htdocs/sets"));
  writeFileSync(join(site.run, "htdocs/sets/county.json"), JSON.stringify(COUNTY_SET));
  const optionsBefore = sql(site, "SELECT option_name FROM wordpress.wp_options ORDER BY option_name").split("\n");

  // The owner uploads and activates the plugin, and publishes the pages.
  const admin = await (await browser.newContext(DESKTOP)).newPage();
  await logIn(admin, site, ADMIN);
  await uploadAndActivate(admin, site, env.zip);
  const installed = join(site.content, "plugins/peer-assessment");
  assert.ok(existsSync(join(installed, "assets/widget/embed.js")), "the widget's files are in the plugin's folder");
  const shortcode = (text) => `<!-- wp:shortcode -->\n${text}\n<!-- /wp:shortcode -->`;
  const twoWidgets = await publishPage(
    admin,
    site,
    "Self-assessment",
    [
      shortcode('[peer_assessment set="samhsa-2015" lang="en" namespace="wp-2015" title="County peer self-check"]'),
      shortcode('[peer_assessment set="samhsa-draft-family-youth" lang="es" namespace="wp-youth" accent="#5B2A86"]'),
    ].join("\n"),
  );
  const hostile = await publishPage(
    admin,
    site,
    "Hostile",
    [
      shortcode(
        `[peer_assessment title='"><script>window.pwned=1</script><img src=x onerror="window.pwned=2">' namespace='x" onmouseover="window.pwned=3' lang="es onclick=window.pwned=4" set="samhsa-2015' autofocus onfocus='window.pwned=5" accent="#000000;background:url(javascript:window.pwned=6)" set_url="javascript:window.pwned=7" show="history<img src=x onerror=window.pwned=8>"]`,
      ),
      shortcode('[peer_assessment namespace="ok-1" set_url="https://elsewhere.example/set.json" accent="#5B2A86" show="history files bogus"]'),
      shortcode(`[peer_assessment namespace="ok-2" set_url="//elsewhere.example/set.json"]`),
      shortcode(`[peer_assessment namespace="ok-3" title='Say "hi" & onmouseover=window.pwned=9 x' set_url="/sets/county.json"]`),
    ].join("\n"),
  );
  const block = await publishPage(
    admin,
    site,
    "Block",
    '<!-- wp:peer-assessment/widget {"set":"samhsa-2015","lang":"es","namespace":"block-1","title":"Autoevaluación del programa"} /-->',
  );
  // The block's editor script registers the block in the editor.
  await admin.goto(`${site.url}wp-admin/post-new.php?post_type=page`);
  await admin.waitForFunction(() => window.wp?.blocks?.getBlockType?.("peer-assessment/widget")?.title === "Peer self-assessment", null, {
    timeout: 60000,
  });

  // A visitor completes an assessment in each widget.
  const visitor = await browser.newContext(DESKTOP);
  const page = await visitor.newPage();
  const { problems } = watch(page);
  const requests = [];
  page.on("request", (r) => requests.push({ method: r.method(), url: r.url() }));
  const responses = new Map();
  page.on("response", (r) => responses.set(new URL(r.url()).pathname.split("/").pop(), r));
  await page.goto(twoWidgets);
  const english = page.locator('[data-peer-assessment][data-namespace="wp-2015"]');
  const spanish = page.locator('[data-peer-assessment][data-namespace="wp-youth"]');
  await english.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  await spanish.getByRole("heading", { level: 2, name: /¿Qué tan hábil/ }).waitFor();
  assert.match(await english.locator(".pa-app-title").innerText(), /County peer self-check/);
  assert.match(await english.locator(".pa-version").innerText(), new RegExp(`Version ${VERSION.replaceAll(".", "\\.")}`));
  assert.match(await spanish.locator(".pa-version").innerText(), new RegExp(`Versión ${VERSION.replaceAll(".", "\\.")}`));
  const accent = await spanish.getByRole("button", { name: "Comenzar" }).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(accent, "rgb(91, 42, 134)", "the accent colour reaches the widget");
  await page.screenshot({ path: join(ARTIFACTS, "wordpress-page.png") });
  await english.locator("footer.pa-footer").screenshot({ path: join(ARTIFACTS, "wordpress-footer.png") });
  const loaded = requests.length;

  const first = await answerIn(english, "en", (k) => 1 + (k % 5));
  const second = await answerIn(spanish, "es", (k) => 5 - (k % 5));
  assert.equal(first, 62, "every competency of the 2015 set");
  assert.ok(second > 62, `the draft set has more competencies (${second})`);
  await page.waitForTimeout(1500);
  const saved = await page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).map((key) => [key, JSON.parse(localStorage.getItem(key)).session])),
  );
  assert.deepEqual(Object.keys(saved).sort(), ["peer-assessment.wp-2015.state", "peer-assessment.wp-youth.state"]);
  const ratings = (session, set) => Object.keys(session.answers[set].ratings).length;
  assert.equal(ratings(saved["peer-assessment.wp-2015.state"], "samhsa-2015"), 62);
  assert.equal(ratings(saved["peer-assessment.wp-youth.state"], "samhsa-draft-family-youth"), second);
  assert.deepEqual(Object.keys(saved["peer-assessment.wp-2015.state"].answers), ["samhsa-2015"]);
  assert.deepEqual(Object.keys(saved["peer-assessment.wp-youth.state"].answers), ["samhsa-draft-family-youth"]);
  await page.screenshot({ path: join(ARTIFACTS, "wordpress-two-widgets.png"), fullPage: true });

  // Served from the plugin's folder with the right types and caching (the plugin's .htaccess).
  const wasm = [...responses.keys()].find((name) => name.endsWith("_bg.wasm"));
  assert.ok(wasm, "the wasm was loaded");
  assert.match(responses.get(wasm).url(), /\/wp-content\/plugins\/peer-assessment\/assets\/widget\//);
  assert.equal(responses.get(wasm).headers()["content-type"], "application/wasm");
  assert.match(responses.get(wasm).headers()["cache-control"] ?? "", /immutable/);
  assert.match(responses.get("embed.js").headers()["content-type"], /^text\/javascript/);
  assert.equal(responses.get("embed.js").headers()["cache-control"], "no-cache");
  // Nothing sent: every request is a GET to the site, and none after the page's files loaded.
  assert.deepEqual(requests.filter((r) => r.method !== "GET" || !r.url.startsWith(site.origin)), []);
  assert.deepEqual(requests.slice(loaded).map((r) => r.url), []);
  assert.deepEqual(problems, []);
  // Nothing in WordPress's database: no option of the plugin's, no answers anywhere.
  const dump = execFileSync("mariadb-dump", [`--socket=${site.socket}`, "-u", "root", "wordpress"], { encoding: "utf8", maxBuffer: 64 << 20 });
  assert.doesNotMatch(dump, /peer-assessment\.wp-|"ratings"/);
  assert.equal(sql(site, "SELECT option_name FROM wordpress.wp_options WHERE option_name LIKE '%peer%'").trim(), "");

  // Hostile attribute values: dropped or escaped, nothing runs.
  const dialogs = [];
  page.on("dialog", (d) => dialogs.push(d.message()) && d.dismiss());
  const source = await (await fetch(hostile)).text();
  assert.equal(source.match(/.{0,60}(<script>window\.pwned|<img src=x|\son\w+=["']window\.pwned).{0,60}/g), null, "hostile markup in the page");
  await page.goto(hostile);
  const widgets = page.locator("[data-peer-assessment]");
  assert.equal(await widgets.count(), 4);
  const sent = await widgetsIn(page, source);
  assert.equal(sent.length, 4);
  // WordPress's own filters take the tags out of the first title before the plugin sees it; what
  // is left of it is text. The other options of that shortcode are all refused.
  const firstAttributes = sent[0];
  assert.deepEqual(Object.keys(firstAttributes).filter((name) => name !== "data-title"), ["class", "data-peer-assessment"]);
  assert.doesNotMatch(firstAttributes["data-title"] ?? "", /[<>]/);
  assert.deepEqual(sent[1], {
    class: "peer-assessment",
    "data-peer-assessment": "",
    "data-namespace": "ok-1",
    "data-accent": "#5b2a86",
    "data-show": "history files",
  });
  assert.deepEqual(sent[2], { class: "peer-assessment", "data-peer-assessment": "", "data-namespace": "ok-2" });
  assert.deepEqual(sent[3], {
    class: "peer-assessment",
    "data-peer-assessment": "",
    "data-namespace": "ok-3",
    "data-title": 'Say "hi" & onmouseover=window.pwned=9 x',
    "data-set-url": "/sets/county.json",
  });
  assert.match(source, /data-title="Say &quot;hi&quot; &amp; onmouseover=window\.pwned=9 x"/);
  await widgets.nth(1).locator(".pa-app-title").waitFor();
  // The custom set from the same site (data-set-url) is loaded and used.
  await widgets.nth(3).getByText(/County core skills/).first().waitFor();
  await widgets.nth(0).locator(".pa-app-title").waitFor();
  await widgets.nth(0).hover();
  await widgets.nth(0).click({ position: { x: 5, y: 5 } });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator("[onerror], [onmouseover], [onclick], [onfocus]").count(), 0);
  assert.deepEqual(dialogs, []);

  // The plugin's own checks and escaping, given hostile values directly (as a block's attributes
  // or a shortcode that no filter touched would give them).
  const rendered = (attributes) =>
    page.evaluate((html) => {
      const template = document.createElement("template");
      template.innerHTML = html;
      const nodes = [...template.content.childNodes];
      return nodes.map((n) => (n.nodeType === 1 ? { tag: n.localName, ...Object.fromEntries([...n.attributes].map((a) => [a.name, a.value])) } : n.textContent));
    }, renderInWordPress(site, attributes));
  const plain = { tag: "div", class: "peer-assessment", "data-peer-assessment": "" };
  assert.deepEqual(
    await rendered({
      title: 'x" onmouseover="window.pwned=1" data-x="',
      namespace: 'a" onclick="window.pwned=2',
      lang: "es\" onfocus=\"window.pwned=3",
      set: "samhsa-2015\"><script>window.pwned=4</script>",
      accent: "#123456\" style=\"color:red",
      show: 'history" onload="window.pwned=5',
      set_url: "javascript:window.pwned=6",
      page: 'facilitator" onclick="window.pwned=10',
      facilitator_page: "javascript:window.pwned=11",
    }),
    [{ ...plain, "data-title": 'x" onmouseover="window.pwned=1" data-x="' }],
  );
  // The facilitator's widget, and a participant's widget sending its Workshop section to a page of this site only.
  assert.deepEqual(await rendered({ page: "facilitator", facilitator_page: "/workshop/" }), [{ ...plain, "data-page": "facilitator", "data-facilitator-page": "/workshop/" }]);
  assert.deepEqual(await rendered({ page: "Facilitator", facilitator_page: "https://elsewhere.example/workshop/" }), [plain]);
  assert.deepEqual(await rendered({ title: "<script>window.pwned=7</script><b>Bold</b> title", set_url: "//elsewhere.example/set.json" }), [
    { ...plain, "data-title": "Bold title" },
  ]);
  for (const set_url of ["https://elsewhere.example/set.json", "data:application/json,{}", `${site.origin}.elsewhere.example/set.json`, '/set.json" onload="x']) {
    assert.deepEqual(await rendered({ set_url }), [plain], set_url);
  }
  assert.deepEqual(await rendered({ set_url: `${site.url}sets/ours.json?v=1&lang=es` }), [{ ...plain, "data-set-url": `${site.url}sets/ours.json?v=1&lang=es` }]);
  assert.deepEqual(await rendered({ namespace: "a".repeat(41) }), [plain]);
  assert.deepEqual(await rendered({ namespace: "a".repeat(40), accent: "#ABCDEF" }), [{ ...plain, "data-namespace": "a".repeat(40), "data-accent": "#abcdef" }]);
  assert.equal(await page.evaluate(() => window.pwned), undefined);

  // The block, rendered on the server by the same function.
  await page.goto(block);
  const blockWidget = page.locator('[data-peer-assessment][data-namespace="block-1"]');
  assert.deepEqual(await widgetsIn(page, await (await fetch(block)).text()), [{
    class: "peer-assessment",
    "data-peer-assessment": "",
    "data-set": "samhsa-2015",
    "data-namespace": "block-1",
    "data-lang": "es",
    "data-title": "Autoevaluación del programa",
  }]);
  await blockWidget.getByRole("heading", { level: 2, name: /¿Qué tan hábil/ }).waitFor();
  assert.deepEqual(problems, []);
  await visitor.close();

  // Deleting the plugin removes its folder and leaves no option behind; the pages stay.
  await deactivateAndDelete(admin, site);
  assert.equal(existsSync(installed), false, "the plugin's folder is gone");
  const optionsAfter = sql(site, "SELECT option_name FROM wordpress.wp_options ORDER BY option_name").split("\n");
  const added = optionsAfter.filter((name) => !optionsBefore.includes(name));
  assert.deepEqual(added.filter((name) => /peer/i.test(name)), [], `options added: ${added.join(", ")}`);
  const after = await (await fetch(twoWidgets)).text();
  assert.doesNotMatch(after, /data-peer-assessment|embed\.js/);
  await admin.context().close();
  console.log(`WordPress test: ${((Date.now() - started) / 1000).toFixed(0)} s after the servers started`);
});
