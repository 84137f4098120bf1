// Compares the release widget (dist/) with the same assessment built from SurveyJS + Chart.js
// (benchmark/peer/): bytes loaded, time to the first interactive question, time from an answer to
// its paint, time to the results with every radar drawn. Headless Chromium, CPU 4× slower, a
// phone viewport, BENCH_RUNS runs (default 5) of each page, each run in a fresh browser context;
// and, as the floor of the method, the same answers on one plain HTML radio group (benchmark/floor/).
// In the same runs, the "large history" case: the widget opened with 200 finished assessments with
// notes and a workshop of 200 codes already saved (about 1 MB, made by the cargo example
// large-saved-state), answering the first categories as the empty widget does.
//
//   node benchmark/run.mjs [--update-docs]        (scripts/benchmark.sh builds dist/ first;
//                                                 --update-readme is another name for it)
//   BENCH_ONLY=widget node benchmark/run.mjs      (only the widget cases: empty and large history)
//
// Writes benchmark/results.md and benchmark/results.json, and prints the table beside the
// previous figures (the table of docs/benchmark.md between the benchmark markers, or else the
// last results.json). docs/benchmark.md is changed only with --update-docs.
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { availableParallelism, loadavg } from "node:os";
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../scripts/chromium-launch.mjs";
import { makePeer, peerVersions, LEVELS, NOT_APPLICABLE } from "./make-peer.mjs";
import { lighthouseFolder } from "./lighthouse.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, "..");
const DIST = join(ROOT, "dist");
const PEER_DIR = join(ROOT, "target", "benchmark", "peer");
const FLOOR_DIR = join(here, "floor");
const FIGURES_DOC = join(ROOT, "docs", "benchmark.md");
const FIGURES_NAME = "docs/benchmark.md";
const RESULTS_MD = join(here, "results.md");
const RESULTS_JSON = join(here, "results.json");
const PROBE = readFileSync(join(here, "probe.js"), "utf8");

const RUNS = Number.parseInt(process.env.BENCH_RUNS ?? "5", 10);
// BENCH_ONLY=widget runs only the widget's cases (empty and large history), not the comparison
// page or the floor: for quick runs. Such a run never rewrites docs/benchmark.md.
const ONLY = process.env.BENCH_ONLY ?? "";
const ALL_PAGES = ONLY === "";
// --update-readme is the option's earlier name, from when the table was in README.md.
const UPDATE_DOCS = process.argv.includes("--update-docs") || process.argv.includes("--update-readme");
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const MARK_START = "<!-- benchmark:start -->";
const MARK_END = "<!-- benchmark:end -->";
// The widget's own targets, checked for information only.
const TARGET_ANSWER_MS = 8;
const TARGET_BROTLI_KB = 80;
// First question and results: at least this many times faster than the comparison page.
const TARGET_SPEEDUP = 2;
const speedup = { text: `≥ ${TARGET_SPEEDUP}× faster`, ok: (w, p) => p / w >= TARGET_SPEEDUP, needsPeer: true };
// The large history case: where the widget saves, how many categories it answers (from the
// first), and how close its answer must come to the empty widget's on the same competencies.
const STATE_KEY = "peer-assessment.state";
const UNREADABLE_KEY = "peer-assessment.unreadable";
const LARGE_CATEGORIES = 2;
// "Answers a second apart": each answer's tap at least this long after the previous tap or Next.
const SPACING_MS = 1000;
const TARGET_LARGE_RATIO = 1.25;
const LARGE_STATE_FILE = join(ROOT, "target", "benchmark", "large-saved-state.json");
// Lighthouse runs per page (its mobile setting, files served compressed), medians; its targets.
const LIGHTHOUSE_RUNS = Number.parseInt(process.env.LIGHTHOUSE_RUNS ?? "3", 10);
const TARGET_PERFORMANCE = 99;
const TARGET_LCP_MS = 1500;
// An answer repaints in at most this many times the floor page's time, in the same runs.
const TARGET_FLOOR_RATIO = 1.5;

