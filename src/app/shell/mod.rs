//! The shell: the `App` component (layout and the screen switch) and the hooks it is made of,
//! one concern each: saving, other tabs, private mode, a code in the link, the page's set,
//! focus and the date. Only the shell holds the session's state; screens get it as props.

mod app;
mod audience;
mod first_view;
mod footer;
mod header;
mod known_save;
mod notices;
mod props;
mod screen_switch;
mod use_current_date;
mod use_facilitator_start;
mod use_fixed_set;
mod use_focus;
mod use_linked_code;
mod use_other_tabs;
mod use_private_mode;
mod use_saving;

pub use app::App;
pub use audience::{Audience, FACILITATOR, PARTICIPANT};
pub use first_view::{FirstView, FirstViewProps};
pub use props::AppProps;
