// Downloads that land in a folder (Firefox and WebKit save them there without asking).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const PARTIAL = /\.(part|download|wkdownload)$/;

/** Runs `action` and returns the first new file in `dir` once it is complete. */
export async function downloadInto(dir, action) {
  const before = new Set(readdirSync(dir));
  await action();
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    const fresh = readdirSync(dir).filter((f) => !before.has(f));
    const done = fresh.find((f) => !PARTIAL.test(f) && !fresh.some((g) => g !== f && g.startsWith(f)) && statSync(join(dir, f)).size > 0);
    if (done) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { name: done, text: readFileSync(join(dir, done), "utf8") };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no download in ${dir}`);
}