if (process.argv.includes("--help")) {
  console.log("usage: node benchmark/run.mjs [--update-readme]   (env BENCH_RUNS, default 5; BENCH_ONLY=widget)");
  process.exit(0);
}
if (!["", "widget"].includes(ONLY)) throw new Error(`BENCH_ONLY must be "widget" or unset, not "${ONLY}"`);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not "${process.env.BENCH_RUNS}"`);
if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/index.html is missing: build the widget first (scripts/build.sh)");

// The answers given: competency k (0-based over the set) gets level k % 5 + 1, except every
// seventh, which is "not applicable" (the pattern of the end-to-end tests).
const levelFor = (k) => (k % 7 === 6 ? NOT_APPLICABLE : LEVELS[k % 5]);

// --- Serving ---------------------------------------------------------------------------------
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** Serves `root` as it is (no compression on the wire) on 127.0.0.1 at a free port. */
async function serve(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

function launch() {
  return chromium.launch(CHROMIUM_LAUNCH);
}

// --- Sizes -----------------------------------------------------------------------------------
const compressed = new Map();
function sizes(bytes) {
  const key = bytes.toString("base64");
  if (!compressed.has(key)) {
    compressed.set(key, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return compressed.get(key);
}
const fileName = (url) => basename(new URL(url).pathname || "/").replace(/-[0-9a-f]{12,}/, "") || "index.html";

// --- One run of one page -----------------------------------------------------------------------
/** A fresh browser context (empty cache and storage) on a phone, CPU slowed, at `target.url`. */
async function open(browser, target) {
  // `storageState` fills the origin's localStorage before the page's first script runs.
  const context = await browser.newContext(target.storageState ? { ...PHONE, storageState: target.storageState } : PHONE);
  await context.addInitScript({ content: `window.__BENCH_CONFIG__ = ${JSON.stringify(target.config)};\n${PROBE}` });
  const page = await context.newPage();
  const problems = [];
  const bodies = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) =>
    bodies.push(
      r.body().then(
        (bytes) => ({ url: r.url(), status: r.status(), bytes }),
        () => ({ url: r.url(), status: r.status(), bytes: Buffer.alloc(0) }),
      ),
    ),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.goto(target.url, { waitUntil: "domcontentloaded" });
  /** Every response, checked: all from the page's own server, all 200, and no error on the page. */
  const loaded = async () => {
    const responses = await Promise.all(bodies);
    const foreign = responses.filter((r) => !r.url.startsWith(target.url));
    if (foreign.length) throw new Error(`requests outside localhost: ${foreign.map((r) => r.url).join(", ")}`);
    const bad = responses.filter((r) => r.status !== 200);
    if (bad.length) problems.push(...bad.map((r) => `status ${r.status}: ${r.url}`));
    if (problems.length) throw new Error(problems.join("\n"));
    return responses
      .map((r) => ({ file: fileName(r.url), ...sizes(r.bytes) }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.raw - b.raw));
  };
  return { context, page, loaded };
}

/**
 * Begin, then the answers of the first `target.categories` categories (all by default) with
 * "Next" between them, then, when every category was answered, "See results".
 */
async function runPage(browser, target, set) {
  const { context, page, loaded } = await open(browser, target);
  const categories = target.categories ?? set.categories.length;
  try {
    const first = await page.evaluate(() => window.__bench.firstQuestion);
    const answers = [];
    // Time from one answer's click to the next one's in the same category (page clock).
    const answerGaps = [];
    const nextPages = [];
    let results = null;
    // The last tap (Begin's, then an answer's or Next's), on the page's clock.
    let lastAction = first.end;
    let k = 0;
    for (let c = 0; c < categories; c++) {
      const size = set.categories[c].competencies.length;
      const groups = await page.evaluate(() => window.__bench.groupCount());
      if (groups !== size) throw new Error(`category ${c + 1} shows ${groups} radio groups, not ${size}`);
      let previousStart = null;
      for (let i = 0; i < size; i++, k++) {
        // With `target.spacing`, each tap comes at least that long after the previous one (for the
        // first answer: after the first question was painted).
        const notBefore = target.spacing ? lastAction + target.spacing : null;
        const answer = await page.evaluate(([i, level, notBefore]) => window.__bench.answer(i, level, notBefore), [i, levelFor(k), notBefore]);
        if (!answer.checked) throw new Error(`competency ${k + 1} ("${levelFor(k)}") is not checked after the click`);
        answers.push(answer.ms);
        if (previousStart !== null) answerGaps.push(answer.start - previousStart);
        previousStart = answer.start;
        lastAction = answer.start;
      }
      if (c + 1 < categories) {
        const next = await page.evaluate(() => window.__bench.go("Next", "next"));
        nextPages.push(next.ms);
        lastAction = next.start;
      } else if (categories === set.categories.length) {
        results = await page.evaluate(() => window.__bench.go("See results", "radars"));
        if (results.radars !== target.config.radar.count) throw new Error(`${results.radars} radars on the results screen, not ${target.config.radar.count}`);
      }
    }
    // Paint timing entries arrive a little after the paint: read them once everything is done.
    const firstContentfulPaint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    const checked = target.afterRun ? await target.afterRun(page) : {};
    return {
      firstContentfulPaint,
      beginPainted: first.beginPainted,
      beginClicks: first.beginClicks,
      firstQuestion: first.ms,
      answers,
      answerGaps,
      nextPages,
      results: results ? results.ms : null,
      ...checked,
      files: await loaded(),
    };
  } catch (error) {
    error.message = `${target.name}: ${error.message}`;
    throw error;
  } finally {
    await context.close();
  }
}

/**
 * The floor: the same number of answers, timed the same way, on one plain HTML radio group. With
 * `sameScreen`, the floor of the widget's own screen instead: its first category as drawn (DOM
 * and CSS), copied without the widget's listeners, with a change handler that sets one text and
 * one class, as the floor page's does; the answers go round that screen's radio groups.
 */
async function runFloor(browser, target, count, { sameScreen = false } = {}) {
  const { context, page, loaded } = await open(browser, target);
  try {
    await page.evaluate(() => window.__bench.firstQuestion);
    const groups = sameScreen ? await page.evaluate(copyWithoutListeners) : 1;
    const answers = [];
    for (let k = 0; k < count; k++) {
      // Round the screen's groups, each time with a level other than the one it holds.
      const level = levelFor(sameScreen ? k + Math.floor(k / groups) : k);
      const answer = await page.evaluate(([i, level]) => window.__bench.answer(i, level), [k % groups, level]);
      if (!answer.checked) throw new Error(`"${level}" is not checked after the click`);
      answers.push(answer.ms);
    }
    await loaded();
    return { answers };
  } catch (error) {
    error.message = `${target.name}: ${error.message}`;
    throw error;
  } finally {
    await context.close();
  }
}

/** In the page: replaces the widget with a copy of its screen that no script listens to, but for
 * one change handler like the floor page's; returns the number of radio groups on the screen. */
function copyWithoutListeners() {
  const host = document.querySelector(".pa-app").parentElement;
  const copy = host.cloneNode(true);
  host.replaceWith(copy);
  const count = copy.querySelector("#pa-answered-count");
  let answered = 0;
  copy.addEventListener("change", (event) => {
    answered += 1;
    count.textContent = `${answered} answered (${event.target.value})`;
    event.target.closest("fieldset").classList.toggle("pa-floor-answered");
  });
  return copy.querySelectorAll("fieldset.pa-competency").length;
}

// --- The large history case --------------------------------------------------------------------
/**
 * The saved state of the large history case, made at run time by the cargo example
 * large-saved-state (deterministic: the same text every time), and kept in
 * target/benchmark/large-saved-state.json to look at.
 */
function largeSavedState() {
  console.log("benchmark: making the large history saved state (cargo run --example large-saved-state)");
  const text = execFileSync("cargo", ["run", "--quiet", "--example", "large-saved-state"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  const session = JSON.parse(text).session;
  mkdirSync(dirname(LARGE_STATE_FILE), { recursive: true });
  writeFileSync(LARGE_STATE_FILE, text);
  return {
    text,
    bytes: Buffer.byteLength(text),
    snapshots: session.history.length,
    notes: session.history.reduce((n, s) => n + Object.keys(s.answers.notes).length, 0),
    codes: workshopCodes(session),
  };
}

/** A saved workshop's participant codes: in its rounds, or (saved before rounds) in `codes`. */
function workshopCodes(session) {
  const workshop = session?.workshop;
  if (!workshop) return null;
  if (Array.isArray(workshop.rounds)) return workshop.rounds.reduce((n, round) => n + (round.codes?.length ?? 0), 0);
  return workshop.codes?.length ?? null;
}

/**
 * After the large case's answers: the widget read the saved state (nothing was set aside as
 * unreadable) and saved it back whole with the new answers. It saves when idle, at most a second
 * after a change, so this waits for the last answer's save.
 */
async function checkLargeState(page, expected) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const found = await page.evaluate(
      ([key, unreadableKey, setId]) => {
        const text = localStorage.getItem(key);
        let session = null;
        try {
          session = JSON.parse(text).session;
        } catch {
          // Reported below as missing snapshots.
        }
        return {
          unreadable: localStorage.getItem(unreadableKey) !== null,
          snapshots: session?.history?.length ?? null,
          workshop: session?.workshop ?? null,
          answered: Object.keys(session?.answers?.[setId]?.ratings ?? {}).length,
          length: text ? text.length : 0,
        };
      },
      [STATE_KEY, UNREADABLE_KEY, expected.setId],
    );
    found.codes = workshopCodes(found);
    delete found.workshop;
    if (found.unreadable) throw new Error(`the widget could not read the large saved state (it set it aside under ${UNREADABLE_KEY})`);
    if (found.snapshots === expected.snapshots && found.codes === expected.codes && found.answered === expected.answered) {
      return { savedLengthAfter: found.length };
    }
    if (Date.now() > deadline) {
      throw new Error(
        `after the answers the saved state holds ${found.snapshots} snapshots, ${found.codes} workshop codes and ${found.answered} answers, ` +
          `not ${expected.snapshots}, ${expected.codes} and ${expected.answered}`,
      );
    }
    await page.waitForTimeout(250);
  }
}

// --- Figures -----------------------------------------------------------------------------------
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const total = (files, key) => files.reduce((sum, f) => sum + f[key], 0);

/** The rows of the table: key, label, unit, and for the widget's targets a check. */
const ROWS = [
  { key: "raw", label: "bytes loaded, raw", unit: "KB" },
  { key: "gzip", label: "bytes loaded, gzip -9", unit: "KB" },
  { key: "brotli", label: "bytes loaded, brotli q11", unit: "KB", target: { text: `≤ ${TARGET_BROTLI_KB} KB`, ok: (v) => v <= TARGET_BROTLI_KB } },
  { key: "requests", label: "requests", unit: "" },
  { key: "beginPainted", label: "Begin button usable", unit: "ms" },
  { key: "firstQuestion", label: "first interactive question", unit: "ms", target: speedup },
  { key: "answerMedian", label: "answer → next paint, median", unit: "ms", target: { text: `< ${TARGET_ANSWER_MS} ms`, ok: (v) => v < TARGET_ANSWER_MS } },
  { key: "answerP95", label: "answer → next paint, p95", unit: "ms", target: { text: `< ${TARGET_ANSWER_MS} ms`, ok: (v) => v < TARGET_ANSWER_MS } },
  { key: "nextMedian", label: "Next → next category painted, median", unit: "ms" },
  { key: "results", label: "See results → all radars drawn", unit: "ms", target: speedup },
];

function summarize(runs) {
  if (!runs.length) return null;
  const files = runs[0].files;
  return {
    raw: total(files, "raw") / 1024,
    gzip: total(files, "gzip") / 1024,
    brotli: total(files, "brotli") / 1024,
    requests: files.length,
    firstContentfulPaint: median(runs.map((r) => r.firstContentfulPaint)),
    beginPainted: median(runs.map((r) => r.beginPainted)),
    firstQuestion: median(runs.map((r) => r.firstQuestion)),
    answerMedian: median(runs.map((r) => median(r.answers))),
    answerP95: median(runs.map((r) => percentile(r.answers, 95))),
    nextMedian: median(runs.map((r) => median(r.nextPages))),
    results: median(runs.map((r) => r.results)),
  };
}

function fmt(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  if (unit === "KB") return `${value.toFixed(1)} KB`;
  if (unit === "ms") return `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")} ms`;
  return String(value);
}
const ratio = (peer, widget, digits = 1) =>
  widget > 0 && peer !== null && peer !== undefined && widget !== null ? `${(peer / widget).toFixed(digits)}×` : "–";
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function mainTable(summary, names) {
  const lines = [
    `| measure (median of runs) | ${names.widget} | ${names.peer} | ${names.peer} / ${names.widget} | widget target |`,
    "|---|---:|---:|---:|---|",
  ];
  for (const row of ROWS) {
    const w = summary.widget[row.key];
    const p = summary.peer?.[row.key] ?? null;
    const measured = !(row.target?.needsPeer && p === null);
    const check = !row.target ? "" : measured ? `${row.target.text}: **${row.target.ok(w, p) ? "PASS" : "FAIL"}**` : `${row.target.text}: not measured`;
    lines.push(`| ${row.label} | ${fmt(w, row.unit)} | ${fmt(p, row.unit)} | ${ratio(p, w)} | ${check} |`);
  }
  return lines.join("\n");
}

