// Finding elements the way a person (or a screen reader) names them, the same in every engine:
// by role and accessible name, walking into open shadow roots. It runs inside the page, so the
// three engines' drivers only have to evaluate it; the roles and names follow HTML-AAM and
// accname closely enough for this widget's markup, not in every corner.

/** Serialisable form of a query: `steps` with RegExps turned into `{ re, flags }`. */
export function serialise(steps) {
  const value = (v) => (v instanceof RegExp ? { re: v.source, flags: v.flags } : v);
  return steps.map((step) => Object.fromEntries(Object.entries(step).map(([k, v]) => [k, value(v)])));
}

/**
 * In the page: the elements matching `steps`, each step searched inside the one found by the
 * step before. A step has any of: role, name, level, checked, label (a form control's
 * accessible name), text (the smallest elements whose visible text matches), id, nth (which of
 * several matches; without it more than one match is an error, as a person could not tell
 * which is meant), count (the last step: how many match). Returns { element }, { count } or
 * { error }.
 */
export function findInPage(steps) {
  const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();
  const matches = (want, got) => (want && typeof want === "object" ? new RegExp(want.re, want.flags).test(got) : norm(want) === got);
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" && !el.closest("[aria-hidden='true']");
  function* walk(root) {
    for (const el of root.querySelectorAll("*")) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
    }
  }
  function textOf(node) {
    let out = "";
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE && child.getAttribute("aria-hidden") !== "true") {
        if (getComputedStyle(child).display === "none") continue;
        const block = !["inline", "contents"].includes(getComputedStyle(child).display);
        out += (block ? " " : "") + textOf(child) + (block ? " " : "");
      }
    }
    return out;
  }
  const INPUT_ROLES = { radio: "radio", checkbox: "checkbox", button: "button", submit: "button", reset: "button", number: "spinbutton", range: "slider", file: "button" };
  function role(el) {
    const explicit = el.getAttribute("role");
    if (explicit) return explicit.split(" ")[0];
    const tag = el.localName;
    if (/^h[1-6]$/.test(tag)) return "heading";
    if (tag === "input") return INPUT_ROLES[el.type] ?? "textbox";
    if (tag === "section") return el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby") ? "region" : null;
    if (tag === "a") return el.hasAttribute("href") ? "link" : null;
    const roles = {
      button: "button", summary: "button", textarea: "textbox", select: "combobox", fieldset: "group", details: "group",
      nav: "navigation", main: "main", table: "table", ul: "list", ol: "list", li: "listitem", img: "img",
      dialog: "dialog", output: "status", progress: "progressbar", form: "form", article: "article",
    };
    return roles[tag] ?? null;
  }
  function name(el) {
    const root = el.getRootNode();
    const by = el.getAttribute("aria-labelledby");
    if (by) return norm(by.split(/\s+/).map((id) => textOf(root.getElementById(id) ?? document.createElement("i"))).join(" "));
    if (el.hasAttribute("aria-label")) return norm(el.getAttribute("aria-label"));
    if (el.labels?.length) return norm([...el.labels].map(textOf).join(" "));
    if (el.localName === "fieldset") return norm(textOf(el.querySelector(":scope > legend") ?? document.createElement("i")));
    if (el.localName === "img") return norm(el.alt);
    if (el.localName === "table") return norm(textOf(el.caption ?? document.createElement("i")));
    if (el.localName === "svg") return norm(el.querySelector(":scope > title")?.textContent);
    if (["button", "link", "heading", "radio", "checkbox", "listitem", "tab", "menuitem", "option"].includes(role(el))) return norm(textOf(el));
    return norm(el.getAttribute("title"));
  }
  const level = (el) => Number(el.getAttribute("aria-level") ?? el.localName.slice(1));
  let scope = document;
  for (const [i, step] of steps.entries()) {
    const inScope = scope === document ? [...walk(document)] : [...walk(scope), ...(scope.shadowRoot ? walk(scope.shadowRoot) : [])];
    let found = inScope.filter((el) => {
      if (step.id !== undefined && el.id !== step.id) return false;
      const control = el.localName === "input" && ["radio", "checkbox"].includes(el.type);
      if (!(control ? el.labels?.[0] && shown(el.labels[0]) : shown(el))) return false;
      if (step.role !== undefined && role(el) !== step.role) return false;
      if (step.level !== undefined && level(el) !== step.level) return false;
      if (step.checked !== undefined && Boolean(el.checked ?? el.getAttribute("aria-checked") === "true") !== step.checked) return false;
      if (step.name !== undefined && !matches(step.name, name(el))) return false;
      if (step.label !== undefined && !(el.labels?.length && matches(step.label, name(el)))) return false;
      if (step.text !== undefined && !matches(step.text, norm(textOf(el)))) return false;
      return true;
    });
    if (step.text !== undefined) found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
    if (step.count) return { count: found.length };
    if (found.length === 0) return { error: `nothing matches step ${i + 1} ${JSON.stringify(step)}` };
    if (found.length > 1 && step.nth === undefined) return { error: `${found.length} elements match step ${i + 1} ${JSON.stringify(step)}` };
    scope = found.at(step.nth ?? 0);
    if (!scope) return { error: `no element ${step.nth} of ${found.length} for step ${i + 1} ${JSON.stringify(step)}` };
  }
  return { element: scope };
}
