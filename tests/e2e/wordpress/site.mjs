// Driving a fresh WordPress as its owner would: the installer's form, the login form, Plugins →
// Add New → Upload Plugin, and pages published through the REST API with the logged-in user's
// nonce.

/** Runs WordPress's installer (the form of wp-admin/install.php, step 2). */
export async function installSite(site, { user, password }) {
  const form = new URLSearchParams({
    weblog_title: "Example County Peer Support",
    user_name: user,
    admin_password: password,
    admin_password2: password,
    pw_weak: "on",
    admin_email: "admin@example.org",
    blog_public: "0",
    language: "",
  });
  const response = await fetch(`${site.url}wp-admin/install.php?step=2`, { method: "POST", body: form });
  const html = await response.text();
  if (!response.ok || !/<h1>Success!<\/h1>/.test(html)) {
    throw new Error(`WordPress's installer did not succeed (${response.status}): ${html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 400)}`);
  }
}

/** Logs in through wp-login.php in `page`. */
export async function logIn(page, site, { user, password }) {
  await page.goto(`${site.url}wp-login.php`);
  await page.locator("#user_login").fill(user);
  await page.locator("#user_pass").fill(password);
  await Promise.all([page.waitForURL(/wp-admin/), page.locator("#wp-submit").click()]);
}

/** Uploads the plugin's zip through Plugins → Add New → Upload Plugin, and activates it. */
export async function uploadAndActivate(page, site, zip) {
  await page.goto(`${site.url}wp-admin/plugin-install.php?tab=upload`);
  await page.locator("#pluginzip").setInputFiles(zip);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.locator("#install-plugin-submit").click()]);
  const result = await page.locator("#wpbody-content").innerText();
  if (!/Plugin installed successfully/.test(result)) throw new Error(`the upload did not install the plugin: ${result}`);
  await Promise.all([page.waitForURL(/plugins\.php/), page.getByRole("link", { name: "Activate Plugin" }).click()]);
  await page.locator("#message", { hasText: "Plugin activated." }).waitFor();
}

/** Publishes a page with `content` (block markup) through the REST API; returns its address. */
export async function publishPage(page, site, title, content) {
  const result = await page.evaluate(
    async ({ root, title, content }) => {
      const nonce = await (await fetch(`${root}wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const response = await fetch(`${root}?rest_route=/wp/v2/pages`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-WP-Nonce": nonce },
        body: JSON.stringify({ title, content, status: "publish" }),
      });
      return { status: response.status, body: await response.json() };
    },
    { root: site.url, title, content },
  );
  if (result.status !== 201) throw new Error(`publishing "${title}" gave ${result.status}: ${JSON.stringify(result.body).slice(0, 300)}`);
  return result.body.link;
}

/** Deactivates and deletes the plugin on the Plugins screen, as its owner would. */
export async function deactivateAndDelete(page, site) {
  await page.goto(`${site.url}wp-admin/plugins.php`);
  const row = page.locator('tr[data-plugin="peer-assessment/peer-assessment.php"]');
  await Promise.all([page.waitForURL(/deactivate=true/), row.getByRole("link", { name: /^Deactivate/ }).click()]);
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("link", { name: /^Delete/ }).click();
  await page.locator("tr.plugin-deleted-tr", { hasText: "was successfully deleted" }).waitFor();
}
