//! Everything that touches the browser: saving (localStorage, saving when idle, other tabs),
//! the clock, the page's address and visibility, downloads and file reading, mounting widgets
//! (shadow roots, configuration, competency sets from the page), the iframe's height and the
//! error screen shown after a panic, and the printed pages' footer. Screens call these from event
//! handlers and effects; the shell calls them from effects. No render calls them.

pub mod clock;
mod facilitator_address;
pub mod files;
mod first_view;
mod frame_height;
pub mod idle_saver;
pub mod mount;
mod own_files;
pub mod page;
pub mod panic_screen;
pub mod print_footer;
mod set_loading;
pub mod storage;
mod widget;
