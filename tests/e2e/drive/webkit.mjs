// WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic) and
// selenium-webdriver. MiniBrowser needs a display, so the driver runs under xvfb-run. Each page
// is a new session, so each starts with empty storage. Its window cannot be narrower than its
// toolbar, 447 CSS px, so "phone" is 447 px wide there (still the widget's phone layout, below
// 46rem). Taps are touch actions at the element's centre.
// Element screenshots are cut from the page's (see `screenshot`).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { Builder } from "selenium-webdriver";
import { downloadInto } from "./downloads.mjs";
import { crop } from "./crop.mjs";

const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

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

export async function start() {
  // MiniBrowser saves downloads in the home folder when no download folder is configured.
  const home = mkdtempSync(join(tmpdir(), "webkit-home-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const driverProcess = spawn("xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, ".config") },
  });
  await waitForDriver(url);
  const capabilities = {
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
  };
  return {
    name: "webkit",
    async open(size) {
      const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
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
        close: () => driver.quit(),
      };
    },
    async close() {
      try {
        process.kill(-driverProcess.pid);
      } catch {}
      rmSync(home, { recursive: true, force: true });
    },
  };
}
