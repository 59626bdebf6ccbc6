//! Loading a workspace from disk: every `*.journey` file below a folder, and
//! its optional `journey.toml`.
//!
//! This is the IO boundary of the compiler. It walks the folder without
//! following symbolic links (so nothing outside the root is read), skips
//! hidden folders and build output, enforces the size limits, and turns
//! invalid UTF-8 into a diagnostic with the byte offset. It also owns the
//! [`SourceMap`] that turns byte offsets into lines and columns.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use journey_diagnostics::{Diagnostic, FileId, FileSpan, INVALID_UTF8, Message, Span};
use journey_model::{FileText, Settings};

mod source_map;

pub use source_map::{LineColumn, SourceMap};

pub use journey_syntax::MAX_FILE_BYTES;
/// The most `.journey` files a workspace may hold.
pub const MAX_FILES: usize = 20_000;
/// Folders never searched for journey files.
const SKIPPED_FOLDERS: &[&str] = &["target", "node_modules"];

/// A workspace read from disk.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// The folder the paths are relative to.
    pub root: PathBuf,
    /// The `.journey` files, not parsed: `journey_model::analyze_texts`
    /// parses them one at a time, and [`FileText::parse`] parses one.
    pub files: Vec<FileText>,
    pub settings: Settings,
    /// Problems found while loading: unreadable files, invalid UTF-8, journey.toml.
    pub diagnostics: Vec<Diagnostic>,
    /// Every file's text, `journey.toml` included, for rendering diagnostics.
    pub sources: SourceMap,
}

/// The reason a workspace could not be loaded at all.
#[derive(Debug)]
pub enum LoadError {
    NotFound(PathBuf),
    /// A file path that is neither a `.journey` file nor `journey.toml`.
    NotJourneyFile(PathBuf),
    NoJourneyFiles(PathBuf),
    TooManyFiles(PathBuf, usize),
    Io(PathBuf, std::io::Error),
}

impl LoadError {
    /// Builds the catalogue message describing the error.
    pub fn message(&self) -> Message {
        match self {
            LoadError::NotFound(path) => Message::new("load-not-found").arg("path", path.display().to_string()),
            LoadError::NotJourneyFile(path) => {
                Message::new("load-not-journey-file").arg("path", path.display().to_string())
            }
            LoadError::NoJourneyFiles(path) => Message::new("load-no-files").arg("path", path.display().to_string()),
            LoadError::TooManyFiles(path, count) => Message::new("load-too-many-files")
                .arg("path", path.display().to_string())
                .arg("count", *count)
                .arg("max", MAX_FILES),
            LoadError::Io(path, error) => Message::new("load-io")
                .arg("path", path.display().to_string())
                .arg("reason", error.to_string()),
        }
    }
}

/// Finds the workspace root for `path`: the folder itself, or for a file,
/// the nearest folder above it that contains a `journey.toml`, else the folder
/// holding the file. A file must be a `.journey` file or `journey.toml`.
pub fn root_of(path: &Path) -> Result<PathBuf, LoadError> {
    let metadata = fs::metadata(path).map_err(|_| LoadError::NotFound(path.to_path_buf()))?;
    if metadata.is_dir() {
        return Ok(path.to_path_buf());
    }
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !name.ends_with(".journey") && name != "journey.toml" {
        return Err(LoadError::NotJourneyFile(path.to_path_buf()));
    }
    let parent = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let with_settings = parent.ancestors().find(|folder| {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        folder.join("journey.toml").is_file()
    });
    let root = with_settings
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or(parent);
    Ok(root.to_path_buf())
}

/// Loads the workspace that contains `path`.
pub fn load(path: &Path) -> Result<Workspace, LoadError> {
    let root = root_of(path)?;
    let paths = journey_files(&root)?;
    if paths.is_empty() {
        return Err(LoadError::NoJourneyFiles(root));
    }
    if paths.len() > MAX_FILES {
        return Err(LoadError::TooManyFiles(root, paths.len()));
    }

    let mut sources = SourceMap::default();
    let mut diagnostics = Vec::new();
    let mut files = Vec::new();
    for relative in paths {
        let full = root.join(&relative);
        let id = FileId(sources.len() as u32);
        let (display, parsed) = read_text(&full, id, &mut diagnostics)?;
        sources.add(relative.clone(), display);
        files.push(FileText::new(id, relative, parsed));
    }

    let settings = load_settings(&root, &mut sources, &mut diagnostics)?;
    Ok(Workspace {
        root,
        files,
        settings,
        diagnostics,
        sources,
    })
}

