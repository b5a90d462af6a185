//! brief: turn a folder of news articles about one event into a static briefing site.
//!
//! The build is one pipeline in one direction; each stage is a module taking plain data and
//! returning plain data (see `DESIGN.md` in the shared folder):
//!
//! `config` → `ingest` → `clean` → `extract` → `briefing` → `render` → `output`
//!
//! `build::build_site` runs the whole pipeline; tests and benches call the stages directly.

pub mod add;
pub mod archive;
pub mod briefing;
pub mod build;
pub mod check;
pub mod config;
pub mod explain;
pub mod init;
pub mod output;
pub mod pdf;
pub mod pdf_pages;
pub mod render;
pub mod serve;
pub mod statics;
pub mod toll_time;
pub mod wire_copies;

// The text, clean and extract stages live in crates of their own (`crates/`); they are
// re-exported under their stage names so the pipeline reads the same from here.
pub use brief_clean as clean;
pub use brief_clean::ingest;
pub use brief_extract as extract;
pub use brief_text as text;
pub use brief_text::{diag, fields};
