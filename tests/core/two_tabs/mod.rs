//! Two tabs and the browser's storage, simulated: each tab keeps the state it shows and its
//! base (what it last knew to be saved). A tab told that the other saved reads the storage and
//! merges three ways; a tab saving first takes in what the other saved since its base, so the
//! storage only ever moves forward.

mod random;
mod scenarios;

use peer_assessment::core::session::{Action, Mode, Screen, Session};

pub struct Tab {
    pub state: Session,
    pub base: Session,
    /// Changed since its last save.
    pub unsaved: bool,
    /// Told that the other tab saved, not yet taken in.
    pub told: bool,
}

pub struct TwoTabs {
    pub tabs: [Tab; 2],
    pub storage: Session,
}

/// What the tabs share: everything but the screen, set, mode and language of each tab.
pub fn shared_part(session: &Session) -> Session {
    Session {
        screen: Screen::Welcome,
        set_id: String::new(),
        mode: Mode::Myself,
        language: None,
        ..session.clone()
    }
}

impl TwoTabs {
    pub fn new(start: Session) -> Self {
        let tab = || Tab {
            state: start.clone(),
            base: start.clone(),
            unsaved: false,
            told: false,
        };
        TwoTabs {
            tabs: [tab(), tab()],
            storage: start.clone(),
        }
    }

    pub fn act(&mut self, tab: usize, action: Action) {
        let tab = &mut self.tabs[tab];
        let before = shared_part(&tab.state);
        tab.state = tab.state.clone().apply(action);
        tab.unsaved |= shared_part(&tab.state) != before;
    }

    /// Takes in the storage if it moved on since the tab's base.
    fn take_in(&mut self, tab: usize) {
        let storage = self.storage.clone();
        let tab = &mut self.tabs[tab];
        tab.told = false;
        if storage == tab.base {
            return;
        }
        let action = Action::MergeFromOtherTab {
            theirs: Box::new(storage.clone()),
            base: Some(Box::new(tab.base.clone())),
        };
        tab.state = tab.state.clone().apply(action);
        tab.unsaved = shared_part(&tab.state) != shared_part(&storage);
        tab.base = storage;
    }

    pub fn save(&mut self, tab: usize) {
        if !self.tabs[tab].unsaved {
            return;
        }
        self.take_in(tab);
        let t = &mut self.tabs[tab];
        self.storage = t.state.clone();
        t.base = t.state.clone();
        t.unsaved = false;
        self.tabs[1 - tab].told = true;
    }

    pub fn deliver(&mut self, tab: usize) {
        if self.tabs[tab].told {
            self.take_in(tab);
        }
    }

    /// Saves and deliveries until nothing is left to do.
    pub fn settle(&mut self) {
        for _ in 0..10 {
            for tab in 0..2 {
                self.save(tab);
                self.deliver(tab);
            }
            if self.tabs.iter().all(|t| !t.unsaved && !t.told) {
                return;
            }
        }
        panic!("the tabs keep saving back and forth");
    }

    pub fn assert_converged(&self) {
        let stored = shared_part(&self.storage);
        for tab in &self.tabs {
            assert_eq!(
                shared_part(&tab.state),
                stored,
                "a tab differs from the storage"
            );
        }
    }
}
