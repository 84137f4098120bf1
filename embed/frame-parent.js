// For an agency's page that shows the self-assessment in an iframe: sizes each
// <iframe data-peer-assessment-frame src="…/index.html"> to its content, so there are no double
// scrollbars. Only messages from the frame's own origin and window are taken.
for (const frame of document.querySelectorAll("iframe[data-peer-assessment-frame]")) {
  const origin = new URL(frame.src, location.href).origin;
  window.addEventListener("message", (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || data.type !== "peer-assessment:height" || !Number.isFinite(data.height)) return;
    frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 200), 30000)}px`;
  });
}
