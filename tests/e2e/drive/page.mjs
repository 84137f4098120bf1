// One page in any engine, driven the same way: elements are found by role and accessible name
// (find.mjs) and acted on through the engine's own input (a tap where the engine's automation
// can touch, else a click), so a test written once runs in Chromium, Firefox and WebKit.
import { serialise, findInPage } from "./find.mjs";

const FIND = findInPage.toString();
const TIMEOUT = 10000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Collects errors inside the page where the engine's driver cannot report them (WebDriver
// classic has no log events): uncaught errors, rejected promises, console errors, CSP refusals.
const COLLECT = `(() => {
  if (window.__paProblems) return;
  const problems = (window.__paProblems = []);
  addEventListener("error", (e) => problems.push("pageerror: " + e.message));
  addEventListener("unhandledrejection", (e) => problems.push("rejection: " + e.reason));
  addEventListener("securitypolicyviolation", (e) => problems.push("CSP " + e.violatedDirective + ": " + e.blockedURI), true);
  const error = console.error;
  console.error = (...parts) => { problems.push("console: " + parts.join(" ")); error.apply(console, parts); };
})()`;

export class Page {
  constructor(backend, engine) {
    this.backend = backend;
    this.engine = engine;
    this.earlier = [];
  }

  /** The element reached by `steps` (see findInPage), found when it is used. */
  get(...steps) {
    return new Target(this, steps);
  }

  /** Runs `fn(...args)` in the page (args are JSON) and returns its result, awaited. */
  evaluate(fn, ...args) {
    return this.backend.run(`(${fn})(...${JSON.stringify(args)})`);
  }

  /** Waits until `fn(...args)` in the page is truthy. */
  async waitFor(fn, ...args) {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const value = await this.evaluate(fn, ...args);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn}`);
      await sleep(50);
    }
  }

  async goto(url) {
    await this.keepProblems();
    await this.backend.goto(url);
    await this.backend.run(COLLECT);
    await this.appDrawn();
  }

  async reload() {
    await this.keepProblems();
    await this.backend.reload();
    await this.backend.run(COLLECT);
    await this.appDrawn();
  }

  /**
   * Waits (at most the usual time) until the App has replaced the build-time copy of the welcome
   * screen, so that what a test taps is the App's own. Taps on the copy itself are the business
   * of first-view.test.mjs.
   */
  async appDrawn() {
    await this.waitFor(() => !document.querySelector("div[data-first-view]")).catch(() => {});
  }

  async keepProblems() {
    const inPage = await this.backend.run("window.__paProblems ?? []").catch(() => []);
    this.earlier.push(...inPage);
  }

  /** Every error seen so far: the driver's and the page's own. */
  async problems() {
    await this.keepProblems();
    await this.backend.run("window.__paProblems && (window.__paProblems.length = 0)").catch(() => {});
    return [...new Set([...this.backend.problems(), ...this.earlier])];
  }

  /** Runs `action` (which starts a download) and returns the downloaded file's name and text. */
  download(action) {
    return this.backend.download(action);
  }

  /**
   * Enters `iso` (YYYY-MM-DD) into a date input as a person does: taps it and types the digits
   * in the order its fields show them (month, day, year in US English). WebKitGTK's date input
   * takes no keys from its driver (element keys and keyboard actions both leave it empty) and a
   * tap opens its calendar outside the page, so there the date is set as that calendar sets it:
   * the value, then "input" and "change" events.
   */
  async typeDate(target, iso) {
    const [year, month, day] = iso.split("-");
    if (this.engine === "webkit") {
      await target.evaluate((e, value) => {
        e.focus();
        e.value = value;
        e.dispatchEvent(new Event("input", { bubbles: true }));
        e.dispatchEvent(new Event("change", { bubbles: true }));
      }, iso);
      return;
    }
    await target.tap();
    await this.backend.type(await target.expression(), `${month}${day}${year}`);
  }

  screenshot(path) {
    return this.backend.screenshotPage(path);
  }

  close() {
    return this.backend.close();
  }
}

class Target {
  constructor(page, steps) {
    this.page = page;
    this.query = JSON.stringify(serialise(steps));
  }

  /** An expression for the element, for the engine's driver to resolve into a handle. */
  async expression(map = "(e) => e") {
    await this.waitFor();
    return `(${map})((${FIND})(${this.query}).element)`;
  }

  async waitFor() {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const error = await this.page.backend.run(`((r) => r.error ?? null)((${FIND})(${this.query}))`);
      if (!error) return;
      if (Date.now() > deadline) throw new Error(error);
      await sleep(50);
    }
  }

  async count() {
    const query = JSON.parse(this.query);
    query.at(-1).count = true;
    const result = await this.page.backend.run(`(${FIND})(${JSON.stringify(query)})`);
    return result.count ?? 0;
  }

  /**
   * Finds the element and acts on it; found again when it left the page in between (the
   * build-time welcome screen is replaced by the App's own when the App takes over).
   */
  async act(action, map) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await action(await this.expression(map));
      } catch (error) {
        if (attempt >= 40 || !/detached|stale|not attached|no longer attached/i.test(String(error?.message ?? error))) throw error;
        await sleep(50);
      }
    }
  }

  /** Touches the element (a radio or checkbox: its label, where a finger lands). */
  async tap() {
    await this.act((e) => this.page.backend.tap(e), "(e) => (e.labels?.[0] ?? e)");
  }

  async fill(text) {
    await this.act((e) => this.page.backend.fill(e, text));
  }

  async setFiles(path) {
    await this.act((e) => this.page.backend.setFiles(e, path));
  }

  /** A PNG of the element as drawn. */
  async screenshot() {
    return this.act((e) => this.page.backend.screenshot(e));
  }

  /** Runs `fn(element, ...args)` in the page. */
  async evaluate(fn, ...args) {
    return this.page.backend.run(`(${fn})(${await this.expression()}, ...${JSON.stringify(args)})`);
  }

  text() {
    return this.evaluate((e) => e.innerText);
  }

  isChecked() {
    return this.evaluate((e) => e.checked);
  }

  attribute(name) {
    return this.evaluate((e, n) => e.getAttribute(n), name);
  }
}
