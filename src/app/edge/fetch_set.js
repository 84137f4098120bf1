// Fetches a competency set from the page's own site, as a file and nothing more: no cookies or
// other credentials, no redirects, no other origins, no referrer; refused by its declared size
// before the body is read, and stopped as soon as the body passes the limit (a server that
// compresses on the fly may declare no size). Always resolves, to { text } or { problem }.
export async function fetch_set(url, maxBytes) {
  let response;
  try {
    response = await fetch(url, { mode: "same-origin", credentials: "omit", redirect: "error", referrerPolicy: "no-referrer" });
  } catch {
    return { problem: "unreachable" };
  }
  if (!response.ok) return { problem: "status", status: response.status };
  const declared = Number(response.headers.get("content-length") ?? "");
  if (declared > maxBytes) {
    response.body?.cancel().catch(() => {});
    return { problem: "too-large", bytes: declared };
  }
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    let step;
    try {
      step = await reader.read();
    } catch {
      return { problem: "unreachable" };
    }
    if (step.done) break;
    total += step.value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      return { problem: "too-large", bytes: total };
    }
    parts.push(step.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return { text: new TextDecoder().decode(bytes) };
}
