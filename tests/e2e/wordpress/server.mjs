// A throwaway WordPress for the plugin's end-to-end test: Debian's wordpress package served by
// Apache with mod_php, on a MariaDB of its own, all started from a temporary folder and stopped
// again. Nothing is started through the system's services, and the only file written outside
// the folder is the site's Debian config (/etc/wordpress/config-<name>.php), removed on stop.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, chmodSync, symlinkSync, existsSync, readFileSync } from "node:fs";
import { freePort } from "../free-port.mjs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const WORDPRESS = "/usr/share/wordpress";
const CONFIG_NAME = "peerassessmente2e";
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
const DB_PASSWORD = randomBytes(12).toString("hex");

/** Installs the packages with apt if needed; null when ready, else why it cannot be. */
export function installPackages() {
  try {
    execFileSync(join(here, "apt-install.sh"), { stdio: ["ignore", "inherit", "pipe"] });
    return null;
  } catch (e) {
    return `apt could not install wordpress, mariadb-server, apache2 and PHP: ${String(e.stderr ?? e.message).trim()}`;
  }
}

async function until(what, check, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs SQL as MariaDB's root through the socket; returns the rows as text (tab-separated). */
export function sql(site, statement) {
  return execFileSync("mariadb", [`--socket=${site.socket}`, "-u", "root", "-N", "-B", "-e", statement], { encoding: "utf8" });
}

/** What the plugin renders for `attributes`, through the site's WordPress run by PHP's CLI. */
export function renderInWordPress(site, attributes) {
  return execFileSync("php", [join(here, "render.php"), JSON.stringify(attributes)], {
    encoding: "utf8",
    env: { ...process.env, WORDPRESS_CONFIG: CONFIG_NAME, HTTP_HOST: `127.0.0.1:${site.port}` },
  });
}

/** Starts MariaDB and Apache; returns the site: its URL (…/wordpress/), folders and `stop()`. */
export async function startWordPress() {
  // MariaDB's socket path must stay short (a Unix socket's path has at most 107 bytes).
  const run = mkdtempSync(join(tmpdir().length > 60 ? "/tmp" : tmpdir(), "wordpress-"));
  chmodSync(run, 0o755);
  const site = { run, socket: join(run, "mysql.sock"), content: join(run, "wp-content"), processes: [] };
  site.stop = () => stopWordPress(site);
  try {
    // MariaDB, in a data folder of its own, on a socket only.
    const data = join(run, "db");
    execFileSync("mariadb-install-db", [`--datadir=${data}`, "--user=root", "--auth-root-authentication-method=socket", "--skip-test-db"], {
      stdio: "ignore",
    });
    const db = spawn(
      "mariadbd",
      [`--datadir=${data}`, "--user=root", `--socket=${site.socket}`, "--skip-networking", `--pid-file=${join(run, "mysql.pid")}`, `--log-error=${join(run, "mysql.log")}`],
      { stdio: "ignore", detached: true },
    );
    site.dbPid = db.pid;
    db.unref();
    await until("MariaDB", () => existsSync(site.socket));
    sql(site, `CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${DB_PASSWORD}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`);

    // wp-content of its own: the Debian package's theme, and an empty plugins folder.
    for (const dir of ["plugins", "themes", "uploads", "upgrade"]) mkdirSync(join(site.content, dir), { recursive: true });
    // The site's root holds only the favicon browsers ask for, so that they get no error.
    mkdirSync(join(run, "htdocs"));
    writeFileSync(join(run, "htdocs/favicon.ico"), "");
    site.temp = join(run, "php-tmp");
    mkdirSync(site.temp);
    execFileSync("chown", ["www-data:www-data", site.temp]);
    symlinkSync(join(WORDPRESS, "wp-content/themes/twentytwentythree"), join(site.content, "themes/twentytwentythree"));
    execFileSync("chown", ["-R", "www-data:www-data", site.content]);

    site.port = await freePort();
    site.origin = `http://127.0.0.1:${site.port}`;
    site.url = `${site.origin}/wordpress/`;
    const keys = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"];
    writeFileSync(
      CONFIG_FILE,
      `<?php
// The plugin's end-to-end test (tests/e2e/wordpress.test.mjs); removed when the test ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${DB_PASSWORD}');
define('DB_HOST', 'localhost:${site.socket}');
define('WP_CONTENT_DIR', '${site.content}');
define('WP_CONTENT_URL', '${site.url}wp-content');
define('FS_METHOD', 'direct');
define('WP_TEMP_DIR', '${site.temp}');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
${keys.map((k) => `define('${k}', '${randomBytes(24).toString("hex")}');`).join("\n")}
`,
    );
    site.configFile = CONFIG_FILE;

    // Apache with mod_php, as Debian's example configuration serves WordPress under /wordpress.
    const modules = ["mpm_prefork", "authz_core", "mime", "dir", "alias", "env", "headers", "rewrite", "setenvif"];
    const conf = join(run, "apache.conf");
    writeFileSync(
      conf,
      `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${site.port}
PidFile ${join(run, "apache.pid")}
DefaultRuntimeDir ${run}
Mutex file:${run} default
User www-data
Group www-data
ErrorLog ${join(run, "apache-error.log")}
LogFormat "%m %U%q %>s %{Content-Type}o" brief
CustomLog ${join(run, "apache-access.log")} brief
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join("\n")}
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
<FilesMatch ".+\\.php$">
    SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG ${CONFIG_NAME}
php_admin_value upload_tmp_dir ${site.temp}
php_admin_value sys_temp_dir ${site.temp}
Alias /wordpress/wp-content ${site.content}
Alias /wordpress ${WORDPRESS}
<Directory />
    AllowOverride None
    Require all denied
</Directory>
DocumentRoot ${join(run, "htdocs")}
<Directory ${join(run, "htdocs")}>
    Require all granted
</Directory>
<Directory ${WORDPRESS}>
    Options FollowSymLinks
    AllowOverride Limit Options FileInfo
    Require all granted
</Directory>
<Directory ${site.content}>
    Options FollowSymLinks
    AllowOverride Limit Options FileInfo
    Require all granted
</Directory>
`,
    );
    site.apacheConf = conf;
    execFileSync("apache2", ["-f", conf, "-k", "start"], { stdio: "inherit" });
    await until("Apache", () => existsSync(join(run, "apache.pid")));
    site.apachePid = Number(readFileSync(join(run, "apache.pid"), "utf8"));
    await until("WordPress", async () => (await fetch(site.url + "wp-admin/install.php").catch(() => null))?.ok);
    return site;
  } catch (e) {
    await stopWordPress(site);
    throw e;
  }
}

/** Stops Apache and MariaDB, and removes the config file and the temporary folder. */
export async function stopWordPress(site) {
  if (site.apachePid) {
    try {
      execFileSync("apache2", ["-f", site.apacheConf, "-k", "stop"], { stdio: "ignore" });
    } catch {
      /* already stopped */
    }
    await until("Apache to stop", () => !alive(site.apachePid), 15000).catch(() => process.kill(site.apachePid, "SIGKILL"));
  }
  if (site.dbPid && alive(site.dbPid)) {
    process.kill(site.dbPid, "SIGTERM");
    await until("MariaDB to stop", () => !alive(site.dbPid), 30000).catch(() => process.kill(site.dbPid, "SIGKILL"));
  }
  if (site.configFile) rmSync(site.configFile, { force: true });
  if (!process.env.KEEP_WORDPRESS) rmSync(site.run, { recursive: true, force: true });
}
