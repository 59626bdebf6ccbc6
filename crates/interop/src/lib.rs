//! Formats that other tools read and write: SARIF 2.1.0 and GitHub Actions
//! workflow commands for CI, Mermaid `journey` diagrams in both directions,
//! CSV for spreadsheets, and the files `journey init` scaffolds.
//!
//! Every function here is pure: it turns the checked model or a list of
//! diagnostics into text, or text into `.journey` source. Reading and
//! writing files, finding the git root and printing belong to the CLI.
//!
//! Deliberately left out: a Mermaid renderer (the Mermaid tools draw the
//! diagrams) and any import format other than Mermaid `journey` diagrams.

mod ci;
mod github;
pub mod ident;
pub mod init;
pub mod mermaid;
mod sarif;
mod source;
mod table;

pub use ci::{CiContext, DOCS_BASE_URL, diagnostic_docs_url};
pub use github::{escape_data, escape_property, github_annotations};
pub use sarif::{SARIF_SCHEMA_URI, sarif_log};
pub use table::{ATLAS_COLUMNS, CsvOptions, Delimiter, STEP_COLUMNS, atlas_csv, steps_csv};
