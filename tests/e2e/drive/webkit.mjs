// WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic) and
// selenium-webdriver. MiniBrowser needs a display, so the driver runs under xvfb-run. Each page
// is a new session with a driver of its own, so each starts with empty storage. Its window
// cannot be narrower than its toolbar, 447 CSS px, so "phone" is 447 px wide there (still the
// widget's phone layout, below 46rem). Taps are touch actions at the element's centre. Element
// screenshots are cut from the page's (see `screenshot`).
import { spawn } from "node:child_process";
import { freePort } from "../free-port.mjs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { Builder } from "selenium-webdriver";
import { downloadInto } from "./downloads.mjs";
import { crop } from "./crop.mjs";

const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

async function waitForDriver(url) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("WebKitWebDriver did not start");
}

const CAPABILITIES = {
  browserName: "MiniBrowser",
  "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
};

/** `promise`, or an error once `ms` have passed (the timer does not keep node running). */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} after ${ms / 1000} s`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** A WebKitWebDriver of its own under xvfb-run; `stop()` ends it with its MiniBrowser. */
async function startDriver(home) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, ".config") },
  });
  const stop = () => {
    try {
      process.kill(-child.pid);
    } catch {}
  };
  try {
    await waitForDriver(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/**
 * A new MiniBrowser session, each with a driver of its own: on a busy machine a MiniBrowser
 * now and then never answers its driver, which then waits for ever; such a start is given up
 * after 20 s and tried again with a new driver, twice at most.
 */
async function newSession(home) {
  for (let attempt = 1; ; attempt++) {
    const server = await startDriver(home);
    const building = new Builder().usingServer(server.url).withCapabilities(CAPABILITIES).build();
    building.catch(() => {});
    try {
      return { driver: await within(building, 20000, "MiniBrowser did not start"), server };
    } catch (error) {
      server.stop();
      if (attempt === 3) throw error;
      process.stderr.write(`webkit: ${error.message}; starting it again\n`);
    }
  }
}

export async function start() {
  // MiniBrowser saves downloads in the home folder when no download folder is configured.
  const home = mkdtempSync(join(tmpdir(), "webkit-home-"));
  return {
    name: "webkit",
    async open(size) {
      const { driver, server } = await newSession(home);
      const url = server.url;
      const session = (await driver.getSession()).getId();
      await driver.manage().window().setRect(size === "phone" ? { width: 360, height: 778 } : { width: 1280, height: 938 });
      const run = (expr) => driver.executeScript(`return ${expr}`);
      async function actions(sources) {
        const answer = await fetch(`${url}/session/${session}/actions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ actions: sources }),
        });
        if (!answer.ok) throw new Error(`actions refused: ${await answer.text()}`);
      }
      async function touch(expr) {
        const at = await run(`((e) => { e.scrollIntoView({ block: "center" }); const r = e.getBoundingClientRect(); return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) }; })(${expr})`);
        const finger = { type: "pointer", id: "finger", parameters: { pointerType: "touch" } };
        finger.actions = [{ type: "pointerMove", x: at.x, y: at.y, origin: "viewport" }, { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }];
        await actions([finger]);
      }
      return {
        run,
        tap: touch,
        async fill(expr, text) {
          const input = await run(expr);
          await input.clear();
          await input.sendKeys(text);
        },
        type: async (expr, text) => (await run(expr)).sendKeys(text),
        setFiles: async (expr, path) => (await run(expr)).sendKeys(path),
        // WebKitWebDriver's element screenshot comes out mostly black; crop the viewport's.
        async screenshot(expr) {
          const rect = await run(`((e) => { e.scrollIntoView({ block: "center" }); return e.getBoundingClientRect().toJSON(); })(${expr})`);
          return crop(Buffer.from(await driver.takeScreenshot(), "base64"), rect);
        },
        screenshotPage: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), "base64")),
        goto: (address) => driver.get(address),
        reload: () => driver.navigate().refresh(),
        problems: () => [],
        download: (action) => downloadInto(home, action),
        async close() {
          await within(driver.quit(), 10000, "MiniBrowser did not quit").catch(() => {});
          server.stop();
        },
      };
    },
    async close() {
      rmSync(home, { recursive: true, force: true });
    },
  };
}
