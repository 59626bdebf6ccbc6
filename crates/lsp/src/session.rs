//! The server's state: the workspace, the negotiated settings, the URIs of
//! the files, and what was last published to the client.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use journey_diagnostics::{Diagnostic, FileId};
use journey_i18n::Lang;
use journey_ide::{PositionEncoding, Snapshot, Workspace};
use tower_lsp_server::ls_types::Uri;

/// What the client and the server agreed on in `initialize`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Negotiated {
    pub lang: Lang,
    pub encoding: PositionEncoding,
    /// Whether the client accepts `workspace/inlayHint/refresh`.
    pub inlay_hint_refresh: bool,
    /// Whether the client accepts `workspace/semanticTokens/refresh`.
    pub semantic_tokens_refresh: bool,
}

impl Default for Negotiated {
    fn default() -> Self {
        Negotiated {
            lang: Lang::En,
            encoding: PositionEncoding::Utf16,
            inlay_hint_refresh: false,
            semantic_tokens_refresh: false,
        }
    }
}

/// The state shared by every handler, behind one lock.
pub(crate) struct Session {
    pub workspace: Workspace,
    /// The workspace folder, when the client opened one.
    pub root: Option<PathBuf>,
    pub negotiated: Negotiated,
    /// The URI and version of each open document, by workspace path.
    open: HashMap<String, (Uri, i32)>,
    /// The diagnostics last published, by URI.
    published: HashMap<Uri, Vec<Diagnostic>>,
}

/// One `textDocument/publishDiagnostics` to send.
pub(crate) struct Publication {
    pub uri: Uri,
    pub file: Option<FileId>,
    pub version: Option<i32>,
}

impl Session {
    pub fn new(clock: time::Date) -> Self {
        Session {
            workspace: Workspace::new(clock),
            root: None,
            negotiated: Negotiated::default(),
            open: HashMap::new(),
            published: HashMap::new(),
        }
    }

    /// The workspace path of a document: relative to the root with `/`
    /// separators for files inside it, else the URI itself (an untitled
    /// buffer, a file outside the folder).
    pub fn path_of(&self, uri: &Uri) -> String {
        let inside = self.root.as_deref().and_then(|root| {
            let path = file_path(uri)?;
            let relative = path.strip_prefix(root).ok()?;
            Some(
                relative
                    .components()
                    .map(|part| part.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/"),
            )
        });
        inside.unwrap_or_else(|| uri.as_str().to_owned())
    }

    /// The URI of a workspace path: the one the client used when it opened
    /// the file, else one built from the root.
    pub fn uri_of(&self, path: &str) -> Option<Uri> {
        if let Some((uri, _)) = self.open.get(path) {
            return Some(uri.clone());
        }
        // Documents outside the root keep their URI as their path.
        if path.contains("://") || path.starts_with("untitled:") {
            return path.parse::<Uri>().ok();
        }
        Uri::from_file_path(self.root.as_deref()?.join(path))
    }

    pub fn file_uri(&self, snapshot: &Snapshot, file: FileId) -> Option<Uri> {
        self.uri_of(snapshot.path(file)?)
    }

    pub fn opened(&mut self, path: &str, uri: Uri, version: i32) {
        self.open.insert(path.to_owned(), (uri, version));
    }

    pub fn set_version(&mut self, path: &str, version: i32) {
        if let Some(entry) = self.open.get_mut(path) {
            entry.1 = version;
        }
    }

    pub fn closed(&mut self, path: &str) -> Option<Uri> {
        self.open.remove(path).map(|(uri, _)| uri)
    }

    pub fn snapshot(&mut self) -> Arc<Snapshot> {
        self.workspace.snapshot()
    }

    /// Works out which files need new diagnostics: those whose diagnostics
    /// changed since the last publication, and those that became clean or
    /// left the workspace (published empty). Records the new state as published.
    pub fn pending_publications(&mut self, snapshot: &Snapshot) -> Vec<Publication> {
        let mut current: HashMap<Uri, (FileId, &[Diagnostic])> = HashMap::new();
        for file in snapshot.files() {
            if let Some(uri) = self.file_uri(snapshot, file) {
                current.insert(uri, (file, snapshot.raw_diagnostics(file)));
            }
        }

        let mut publications = Vec::new();
        for (uri, (file, diagnostics)) in &current {
            let unchanged = self
                .published
                .get(uri)
                .is_some_and(|previous| previous.as_slice() == *diagnostics);
            let never_published_and_clean = !self.published.contains_key(uri) && diagnostics.is_empty();
            if unchanged || never_published_and_clean {
                continue;
            }
            self.published.insert(uri.clone(), diagnostics.to_vec());
            let version = snapshot
                .path(*file)
                .and_then(|path| self.open.get(path))
                .map(|(_, version)| *version);
            publications.push(Publication {
                uri: uri.clone(),
                file: Some(*file),
                version,
            });
        }

        let gone: Vec<Uri> = self
            .published
            .keys()
            .filter(|uri| !current.contains_key(*uri))
            .cloned()
            .collect();
        for uri in gone {
            self.published.remove(&uri);
            publications.push(Publication {
                uri,
                file: None,
                version: None,
            });
        }
        publications.sort_by(|a, b| a.uri.as_str().cmp(b.uri.as_str()));
        publications
    }
}

/// The local path of a `file:` URI.
pub(crate) fn file_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    uri.to_file_path().map(|path| path.into_owned())
}

/// Whether `path` is a `.journey` file or `journey.toml`.
pub(crate) fn is_watched(path: &Path) -> bool {
    path.extension().is_some_and(|extension| extension == "journey")
        || path.file_name().is_some_and(|name| name == journey_ide::SETTINGS_PATH)
}
