// Answering a whole assessment in one of several widgets on a page, in English or Spanish.
import assert from "node:assert/strict";

const words = {
  en: { start: /^(Begin|Continue)$/, next: "Next", results: "See results", heading: /results/i },
  es: { start: /^(Comenzar|Continuar)$/, next: "Siguiente", results: "Ver resultados", heading: /resultados/i },
};

/** Answers every competency in `widget` (a locator of its host element) with `level(k)`. */
export async function answerIn(widget, lang, level) {
  const w = words[lang];
  await widget.getByRole("button", { name: w.start }).click();
  let k = 0;
  for (;;) {
    const items = widget.locator("fieldset.pa-competency");
    await items.first().waitFor();
    const count = await items.count();
    for (let i = 0; i < count; i++, k++) await items.nth(i).locator(`input[value="${level(k)}"]`).check();
    const next = widget.getByRole("button", { name: w.next, exact: true });
    if (await next.count()) {
      const heading = await widget.locator("h2").first().innerText();
      await next.click();
      for (let tries = 0; (await widget.locator("h2").first().innerText()) === heading; tries++) {
        assert.ok(tries < 100, "the next category did not open");
        await new Promise((r) => setTimeout(r, 50));
      }
    } else {
      await widget.getByRole("button", { name: w.results, exact: true }).last().click();
      break;
    }
  }
  await widget.getByRole("heading", { level: 2, name: w.heading }).waitFor();
  return k;
}
