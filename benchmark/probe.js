// Runs in each benchmarked page before the page's own scripts (a browser-context init script,
// after `window.__BENCH_CONFIG__` is set). It finds the parts of a screen the way a person does —
// buttons by their text, competency radio groups by the label of their first level — and times
// updates up to the paint that shows them. Both pages are timed by exactly this code.
//
// The clock: while a measurement runs, a requestAnimationFrame loop posts a message from every
// frame's callback. The browser delivers that message after the frame's style, layout and paint,
// so its arrival time is the end of that frame's paint on the main thread ("the paint").
//
// - An action (a click) is dispatched at the start of a frame, inside the loop's callback, so no
//   time is spent waiting for the next frame to begin.
// - A measurement ends at the first paint after the update is complete: after the moment the
//   awaited state first held (checked after every DOM mutation and at every frame), and, where
//   asked, after the last DOM mutation before the page stayed unchanged for SETTLE_MS.
(() => {
  if (location.protocol !== "http:" || window.__bench) return;
  const config = window.__BENCH_CONFIG__;
  const SETTLE_MS = 100;
  const now = () => performance.now();

  // --- The frame clock -----------------------------------------------------------------------
  const frameHooks = new Set();
  const paintHooks = new Set();
  const channel = new MessageChannel();
  let running = false;
  channel.port1.onmessage = () => {
    const t = now();
    for (const hook of [...paintHooks]) hook(t);
  };
  function frame() {
    if (frameHooks.size === 0 && paintHooks.size === 0) {
      running = false;
      return;
    }
    const t = now();
    for (const hook of [...frameHooks]) hook(t);
    channel.port2.postMessage(0);
    requestAnimationFrame(frame);
  }
  function runClock() {
    if (!running) {
      running = true;
      requestAnimationFrame(frame);
    }
  }

  // --- DOM mutations -------------------------------------------------------------------------
  const mutationHooks = new Set();
  let lastMutation = -Infinity;
  const observer = new MutationObserver(() => {
    lastMutation = now();
    for (const hook of [...mutationHooks]) hook(lastMutation);
  });
  let observers = 0;
  function observe() {
    if (observers++ === 0) {
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  }
  function unobserve() {
    if (--observers === 0) {
      observer.takeRecords();
      observer.disconnect();
    }
  }

  /**
   * Starts timing at the next frame (or at `start`, e.g. 0 for navigation start), runs `action`
   * there, and resolves when the update is complete: `ready()` has held and, with `settle`, no
   * DOM mutation has happened for SETTLE_MS. `ms` runs to the first paint after both.
   */
  function measure({ action = null, start = null, ready = null, settle = false, timeout = 20000, eachFrame, eachMutation, eachPaint }) {
    return new Promise((resolve, reject) => {
      let t0 = null;
      let readyAt = ready ? null : -Infinity;
      let mutatedAt = -Infinity;
      const paints = [];
      const checkReady = (t) => {
        if (readyAt === null && ready()) readyAt = t;
      };
      const onMutation = (t) => {
        if (t0 === null) return;
        mutatedAt = t;
        checkReady(t);
        if (readyAt === null && eachMutation) eachMutation(t);
      };
      const onFrame = (t) => {
        if (t0 === null) {
          t0 = start ?? t;
          if (action) {
            action();
            return;
          }
        }
        checkReady(t);
        if (readyAt === null && eachFrame) eachFrame(t, paints);
      };
      const onPaint = (t) => {
        if (t0 === null) return;
        paints.push(t);
        if (eachPaint) eachPaint(t);
        if (readyAt === null) {
          if (t - t0 > timeout) {
            finish();
            reject(new Error(`not ready after ${timeout} ms`));
          }
          return;
        }
        const mark = Math.max(t0, readyAt, settle ? mutatedAt : -Infinity);
        if (settle && t - mark < SETTLE_MS) {
          if (t - t0 > timeout) {
            finish();
            reject(new Error(`the page kept changing for ${timeout} ms`));
          }
          return;
        }
        const end = paints.find((p) => p >= mark);
        finish();
        resolve({ ms: end - t0, start: t0, end, readyAt: readyAt === -Infinity ? null : readyAt, lastMutation: mutatedAt === -Infinity ? null : mutatedAt, frames: paints.filter((p) => p <= end).length });
      };
      function finish() {
        frameHooks.delete(onFrame);
        paintHooks.delete(onPaint);
        mutationHooks.delete(onMutation);
        unobserve();
      }
      observe();
      mutationHooks.add(onMutation);
      frameHooks.add(onFrame);
      paintHooks.add(onPaint);
      runClock();
    });
  }

  /** Resolves after `n` paints. */
  function paints(n) {
    return new Promise((resolve) => {
      let left = n;
      const hook = () => {
        if (--left <= 0) {
          paintHooks.delete(hook);
          resolve();
        }
      };
      paintHooks.add(hook);
      runClock();
    });
  }

  /** Resolves once the DOM has not changed for SETTLE_MS (and at least two frames have passed). */
  function quiet(timeout = 5000) {
    return measure({ settle: true, timeout }).then(() => paints(2));
  }

  // --- What a person sees ----------------------------------------------------------------------
  function labelText(input) {
    const label = (input.labels && input.labels[0]) || input.closest("label");
    return (label ? label.textContent : input.getAttribute("aria-label") || "").replace(/\s+/g, " ").trim();
  }
  /** What a person taps for a radio: its label, or the radio itself. */
  function tapTarget(input) {
    return (input.labels && input.labels[0]) || input.closest("label") || input;
  }
  /** In the layout, not hidden, not transparent, not disabled, and taking pointer events. */
  function usable(element) {
    if (!element || !element.isConnected || element.disabled || element.closest("[inert]")) return false;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
    return getComputedStyle(element).pointerEvents !== "none";
  }
  function buttonText(button) {
    return (button instanceof HTMLInputElement ? button.value : button.textContent).replace(/\s+/g, " ").trim();
  }
  function findButton(text) {
    for (const button of document.querySelectorAll("button, input[type=button], input[type=submit]")) {
      if (buttonText(button) === text && usable(button)) return button;
    }
    return null;
  }
  /** The competency radio groups on screen, in page order: groups whose options include the first level. */
  function competencyGroups() {
    const groups = [];
    for (const input of document.querySelectorAll('input[type="radio"]')) {
      if (!labelText(input).includes(config.firstLevel)) continue;
      const options = [...document.querySelectorAll(`input[type="radio"][name="${CSS.escape(input.name)}"]`)];
      groups.push({ name: input.name, options });
    }
    return groups;
  }
  function groupUsable(group) {
    return group.options.length > 1 && group.options.every((option) => usable(tapTarget(option)));
  }
  function firstQuestionReady() {
    const groups = competencyGroups();
    return groups.length > 0 && groupUsable(groups[0]);
  }

  function canvasDrawn(canvas) {
    if (!canvas.width || !canvas.height) return false;
    const row = canvas.getContext("2d").getImageData(0, canvas.height >> 1, canvas.width, 1).data;
    for (let i = 3; i < row.length; i += 4) if (row[i] !== 0) return true;
    return false;
  }
  /** All radars are in the layout and drawn: an SVG radar has its data shape, a canvas has pixels. */
  function radarsDrawn() {
    const charts = document.querySelectorAll(config.radar.selector);
    if (charts.length < config.radar.count) return false;
    for (const chart of charts) {
      const box = chart.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      if (chart instanceof HTMLCanvasElement ? !canvasDrawn(chart) : !chart.querySelector(config.radar.data)) return false;
    }
    return true;
  }

  // --- The steps -------------------------------------------------------------------------------

  /**
   * From navigation start to the paint that first shows the first competency's radio group in
   * the layout with every option usable. "Begin" is clicked at the start of the first frame after
   * the one that painted it (and again every 250 ms should it still be there).
   */
  function firstQuestion() {
    let beginSeen = null;
    let beginPainted = null;
    let clicks = 0;
    let clickedAt = -Infinity;
    const seeBegin = (t) => {
      if (beginSeen === null && findButton("Begin")) beginSeen = t;
    };
    return measure({
      start: 0,
      ready: firstQuestionReady,
      timeout: 60000,
      eachMutation: seeBegin,
      eachFrame: (t) => {
        seeBegin(t);
        if (beginPainted === null || t - clickedAt < 250) return;
        const begin = findButton("Begin");
        if (begin) {
          begin.click();
          clicks += 1;
          clickedAt = t;
        }
      },
      eachPaint: (t) => {
        if (beginSeen !== null && beginPainted === null) beginPainted = t;
      },
    }).then((result) => ({ ...result, beginPainted, beginClicks: clicks }));
  }

  /**
   * Taps the option labelled `level` of the `index`-th competency on screen. With `notBefore` (a
   * time on the page's clock), the tap waits until then, the page left alone (no frame loop), as
   * when a person takes a moment before the next answer.
   */
  async function answer(index, level, notBefore = null) {
    const find = () => {
      const group = competencyGroups()[index];
      return group && group.options.find((option) => labelText(option).includes(level));
    };
    const input = find();
    if (!input) throw new Error(`no option "${level}" in radio group ${index + 1} (${competencyGroups().length} groups on screen)`);
    const target = tapTarget(input);
    target.scrollIntoView({ block: "center", behavior: "instant" });
    await quiet();
    if (notBefore !== null && now() < notBefore) {
      await new Promise((resolve) => setTimeout(resolve, notBefore - now()));
      await quiet();
    }
    const result = await measure({ action: () => target.click(), settle: true });
    const after = find();
    return { ...result, checked: Boolean(after && after.checked) };
  }

  /** Clicks the button labelled `text` and waits for the next category, or with `radars`, for every radar. */
  async function go(text, until) {
    const button = findButton(text);
    if (!button) throw new Error(`no usable "${text}" button`);
    button.scrollIntoView({ block: "center", behavior: "instant" });
    await quiet();
    const before = (competencyGroups()[0] || {}).name;
    const nextScreen = () => {
      const groups = competencyGroups();
      return groups.length > 0 && groups[0].name !== before && groupUsable(groups[0]);
    };
    const result = await measure({
      action: () => button.click(),
      ready: until === "radars" ? radarsDrawn : nextScreen,
      settle: until !== "radars",
      timeout: 60000,
    });
    return { ...result, groups: competencyGroups().length, radars: document.querySelectorAll(config.radar.selector).length };
  }

  window.__bench = {
    firstQuestion: firstQuestion(),
    groupCount: () => competencyGroups().length,
    answer,
    go,
  };
})();
