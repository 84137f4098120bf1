// The welcome screen written into index.html at build time (scripts/prerender-welcome.mjs),
// until the wasm has arrived and the App draws the same screen in its place.
// - Shown only where the App will open on that screen: a first visit, without a saved session
//   a code in the link or settings in the address. Otherwise it is removed, and the page waits for the App as before.
// - In the language the App will speak: the page's (?lang=…, data-lang), else the browser's.
// - Taps made on it meanwhile are kept: when the App has drawn its screen, the same buttons and
//   radios (same place in the same markup) are clicked again, and a language chosen is chosen again.
(() => {
  const root = document.getElementById("peer-assessment");
  const shown = root && root.querySelector("div[data-first-view]");
  if (!shown) return;
  const templates = [...root.querySelectorAll("template[data-first-view]")];
  const saved = () => {
    try {
      for (let i = 0; i < localStorage.length; i++) {
        if (localStorage.key(i).startsWith("peer-assessment")) return true;
      }
      return false;
    } catch {
      return true;
    }
  };
  const params = new URLSearchParams(location.search);
  const primary = (code) => (code || "").split(/[-_]/)[0].toLowerCase();
  const lang = primary(root.getAttribute("data-lang") || params.get("lang") || navigator.language);
  for (const template of templates) template.remove();
  // The other settings the page takes from its address (?set=, ?title=… in an iframe; the
  // widget reads no others, see src/core/page_address.rs) may change the screen.
  const configured = ["set", "namespace", "title", "show"].some((name) => params.has(name));
  if (location.hash.length > 1 || configured || saved()) {
    shown.remove();
    return;
  }
  const other = templates.find((t) => t.getAttribute("data-first-view") === lang);
  let view = shown;
  if (other) {
    view = other.content.firstElementChild;
    shown.replaceWith(view);
  }

  const CONTROLS = "button, input, select";
  const taps = [];
  const place = (element) => [...view.querySelectorAll(CONTROLS)].indexOf(element);
  view.addEventListener("click", (event) => {
    const at = event.target instanceof Element && event.target.matches("button, input") ? place(event.target) : -1;
    if (at >= 0) taps.push({ at });
  });
  view.addEventListener("change", (event) => {
    if (event.target instanceof HTMLSelectElement) taps.push({ at: place(event.target), value: event.target.value });
  });

  // The App removes the view when it draws its screen (in the same task, before any paint).
  // Taps are replayed one at a time, each once the App has drawn what the one before did, and
  // only while the App still shows the welcome screen: a second tap on Begin, made before the
  // wasm arrived, must not land on the first competency of the screen Begin opened.
  const replay = async () => {
    const app = root.querySelector(".pa-app");
    const welcome = app && app.querySelector("section.pa-welcome");
    if (!app) return void setTimeout(replay, 0);
    if (!welcome) return;
    for (const tap of taps) {
      if (!welcome.isConnected) return;
      const control = app.querySelectorAll(CONTROLS)[tap.at];
      if (!control) continue;
      if (tap.value === undefined) {
        control.click();
      } else {
        control.value = tap.value;
        control.dispatchEvent(new Event("change", { bubbles: true }));
      }
      await new Promise((drawn) => setTimeout(drawn, 0));
    }
  };
  new MutationObserver((_, observer) => {
    if (view.isConnected) return;
    observer.disconnect();
    if (taps.length) setTimeout(replay, 0);
  }).observe(root, { childList: true });
})();
