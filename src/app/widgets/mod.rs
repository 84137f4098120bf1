//! Pieces several screens use: the radar chart and its axes, a competency's radio group, a
//! button that asks for confirmation, an offer of a code from a link, a table of figures,
//! competencies named in words, and the open state of a disclosure. Widgets get what they show
//! as props (or arguments) and report through callbacks; none sends actions itself. A piece
//! that keeps no state and is not worth skipping on re-render is a plain function or struct:
//! each component type adds its own copy of Yew's lifecycle code to the download.

pub mod confirm_button;
pub mod data_table;
pub mod disclosure;
pub mod highlights;
pub mod linked_offer;
pub mod radar_axes;
pub mod radar_chart;
pub mod rating_group;

pub use confirm_button::ConfirmButton;
pub use data_table::DataTable;
pub use disclosure::use_details_open;
pub use highlights::{highlight_list, Highlight, HighlightBlock};
pub use linked_offer::LinkedOffer;
pub use radar_axes::chart_description;
pub use radar_chart::{RadarAxis, RadarChart, RadarChartProps};
pub use rating_group::RatingGroup;
