// Trunk post-build hook: moves the inline <script type="module"> that loads the wasm into
// boot-<hash>.js, so the page runs under a Content-Security-Policy without 'unsafe-inline'.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
const inline = /<script type="module"([^>]*)>([\s\S]*?)<\/script>/g;
let count = 0;
html = html.replace(inline, (whole, attributes, body) => {
  if (/\bsrc=/.test(attributes)) return whole;
  const name = `boot-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  count += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (count === 0) throw new Error("no inline module script found in index.html");
writeFileSync(htmlPath, html);
console.log(`externalized ${count} inline loader script(s)`);