/** Lighthouse's figures of both pages side by side, medians of its runs, with the widget's targets. */
function lighthouseTable(lighthouse, names, version) {
  const w = lighthouse.widget?.median;
  const p = lighthouse.peer?.median;
  const cell = (m, key, unit) => (!m ? "–" : unit === "ms" ? fmt(m[key], "ms") : unit === "cls" ? m[key].toFixed(3) : String(m[key]));
  const rows = [
    ["performance score", "performance", "", w && `≥ ${TARGET_PERFORMANCE}: **${w.performance >= TARGET_PERFORMANCE ? "PASS" : "FAIL"}**`],
    ["first contentful paint", "firstContentfulPaint", "ms", ""],
    ["largest contentful paint", "largestContentfulPaint", "ms", w && `≤ ${TARGET_LCP_MS / 1000} s: **${w.largestContentfulPaint <= TARGET_LCP_MS ? "PASS" : "FAIL"}**`],
    ["total blocking time", "totalBlockingTime", "ms", ""],
    ["cumulative layout shift", "cumulativeLayoutShift", "cls", w && `0: **${w.cumulativeLayoutShift === 0 ? "PASS" : "FAIL"}**`],
  ];
  return [
    `Lighthouse ${version} (npm), its mobile setting (simulated slow 4G, CPU 4× slower), each page served brotli-compressed, ` +
      `median of ${lighthouse.widget?.runs.length ?? 0} runs:`,
    "",
    `| Lighthouse | ${names.widget} | ${names.peer} | widget target |`,
    "|---|---:|---:|---|",
    ...rows.map(([label, key, unit, check]) => `| ${label} | ${cell(w, key, unit)} | ${cell(p, key, unit)} | ${check || ""} |`),
  ].join("\n");
}

