// The engine a test file runs in, from ENGINE (chromium, firefox or webkit; chromium if unset),
// started before its tests and stopped after, with a server for dist/ as in harness.mjs.
import { before, after } from "node:test";
import { serve } from "../harness.mjs";
import { Page } from "./page.mjs";

export const ENGINE = process.env.ENGINE ?? "chromium";
const starters = {
  chromium: () => import("./chromium.mjs"),
  firefox: () => import("./firefox.mjs"),
  webkit: () => import("./webkit.mjs"),
};

/** Starts the server and the engine before the file's tests; `env.open(size, path)` opens a page. */
export function setUpEngine() {
  if (!starters[ENGINE]) throw new Error(`unknown ENGINE ${ENGINE}`);
  const env = { engine: ENGINE };
  before(async () => {
    env.server = await serve();
    env.browser = await (await starters[ENGINE]()).start();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  /** A new page with empty storage, `size` "phone" or "desktop", at `path` of the server. */
  env.open = async (size = "phone", path = "") => {
    const page = new Page(await env.browser.open(size), ENGINE);
    await page.goto(new URL(path, env.server.url).href);
    return page;
  };
  return env;
}
