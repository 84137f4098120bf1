// Trunk post-build hook: writes embed.js, the one file an agency's page loads to put the widget
// into every element marked data-peer-assessment, and copies the embedding examples from embed/.
import { readdirSync, writeFileSync, copyFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook");
const files = readdirSync(dir);
const find = (test, what) => {
  const found = files.filter(test);
  if (found.length !== 1) throw new Error(`expected one ${what} in ${dir}, found ${found.join(", ") || "none"}`);
  return found[0];
};
const wasm = find((f) => /^peer-assessment-[0-9a-f]+_bg\.wasm$/.test(f), "wasm file");
const glue = find((f) => /^peer-assessment-[0-9a-f]+\.js$/.test(f), "wasm-bindgen glue");
const css = find((f) => /^main-[0-9a-f]+\.css$/.test(f), "stylesheet");

writeFileSync(
  join(dir, "embed.js"),
  `// Peer Worker Competency Self-Assessment: puts a widget into every element marked
// data-peer-assessment on this page (configuration: the README's "Embedding" section).
const here = new URL(".", import.meta.url);
const css = new URL(${JSON.stringify(css)}, here).href;
for (const element of document.querySelectorAll("[data-peer-assessment]")) {
  if (!element.hasAttribute("data-css")) element.setAttribute("data-css", css);
}
const { default: init } = await import(new URL(${JSON.stringify(glue)}, here).href);
await init({ module_or_path: new URL(${JSON.stringify(wasm)}, here) });
`,
);

const examples = join(dirname(fileURLToPath(import.meta.url)), "..", "embed");
for (const file of readdirSync(examples)) copyFileSync(join(examples, file), join(dir, file));
console.log(`wrote embed.js (${glue}, ${wasm}, ${css}) and copied ${readdirSync(examples).length} embedding file(s)`);