function filesTable(files) {
  const lines = ["| file | raw | gzip -9 | brotli q11 |", "|---|---:|---:|---:|"];
  for (const f of files) lines.push(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  lines.push(`| **total** | **${kb(total(files, "raw"))}** | **${kb(total(files, "gzip"))}** | **${kb(total(files, "brotli"))}** |`);
  return lines.join("\n");
}

// --- Previous figures --------------------------------------------------------------------------
/** Reads the figures of a table made by `mainTable` back: { widget: {key: n}, peer: {key: n} }. */
function parseTable(text) {
  const figures = { widget: {}, peer: {} };
  const number = (cell) => {
    const m = cell.replace(/[*,]/g, "").match(/-?\d+(\.\d+)?/);
    return m ? Number(m[0]) : null;
  };
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const row = ROWS.find((r) => r.label === cells[1]);
    if (!row) continue;
    figures.widget[row.key] = number(cells[2]);
    figures.peer[row.key] = number(cells[3]);
  }
  return Object.keys(figures.widget).length ? figures : null;
}

function readPrevious() {
  if (existsSync(FIGURES_DOC)) {
    const doc = readFileSync(FIGURES_DOC, "utf8");
    const start = doc.indexOf(MARK_START);
    const end = doc.indexOf(MARK_END);
    if (start >= 0 && end > start) {
      const figures = parseTable(doc.slice(start, end));
      if (figures) return { source: FIGURES_NAME, figures };
    }
  }
  if (existsSync(RESULTS_JSON)) {
    try {
      const previous = JSON.parse(readFileSync(RESULTS_JSON, "utf8"));
      return {
        source: `benchmark/results.json of ${previous.date}`,
        figures: { widget: previous.pages.widget.summary, peer: previous.pages.peer?.summary ?? {} },
      };
    } catch {
      // An unreadable file is no previous run.
    }
  }
  return null;
}

function change(before, now) {
  if (before === null || before === undefined || now === null || before === 0) return "–";
  const pct = Math.round(((now - before) / before) * 100);
  return pct === 0 ? "±0 %" : `${pct > 0 ? "+" : "−"}${Math.abs(pct)} %`;
}

function comparisonTable(previous, summary) {
  const lines = [
    "| measure | widget before | widget now | change | peer before | peer now | change |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of ROWS) {
    const wb = previous.figures.widget[row.key] ?? null;
    const pb = previous.figures.peer[row.key] ?? null;
    const w = summary.widget[row.key];
    const p = summary.peer?.[row.key] ?? null;
    lines.push(`| ${row.label} | ${fmt(wb, row.unit)} | ${fmt(w, row.unit)} | ${change(wb, w)} | ${fmt(pb, row.unit)} | ${fmt(p, row.unit)} | ${change(pb, p)} |`);
  }
  return lines.join("\n");
}

