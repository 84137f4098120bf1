// Trunk post-build hook, run first: writes the welcome screen, as a first-time visitor sees it,
// into index.html, so the page shows it before the wasm has arrived. The HTML comes from the
// widget's own components (the cargo example prerender-welcome renders `FirstView` without a
// browser), one copy per language: English in the page, the others in <template>s that
// first-view.js (assets/) puts in its place when the person's language is another one.
// The App removes the copy when it draws the same screen (src/app/edge/first_view.rs).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook");
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MARKER = "<!-- first-view -->";
const DEFAULT_LANGUAGE = "en";

// A native build with the default toolchain, whatever toolchain the release wasm uses
// (scripts/release-toolchain.sh).
const env = { ...process.env };
for (const name of Object.keys(env)) {
  if (name === "RUSTUP_TOOLCHAIN" || name.startsWith("CARGO_UNSTABLE_") || name.startsWith("CARGO_TARGET_WASM32")) delete env[name];
}
const json = execFileSync("cargo", ["run", "--quiet", "--example", "prerender-welcome"], {
  cwd: ROOT,
  env,
  encoding: "utf8",
  maxBuffer: 16 << 20,
  stdio: ["ignore", "pipe", "inherit"],
});
const pages = JSON.parse(json);
if (!pages[DEFAULT_LANGUAGE]) throw new Error(`no "${DEFAULT_LANGUAGE}" welcome screen in the example's output`);

/** The rendered `<div class="pa-app" …>`, marked as the first view of `lang`. */
const marked = (lang, html) => {
  if (!html.startsWith("<div ")) throw new Error(`the "${lang}" welcome screen does not start with a <div>`);
  return `<div data-first-view="${lang}"${html.slice("<div".length)}`;
};
const copies = [marked(DEFAULT_LANGUAGE, pages[DEFAULT_LANGUAGE])];
for (const [lang, html] of Object.entries(pages)) {
  if (lang !== DEFAULT_LANGUAGE) copies.push(`<template data-first-view="${lang}">${marked(lang, html)}</template>`);
}

const htmlPath = join(dir, "index.html");
const page = readFileSync(htmlPath, "utf8");
if (!page.includes(MARKER)) throw new Error(`index.html has no ${MARKER} marker`);
writeFileSync(htmlPath, page.replace(MARKER, copies.join("")));
console.log(`wrote the welcome screen into index.html (${Object.keys(pages).join(", ")})`);
