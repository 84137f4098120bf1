// Trunk post-build hook: moves the inline <script type="module"> that loads the wasm, in the
// participant's index.html and the facilitator's facilitator.html, into boot-<hash>.js, so the page runs under a Content-Security-Policy without 'unsafe-inline'.
// The boot script also registers the service worker (sw.js, see write-service-worker.mjs), so
// only the widget's own page does: a page elsewhere that embeds the widget gets none.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook");
const inline = /<script type="module"([^>]*)>([\s\S]*?)<\/script>/g;
// Offline use after one visit. Registered 3 s after the widget has started: installing it
// fetches and stores every file of the widget, which made the first question appear about
// 50 ms later on a slowed-down phone when it ran at once (measured with CPU 4x slower). Only
// when this page lies in the widget's folder (the scope of sw.js).
// After registering, the worker is asked to update at once: when the server answers that sw.js
// is gone (404 or 410), the widget was removed from the site, and its worker and caches are
// removed too, so the site stops being served from them (scripts/service-worker.js does the same
// when the page itself is gone). Offline, nothing is removed.
const REGISTER_SERVICE_WORKER = `
const widgetFolder = new URL("./", import.meta.url).href;
if ("serviceWorker" in navigator && location.href.startsWith(widgetFolder)) {
  const worker = new URL("./sw.js", import.meta.url);
  const retireIfGone = async () => {
    const answer = await fetch(worker, { cache: "no-store" }).catch(() => null);
    if (!answer || (answer.status !== 404 && answer.status !== 410)) return;
    const registration = await navigator.serviceWorker.getRegistration(widgetFolder);
    await registration?.unregister();
    const prefix = \`peer-assessment \${new URL(widgetFolder).pathname} \`;
    for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);
  };
  setTimeout(() => navigator.serviceWorker.register(worker).then((r) => r.update()).catch(retireIfGone), 3000);
}
`;
// The welcome screen written into the page (scripts/prerender-welcome.mjs) is painted first: the
// wasm is fetched only after the first frame (or 100 ms, for a page that gets no frames), not
// preloaded beside the stylesheet. On a slow connection the page's own files then arrive
// sooner, and the App's identical screen never becomes the largest contentful paint
// (Lighthouse figures in CHANGELOG.md, "First load").
const AFTER_FIRST_PAINT = `await new Promise((painted) => {
  requestAnimationFrame(() => setTimeout(painted, 0));
  setTimeout(painted, 100);
});
`;
const wasmPreload = /<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/g;

/** Moves `page`'s loader script into a boot file of its own. */
function externalize(page) {
  const htmlPath = join(dir, page);
  let html = readFileSync(htmlPath, "utf8");
  if ((html.match(wasmPreload) ?? []).length !== 1) throw new Error(`expected one preload link of the wasm in ${page}`);
  html = html.replace(wasmPreload, "");
  let count = 0;
  html = html.replace(inline, (whole, attributes, body) => {
    if (/\bsrc=/.test(attributes)) return whole;
    const lines = body.trim().split("\n");
    const at = lines.findIndex((line) => line.includes("await init("));
    if (at < 0) throw new Error(`no wasm init in trunk's loader script of ${page}`);
    lines.splice(at, 0, AFTER_FIRST_PAINT.trimEnd());
    const script = lines.join("\n") + "\n" + REGISTER_SERVICE_WORKER;
    const name = `boot-${createHash("sha256").update(script).digest("hex").slice(0, 16)}.js`;
    writeFileSync(join(dir, name), script);
    count += 1;
    return `<script type="module" src="./${name}"></script>`;
  });
  if (count === 0) throw new Error(`no inline module script found in ${page}`);
  writeFileSync(htmlPath, html);
}

for (const page of ["index.html", "facilitator.html"]) externalize(page);
console.log("externalized the loader scripts of index.html and facilitator.html");
