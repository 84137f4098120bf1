// The answers the cross-engine tests give, and what the results must then show.
export const CATEGORY_SIZES = [5, 5, 4, 4, 5, 5, 6, 5, 6, 6, 7, 4];
export const LEVELS = ["Not skilled at all", "Beginning skill", "Moderate skill", "Advanced skill", "Expert skill"];

/** Competency k (0-based over the set) gets level k % 5 + 1, every seventh "not applicable". */
export const levelFor = (k) => (k % 7 === 6 ? null : (k % 5) + 1);

/** The category means the results must show, to one decimal. */
export function expectedMeans() {
  let k = 0;
  return CATEGORY_SIZES.map((size) => {
    const levels = [];
    for (let i = 0; i < size; i++, k++) if (levelFor(k) !== null) levels.push(levelFor(k));
    return (Math.round((levels.reduce((a, b) => a + b, 0) / levels.length) * 10) / 10).toFixed(1);
  });
}

/** The results' charts: the overall one and one per category. */
export const CHARTS = { role: "group", name: /^Mean rating per category$|: rating per competency$/, count: true };

/** The means shown in the results' table of categories (its "Mean" column). */
export function categoryMeans(page) {
  return page.get({ role: "table", name: /^Mean rating per category/ }).evaluate((table) => {
    const column = [...table.tHead.rows[0].cells].findIndex((c) => c.innerText.trim() === "Mean");
    return [...table.tBodies[0].rows].map((row) => row.cells[column].innerText.trim());
  });
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** Opens what the results keep folded: the table of means and every category (each a <details>
 * whose summary is a button), leaving open ones open. */
export async function unfoldResults(page) {
  const summaries = [
    { role: "button", name: "The means per category as a table" },
    ...ROMAN.map((r) => ({ role: "button", name: new RegExp(`^${r}\\. `) })),
  ];
  for (const summary of summaries) {
    const button = page.get(summary);
    if (!(await button.evaluate((e) => e.parentElement.open))) await button.tap();
  }
}
