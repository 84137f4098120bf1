//! One component per screen (a folder for a screen with parts), and the banner for a code that
//! came in a link. Screens get the session as `Rc<Session>` (or the narrow data they show),
//! their language and page facts from context, and send actions through `use_dispatch`.
//! Nothing imports from a screen but the shell.

pub mod category;
pub mod compare;
pub mod facilitator_page_link;
pub mod files;
pub mod history;
pub mod linked_code;
pub mod results;
pub mod set_problem;
pub mod welcome;
pub mod workshop;

pub use category::CategoryScreen;
pub use compare::CompareScreen;
pub use facilitator_page_link::FacilitatorPageLink;
pub use files::FilesScreen;
pub use history::HistoryScreen;
pub use linked_code::LinkedCode;
pub use results::ResultsScreen;
pub use set_problem::set_problem;
pub use welcome::WelcomeScreen;
pub use workshop::WorkshopScreen;
