// The release package from scripts/package.sh (with the dist/ built before the end-to-end tests):
// the folder holds every built file unchanged, the site owners' README with both snippets and the
// headers, and the hosting rules; the zips hold exactly the folder and the plugin; SHA256SUMS
// checks; the widget served from the unzipped folder works and shows the version.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { serve, launch, watch, DIST, CSP, PHONE } from "./harness.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
const OUT = join(ROOT, "target/release-package");
const NAME = `peer-assessment-${VERSION}`;
const SITE = join(OUT, NAME);

/** Every file under `dir`, as paths relative to it (dot files included), sorted. */
function files(dir, root = dir) {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name), root) : [relative(root, join(dir, name))]))
    .sort();
}

const env = {};
before(() => {
  execFileSync(join(ROOT, "scripts/package.sh"), { env: { ...process.env, PACKAGE_SKIP_BUILD: "1" }, stdio: "inherit" });
  env.unzipped = mkdtempSync(join(tmpdir(), "package-"));
});
after(() => rmSync(env.unzipped, { recursive: true, force: true }));

test("the package holds every built file, the site owners' README and the hosting rules, zipped and checksummed", () => {
  assert.deepEqual(readdirSync(OUT).sort(), [NAME, `${NAME}.zip`, "SHA256SUMS", "peer-assessment.zip"].sort());
  const built = files(DIST).filter((f) => !f.startsWith("."));
  const extra = [".htaccess", "README.md", "_headers", "nginx.conf"];
  assert.deepEqual(files(SITE), [...built, ...extra].sort());
  for (const file of built) assert.ok(readFileSync(join(SITE, file)).equals(readFileSync(join(DIST, file))), `${file} unchanged`);

  const readme = readFileSync(join(SITE, "README.md"), "utf8");
  assert.match(readme, new RegExp(`^# .* ${VERSION.replaceAll(".", "\\.")} — for site owners`, "m"));
  assert.ok(readme.includes('<script type="module" src="/peer-assessment/embed.js"></script>'), "the script snippet");
  assert.ok(readme.includes("<iframe data-peer-assessment-frame"), "the iframe snippet");
  assert.ok(readme.includes(`Content-Security-Policy: ${CSP}`), "the recommended policy, the one the tests use");
  assert.doesNotMatch(readme, /@[A-Z]+@/);

  const htaccess = readFileSync(join(SITE, ".htaccess"), "utf8");
  assert.match(htaccess, /^AddType application\/wasm \.wasm$/m);
  assert.ok(htaccess.includes(`Header set Content-Security-Policy "${CSP}"`));
  const nginx = readFileSync(join(SITE, "nginx.conf"), "utf8");
  assert.match(nginx, /application\/wasm wasm;/);
  assert.ok(nginx.includes(`add_header Content-Security-Policy "${CSP}" always;`));
  // _headers names this release's hashed files for long caching, and index.html and sw.js for none.
  const headers = readFileSync(join(SITE, "_headers"), "utf8");
  const hashed = built.filter((f) => /-[0-9a-f]{8,16}(_bg)?\.\w+$/.test(f));
  assert.ok(hashed.some((f) => f.endsWith("_bg.wasm")));
  for (const file of hashed) assert.match(headers, new RegExp(`^/${file}\\n  Cache-Control: public, max-age=31536000, immutable$`, "m"), file);
  for (const file of ["index.html", "sw.js"]) assert.match(headers, new RegExp(`^/${file}\\n  Cache-Control: no-cache$`, "m"), file);
  // Each long-cached name in the Apache and nginx rules' pattern is a hashed file, and no other.
  const pattern = /-[0-9a-f]{8,16}(_bg)?\.(js|css|wasm|svg)$/;
  assert.ok(htaccess.includes(`<FilesMatch "${pattern.source}">`));
  assert.deepEqual(built.filter((f) => pattern.test(f)), hashed);

  // The zip holds exactly the folder; the checksums match.
  execFileSync("unzip", ["-q", join(OUT, `${NAME}.zip`), "-d", env.unzipped]);
  assert.deepEqual(files(join(env.unzipped, NAME)), files(SITE));
  execFileSync("sha256sum", ["--check", "--quiet", "SHA256SUMS"], { cwd: OUT });

  // The plugin zip: the plugin at its top, with the version, and the release inside.
  const listing = execFileSync("unzip", ["-Z1", join(OUT, "peer-assessment.zip")], { encoding: "utf8" }).trim().split("\n");
  assert.ok(listing.every((f) => f.startsWith("peer-assessment/")));
  for (const file of ["peer-assessment.php", "uninstall.php", "readme.txt", "block/editor.js", "assets/widget/.htaccess", "assets/widget/embed.js"]) {
    assert.ok(listing.includes(`peer-assessment/${file}`), file);
  }
  for (const file of built) assert.ok(listing.includes(`peer-assessment/assets/widget/${file}`), file);
  const php = execFileSync("unzip", ["-p", join(OUT, "peer-assessment.zip"), "peer-assessment/peer-assessment.php"], { encoding: "utf8" });
  assert.match(php, new RegExp(`^ \\* Version: +${VERSION.replaceAll(".", "\\.")}$`, "m"));
  assert.doesNotMatch(php, /@VERSION@/);
});

test("the widget served from the unzipped package works and shows its version", async () => {
  const server = await serve(join(env.unzipped, NAME));
  const browser = await launch();
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    const { problems } = watch(page);
    await page.goto(server.url);
    await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
    assert.equal(await page.locator(".pa-version").innerText(), `Version ${VERSION}`);
    await page.goto(new URL("embed-example.html", server.url).href);
    await page.locator('[data-namespace="county-program"]').getByRole("heading", { level: 2 }).first().waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
