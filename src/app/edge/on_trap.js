// Tells the widget's wasm that it has stopped: a Rust panic ends in a trap (a
// WebAssembly.RuntimeError), at once in the release build, so no Rust code runs between the
// panic and the trap to show the error screen. The trap reaches the page as an uncaught error
// (from an event listener) or an unhandled rejection (from a promise's callback); `handler`
// (which calls back in to draw the screen) runs once, for a trap in this widget's own scripts.
const folder = import.meta.url.slice(0, import.meta.url.indexOf("/snippets/") + 1);

export function on_trap(handler) {
  let done = false;
  const seen = (error) => {
    if (done || !(error instanceof WebAssembly.RuntimeError)) return;
    if (folder && !String(error.stack).includes(folder)) return;
    done = true;
    handler(String(error.message));
  };
  addEventListener("error", (event) => seen(event.error));
  addEventListener("unhandledrejection", (event) => seen(event.reason));
}
