// Lighthouse (npm lighthouse, pinned in package-lock.json) on a folder served compressed, as a
// web server would send it: brotli when the browser accepts it. Lighthouse's default mobile
// setting: a phone screen, simulated slow 4G and a CPU 4× slower. Used by run.mjs; alone:
//   node benchmark/lighthouse.mjs dist
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_LAUNCH } from "../scripts/chromium-launch.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest"]);

/** Serves `root` on 127.0.0.1, brotli-compressed (quality 11) where the request accepts it. */
export async function serveCompressed(root) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const headers = { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache" };
      if (COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        if (!cache.has(file)) cache.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = cache.get(file);
        headers["Content-Encoding"] = "br";
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** One Lighthouse performance run of `url`: score (0–100), FCP, LCP, TBT (ms) and CLS. */
export async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_LAUNCH.executablePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_LAUNCH.args],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id].numericValue;
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      firstContentfulPaint: audit("first-contentful-paint"),
      largestContentfulPaint: audit("largest-contentful-paint"),
      totalBlockingTime: audit("total-blocking-time"),
      cumulativeLayoutShift: audit("cumulative-layout-shift"),
    };
  } finally {
    await chrome.kill();
  }
}

/** `runs` Lighthouse runs of the folder `root` served compressed; every run and the medians. */
export async function lighthouseFolder(root, runs) {
  const server = await serveCompressed(resolve(root));
  try {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await lighthouseRun(server.url));
    const median = (key) => {
      const s = all.map((r) => r[key]).sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    const keys = Object.keys(all[0]);
    return { runs: all, median: Object.fromEntries(keys.map((k) => [k, median(k)])) };
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? "dist";
  console.log(JSON.stringify(await lighthouseFolder(root, Number(process.env.LIGHTHOUSE_RUNS ?? 1)), null, 2));
}
