// Privacy on a shared phone: "Don't save on this device" writes nothing (checked by listing
// storage) and leaves what was saved before untouched; "Erase everything now" removes every key.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setUp, openWidget, axeViolations, changesSaved, PHONE } from "./harness.mjs";

const env = setUp();

const storedKeys = (page) =>
  page.evaluate(() => [
    ...Object.keys(localStorage).map((k) => `local:${k}`),
    ...Object.keys(sessionStorage).map((k) => `session:${k}`),
  ]);

test("don't save on this device: nothing is written, and earlier saved answers are untouched", async () => {
  const { context, page, problems } = await openWidget(env, PHONE);
  // Someone saved an answer on this phone earlier.
  await page.getByRole("button", { name: "Begin" }).tap();
  await page.getByRole("group", { name: /Initiates contact/ }).getByText("Expert skill").tap();
  await page.getByRole("button", { name: "Assessment", exact: true }).tap();
  await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  await changesSaved(page);
  const savedBefore = await page.evaluate(() => localStorage.getItem("peer-assessment.state"));

  await page.getByText("Don't save on this device", { exact: true }).tap();
  const notice = await page.getByRole("status").innerText();
  assert.match(notice, /Not saving: nothing you do now is written to this device/);
  assert.match(await page.locator(".pa-storage-status").innerText(), /Not saved on this device/);
  assert.deepEqual(await axeViolations(page), [], "welcome in don't-save mode");
  await page.getByRole("button", { name: "Begin" }).tap();
  const group = page.getByRole("group", { name: /Initiates contact/ });
  assert.equal(await group.getByRole("radio", { checked: true }).count(), 0, "earlier answers are not shown");
  await group.getByText("Beginning skill").tap();
  await page.getByRole("group", { name: /Listens to peers/ }).getByText("Moderate skill").tap();
  await page.getByRole("button", { name: "Next", exact: true }).tap();
  await page.waitForTimeout(200);
  // Nothing new in storage: the earlier saved state is exactly as it was.
  assert.deepEqual(await storedKeys(page), ["local:peer-assessment.state"]);
  assert.equal(await page.evaluate(() => localStorage.getItem("peer-assessment.state")), savedBefore);

  // Results can still be downloaded before closing.
  await page.locator(".pa-jump-menu summary").tap();
  await page.locator(".pa-jump-results").tap();
  await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as CSV" }).tap()]);
  assert.match(csv.suggestedFilename(), /\.csv$/);

  // Reloading ends the private session: its answers are gone, the earlier ones are back.
  await page.reload();
  await page.getByRole("button", { name: "Continue" }).tap();
  const again = page.getByRole("group", { name: /Initiates contact/ });
  assert.equal(await again.getByRole("radio", { name: /Expert skill/ }).isChecked(), true);
  assert.equal(await page.getByRole("group", { name: /Listens to peers/ }).getByRole("radio", { checked: true }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("erase everything now, from any screen, leaves no key behind", async () => {
  const { context, page, problems } = await openWidget(env, PHONE);
  await page.getByRole("button", { name: "Begin" }).tap();
  await page.getByRole("group", { name: /Initiates contact/ }).getByText("Expert skill").tap();
  await page.evaluate(() => localStorage.setItem("peer-assessment.unreadable", "{broken"));
  await page.getByRole("button", { name: "History" }).tap();
  await page.getByRole("button", { name: "Erase everything now" }).tap();
  await page.getByRole("button", { name: "Yes, erase everything" }).tap();
  await page.getByRole("heading", { level: 2, name: /How skilled/ }).waitFor();
  assert.deepEqual(await storedKeys(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
