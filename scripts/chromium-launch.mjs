// How the end-to-end tests and the benchmark start the system Chromium: headless, and quiet on
// a closed network (no background requests, no updates, no sync). Chromium needs --no-sandbox
// when run as root.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