/// Reads one file and returns the text to display and the text to parse.
/// Size and encoding problems become diagnostics, and then nothing is parsed.
/// The language server calls it to reload a file that changed on disk.
pub fn read_text(
    path: &Path,
    id: FileId,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(Arc<str>, Arc<str>), LoadError> {
    // Not followed: a file replaced by a link after the folder was listed
    // (the language server reloads files by path) could point outside the root.
    let metadata = fs::symlink_metadata(path).map_err(|error| LoadError::Io(path.to_path_buf(), error))?;
    if metadata.is_symlink() {
        let error = std::io::Error::new(std::io::ErrorKind::InvalidInput, "symbolic link not followed");
        return Err(LoadError::Io(path.to_path_buf(), error));
    }
    if metadata.len() > MAX_FILE_BYTES {
        diagnostics.push(journey_syntax::file_too_large(id, metadata.len()));
        return Ok((Arc::from(""), Arc::from("")));
    }
    let bytes = fs::read(path).map_err(|error| LoadError::Io(path.to_path_buf(), error))?;
    match String::from_utf8(bytes) {
        Ok(text) => {
            let text: Arc<str> = Arc::from(text);
            Ok((text.clone(), text))
        }
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            // The lossy text replaces the bad bytes, so the span is placed on
            // the replacement character that stands for them.
            let end = text[offset..].chars().next().map_or(offset, |c| offset + c.len_utf8());
            let message = Message::new("invalid-utf8").arg("offset", offset);
            diagnostics.push(
                Diagnostic::new(&INVALID_UTF8, FileSpan::new(id, Span::new(offset, end)), message)
                    .with_help(Message::new("help-invalid-utf8")),
            );
            // The file is not parsed, so one bad byte does not produce a
            // cascade of errors, but its lossy text is kept for display.
            Ok((Arc::from(text), Arc::from("")))
        }
    }
}

fn load_settings(
    root: &Path,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Settings, LoadError> {
    let path = root.join("journey.toml");
    let Ok(metadata) = fs::symlink_metadata(&path) else {
        return Ok(Settings::default());
    };
    if !metadata.is_file() {
        tracing::warn!(path = %path.display(), "journey.toml is not a regular file; ignored");
        return Ok(Settings::default());
    }
    let bytes = fs::read(&path).map_err(|error| LoadError::Io(path.clone(), error))?;
    let id = FileId(sources.len() as u32);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (settings, found) = Settings::parse(id, &text);
    sources.add("journey.toml".to_owned(), Arc::from(text));
    diagnostics.extend(found);
    Ok(settings)
}

/// Lists the `.journey` files below `root`, relative to it with `/`
/// separators, sorted so every run sees the same order.
pub fn journey_files(root: &Path) -> Result<Vec<String>, LoadError> {
    let mut found = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        let folder = root.join(&relative);
        let entries = fs::read_dir(&folder).map_err(|error| LoadError::Io(folder.clone(), error))?;
        for entry in entries {
            let entry = entry.map_err(|error| LoadError::Io(folder.clone(), error))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let file_type = entry.file_type().map_err(|error| LoadError::Io(entry.path(), error))?;
            if file_type.is_symlink() {
                tracing::debug!(path = %entry.path().display(), "symbolic link not followed");
                continue;
            }
            if file_type.is_dir() {
                if !name.starts_with('.') && !SKIPPED_FOLDERS.contains(&name.as_str()) {
                    pending.push(relative.join(&name));
                }
            } else if file_type.is_file() && name.ends_with(".journey") {
                found.push(to_slash(&relative.join(&name)));
            }
            if found.len() > MAX_FILES {
                return Ok(found);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn to_slash(path: &Path) -> String {
    path.components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_files_and_skips_hidden_and_links() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("journeys/deep")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        fs::write(root.join("people.journey"), "person a \"A\"").unwrap();
        fs::write(root.join("journeys/deep/x.journey"), "").unwrap();
        fs::write(root.join(".git/y.journey"), "").unwrap();
        fs::write(root.join("notes.txt"), "").unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.journey"), "").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(outside.path(), root.join("link")).unwrap();
        assert_eq!(
            journey_files(root).unwrap(),
            vec!["journeys/deep/x.journey", "people.journey"]
        );
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("bad.journey"), b"person a \"\xff\"").unwrap();
        let workspace = load(dir.path()).unwrap();
        assert_eq!(workspace.diagnostics.len(), 1);
        assert_eq!(workspace.diagnostics[0].code.id, "J0006");
        assert_eq!(
            workspace.diagnostics[0].message.get("offset"),
            Some(&journey_diagnostics::Arg::Num(10.0))
        );
    }

    #[cfg(unix)]
    #[test]
    fn read_text_does_not_follow_links() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.journey"), "person a \"A\"").unwrap();
        let root = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.journey"), root.path().join("a.journey")).unwrap();
        let result = read_text(&root.path().join("a.journey"), FileId(0), &mut Vec::new());
        assert!(matches!(result, Err(LoadError::Io(_, _))), "{result:?}");
    }

    #[test]
    fn empty_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(load(dir.path()), Err(LoadError::NoJourneyFiles(_))));
    }
}
