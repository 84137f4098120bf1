// The widget in Spanish: chosen by the browser's language, it shows no English UI text on any
// screen (every English string of the UI table is looked for), the 2015 set is in Spanish and
// labelled unofficial, and switching language keeps the answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setUp, openWidget, axeViolations, PHONE } from "./harness.mjs";

const env = setUp();
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Field → strings of a UI table (src/app/text/en.rs or es.rs); templates split at placeholders. */
function table(file) {
  const fields = new Map();
  for (const line of readFileSync(join(root, "src/app/text", file), "utf8").split("\n")) {
    const m = line.match(/^    (\w+): (.*),$/);
    if (!m) continue;
    const values = m[2].startsWith("[") ? JSON.parse(m[2]) : [JSON.parse(m[2])];
    fields.set(m[1], values.flatMap((v) => v.split(/\{\w+\}/)).map((v) => v.trim()));
  }
  return fields;
}

const english = table("en.rs");
const spanish = table("es.rs");
/** English fragments long enough to be unambiguous and not also Spanish. */
const englishOnly = [...english.entries()]
  .flatMap(([field, parts]) => parts.filter((p) => p.length >= 8 && !(spanish.get(field) ?? []).includes(p)))
  .filter((p) => ![...spanish.values()].flat().some((s) => s.includes(p)));

function englishIn(text) {
  return englishOnly.filter((fragment) => text.includes(fragment));
}

test("in Spanish, no screen shows English UI text", async () => {
  const { context, page, problems } = await openWidget(env, { ...PHONE, locale: "es-MX" });
  await page.getByRole("heading", { level: 2, name: /¿Qué tan hábil te sientes/ }).waitFor();
  assert.equal(await page.getAttribute(".pa-app", "lang"), "es");
  const seen = [];
  const check = async (screen) => {
    const text = await page.locator(".pa-app").innerText();
    assert.deepEqual(englishIn(text), [], `English on the ${screen} screen`);
    seen.push(screen);
  };
  await check("welcome");
  assert.match(await page.locator(".pa-app").innerText(), /Competencias básicas/);
  await page.getByRole("button", { name: "Comenzar" }).tap();
  await page.locator("fieldset.pa-competency").first().waitFor();
  const group = page.locator("fieldset.pa-competency").first();
  assert.match(await group.locator("legend").innerText(), /Inicia el contacto/);
  await group.locator('input[value="4"]').check();
  await page.locator("fieldset.pa-competency").nth(1).locator('input[value="na"]').check();
  await check("category");
  await page.locator(".pa-jump-menu summary").tap();
  await page.locator(".pa-jump-results").tap();
  await page.getByRole("heading", { level: 2, name: "Tus resultados" }).waitFor();
  await check("results");
  assert.deepEqual(await axeViolations(page), [], "results in Spanish");
  await page.getByRole("button", { name: "Historial" }).tap();
  await check("history");
  await page.getByRole("button", { name: "Archivos" }).tap();
  await check("files");
  await page.getByRole("button", { name: "Taller", exact: true }).tap();
  await check("workshop");
  // The facilitator's page, where the workshop is run, speaks Spanish too.
  await page.getByRole("link", { name: "Abrir la página de quien facilita" }).tap();
  await page.getByLabel("Nombre del taller").waitFor();
  await check("facilitator's workshop");

  // Switching to English keeps the answers (same competency ids).
  await page.getByLabel("Idioma").selectOption("en");
  await page.getByRole("button", { name: "Assessment", exact: true }).tap();
  await page.getByRole("button", { name: "Continue" }).tap();
  const first = page.getByRole("group", { name: /Initiates contact with peers/ });
  assert.equal(await first.getByRole("radio", { name: /Advanced skill/ }).isChecked(), true);
  // The choice is remembered.
  await page.reload();
  await page.getByRole("heading", { level: 2 }).first().waitFor();
  assert.equal(await page.getAttribute(".pa-app", "lang"), "en");
  assert.deepEqual(problems, []);
  await context.close();
});
