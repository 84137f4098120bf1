// Trunk post-build hook: writes embed.js, the one file an agency's page loads to put the widget
// into every element marked data-peer-assessment, and copies the embedding examples from embed/.
import { readdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
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
const facilitatorWasm = find((f) => /^facilitator-[0-9a-f]+_bg\.wasm$/.test(f), "facilitator's wasm file");
const facilitatorGlue = find((f) => /^facilitator-[0-9a-f]+\.js$/.test(f), "facilitator's wasm-bindgen glue");
const css = find((f) => /^main-[0-9a-f]{8,16}\.css$/.test(f), "stylesheet");
// The wasm's own module that keeps the stylesheet's name (src/app/edge/own_stylesheet.js).
const snippets = readdirSync(join(dir, "snippets"), { recursive: true }).map(String);
const ownStylesheet = snippets.filter((f) => f.endsWith("own_stylesheet.js"));
if (ownStylesheet.length !== 1) throw new Error(`expected one own_stylesheet.js in snippets/, found ${ownStylesheet.join(", ") || "none"}`);
const stylesheetModule = ["snippets", ...ownStylesheet[0].split(/[\\/]/)].join("/");
for (const file of [glue, facilitatorGlue]) {
  if (!readFileSync(join(dir, file), "utf8").includes(`'./${stylesheetModule}'`)) {
    throw new Error(`${file} does not import ${stylesheetModule}: embed.js would name the stylesheet to another module`);
  }
}

writeFileSync(
  join(dir, "embed.js"),
  `// Peer Worker Competency Self-Assessment: puts a widget into every element marked
// data-peer-assessment on this page (configuration: README.md beside this file, which is
// docs/site-owners.md's "Options" in the source). The participant's module, or the
// facilitator's (the participant's and the workshop) where an element asks for
// data-page="facilitator". The widgets' stylesheet is named to the wasm here, by this script,
// and always loaded from this folder: nothing on the page (no data-css attribute) can choose
// another.
const here = new URL(".", import.meta.url);
const { tell_stylesheet } = await import(new URL(${JSON.stringify(stylesheetModule)}, here).href);
tell_stylesheet(${JSON.stringify(css)});
const facilitator = document.querySelector('[data-peer-assessment][data-page="facilitator" i]') !== null;
const [glue, wasm] = facilitator
  ? [${JSON.stringify(facilitatorGlue)}, ${JSON.stringify(facilitatorWasm)}]
  : [${JSON.stringify(glue)}, ${JSON.stringify(wasm)}];
const { default: init } = await import(new URL(glue, here).href);
await init({ module_or_path: new URL(wasm, here) });
`,
);

const examples = join(dirname(fileURLToPath(import.meta.url)), "..", "embed");
for (const file of readdirSync(examples)) copyFileSync(join(examples, file), join(dir, file));
console.log(`wrote embed.js (${glue}, ${wasm}, ${css}) and copied ${readdirSync(examples).length} embedding file(s)`);
