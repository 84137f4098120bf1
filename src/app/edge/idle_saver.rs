//! Saving without delaying the paint of a change: the save runs once the browser is idle
//! (`requestIdleCallback`, at most 1 s later), which is after the change is painted. It waits
//! for idle rather than for the next frame because Yew yields to the browser every 16 ms during
//! a long render, and a save run at the next frame landed in such a pause and delayed the rest
//! of the new screen. Where there is no idle callback, it runs after the next animation frame.
//! Only the latest save waits; a newer one replaces it. Leaving the page saves at once.

use super::page::{watch_visibility, VisibilityListener};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

type Job = Box<dyn FnOnce()>;

/// Holds the latest save until the browser is idle; cheap to clone (clones share the save).
#[derive(Clone, Default)]
pub struct IdleSaver {
    waiting: Rc<RefCell<Option<Job>>>,
    scheduled: Rc<Cell<bool>>,
}

impl IdleSaver {
    /// Runs `job` once the browser is idle (see above), replacing a job that has not run yet.
    pub fn save_later(&self, job: impl FnOnce() + 'static) {
        *self.waiting.borrow_mut() = Some(Box::new(job));
        if self.scheduled.replace(true) {
            return;
        }
        let this = self.clone();
        let scheduled = when_idle(move || {
            this.scheduled.set(false);
            this.save_now();
        });
        if !scheduled {
            self.scheduled.set(false);
            self.save_now();
        }
    }

    /// Runs the waiting job, if any, now.
    pub fn save_now(&self) {
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
    pub fn save_when_page_hides(&self) -> Option<VisibilityListener> {
        let this = self.clone();
        watch_visibility(move |hidden| {
            if hidden {
                this.save_now();
            }
        })
    }
}

/// Calls `run` when the browser is next idle, or else in a task after the next animation frame
/// (after its paint). A hidden page gets no frames, so there it is just a task. False if the
/// browser refused.
fn when_idle(run: impl FnOnce() + 'static) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let task = Closure::once_into_js(run);
    if js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(1000);
        let callback = task.unchecked_ref();
        return window
            .request_idle_callback_with_options(callback, &options)
            .is_ok();
    }
    if super::page::hidden() {
        return window
            .set_timeout_with_callback(task.unchecked_ref())
            .is_ok();
    }
    let in_frame = window.clone();
    let frame = Closure::once_into_js(move || {
        let _ = in_frame.set_timeout_with_callback(task.unchecked_ref());
    });
    window
        .request_animation_frame(frame.unchecked_ref())
        .is_ok()
}
