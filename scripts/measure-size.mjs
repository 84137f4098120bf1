// Prints the bytes of the built files (dist/), raw, gzip and brotli, as Markdown tables: the
// participant's page (every file but the facilitator's), then what only the facilitator's page
// loads (the files sw.js caches on use). Run after a release build: `node scripts/measure-size.mjs`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
// The top folder's files, and the scripts wasm-bindgen writes under snippets/ (imported by the
// page's script). The icons and examples in other folders are not loaded by the page.
const filesIn = (folder) =>
  readdirSync(join(dist, folder), { recursive: true })
    .map((f) => join(folder, f))
    .filter((f) => statSync(join(dist, f)).isFile());
const files = [...readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile()), ...filesIn("snippets")].sort();
const worker = readFileSync(join(dist, "sw.js"), "utf8");
const onUse = JSON.parse(worker.match(/^const ON_USE = (\[[\s\S]*?\]);$/m)?.[1] ?? "[]");
const measure = (name) => {
  const bytes = readFileSync(join(dist, name));
  return {
    name: name.replace(/-[0-9a-f]{8,}/g, ""),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function table(title, names) {
  const rows = names.map(measure);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`${title}\n\n| file | raw | gzip | brotli |\n|---|---:|---:|---:|`);
  for (const r of rows) console.log(`| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |\n`);
}
table("The participant's page (and embed.js):", files.filter((f) => !onUse.includes(f)));
table("Only the facilitator's page (instead of the participant's wasm and its script):", files.filter((f) => onUse.includes(f)));
