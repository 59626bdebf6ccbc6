//! The `LanguageServer` implementation: each handler converts the request,
//! calls the ide layer, and converts the result back.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use journey_diagnostics::{FileId, Message};
use journey_i18n::Lang;
use journey_ide::{BufferEdit, Snapshot};
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use crate::capabilities::{capabilities, watcher_registration};
use crate::convert::{self, Locator};
use crate::session::{Negotiated, Session, file_path, is_watched};
use crate::{disk, publish};

/// `RequestFailed` from LSP 3.17: the request was valid but could not be carried out.
const REQUEST_FAILED: i64 = -32803;

pub(crate) struct Backend {
    client: Client,
    session: Arc<Mutex<Session>>,
    /// Wakes the task that publishes diagnostics.
    publish: Arc<Notify>,
    /// Set by `shutdown`, read after `exit` to choose the exit status.
    shutdown_requested: Arc<AtomicBool>,
    /// A problem found while loading the folder, shown once initialized.
    load_error: Mutex<Option<String>>,
    watch_dynamically: AtomicBool,
}

impl Backend {
    pub fn new(client: Client, shutdown_requested: Arc<AtomicBool>) -> Self {
        let today = time::OffsetDateTime::now_local()
            .unwrap_or_else(|_| time::OffsetDateTime::now_utc())
            .date();
        Backend {
            client,
            session: Arc::new(Mutex::new(Session::new(today))),
            publish: Arc::new(Notify::new()),
            shutdown_requested,
            load_error: Mutex::new(None),
            watch_dynamically: AtomicBool::new(false),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Session> {
        // A handler that panicked did so inside `catch_unwind`, under the
        // lock; the session it left is still consistent enough to serve.
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs a request handler on the current snapshot. A panic is logged
    /// and returned as an internal error, and the server keeps serving.
    fn request<T>(
        &self,
        method: &'static str,
        handler: impl FnOnce(&Session, &Snapshot) -> Result<Option<T>>,
    ) -> Result<Option<T>> {
        let mut session = self.lock();
        guarded(method, || {
            let snapshot = session.snapshot();
            handler(&session, &snapshot)
        })
    }

    /// Runs a change to the session, catching panics, and schedules the diagnostics.
    fn change(&self, method: &'static str, handler: impl FnOnce(&mut Session)) {
        let mut session = self.lock();
        // The error is logged, because a notification has no response to carry it.
        let _ = guarded(method, || {
            handler(&mut session);
            Ok(())
        });
        drop(session);
        self.publish.notify_one();
    }

    /// Handles `journey/preview`: the journey under the cursor and its map.
    pub(crate) async fn preview(&self, params: PreviewParams) -> Result<PreviewResult> {
        let found = self.request("journey/preview", |session, snapshot| {
            let Some((file, offset)) = locate(session, snapshot, &params.text_document.uri, params.position) else {
                return Ok(None);
            };
            let Some(journey) = snapshot.journey_at(file, offset) else {
                return Ok(None);
            };
            let svg = journey_render::journey_map_svg(snapshot.model(), journey.id, session.negotiated.lang);
            Ok(Some(PreviewResult {
                journey: Some(journey.name),
                title: journey.label,
                svg: Some(svg),
            }))
        })?;
        Ok(found.unwrap_or_default())
    }
}

/// Parameters of `journey/preview`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PreviewParams {
    pub text_document: TextDocumentIdentifier,
    pub position: Position,
}

/// Result of `journey/preview`: the journey that encloses the position, all
/// fields null when the position is outside every journey.
#[derive(Debug, Default, Serialize)]
pub(crate) struct PreviewResult {
    pub journey: Option<String>,
    pub title: Option<String>,
    pub svg: Option<String>,
}

/// Runs `handler`, turning a panic into a logged internal error, so that
/// one failing request does not stop the server.
fn guarded<T>(method: &str, handler: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(handler)).unwrap_or_else(|payload| Err(internal_error(method, &payload)))
}

/// Logs a panic caught in a handler and builds the error response.
fn internal_error(method: &str, payload: &Box<dyn std::any::Any + Send>) -> Error {
    let reason = payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_owned());
    tracing::error!(method, %reason, "handler panicked; the request failed and the server goes on");
    Error {
        code: ErrorCode::InternalError,
        message: format!("internal error in {method}: {reason}").into(),
        data: None,
    }
}

