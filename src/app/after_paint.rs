//! Work that should not delay the paint of a change, such as saving: it runs once the browser is
//! idle (`requestIdleCallback`, at most 1 s later), which is after the change is painted. It
//! waits for idle rather than for the next frame because Yew yields to the browser every 16 ms
//! during a long render, and a save run at the next frame landed in such a pause and delayed the
//! rest of the new screen. Where there is no idle callback, it runs after the next animation
//! frame. Only the latest job waits; a newer one replaces it. Leaving the page runs the waiting
//! job at once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

type Job = Box<dyn FnOnce()>;

/// Holds the latest job until the browser is idle; cheap to clone (clones share the job).
#[derive(Clone, Default)]
pub struct AfterPaint {
    waiting: Rc<RefCell<Option<Job>>>,
    scheduled: Rc<Cell<bool>>,
}

impl AfterPaint {
    /// Runs `job` once the browser is idle (see above), replacing a job that has not run yet.
    pub fn run_later(&self, job: impl FnOnce() + 'static) {
        *self.waiting.borrow_mut() = Some(Box::new(job));
        if self.scheduled.replace(true) {
            return;
        }
        let this = self.clone();
        let scheduled = schedule_after_paint(move || {
            this.scheduled.set(false);
            this.run_now();
        });
        if !scheduled {
            self.scheduled.set(false);
            self.run_now();
        }
    }

    /// Runs the waiting job, if any, now.
    pub fn run_now(&self) {
        let job = self.waiting.borrow_mut().take();
        if let Some(job) = job {
            job();
        }
    }

    /// Drops the waiting job without running it.
    pub fn cancel(&self) {
        self.waiting.borrow_mut().take();
    }

    /// Runs the waiting job as soon as the page is hidden or left (tab switched, closed,
    /// reloaded), so nothing waits for a frame that will not come. Stops when the guard drops.
    pub fn run_when_page_hides(&self) -> Option<PageHideListener> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let this = self.clone();
        let in_listener = document.clone();
        let listener = Closure::<dyn Fn()>::new(move || {
            if in_listener.hidden() {
                this.run_now();
            }
        });
        let function: &js_sys::Function = listener.as_ref().unchecked_ref();
        window.add_event_listener_with_callback("pagehide", function).ok()?;
        document.add_event_listener_with_callback("visibilitychange", function).ok()?;
        Some(PageHideListener { window, document, listener })
    }
}

/// Keeps the page-hide listener registered while it lives.
pub struct PageHideListener {
    window: web_sys::Window,
    document: web_sys::Document,
    listener: Closure<dyn Fn()>,
}

impl Drop for PageHideListener {
    fn drop(&mut self) {
        let function: &js_sys::Function = self.listener.as_ref().unchecked_ref();
        let _ = self.window.remove_event_listener_with_callback("pagehide", function);
        let _ = self.document.remove_event_listener_with_callback("visibilitychange", function);
    }
}

/// Calls `run` when the browser is next idle, or else in a task after the next animation frame
/// (after its paint). A hidden page gets no frames, so there it is just a task. False if the
/// browser refused.
fn schedule_after_paint(run: impl FnOnce() + 'static) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let task = Closure::once_into_js(run);
    if js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(1000);
        return window.request_idle_callback_with_options(task.unchecked_ref(), &options).is_ok();
    }
    let hidden = window.document().is_some_and(|d| d.hidden());
    if hidden {
        return window.set_timeout_with_callback(task.unchecked_ref()).is_ok();
    }
    let in_frame = window.clone();
    let frame = Closure::once_into_js(move || {
        let _ = in_frame.set_timeout_with_callback(task.unchecked_ref());
    });
    window.request_animation_frame(frame.unchecked_ref()).is_ok()
}
