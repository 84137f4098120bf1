// The service worker of the widget: after one visit the page loads and works with no network.
// scripts/write-service-worker.mjs writes it into the build as sw.js, preceded by
//   const VERSION = "<hash of every file of the build>";
//   const FILES = [<every file of the build but sw.js and ON_USE, relative to this folder>];
//   const ON_USE = [<the facilitator's page and the files only it loads>];
//
// - install: download every file of FILES into the cache of this version (all or nothing), and
//   ON_USE too where an earlier version had cached the facilitator's page; then take over at
//   once (skipWaiting);
// - activate: delete this widget's caches of other versions, control open pages (clients.claim);
// - the pages (./, index.html, facilitator.html): network first, so a new build shows on the first load after it
//   is published; the cached copy when there is no network, the server fails, or no answer comes
//   within NETWORK_TIMEOUT_MS; when the server answers that the page is gone (404 or 410), the
//   widget was removed from the site: the worker deletes its caches and unregisters itself, so
//   the site's answer is what shows from then on (the page's boot script does the same when
//   sw.js itself is gone);
// - the other files of the build (hashed names: the name changes when the content does): cache
//   first, then network; the facilitator's page and files (ON_USE) are put into the cache when
//   first fetched, so a participant's phone never downloads them;
// - anything else (other origins, other pages of the site, non-GET): left to the browser.

/* global VERSION, FILES, ON_USE */
const FOLDER = new URL("./", self.location);
// One widget folder per cache family, so two copies of the widget on one site keep their own.
const PREFIX = `peer-assessment ${FOLDER.pathname} `;
const CACHE = PREFIX + VERSION;
const PAGE = new URL("index.html", FOLDER).href;
const FACILITATOR_PAGE = new URL("facilitator.html", FOLDER).href;
const BUILD_FILES = new Set(FILES.map((file) => new URL(file, FOLDER).href));
const ON_USE_FILES = new Set(ON_USE.map((file) => new URL(file, FOLDER).href));
const NETWORK_TIMEOUT_MS = 4000;
// Trunk's hashed names (name-<hash>.ext, 8 to 16 hex digits: trunk writes a 64-bit hash without
// leading zeros) never change content, so the copy the page just put in the HTTP cache will do;
// every other file is downloaded past the HTTP cache.
const HASHED_NAME = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = "";
  const withoutQuery = new URL(url);
  withoutQuery.search = "";
  if (withoutQuery.href === FOLDER.href || withoutQuery.href === PAGE) {
    event.respondWith(page(event, PAGE));
  } else if (withoutQuery.href === FACILITATOR_PAGE) {
    event.respondWith(page(event, FACILITATOR_PAGE));
  } else if (request.mode !== "navigate" && (BUILD_FILES.has(url.href) || ON_USE_FILES.has(url.href))) {
    event.respondWith(buildFile(request, url.href));
  }
});

/** Downloads every file of this version into its cache; fails if any one fails. */
async function precache() {
  const cache = await caches.open(CACHE);
  const files = [...BUILD_FILES];
  if (await usedFacilitatorPage()) files.push(...ON_USE_FILES);
  await Promise.all(files.map((url) => download(cache, url)));
}

/** True where an earlier version of this widget had cached the facilitator's page. */
async function usedFacilitatorPage() {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
  for (const name of names) if (await (await caches.open(name)).match(FACILITATOR_PAGE)) return true;
  return false;
}

async function download(cache, url) {
  const response = await fetch(url, { cache: HASHED_NAME.test(url) ? "default" : "reload" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await cache.put(url, await storable(response));
}

/** A redirected response cannot answer a navigation: keep the body and headers only. */
async function storable(response) {
  return response.redirected
    ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
    : response;
}

/** The server says the widget's files are gone: stop serving them. */
async function retire() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n)));
  await self.registration.unregister();
}

const GONE = new Set([404, 410]);

async function page(event, address) {
  const cache = await caches.open(CACHE);
  const network = fetch(event.request).then(async (response) => {
    // The site's answer shows at once; the worker retires while the page loads.
    if (GONE.has(response.status)) event.waitUntil(retire().catch(() => {}));
    else if (address === FACILITATOR_PAGE && response.status === 200) {
      await cache.put(address, await storable(response.clone())).catch(() => {});
    }
    return response;
  });
  const cached = await cache.match(address);
  if (!cached) return network;
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS);
  });
  const fresh = network.then(
    (response) => (response.status >= 500 ? cached : response),
    () => cached,
  );
  try {
    return await Promise.race([fresh, slow]);
  } finally {
    clearTimeout(timer);
  }
}

async function buildFile(request, url) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(url);
  if (cached) return cached;
  const response = await fetch(request);
  if (ON_USE_FILES.has(url) && response.status === 200) await cache.put(url, response.clone()).catch(() => {});
  return response;
}
