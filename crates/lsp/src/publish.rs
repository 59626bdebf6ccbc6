//! The task that publishes diagnostics. Handlers only change the workspace
//! and wake this task; it re-analyses once for any number of changes that
//! arrived meanwhile, and sends diagnostics for the files whose diagnostics
//! changed, in order, from one place.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use tokio::sync::Notify;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{Diagnostic, Uri};

use crate::convert::Locator;
use crate::session::Session;

struct Batch {
    messages: Vec<(Uri, Vec<Diagnostic>, Option<i32>)>,
    refresh_hints: bool,
    refresh_tokens: bool,
}

pub(crate) async fn run(client: Client, session: Arc<Mutex<Session>>, wake: Arc<Notify>) {
    loop {
        wake.notified().await;
        let started = Instant::now();
        let batch = {
            let mut session = session.lock().unwrap_or_else(PoisonError::into_inner);
            catch_unwind(AssertUnwindSafe(|| collect(&mut session)))
        };
        let batch = match batch {
            Ok(batch) => batch,
            Err(_) => {
                tracing::error!("computing diagnostics panicked; none were published");
                continue;
            }
        };
        let files = batch.messages.len();
        for (uri, diagnostics, version) in batch.messages {
            client.publish_diagnostics(uri, diagnostics, version).await;
        }
        tracing::debug!(
            files,
            elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
            "diagnostics published"
        );
        if files > 0 && batch.refresh_hints {
            let client = client.clone();
            tokio::spawn(async move { client.inlay_hint_refresh().await });
        }
        if files > 0 && batch.refresh_tokens {
            let client = client.clone();
            tokio::spawn(async move { client.semantic_tokens_refresh().await });
        }
    }
}

/// Analyses the workspace and converts the diagnostics that changed.
fn collect(session: &mut Session) -> Batch {
    let snapshot = session.snapshot();
    let publications = session.pending_publications(&snapshot);
    let lang = session.negotiated.lang;
    let locator = Locator {
        session,
        snapshot: &snapshot,
    };
    let messages = publications
        .into_iter()
        .map(|publication| {
            let diagnostics = publication
                .file
                .map(|file| locator.diagnostics(file, lang))
                .unwrap_or_default();
            (publication.uri, diagnostics, publication.version)
        })
        .collect();
    Batch {
        messages,
        refresh_hints: session.negotiated.inlay_hint_refresh,
        refresh_tokens: session.negotiated.semantic_tokens_refresh,
    }
}
