// Copies the screenshots of the documentation from what the end-to-end tests left in
// tests/e2e/artifacts/ into docs/images/: phone screenshots (taken at 2 device pixels per CSS
// pixel) cut to their first screen and scaled to 1×, desktop ones cut to their first screen, and
// the printed report's first page rendered from its PDF (pdftoppm, apt's poppler-utils), all
// written with a palette of 256 colours. Each image must stay under 150 KB. Run by scripts/docs-images.sh after the tests that make them.
//
//   node scripts/docs-images.mjs [artifacts folder]
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// Both pinned in tests/e2e/package-lock.json: pngjs reads the screenshots (the end-to-end tests
// read QR codes with it), upng-js writes them with a palette of at most 256 colours.
const require = createRequire(join(ROOT, "tests/e2e/package.json"));
const { PNG } = require("pngjs");
const UPNG = require("upng-js");

const ARTIFACTS = process.argv[2] ?? join(ROOT, "tests/e2e/artifacts");
const IMAGES = join(ROOT, "docs/images");
const LIMIT = 150 * 1024;

// out: the file in docs/images/; from: the artifact (made by the test named); height: CSS px
// kept from the top; scale: device pixels per CSS pixel of the artifact, scaled down to 1.
const PHONE = { scale: 2, height: 740 };
const DESKTOP = { scale: 1, height: 900 };
const SHOTS = [
  { out: "phone-welcome.png", from: "phone-welcome.png", ...PHONE }, // assessment
  { out: "phone-category.png", from: "phone-category.png", ...PHONE }, // assessment
  { out: "phone-results.png", from: "phone-results-radar.png", ...PHONE }, // report
  { out: "phone-history.png", from: "phone-history.png", ...PHONE }, // growth
  { out: "phone-plan.png", from: "phone-plan.png", ...PHONE }, // report
  { out: "phone-share.png", from: "phone-share-first.png", ...PHONE }, // workshop
  { out: "phone-workshop.png", from: "phone-workshop.png", ...PHONE }, // workshop
  { out: "phone-rounds.png", from: "phone-rounds-compared.png", ...PHONE }, // rounds
  { out: "desktop-compare.png", from: "desktop-compare.png", ...DESKTOP }, // growth
  { out: "desktop-self-and-supervisor.png", from: "desktop-self-and-supervisor.png", ...DESKTOP }, // growth
  { out: "desktop-embed-example.png", from: "desktop-embed-example.png", ...DESKTOP }, // embed
];
// The printed report's first page (report), rendered at this many dots per inch.
const REPORT = { out: "report-first-page.png", from: "report-2015-en-Letter.pdf", dpi: 72 };

/** The top `height` CSS px of `png`, each `scale` × `scale` block of pixels averaged into one. */
function firstScreen(png, { scale, height }) {
  const width = Math.floor(png.width / scale);
  const rows = Math.min(height, Math.floor(png.height / scale));
  const out = new PNG({ width, height: rows, colorType: 2 });
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < width; x++) {
      const sum = [0, 0, 0];
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = ((y * scale + dy) * png.width + (x * scale + dx)) * 4;
          for (let c = 0; c < 3; c++) sum[c] += png.data[i + c];
        }
      }
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) out.data[o + c] = Math.round(sum[c] / (scale * scale));
      out.data[o + 3] = 255;
    }
  }
  return out;
}

/** `png` as PNG bytes with a palette of at most 256 colours (text and charts stay sharp). */
const encode = (png) => Buffer.from(UPNG.encode([new Uint8Array(png.data).slice().buffer], png.width, png.height, 256));

mkdirSync(IMAGES, { recursive: true });
const problems = [];
const written = [];
for (const shot of SHOTS) {
  const source = join(ARTIFACTS, shot.from);
  if (!existsSync(source)) {
    problems.push(`${shot.from} is missing from ${ARTIFACTS}: run the end-to-end test that takes it`);
    continue;
  }
  const bytes = encode(firstScreen(PNG.sync.read(readFileSync(source)), shot));
  writeFileSync(join(IMAGES, shot.out), bytes);
  written.push(shot.out);
}
const pdf = join(ARTIFACTS, REPORT.from);
if (existsSync(pdf)) {
  const dir = mkdtempSync(join(tmpdir(), "docs-images-"));
  execFileSync("pdftoppm", ["-png", "-r", String(REPORT.dpi), "-f", "1", "-l", "1", "-singlefile", pdf, join(dir, "page")]);
  const page = PNG.sync.read(readFileSync(join(dir, "page.png")));
  writeFileSync(join(IMAGES, REPORT.out), encode(firstScreen(page, { scale: 1, height: page.height })));
  rmSync(dir, { recursive: true, force: true });
  written.push(REPORT.out);
} else {
  problems.push(`${REPORT.from} is missing from ${ARTIFACTS}: run the end-to-end test that prints it`);
}

for (const name of written) {
  const size = statSync(join(IMAGES, name)).size;
  console.log(`docs/images/${name}: ${(size / 1024).toFixed(0)} KB`);
  if (size > LIMIT) problems.push(`docs/images/${name} is ${(size / 1024).toFixed(0)} KB, above 150 KB`);
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