// --- Main --------------------------------------------------------------------------------------
async function main() {
  const set = makePeer(PEER_DIR);
  const competencies = set.categories.reduce((n, c) => n + c.competencies.length, 0);
  const versions = peerVersions();
  const names = { widget: "widget", peer: "SurveyJS + Chart.js" };
  const widgetServer = await serve(DIST);
  const peerServer = await serve(PEER_DIR);
  const floorServer = await serve(FLOOR_DIR);
  const radarCount = set.categories.length + 1;
  const targets = {
    widget: {
      name: "widget",
      url: widgetServer.url,
      config: { firstLevel: LEVELS[0], radar: { selector: "svg.pa-radar", data: "path.pa-area", count: radarCount } },
    },
    peer: {
      name: "SurveyJS + Chart.js page",
      url: peerServer.url,
      config: { firstLevel: LEVELS[0], radar: { selector: "#results canvas", count: radarCount } },
    },
    floor: { name: "floor page", url: floorServer.url, config: { firstLevel: LEVELS[0], radar: { selector: "svg", count: 0 } } },
  };
  // The large history case: the widget with the large saved state in its origin's localStorage.
  const large = largeSavedState();
  const largeAnswers = set.categories.slice(0, LARGE_CATEGORIES).reduce((n, c) => n + c.competencies.length, 0);
  targets.large = {
    ...targets.widget,
    name: "widget with a large history",
    categories: LARGE_CATEGORIES,
    storageState: { cookies: [], origins: [{ origin: new URL(widgetServer.url).origin, localStorage: [{ name: STATE_KEY, value: large.text }] }] },
    afterRun: (page) => checkLargeState(page, { setId: set.id, snapshots: large.snapshots, codes: large.codes, answered: largeAnswers }),
  };
  // The same two, answers a second apart: the page is left alone between them.
  targets.empty1s = { ...targets.widget, name: "widget, answers a second apart", categories: LARGE_CATEGORIES, spacing: SPACING_MS };
  targets.large1s = { ...targets.large, name: "widget with a large history, answers a second apart", spacing: SPACING_MS };
  const WIDGET_PAGES = ["widget", "large", "empty1s", "large1s"];
  console.log(
    `benchmark: large history saved state ${kb(large.bytes)}: ${large.snapshots} snapshots with ${large.notes} notes, a workshop of ${large.codes} codes`,
  );
  const previous = readPrevious();
  const browser = await launch();
  const chromiumVersion = browser.version();
  const runs = { widget: [], large: [], empty1s: [], large1s: [], peer: [], floor: [], screenFloor: [] };
  // The machine's 1-minute load average before each page run: other work on it shows up here.
  const loads = [];
  try {
    console.log(`benchmark: ${RUNS} run(s) of each page${ALL_PAGES ? "" : " (BENCH_ONLY=widget: the widget's cases only)"}, Chromium ${chromiumVersion}, CPU ${CPU_SLOWDOWN}× slower, ${PHONE.viewport.width}×${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}×`);
    for (let run = 1; run <= RUNS; run++) {
      // Alternate which page goes first, so neither always runs on a warmer machine; the large
      // history case runs between the widget and the comparison page.
      const pages = ALL_PAGES ? [...WIDGET_PAGES, "peer"] : WIDGET_PAGES;
      const order = run % 2 ? pages : [...pages].reverse();
      for (const which of order) {
        const load = loadavg()[0];
        loads.push(load);
        const result = await runPage(browser, targets[which], set);
        result.load = load;
        runs[which].push(result);
        console.log(
          `  run ${run} ${which.padEnd(7)} first question ${fmt(result.firstQuestion, "ms")}, answers median ${fmt(median(result.answers), "ms")} ` +
            `(p95 ${fmt(percentile(result.answers, 95), "ms")}), next ${fmt(median(result.nextPages), "ms")}, results ${fmt(result.results, "ms")}, load ${load.toFixed(1)}`,
        );
      }
      if (ALL_PAGES) {
        const floor = await runFloor(browser, targets.floor, competencies);
        runs.floor.push(floor);
        console.log(`  run ${run} floor   answers median ${fmt(median(floor.answers), "ms")} (p95 ${fmt(percentile(floor.answers, 95), "ms")})`);
        const screenFloor = await runFloor(browser, targets.widget, competencies, { sameScreen: true });
        runs.screenFloor.push(screenFloor);
        console.log(`  run ${run} screen  answers median ${fmt(median(screenFloor.answers), "ms")} (p95 ${fmt(percentile(screenFloor.answers, 95), "ms")}), the widget's screen without its listeners`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await widgetServer.close();
    await peerServer.close();
    await floorServer.close();
  }

  const lighthouse = { widget: null, peer: null };
  const lighthouseVersion = JSON.parse(readFileSync(join(here, "node_modules", "lighthouse", "package.json"), "utf8")).version;
  for (const [which, root] of ALL_PAGES ? [["widget", DIST], ["peer", PEER_DIR]] : [["widget", DIST]]) {
    console.log(`benchmark: Lighthouse ${lighthouseVersion} on the ${which}, ${LIGHTHOUSE_RUNS} run(s), served compressed`);
    lighthouse[which] = await lighthouseFolder(root, LIGHTHOUSE_RUNS);
    for (const r of lighthouse[which].runs) {
      console.log(`  ${which}: performance ${r.performance}, LCP ${fmt(r.largestContentfulPaint, "ms")}, TBT ${fmt(r.totalBlockingTime, "ms")}, CLS ${r.cumulativeLayoutShift.toFixed(3)}`);
    }
  }

  for (const which of ALL_PAGES ? [...WIDGET_PAGES, "peer"] : WIDGET_PAGES) {
    const sizesOf = (r) => JSON.stringify(r.files);
    if (runs[which].some((r) => sizesOf(r) !== sizesOf(runs[which][0]))) {
      console.log(`note: the ${which} did not load the same files in every run; sizes are those of run 1`);
    }
    if (runs[which].some((r) => r.beginClicks !== 1)) console.log(`note: the ${which}'s Begin needed more than one click in some run`);
  }
  const summary = { widget: summarize(runs.widget), peer: summarize(runs.peer) };
  const floor = ALL_PAGES
    ? {
        answerMedian: median(runs.floor.map((r) => median(r.answers))),
        answerP95: median(runs.floor.map((r) => percentile(r.answers, 95))),
        sameScreenMedian: median(runs.screenFloor.map((r) => median(r.answers))),
        sameScreenP95: median(runs.screenFloor.map((r) => percentile(r.answers, 95))),
      }
    : null;
  const floorLine = floor
    ? `Floor of the method on this machine: a plain HTML radio group whose change handler sets one text and one class ` +
      `(\`benchmark/floor/\`), timed the same way, repaints an answer in ${fmt(floor.answerMedian, "ms")} (median; p95 ${fmt(floor.answerP95, "ms")}); ` +
      `the widget's answer takes ${ratio(summary.widget.answerMedian, floor.answerMedian, 2)} the floor's time ` +
      `(target ≤ ${TARGET_FLOOR_RATIO}×: **${summary.widget.answerMedian <= TARGET_FLOOR_RATIO * floor.answerMedian ? "PASS" : "FAIL"}**). ` +
      `The widget's own first screen, its DOM and CSS copied without the widget's listeners and given the floor's change handler, ` +
      `repaints an answer in ${fmt(floor.sameScreenMedian, "ms")} (p95 ${fmt(floor.sameScreenP95, "ms")}), ${ratio(floor.sameScreenMedian, floor.answerMedian, 2)} the floor's time: ` +
      `what that screen costs the browser with no framework at all; the widget's answer takes ${ratio(summary.widget.answerMedian, floor.sameScreenMedian, 2)} of it.`
    : "Only the widget's cases were run (`BENCH_ONLY=widget`): no comparison page and no floor.";

  // Large history against an empty one, on the same competencies in the same runs: answers a
  // second apart (the requirement), and answers as the probe gives them (the empty widget's run).
  const firstAnswers = (r) => r.answers.slice(0, largeAnswers);
  const firstGaps = (r) => r.answerGaps.slice(0, largeAnswers - LARGE_CATEGORIES);
  const firstNexts = (r) => r.nextPages.slice(0, LARGE_CATEGORIES - 1);
  const side = (runsOf) => ({
    answerMedian: median(runsOf.map((r) => median(firstAnswers(r)))),
    answerP95: median(runsOf.map((r) => percentile(firstAnswers(r), 95))),
    answerGapMedian: median(runsOf.map((r) => median(firstGaps(r)))),
    firstQuestion: median(runsOf.map((r) => r.firstQuestion)),
    nextMedian: median(runsOf.map((r) => median(firstNexts(r)))),
  });
  const pair = (empty, largeRuns) => {
    const result = { empty: side(empty), large: side(largeRuns) };
    result.ratio = result.large.answerMedian / result.empty.answerMedian;
    result.p95Ratio = result.large.answerP95 / result.empty.answerP95;
    result.pass = result.ratio <= TARGET_LARGE_RATIO;
    return result;
  };
  const largeSummary = { secondApart: pair(runs.empty1s, runs.large1s), probeSpacing: pair(runs.widget, runs.large) };
  const verdict = largeSummary.secondApart;
  const largeVerdict =
    `Large history, answers a second apart: an answer repaints in ${fmt(verdict.large.answerMedian, "ms")} (median; p95 ${fmt(verdict.large.answerP95, "ms")}) ` +
    `against ${fmt(verdict.empty.answerMedian, "ms")} (p95 ${fmt(verdict.empty.answerP95, "ms")}) with an empty history, ` +
    `${ratio(verdict.large.answerMedian, verdict.empty.answerMedian, 2)}: within ${TARGET_LARGE_RATIO}× of empty: **${verdict.pass ? "PASS" : "FAIL"}**.`;
  const LARGE_ROWS = [
    { key: "answerMedian", label: "answer → next paint, median", unit: "ms", target: true },
    { key: "answerP95", label: "answer → next paint, p95", unit: "ms" },
    { key: "answerGapMedian", label: "one answer's click to the next's, median", unit: "ms" },
    { key: "firstQuestion", label: "first interactive question", unit: "ms" },
    { key: "nextMedian", label: "Next → next category painted, median", unit: "ms" },
  ];
  const largeTable = (result, withTarget) => [
    "| measure (median of runs) | empty | large history | large / empty | target |",
    "|---|---:|---:|---:|---|",
    ...LARGE_ROWS.map((row) => {
      const e = result.empty[row.key];
      const l = result.large[row.key];
      const check = row.target && withTarget ? `≤ ${TARGET_LARGE_RATIO}× of empty: **${result.pass ? "PASS" : "FAIL"}**` : "";
      return `| ${row.label} | ${fmt(e, row.unit)} | ${fmt(l, row.unit)} | ${ratio(l, e, 2)} | ${check} |`;
    }),
  ];
  const largeSection = [
    `## Large history: ${large.snapshots} snapshots with notes, a workshop of ${large.codes} codes`,
    "",
    `The widget opened with ${kb(large.bytes)} already saved (${large.snapshots} finished assessments of the 2015 set, every ` +
      `competency rated, ${large.notes} notes; a workshop of ${large.codes} participant codes) and an empty one, answering the ` +
      `${largeAnswers} competencies of the first ${LARGE_CATEGORIES} categories, in the same runs.`,
    "",
    `### Answers a second apart`,
    "",
    `Each tap at least ${SPACING_MS / 1000} s after the previous tap or "Next" (the first, after the first question is painted), the page left alone in between; a fresh empty ` +
      `widget and the large history, ${largeAnswers} answers each.`,
    "",
    ...largeTable(largeSummary.secondApart, true),
    "",
    largeVerdict,
    "",
    `### Answers as the probe gives them`,
    "",
    `Each tap as soon as the page has been still for 100 ms (the spacing is the "click to the next's" row): "empty" is the ` +
      `empty widget's run above, its first ${largeAnswers} answers; for information.`,
    "",
    ...largeTable(largeSummary.probeSpacing, false),
    "",
    "### Every run",
    "",
    "| run | load average | empty, 1 s apart: median / p95 | large, 1 s apart: median / p95 | large / empty | empty, probe: median / p95 | large, probe: median / p95 | large / empty |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...Array.from({ length: RUNS }, (_, i) => {
      const cell = (r) => `${fmt(median(firstAnswers(r)), "ms")} / ${fmt(percentile(firstAnswers(r), 95), "ms")}`;
      const rate = (l, e) => ratio(median(firstAnswers(l)), median(firstAnswers(e)), 2);
      const loadsOf = WIDGET_PAGES.map((which) => runs[which][i].load.toFixed(1)).join(", ");
      return (
        `| ${i + 1} | ${loadsOf} | ${cell(runs.empty1s[i])} | ${cell(runs.large1s[i])} | ${rate(runs.large1s[i], runs.empty1s[i])} | ` +
        `${cell(runs.widget[i])} | ${cell(runs.large[i])} | ${rate(runs.large[i], runs.widget[i])} |`
      );
    }),
    "",
    `Load averages listed as widget, large, empty1s, large1s, whatever the order the pages ran in (that order in odd runs, the reverse in even runs).`,
    "",
  ].join("\n");
  const date = new Date().toISOString().slice(0, 10);
  const cores = availableParallelism();
  const busiest = Math.max(...loads);
  // The benchmark's own browser accounts for a load of about 1 to 2; more means other work.
  const busy = busiest > cores * 1.5;
  const loadLine =
    `Machine: ${cores} cores; 1-minute load average before each page run ${Math.min(...loads).toFixed(1)}–${busiest.toFixed(1)}` +
    (busy ? " (other work was running: timings are less reliable than usual)." : " (this benchmark's own browser accounts for about 1–2).");
  if (busy) console.log(`note: the machine was busy with other work (load average up to ${busiest.toFixed(1)} on ${cores} cores)`);
  const setting =
    `${RUNS} run${RUNS === 1 ? "" : "s"} of each page, medians; headless Chromium ${chromiumVersion}, CPU ${CPU_SLOWDOWN}× slower, ` +
    `${PHONE.viewport.width} × ${PHONE.viewport.height} phone viewport at ${PHONE.deviceScaleFactor}×, files served from localhost ` +
    `without compression (compressed sizes computed from the files); ${competencies} answers per run` +
    (ALL_PAGES
      ? `. Comparison page: survey-core ${versions["survey-core"]}, survey-js-ui ${versions["survey-js-ui"]}, chart.js ${versions["chart.js"]}.`
      : ` (${largeAnswers} in the large history case); the widget's cases only (\`BENCH_ONLY=widget\`).`);
  const table = mainTable(summary, names);
  const lhTable = lighthouseTable(lighthouse, names, lighthouseVersion);
  const figuresBlock = `${MARK_START}\nMeasured ${date} with \`scripts/benchmark.sh\`: ${setting}\n\n${table}\n\n${floorLine}\n\n${lhTable}\n\n${largeVerdict}\n${MARK_END}`;

  const md = [
    "# Benchmark: widget vs SurveyJS + Chart.js",
    "",
    `Measured ${date} with \`scripts/benchmark.sh\`: ${setting}`,
    "",
    table,
    "",
    floorLine,
    "",
    lhTable,
    "",
    loadLine,
    "",
    "Times run from navigation start (Begin button usable, first interactive question) or from the click " +
      "(answer, Next, See results) to the end of the paint that shows the result; definitions in `benchmark/README.md`.",
    "",
    largeSection,
    previous ? `## Compared with the previous figures (${previous.source})\n\n${comparisonTable(previous, summary)}\n` : "No previous figures to compare with.\n",
    "## Files loaded: widget",
    "",
    filesTable(runs.widget[0].files),
    "",
    ...(ALL_PAGES ? [`## Files loaded: ${names.peer}`, "", filesTable(runs.peer[0].files), ""] : []),
    "## Every run",
    "",
    `The large history case (\`large\`) and the two runs with answers a second apart (\`empty1s\`, \`large1s\`) answer the first ` +
      `${LARGE_CATEGORIES} categories only (${largeAnswers} answers) and do not open the results.`,
    "",
    "| run | page | first contentful paint | Begin usable | first question | answer median | answer p95 | answer max | Next median | results |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...Array.from({ length: RUNS }, (_, i) => i).flatMap((i) => [
      ...(ALL_PAGES ? [...WIDGET_PAGES, "peer"] : WIDGET_PAGES).map((which) => {
        const r = runs[which][i];
        return (
          `| ${i + 1} | ${which} | ${fmt(r.firstContentfulPaint, "ms")} | ${fmt(r.beginPainted, "ms")} | ${fmt(r.firstQuestion, "ms")} | ` +
          `${fmt(median(r.answers), "ms")} | ${fmt(percentile(r.answers, 95), "ms")} | ${fmt(Math.max(...r.answers), "ms")} | ` +
          `${fmt(median(r.nextPages), "ms")} | ${fmt(r.results, "ms")} |`
        );
      }),
      ...(ALL_PAGES
        ? [
            `| ${i + 1} | floor | | | | ${fmt(median(runs.floor[i].answers), "ms")} | ${fmt(percentile(runs.floor[i].answers, 95), "ms")} | ${fmt(Math.max(...runs.floor[i].answers), "ms")} | | |`,
            `| ${i + 1} | same screen, no framework | | | | ${fmt(median(runs.screenFloor[i].answers), "ms")} | ${fmt(percentile(runs.screenFloor[i].answers, 95), "ms")} | ${fmt(Math.max(...runs.screenFloor[i].answers), "ms")} | | |`,
          ]
        : []),
    ]),
    "",
  ].join("\n");

  const json = {
    date,
    runs: RUNS,
    chromium: chromiumVersion,
    cpuSlowdown: CPU_SLOWDOWN,
    cores,
    loadAverages: loads,
    device: PHONE,
    competencies,
    versions,
    targets: {
      answerMedianMs: { target: TARGET_ANSWER_MS, value: summary.widget.answerMedian, pass: summary.widget.answerMedian < TARGET_ANSWER_MS },
      answerP95Ms: { target: TARGET_ANSWER_MS, value: summary.widget.answerP95, pass: summary.widget.answerP95 < TARGET_ANSWER_MS },
      brotliKB: { target: TARGET_BROTLI_KB, value: summary.widget.brotli, pass: summary.widget.brotli <= TARGET_BROTLI_KB },
      ...Object.fromEntries(
        ["firstQuestion", "results"].map((key) => {
          if (!summary.peer) return [`${key}Speedup`, { target: TARGET_SPEEDUP, value: null, pass: null }];
          const value = summary.peer[key] / summary.widget[key];
          return [`${key}Speedup`, { target: TARGET_SPEEDUP, value, pass: value >= TARGET_SPEEDUP }];
        }),
      ),
      largeHistoryAnswerRatio: { target: TARGET_LARGE_RATIO, value: verdict.ratio, pass: verdict.pass, answers: "a second apart" },
    },
    only: ONLY || null,
    largeHistory: {
      savedBytes: large.bytes,
      snapshots: large.snapshots,
      notes: large.notes,
      workshopCodes: large.codes,
      categoriesAnswered: LARGE_CATEGORIES,
      answersPerRun: largeAnswers,
      spacingMs: SPACING_MS,
      // secondApart: the runs empty1s and large1s; probeSpacing: the widget's run (its first
      // answers) and large. Every run's answers are under pages.
      summary: largeSummary,
    },
    pages: {
      widget: { summary: summary.widget, files: runs.widget[0].files, runs: runs.widget.map(({ files, ...rest }) => rest) },
      ...Object.fromEntries(["large", "empty1s", "large1s"].map((which) => [which, { runs: runs[which].map(({ files, ...rest }) => rest) }])),
      ...(ALL_PAGES ? { peer: { summary: summary.peer, files: runs.peer[0].files, runs: runs.peer.map(({ files, ...rest }) => rest) } } : {}),
    },
    floor: floor ? { summary: floor, runs: runs.floor, sameScreenRuns: runs.screenFloor } : null,
    lighthouse: { version: lighthouseVersion, runsPerPage: LIGHTHOUSE_RUNS, ...lighthouse },
  };
  writeFileSync(RESULTS_MD, md);
  writeFileSync(RESULTS_JSON, `${JSON.stringify(json, null, 2)}\n`);

  console.log(`\n${md}`);
  console.log(`written: benchmark/results.md, benchmark/results.json`);

  const doc = existsSync(FIGURES_DOC) ? readFileSync(FIGURES_DOC, "utf8") : "";
  const start = doc.indexOf(MARK_START);
  const end = doc.indexOf(MARK_END);
  if (UPDATE_DOCS && !ALL_PAGES) {
    console.log(`${FIGURES_NAME} is not updated: this run left out the comparison page and the floor (BENCH_ONLY)`);
  } else if (UPDATE_DOCS) {
    if (start >= 0 && end > start) {
      writeFileSync(FIGURES_DOC, doc.slice(0, start) + figuresBlock + doc.slice(end + MARK_END.length));
      console.log(`${FIGURES_NAME}: the benchmark table between the markers is updated`);
    } else {
      console.log(`${FIGURES_NAME} has no ${MARK_START} … ${MARK_END} markers; insert this where the table belongs:\n\n${figuresBlock}\n`);
    }
  } else if (start < 0 || end <= start) {
    console.log(`${FIGURES_NAME} has no benchmark markers yet; this is the block for it (written with --update-docs once the markers exist):\n\n${figuresBlock}\n`);
  }
}

main().catch((error) => {
  console.error(`benchmark failed: ${error.stack ?? error}`);
  process.exit(1);
});
