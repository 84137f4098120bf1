// Trunk post-build hook, run first: writes facilitator.html, the facilitator's page, from the
// participant's index.html. Trunk builds the facilitator's binary (src/facilitator.rs) beside the
// participant's as a second Rust asset of index.html that the page does not load
// (data-type="worker"), under unhashed names; this gives its files hashed names like trunk's own
// (facilitator-<hash>.js, facilitator-<hash>_bg.wasm), and makes facilitator.html load them
// instead of the participant's. The facilitator's page shows no welcome copy before the wasm
// (it opens on the workshop).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook");
const at = (name) => join(dir, name);
const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

for (const name of ["facilitator.js", "facilitator_bg.wasm", "index.html"]) {
  if (!existsSync(at(name))) throw new Error(`no ${name} in ${dir}: is the facilitator's rust asset in index.html?`);
}
const wasm = `facilitator-${hash(readFileSync(at("facilitator_bg.wasm")))}_bg.wasm`;
renameSync(at("facilitator_bg.wasm"), at(wasm));
const glueText = readFileSync(at("facilitator.js"), "utf8");
if (!glueText.includes("'facilitator_bg.wasm'")) throw new Error("facilitator.js does not name facilitator_bg.wasm");
const glueBody = glueText.replaceAll("'facilitator_bg.wasm'", `'${wasm}'`);
const glue = `facilitator-${hash(glueBody)}.js`;
writeFileSync(at(glue), glueBody);
unlinkSync(at("facilitator.js"));

let html = readFileSync(at("index.html"), "utf8");
const participantGlue = html.match(/peer-assessment-[0-9a-f]+\.js/)?.[0];
const participantWasm = html.match(/peer-assessment-[0-9a-f]+_bg\.wasm/)?.[0];
if (!participantGlue || !participantWasm) throw new Error("index.html loads no peer-assessment glue and wasm");
html = html
  .replaceAll(participantGlue, glue)
  .replaceAll(participantWasm, wasm)
  .replace(/\s*<!-- first-view -->/, "")
  .replace(/\s*<script src="first-view\.js"><\/script>/, "")
  .replace(/<title>([^<]*)<\/title>/, "<title>Facilitator's page: $1</title>");
// The integrity of every file the page now names, computed again for the facilitator's files.
html = html.replace(/<link ([^>]*?)href="\.\/([^"]+)"([^>]*?)integrity="sha384-[^"]+"/g, (whole, before, file, between) => {
  if (!existsSync(at(file))) throw new Error(`facilitator.html names ${file}, which the build lacks`);
  return `<link ${before}href="./${file}"${between}integrity="${sri(readFileSync(at(file)))}"`;
});
writeFileSync(at("facilitator.html"), html);
console.log(`wrote facilitator.html (${glue}, ${wasm})`);
