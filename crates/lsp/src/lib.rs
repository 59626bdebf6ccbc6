//! The `journey lsp` language server, over stdio. This is the only crate
//! that speaks the Language Server Protocol: it converts requests to calls
//! into `journey-ide`, and the ide layer's plain data back to protocol types.
//!
//! It serves the whole workspace folder: every `.journey` file below it and
//! `journey.toml`, loaded through `journey-workspace` and kept current with
//! `workspace/didChangeWatchedFiles`. Open documents take precedence over
//! disk. Diagnostics of every file are published as the user types, from one
//! task (see `publish`), so a change in one file updates the others.
//!
//! Logs go to stderr through `tracing`; stdout carries protocol messages only.
//! A handler that panics is answered with an internal error and the server
//! keeps serving.

mod capabilities;
mod convert;
mod disk;
mod publish;
mod server;
mod session;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

pub use convert::docs_anchor;

/// The way a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// `shutdown`, then `exit`: the client stopped the server properly.
    Clean,
    /// `exit` without `shutdown`, or the input closed: LSP requires exit code 1.
    Abrupt,
}

/// Serves one client on `input` and `output` until it sends `exit` or closes the input.
pub async fn serve<I, O>(input: I, output: O) -> Ending
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let shutdown_requested = Arc::new(AtomicBool::new(false));
    let flag = shutdown_requested.clone();
    let (service, socket) = LspService::build(move |client| server::Backend::new(client, flag))
        .custom_method("journey/preview", server::Backend::preview)
        .finish();
    tracing::info!(version = env!("CARGO_PKG_VERSION"), "language server started");
    Server::new(input, output, socket).serve(service).await;
    let ending = if shutdown_requested.load(Ordering::SeqCst) {
        Ending::Clean
    } else {
        Ending::Abrupt
    };
    tracing::info!(?ending, "language server stopped");
    ending
}