fn request_failed(message: String) -> Error {
    Error {
        code: ErrorCode::ServerError(REQUEST_FAILED),
        message: message.into(),
        data: None,
    }
}

/// Converts a protocol position to a file and byte offset.
fn locate(session: &Session, snapshot: &Snapshot, uri: &Uri, position: Position) -> Option<(FileId, u32)> {
    let file = document(session, uri)?;
    let index = snapshot.line_index(file)?;
    Some((file, convert::offset(index, position, session.negotiated.encoding)))
}

fn document(session: &Session, uri: &Uri) -> Option<FileId> {
    session.workspace.file_id(&session.path_of(uri))
}

/// Picks the language: `initializationOptions.lang`, then the client's
/// locale, then `JOURNEY_LANG`, then English.
fn negotiate_lang(params: &InitializeParams) -> Lang {
    let option = params
        .initialization_options
        .as_ref()
        .and_then(|options| options.get("lang"))
        .and_then(|lang| lang.as_str());
    let env = std::env::var("JOURNEY_LANG").ok();
    [option, params.locale.as_deref(), env.as_deref()]
        .into_iter()
        .flatten()
        .find_map(Lang::from_tag)
        .unwrap_or_default()
}

#[allow(
    deprecated,
    reason = "`root_uri` is the fallback for clients that send no workspace folders"
)]
fn workspace_root(params: &InitializeParams) -> Option<std::path::PathBuf> {
    let folders = params.workspace_folders.as_deref().unwrap_or_default();
    if folders.len() > 1 {
        // TODO: serve every folder of a multi-root workspace, each as its own model.
        tracing::warn!(folders = folders.len(), "only the first workspace folder is served");
    }
    let uri = folders.first().map(|folder| &folder.uri).or(params.root_uri.as_ref())?;
    file_path(uri)
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let capabilities_of_client = &params.capabilities;
        let workspace = capabilities_of_client.workspace.as_ref();
        let negotiated = Negotiated {
            lang: negotiate_lang(&params),
            encoding: convert::negotiate_encoding(
                capabilities_of_client
                    .general
                    .as_ref()
                    .and_then(|general| general.position_encodings.as_deref()),
            ),
            inlay_hint_refresh: workspace
                .and_then(|workspace| workspace.inlay_hint.as_ref())
                .and_then(|hint| hint.refresh_support)
                == Some(true),
            semantic_tokens_refresh: workspace
                .and_then(|workspace| workspace.semantic_tokens.as_ref())
                .and_then(|tokens| tokens.refresh_support)
                == Some(true),
        };
        let dynamic_watch = workspace
            .and_then(|workspace| workspace.did_change_watched_files.as_ref())
            .and_then(|watch| watch.dynamic_registration)
            == Some(true);
        self.watch_dynamically.store(dynamic_watch, Ordering::Relaxed);

        let root = workspace_root(&params);
        tracing::info!(root = ?root, lang = negotiated.lang.code(), encoding = ?negotiated.encoding, "initializing");
        {
            let mut session = self.lock();
            session.negotiated = negotiated;
            session.root = root.clone();
            if let Some(root) = &root
                && let Err(error) = disk::sync_folder(&mut session.workspace, root)
            {
                tracing::error!(?error, "the workspace folder could not be read");
                *self.load_error.lock().unwrap_or_else(PoisonError::into_inner) =
                    Some(journey_i18n::format(negotiated.lang, &error.message()));
            }
        }
        tokio::spawn(publish::run(
            self.client.clone(),
            self.session.clone(),
            self.publish.clone(),
        ));

        Ok(InitializeResult {
            capabilities: capabilities(negotiated.encoding),
            server_info: Some(ServerInfo {
                name: "journey".to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        if self.watch_dynamically.load(Ordering::Relaxed)
            && let Err(error) = self.client.register_capability(vec![watcher_registration()]).await
        {
            tracing::warn!(%error, "the client rejected the file watcher registration");
        }
        let load_error = self.load_error.lock().unwrap_or_else(PoisonError::into_inner).take();
        if let Some(message) = load_error {
            self.client.show_message(MessageType::ERROR, message).await;
        }
        self.publish.notify_one();
    }

    async fn shutdown(&self) -> Result<()> {
        tracing::info!("shutdown requested");
        self.shutdown_requested.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        self.change("textDocument/didOpen", |session| {
            let path = session.path_of(&document.uri);
            session.opened(&path, document.uri.clone(), document.version);
            session.workspace.set_buffer(&path, document.text);
        });
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let edits: Vec<BufferEdit> = params
            .content_changes
            .into_iter()
            .map(|change| BufferEdit {
                range: change
                    .range
                    .map(|range| (convert::line_col(range.start), convert::line_col(range.end))),
                text: change.text,
            })
            .collect();
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        self.change("textDocument/didChange", |session| {
            let path = session.path_of(&uri);
            let encoding = session.negotiated.encoding;
            if session.workspace.edit_buffer(&path, &edits, encoding).is_none() {
                tracing::warn!(uri = uri.as_str(), "change to a document that is not open; ignored");
                return;
            }
            session.set_version(&path, version);
        });
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.change("textDocument/didClose", |session| {
            let path = session.path_of(&uri);
            session.closed(&path);
            session.workspace.close_buffer(&path);
        });
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        self.change("workspace/didChangeWatchedFiles", |session| {
            let Some(root) = session.root.clone() else { return };
            let mut rescan = false;
            for event in &params.changes {
                let Some(path) = file_path(&event.uri) else { continue };
                if !path.starts_with(&root) {
                    continue;
                }
                let relative = session.path_of(&event.uri);
                let known = session.workspace.disk_paths().any(|known| known == relative);
                // Creations, deletions, folders and files the folder scan
                // skips (hidden or build folders) are sorted out by a rescan.
                if event.typ != FileChangeType::CHANGED || !known {
                    rescan = true;
                } else if relative == journey_ide::SETTINGS_PATH {
                    disk::reload_settings(&mut session.workspace, &root);
                } else if is_watched(&path) {
                    disk::reload_file(&mut session.workspace, &root, &relative);
                }
            }
            if rescan && let Err(error) = disk::sync_folder(&mut session.workspace, &root) {
                tracing::error!(?error, "the workspace folder could not be read again");
            }
        });
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        self.request("textDocument/hover", |session, snapshot| {
            let Some((file, offset)) = locate(session, snapshot, &at.text_document.uri, at.position) else {
                return Ok(None);
            };
            let Some(hover) = snapshot.hover(file, offset, session.negotiated.lang) else {
                return Ok(None);
            };
            let locator = Locator { session, snapshot };
            Ok(Some(Hover {
                contents: HoverContents::Markup(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: hover.markdown,
                }),
                range: locator.range(file, hover.span),
            }))
        })
    }

    async fn goto_definition(&self, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        self.request("textDocument/definition", |session, snapshot| {
            let Some((file, offset)) = locate(session, snapshot, &at.text_document.uri, at.position) else {
                return Ok(None);
            };
            let Some(target) = snapshot.definition(file, offset) else {
                return Ok(None);
            };
            let locator = Locator { session, snapshot };
            Ok(locator.location(target).map(GotoDefinitionResponse::Scalar))
        })
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let with_declaration = params.context.include_declaration;
        self.request("textDocument/references", |session, snapshot| {
            let Some((file, offset)) = locate(session, snapshot, &at.text_document.uri, at.position) else {
                return Ok(None);
            };
            let locator = Locator { session, snapshot };
            let found = snapshot.references(file, offset, with_declaration);
            Ok(Some(found.into_iter().filter_map(|at| locator.location(at)).collect()))
        })
    }

    async fn document_highlight(&self, params: DocumentHighlightParams) -> Result<Option<Vec<DocumentHighlight>>> {
        let at = params.text_document_position_params;
        self.request("textDocument/documentHighlight", |session, snapshot| {
            let Some((file, offset)) = locate(session, snapshot, &at.text_document.uri, at.position) else {
                return Ok(None);
            };
            let locator = Locator { session, snapshot };
            let highlights = snapshot.highlights(file, offset).into_iter().filter_map(|highlight| {
                let kind = if highlight.declaration {
                    DocumentHighlightKind::WRITE
                } else {
                    DocumentHighlightKind::READ
                };
                Some(DocumentHighlight {
                    range: locator.range(file, highlight.span)?,
                    kind: Some(kind),
                })
            });
            Ok(Some(highlights.collect()))
        })
    }

    async fn prepare_rename(&self, params: TextDocumentPositionParams) -> Result<Option<PrepareRenameResponse>> {
        self.request("textDocument/prepareRename", |session, snapshot| {
            let Some((file, offset)) = locate(session, snapshot, &params.text_document.uri, params.position) else {
                return Ok(None);
            };
            match snapshot.prepare_rename(file, offset) {
                Ok(span) => Ok(Locator { session, snapshot }
                    .range(file, span)
                    .map(PrepareRenameResponse::Range)),
                Err(error) => Err(request_failed(error.message(session.negotiated.lang))),
            }
        })
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let at = params.text_document_position;
        self.request("textDocument/rename", |session, snapshot| {
            let Some((file, offset)) = locate(session, snapshot, &at.text_document.uri, at.position) else {
                return Ok(None);
            };
            match snapshot.rename(file, offset, &params.new_name) {
                Ok(change) => Ok(Some(Locator { session, snapshot }.workspace_edit(&change))),
                Err(error) => Err(request_failed(error.message(session.negotiated.lang))),
            }
        })
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        self.request("textDocument/completion", |session, snapshot| {
            let Some((file, offset)) = locate(session, snapshot, &at.text_document.uri, at.position) else {
                return Ok(None);
            };
            let locator = Locator { session, snapshot };
            let items: Vec<CompletionItem> = snapshot
                .completions(file, offset)
                .iter()
                .filter_map(|item| locator.completion(file, item))
                .collect();
            Ok(Some(CompletionResponse::Array(items)))
        })
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        self.request("textDocument/documentSymbol", |session, snapshot| {
            let Some(file) = document(session, &params.text_document.uri) else {
                return Ok(None);
            };
            let locator = Locator { session, snapshot };
            let symbols = snapshot
                .document_symbols(file)
                .iter()
                .filter_map(|symbol| locator.document_symbol(file, symbol))
                .collect();
            Ok(Some(DocumentSymbolResponse::Nested(symbols)))
        })
    }

    async fn symbol(&self, params: WorkspaceSymbolParams) -> Result<Option<WorkspaceSymbolResponse>> {
        self.request("workspace/symbol", |session, snapshot| {
            let locator = Locator { session, snapshot };
            #[allow(deprecated, reason = "`deprecated` is a required field of the protocol type")]
            let symbols = snapshot
                .workspace_symbols(&params.query)
                .into_iter()
                .filter_map(|symbol| {
                    Some(SymbolInformation {
                        name: symbol.name,
                        kind: convert::symbol_kind(symbol.kind),
                        tags: None,
                        deprecated: None,
                        location: locator.location(symbol.at)?,
                        container_name: symbol.container,
                    })
                });
            Ok(Some(WorkspaceSymbolResponse::Flat(symbols.collect())))
        })
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        self.request("textDocument/foldingRange", |session, snapshot| {
            let Some(file) = document(session, &params.text_document.uri) else {
                return Ok(None);
            };
            let ranges = snapshot.folding_ranges(file).into_iter().map(|range| FoldingRange {
                start_line: range.start_line,
                end_line: range.end_line,
                kind: Some(convert::folding_kind(range.kind)),
                ..Default::default()
            });
            Ok(Some(ranges.collect()))
        })
    }

    async fn semantic_tokens_full(&self, params: SemanticTokensParams) -> Result<Option<SemanticTokensResult>> {
        self.request("textDocument/semanticTokens/full", |session, snapshot| {
            let Some(file) = document(session, &params.text_document.uri) else {
                return Ok(None);
            };
            let Some(index) = snapshot.line_index(file) else {
                return Ok(None);
            };
            let data = convert::semantic_tokens(index, &snapshot.semantic_tokens(file), session.negotiated.encoding);
            Ok(Some(SemanticTokensResult::Tokens(SemanticTokens {
                result_id: None,
                data,
            })))
        })
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        self.request("textDocument/codeAction", |session, snapshot| {
            let Some(file) = document(session, &params.text_document.uri) else {
                return Ok(None);
            };
            let Some(index) = snapshot.line_index(file) else {
                return Ok(None);
            };
            let lang = session.negotiated.lang;
            let span = convert::span(index, params.range, session.negotiated.encoding);
            let locator = Locator { session, snapshot };
            let actions = snapshot.code_actions(file, span, lang).into_iter().map(|action| {
                let diagnostic = journey_ide::format_diagnostic(&action.diagnostic, lang);
                CodeActionOrCommand::CodeAction(CodeAction {
                    title: action.title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: locator.diagnostic(file, &diagnostic).map(|diagnostic| vec![diagnostic]),
                    edit: Some(locator.workspace_edit(&action.change)),
                    is_preferred: Some(action.preferred),
                    ..Default::default()
                })
            });
            Ok(Some(actions.collect()))
        })
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        self.request("textDocument/inlayHint", |session, snapshot| {
            let Some(file) = document(session, &params.text_document.uri) else {
                return Ok(None);
            };
            let Some(index) = snapshot.line_index(file) else {
                return Ok(None);
            };
            let encoding = session.negotiated.encoding;
            let span = convert::span(index, params.range, encoding);
            let hints = snapshot
                .inlay_hints(file, span, session.negotiated.lang)
                .into_iter()
                .map(|hint| InlayHint {
                    position: convert::position(index, hint.offset, encoding),
                    label: InlayHintLabel::String(hint.label),
                    kind: None,
                    text_edits: None,
                    tooltip: Some(InlayHintTooltip::String(hint.tooltip)),
                    padding_left: Some(true),
                    padding_right: None,
                    data: None,
                });
            Ok(Some(hints.collect()))
        })
    }

    async fn formatting(&self, params: DocumentFormattingParams) -> Result<Option<Vec<TextEdit>>> {
        self.request("textDocument/formatting", |session, snapshot| {
            let Some(file) = document(session, &params.text_document.uri) else {
                return Ok(None);
            };
            let (Some(text), Some(index)) = (snapshot.text(file), snapshot.line_index(file)) else {
                return Ok(None);
            };
            let edits =
                journey_fmt::format_document(text).map_err(|error| format_failed(&error, session.negotiated.lang))?;
            Ok(Some(format_edits(index, edits, session.negotiated.encoding)))
        })
    }

    async fn range_formatting(&self, params: DocumentRangeFormattingParams) -> Result<Option<Vec<TextEdit>>> {
        self.request("textDocument/rangeFormatting", |session, snapshot| {
            let Some(file) = document(session, &params.text_document.uri) else {
                return Ok(None);
            };
            let (Some(text), Some(index)) = (snapshot.text(file), snapshot.line_index(file)) else {
                return Ok(None);
            };
            let encoding = session.negotiated.encoding;
            let span = convert::span(index, params.range, encoding);
            let edits = journey_fmt::format_range(text, span.range())
                .map_err(|error| format_failed(&error, session.negotiated.lang))?;
            Ok(Some(format_edits(index, edits, encoding)))
        })
    }
}

fn format_edits(
    index: &journey_ide::LineIndex,
    edits: Vec<journey_fmt::TextEdit>,
    encoding: journey_ide::PositionEncoding,
) -> Vec<TextEdit> {
    edits
        .into_iter()
        .map(|edit| TextEdit::new(convert::range(index, edit.range.into(), encoding), edit.new_text))
        .collect()
}

fn format_failed(error: &journey_fmt::FormatError, lang: Lang) -> Error {
    let message = match error {
        journey_fmt::FormatError::Syntax(found) => Message::new("lsp-format-syntax-errors").arg("count", found.len()),
        journey_fmt::FormatError::ContentChanged => Message::new("lsp-format-content-changed"),
    };
    request_failed(journey_i18n::format(lang, &message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_becomes_internal_error() {
        let outcome: Result<()> = guarded("textDocument/hover", || panic!("index out of bounds"));
        let error = outcome.unwrap_err();
        assert_eq!(error.code, ErrorCode::InternalError);
        assert_eq!(
            error.message,
            "internal error in textDocument/hover: index out of bounds"
        );
        assert_eq!(guarded("textDocument/hover", || Ok(3)), Ok(3));
    }

    #[test]
    fn language_from_options_then_locale_then_environment() {
        let mut params = InitializeParams {
            locale: Some("fr-CA".to_owned()),
            ..Default::default()
        };
        assert_eq!(negotiate_lang(&params), Lang::Fr);
        params.initialization_options = Some(serde_json::json!({ "lang": "en" }));
        assert_eq!(negotiate_lang(&params), Lang::En);
        params.initialization_options = Some(serde_json::json!({ "lang": "de" }));
        assert_eq!(
            negotiate_lang(&params),
            Lang::Fr,
            "an unsupported option falls through to the locale"
        );
    }
}
