//! The Yew layer. Dependencies go one way: `shell` → `screens` → `widgets` → `text` → `core`.
//! `state` holds the session as Yew state and the contexts screens read (dispatcher, page
//! facts); `edge` is everything that touches the browser, called by the shell's hooks and by
//! event handlers, never while rendering. See docs/architecture.md, "How the code is organised".

pub mod edge;
pub mod screens;
pub mod shell;
pub mod state;
pub mod text;
pub mod widgets;

pub use edge::mount::mount;
pub use edge::{panic_screen, storage};
pub use shell::{App, AppProps, Audience, FirstView, FirstViewProps, FACILITATOR, PARTICIPANT};
pub use widgets::{RadarAxis, RadarChart, RadarChartProps};
