// Cutting an element's rectangle (CSS pixels) out of a screenshot of the viewport.
import { createRequire } from "node:module";

const { PNG } = createRequire(import.meta.url)("pngjs");

/** The part of `png` (a viewport screenshot, `scale` device pixels per CSS pixel) under `rect`. */
export function crop(png, rect, scale = 1) {
  const page = PNG.sync.read(png);
  const x = Math.max(0, Math.round(rect.x * scale));
  const y = Math.max(0, Math.round(rect.y * scale));
  const width = Math.min(page.width - x, Math.round(rect.width * scale));
  const height = Math.min(page.height - y, Math.round(rect.height * scale));
  const out = new PNG({ width, height });
  PNG.bitblt(page, out, x, y, width, height, 0, 0);
  return PNG.sync.write(out);
}
