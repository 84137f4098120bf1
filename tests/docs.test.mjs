// The documentation holds together: every relative link and #anchor in README.md, CHANGELOG.md
// and docs/ names a file that exists and a heading it has (as GitHub makes heading anchors), the
// README stays short, its code blocks are the ones of docs/site-owners.md (one text, not two
// that drift), the part of docs/site-owners.md that becomes the release's README.md links only
// within itself, and every screenshot in docs/images/ is used and under 150 KB.
//
//   node --test tests/docs.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const README_MAX_LINES = 200;
const IMAGE_MAX_BYTES = 150 * 1024;
export const RELEASE_START = "<!-- release-readme:start -->";
export const RELEASE_END = "<!-- release-readme:end -->";

/** The Markdown files checked: README.md, CHANGELOG.md and everything under docs/. */
function documents() {
  const found = ["README.md", "CHANGELOG.md"].filter((f) => existsSync(join(ROOT, f)));
  const walk = (dir) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith(".md")) found.push(path);
    }
  };
  if (existsSync(join(ROOT, "docs"))) walk("docs");
  return found;
}

/** The text of a Markdown file with fenced code blocks blanked out (their lines kept). */
function withoutCode(text) {
  let fence = null;
  return text
    .split("\n")
    .map((line) => {
      const marker = line.match(/^ {0,3}(`{3,}|~{3,})/);
      if (fence) {
        if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length && !line.trim().slice(marker[1].length).trim()) fence = null;
        return "";
      }
      if (marker) {
        fence = marker[1];
        return "";
      }
      return line;
    })
    .join("\n");
}

/** A heading's text as GitHub shows it: inline code, emphasis, links and HTML reduced to text. */
function headingText(raw) {
  return raw
    .replace(/\s+#+\s*$/, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.*?)\1/g, "$2")
    .replace(/(\*|_)(.*?)\1/g, "$2")
    .trim();
}

/** GitHub's anchor for a heading: lower case, punctuation removed but `-` and `_`, spaces to `-`. */
export function slug(text) {
  return headingText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor of a Markdown file: its headings' (repeats get -1, -2, …) and HTML ids. */
export function anchors(text) {
  const seen = new Map();
  const found = new Set();
  for (const line of withoutCode(text).split("\n")) {
    const heading = line.match(/^ {0,3}#{1,6}\s+(.*)$/);
    if (heading) {
      const base = slug(heading[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      found.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const id of line.matchAll(/<[a-z][^>]*\s(?:id|name)="([^"]+)"/gi)) found.add(id[1]);
  }
  return found;
}

/** Every link target of a Markdown file outside code: Markdown links and images, HTML src and href. */
export function links(text) {
  const found = [];
  withoutCode(text)
    .split("\n")
    .forEach((line, i) => {
      const prose = line.replace(/`[^`]*`/g, "");
      for (const m of prose.matchAll(/!?\[(?:[^\]]|\][^(])*?\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ target: m[1], line: i + 1 });
      for (const m of prose.matchAll(/<(?:a|img|source)\b[^>]*?\s(?:href|src)="([^"]+)"/gi)) found.push({ target: m[1], line: i + 1 });
    });
  return found;
}

const external = (target) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** What is wrong with each relative link of the file `file` (relative to ROOT), if anything. */
export function brokenLinks(file, text = readFileSync(join(ROOT, file), "utf8")) {
  const problems = [];
  for (const { target, line } of links(text)) {
    if (external(target)) continue;
    const [pathPart, anchor] = target.split("#", 2);
    const path = decodeURIComponent(pathPart);
    const where = path === "" ? join(ROOT, file) : resolve(join(ROOT, dirname(file)), path);
    const at = `${file}:${line}: ${target}`;
    if (relative(ROOT, where).split(sep)[0] === "..") {
      problems.push(`${at}: outside the repository`);
      continue;
    }
    if (path !== "" && !existsSync(where)) {
      problems.push(`${at}: no such file`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!where.endsWith(".md")) {
      problems.push(`${at}: an anchor into a file that is not Markdown`);
      continue;
    }
    const targetText = where === join(ROOT, file) ? text : readFileSync(where, "utf8");
    if (!anchors(targetText).has(decodeURIComponent(anchor))) problems.push(`${at}: no heading with this anchor`);
  }
  return problems;
}

/** The part of docs/site-owners.md that scripts/package.sh writes as the release's README.md. */
export function releasePart(text) {
  const start = text.indexOf(RELEASE_START);
  const end = text.indexOf(RELEASE_END);
  assert.ok(start >= 0 && end > start, "docs/site-owners.md has the release-readme markers, start before end");
  return text.slice(start + RELEASE_START.length, end);
}

/** Fenced code blocks of a Markdown text, each as its lines joined. */
function codeBlocks(text) {
  return [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

test("every relative link and #anchor of the documentation names a file and a heading that exist", () => {
  const files = documents();
  assert.ok(files.includes("README.md") && files.includes("docs/site-owners.md"), files.join(", "));
  assert.deepEqual(files.flatMap((file) => brokenLinks(file)), []);
});

test("the link check finds a missing file, a missing heading and a link out of the repository", () => {
  const text = "# Title\n\n## Two words\n\n[ok](#two-words) [ok](#title) [gone](#three-words) [file](no-such-file.md)\n" +
    "[ok](../README.md#the-two-commands) [gone](../README.md#no-such-heading) [out](../../elsewhere.md)\n" +
    "```\n[in code](missing-in-code.md)\n```\n`[in code](missing-inline.md)` <img src=\"images/none.png\">\n";
  assert.deepEqual(brokenLinks("docs/example.md", text), [
    "docs/example.md:5: #three-words: no heading with this anchor",
    "docs/example.md:5: no-such-file.md: no such file",
    "docs/example.md:6: ../README.md#no-such-heading: no heading with this anchor",
    "docs/example.md:6: ../../elsewhere.md: outside the repository",
    "docs/example.md:10: images/none.png: no such file",
  ]);
});

test("headings get GitHub's anchors", () => {
  assert.equal(slug("1. Upload"), "1-upload");
  assert.equal(slug("Offline: the service worker"), "offline-the-service-worker");
  assert.equal(slug("What `data-show` does, and **why**"), "what-data-show-does-and-why");
  assert.equal(slug("[0.1.0] - 2026-12-06"), "010---2026-12-06");
  assert.equal(slug("Autoevaluación"), "autoevaluación");
  assert.deepEqual([...anchors("# A\n## Same\n## Same\n```\n# Not a heading\n```\n<a id=\"here\"></a>")], ["a", "same", "same-1", "here"]);
});

test("the README stays within 200 lines", () => {
  const lines = readFileSync(join(ROOT, "README.md"), "utf8").replace(/\n$/, "").split("\n").length;
  assert.ok(lines <= README_MAX_LINES, `README.md has ${lines} lines, at most ${README_MAX_LINES}`);
});

test("the README's code blocks are the site owners' document's, not copies of their own", () => {
  const owners = readFileSync(join(ROOT, "docs/site-owners.md"), "utf8");
  const ownBlocks = codeBlocks(owners);
  for (const block of codeBlocks(readFileSync(join(ROOT, "README.md"), "utf8"))) {
    assert.ok(ownBlocks.includes(block), `README.md's code block is also in docs/site-owners.md:\n${block}`);
  }
});

test("the release's README part of docs/site-owners.md links only within itself", () => {
  const part = releasePart(readFileSync(join(ROOT, "docs/site-owners.md"), "utf8"));
  const own = anchors(part);
  const outside = links(part)
    .filter(({ target }) => !external(target))
    .filter(({ target }) => !(target.startsWith("#") && own.has(target.slice(1))))
    .map(({ target }) => target);
  assert.deepEqual(outside, [], "in the release folder only its own headings and web addresses can be reached");
  assert.match(part, /<script type="module" src="\/peer-assessment\/embed\.js"><\/script>/);
  assert.match(part, /<iframe data-peer-assessment-frame/);
});

test("every screenshot in docs/images/ is used by a document and is under 150 KB", () => {
  const dir = join(ROOT, "docs/images");
  const images = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".png")).sort() : [];
  assert.ok(images.length >= 3, "the README's screenshots are there");
  const used = new Set(
    documents().flatMap((file) =>
      links(readFileSync(join(ROOT, file), "utf8"))
        .filter(({ target }) => !external(target))
        .map(({ target }) => relative(dir, resolve(join(ROOT, dirname(file)), target.split("#")[0]))),
    ),
  );
  assert.deepEqual(images.filter((f) => !used.has(f)), [], "images no document shows");
  for (const f of images) {
    const size = statSync(join(dir, f)).size;
    assert.ok(size < IMAGE_MAX_BYTES, `docs/images/${f} is ${Math.round(size / 1024)} KB (under 150 KB)`);
  }
});
