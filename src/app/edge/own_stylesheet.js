// The widget's own folder and stylesheet, for the widgets it puts on an agency's page. embed.js, the
// widget's own script, names it (its hashed file name) before the wasm starts; it is always
// taken from the widget's own folder, never from the page (a data- attribute written into a
// post could otherwise bring a stylesheet from anywhere, whose selectors on the checked radios
// could report every answer to another site).
const folder = import.meta.url.slice(0, import.meta.url.indexOf("/snippets/") + 1);
const HASHED_NAME = /^main-[0-9a-f]{8,16}\.css$/;
let name = "";

/** Called by embed.js, once, before the wasm starts. */
export function tell_stylesheet(fileName) {
  if (!name && HASHED_NAME.test(String(fileName))) name = String(fileName);
}

/** The stylesheet's address in the widget's folder, or "" where none was named. */
export function own_stylesheet() {
  return folder && name ? new URL(name, folder).href : "";
}

/** The widget's own folder (where embed.js and the facilitator's page are), or "". */
export function widget_folder() {
  return folder;
}
