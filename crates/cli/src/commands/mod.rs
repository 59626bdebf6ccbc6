//! One module per subcommand.

pub mod build;
pub mod check;
pub mod ci;
pub mod export;
pub mod fmt;
pub mod import;
pub mod init;
pub mod lsp;
pub mod output;
pub mod report;
pub mod schema;
