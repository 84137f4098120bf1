// Trunk post-build hook, run after externalize-loader.mjs: writes sw.js, the service worker in
// scripts/service-worker.js preceded by the list of every file of the build (those the
// participant's page needs, then those only the facilitator's page loads) and a version made
// from their names and contents (and the service worker's own code). Any change to any file gives
// a new version, so browsers install the new service worker and cache the new files.
//   TRUNK_STAGING_DIR=dist node scripts/write-service-worker.mjs   (rewrites dist/sw.js)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook");
const WORKER = "sw.js";
const code = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "service-worker.js"), "utf8");

/** Every file under `root`, as sorted relative paths with "/" separators. */
function filesUnder(root, prefix = "") {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return filesUnder(root, path);
    return entry.isFile() ? [path] : [];
  });
}

const files = filesUnder(dir)
  .filter((f) => f !== WORKER)
  .sort();
if (!files.includes("index.html")) throw new Error(`no index.html in ${dir}`);
const version = createHash("sha256");
for (const file of files) {
  version.update(`${file}\0${createHash("sha256").update(readFileSync(join(dir, file))).digest("hex")}\n`);
}
version.update(code);
const VERSION = version.digest("hex").slice(0, 16);

// The facilitator's page and the files only it loads are not downloaded on a participant's
// phone: they are cached when the facilitator's page is first opened (and again with each new
// version, on a device that had opened it).
const facilitatorHtml = readFileSync(join(dir, "facilitator.html"), "utf8");
const facilitatorBoot = facilitatorHtml.match(/<script type="module" src="\.\/(boot-[0-9a-f]+\.js)"/)?.[1];
if (!facilitatorBoot) throw new Error("facilitator.html has no boot script");
const onUse = files.filter((f) => f === "facilitator.html" || f === facilitatorBoot || /^facilitator-[0-9a-f]+(_bg)?\.(js|wasm)$/.test(f));
if (onUse.length !== 4) throw new Error(`expected the facilitator's page, boot script, glue and wasm, found ${onUse.join(", ")}`);
const precached = files.filter((f) => !onUse.includes(f));

const header =
  `const VERSION = ${JSON.stringify(VERSION)};\n` +
  `const FILES = ${JSON.stringify(precached, null, 2)};\n` +
  `const ON_USE = ${JSON.stringify(onUse, null, 2)};\n\n`;
writeFileSync(join(dir, WORKER), header + code);
console.log(`wrote ${WORKER}: version ${VERSION}, ${files.length} files`);
