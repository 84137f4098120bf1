//! Saving in localStorage, with every failure turned into a notice. Nothing here decides what
//! is saved; it only reads and writes the text of the saved format.

use crate::core::saved_state::{self, Encoder, LoadError};
use crate::core::session::Session;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Where the session is saved.
pub const STATE_KEY: &str = "peer-assessment.state";
/// Where unreadable saved data is copied before a fresh session starts.
pub const UNREADABLE_KEY: &str = "peer-assessment.unreadable";

/// The keys one widget writes; widgets with different namespaces never share or clobber data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageKeys {
    pub state: String,
    pub unreadable: String,
}

impl StorageKeys {
    pub fn for_namespace(namespace: &str) -> Self {
        let prefix = crate::core::embed_config::storage_prefix(namespace);
        StorageKeys {
            state: format!("{prefix}.state"),
            unreadable: format!("{prefix}.unreadable"),
        }
    }
}

impl Default for StorageKeys {
    fn default() -> Self {
        StorageKeys {
            state: STATE_KEY.to_string(),
            unreadable: UNREADABLE_KEY.to_string(),
        }
    }
}

/// Something about saving the person should know.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageNotice {
    /// localStorage is missing or refuses writes: answers live in the page only.
    Unavailable,
    /// The saved data could not be read; it was copied to `kept_under` (or could not be copied,
    /// and then nothing is written).
    Unreadable {
        reason: LoadError,
        kept_under: Option<String>,
        text: String,
    },
    /// A write failed (quota full or blocked); the last good save is untouched.
    SaveFailed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub session: Session,
    /// The saved text the session was read from, if any.
    pub text: Option<String>,
    pub notice: Option<StorageNotice>,
    /// False when writing could destroy data we could not read, or storage is unavailable.
    pub may_save: bool,
}

/// True when localStorage exists and accepts a write (Safari's old private mode had a zero quota).
fn storage_works() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(Some(storage)) = window.local_storage() else {
        return false;
    };
    const PROBE: &str = "peer-assessment.probe";
    let ok = storage.set_item(PROBE, "1").is_ok();
    let _ = storage.remove_item(PROBE);
    ok
}

pub fn load(keys: &StorageKeys) -> Loaded {
    if !storage_works() {
        let notice = Some(StorageNotice::Unavailable);
        return Loaded {
            session: Session::default(),
            text: None,
            notice,
            may_save: false,
        };
    }
    let Some(text) = saved_text(keys) else {
        return Loaded {
            session: Session::default(),
            text: None,
            notice: None,
            may_save: true,
        };
    };
    match saved_state::decode(&text) {
        Ok(session) => Loaded {
            session,
            text: Some(text),
            notice: None,
            may_save: true,
        },
        Err(error) => keep_unreadable(keys, &text, error),
    }
}

/// The saved text as it is now (another tab may have written it).
pub fn saved_text(keys: &StorageKeys) -> Option<String> {
    LocalStorage::raw().get_item(&keys.state).ok().flatten()
}

fn keep_unreadable(keys: &StorageKeys, text: &str, error: LoadError) -> Loaded {
    let storage = LocalStorage::raw();
    // An earlier, different copy is never replaced; then nothing is saved this time either.
    let kept = match storage.get_item(&keys.unreadable).ok().flatten() {
        Some(earlier) => earlier == text,
        None => storage.set_item(&keys.unreadable, text).is_ok(),
    };
    let kept_under = kept.then(|| keys.unreadable.clone());
    let notice = StorageNotice::Unreadable {
        reason: error,
        kept_under,
        text: text.to_string(),
    };
    let text = Some(text.to_string());
    Loaded {
        session: Session::default(),
        text,
        notice: Some(notice),
        may_save: kept,
    }
}

/// Saves the session; a session with nothing in it removes the saved key instead.
pub fn save(keys: &StorageKeys, session: &Session) -> Result<(), StorageNotice> {
    save_with(keys, session, &mut Encoder::default()).map(|_| ())
}

/// As [`save`], reusing what `encoder` encoded last time for the parts that did not change.
/// Returns the text written (none when the key was removed).
pub fn save_with(
    keys: &StorageKeys,
    session: &Session,
    encoder: &mut Encoder,
) -> Result<Option<String>, StorageNotice> {
    let storage = LocalStorage::raw();
    if *session == Session::default() {
        storage
            .remove_item(&keys.state)
            .map_err(|_| StorageNotice::SaveFailed)?;
        return Ok(None);
    }
    let text = encoder.encode(session, Some(&super::clock::now()));
    storage
        .set_item(&keys.state, &text)
        .map_err(|_| StorageNotice::SaveFailed)?;
    Ok(Some(text))
}

/// Removes every key the widget has written.
pub fn delete_all(keys: &StorageKeys) {
    if !storage_works() {
        return;
    }
    LocalStorage::delete(&keys.state);
    LocalStorage::delete(&keys.unreadable);
}

/// Calls `on_change` when another tab of the same site changed what is saved (the `storage`
/// event). The event's value may be older than what is saved by the time it arrives, so the
/// callback reads what is saved now. Listening stops when the returned guard is dropped.
pub fn watch_other_tabs(
    keys: &StorageKeys,
    on_change: impl Fn() + 'static,
) -> Option<OtherTabsListener> {
    let window = web_sys::window()?;
    let state_key = keys.state.clone();
    let listener = move |event: web_sys::StorageEvent| {
        let key = event.key();
        if key.is_none() || key.as_deref() == Some(state_key.as_str()) {
            on_change();
        }
    };
    let closure = Closure::<dyn Fn(web_sys::StorageEvent)>::new(listener);
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(OtherTabsListener { window, closure })
}

/// Keeps the other-tabs listener registered while it lives.
pub struct OtherTabsListener {
    window: web_sys::Window,
    closure: Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl Drop for OtherTabsListener {
    fn drop(&mut self) {
        let callback = self.closure.as_ref().unchecked_ref();
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", callback);
    }
}
