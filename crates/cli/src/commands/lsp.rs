//! `journey lsp`: the language server, on standard input and output.

use std::time::Duration;

use journey_i18n::Lang;
use journey_lsp::Ending;

use crate::Status;
use crate::session::report_error;

/// Runs the server until the client sends `exit`. The status is 0 after
/// `shutdown` then `exit`, and 1 when the client exits without `shutdown`
/// or closes the input, as LSP asks.
pub fn run(lang: Lang) -> Status {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            let message = journey_diagnostics::Message::new("lsp-runtime-failed").arg("reason", error.to_string());
            report_error(lang, &message);
            return Status::UsageOrIo;
        }
    };
    let ending = runtime.block_on(journey_lsp::serve(tokio::io::stdin(), tokio::io::stdout()));
    // The thread that reads stdin stays blocked while the client keeps the
    // pipe open after `exit`; the process does not wait for it.
    runtime.shutdown_timeout(Duration::from_millis(100));
    match ending {
        Ending::Clean => Status::Clean,
        Ending::Abrupt => Status::Failed,
    }
}
