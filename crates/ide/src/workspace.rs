//! The files the editor works on, and the analysis of them.
//!
//! A file has up to two texts: the one on disk and the one in an open editor
//! buffer. The buffer, while open, takes precedence. Each change re-parses
//! only the file it touches, and an edit inside one top-level declaration
//! re-parses only that declaration. The next [`Workspace::snapshot`] re-runs
//! `journey_model::analyze` on the whole workspace and caches the result
//! until the next change.

use std::collections::BTreeMap;
use std::sync::Arc;

use journey_diagnostics::{Diagnostic, FileId};
use journey_model::{ParsedFile, Settings, Today, TodaySource, analyze};
use journey_syntax::{MAX_FILE_BYTES, Parse, TextChange, file_too_large, reparse};
use time::Date;

use crate::line_index::{LineCol, LineIndex, PositionEncoding};
use crate::snapshot::{FileData, Snapshot};

/// The path of the settings file, relative to the workspace root.
pub const SETTINGS_PATH: &str = "journey.toml";

/// A file as read from disk.
#[derive(Debug, Clone)]
pub struct DiskFile {
    /// The text shown to the user and used for positions.
    pub text: Arc<str>,
    /// The text that is parsed. It is empty when the file could not be
    /// decoded, so that one bad byte does not produce a cascade of errors.
    pub parse_text: Arc<str>,
    /// Problems found while reading, such as invalid UTF-8. Their file id is
    /// replaced by the one the workspace gives the file.
    pub problems: Vec<Diagnostic>,
}

impl DiskFile {
    pub fn new(text: impl Into<Arc<str>>) -> Self {
        let text = text.into();
        DiskFile {
            text: text.clone(),
            parse_text: text,
            problems: Vec::new(),
        }
    }
}

/// One change of an open buffer, as editors send them: a replacement of a
/// range, or of the whole text when `range` is `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BufferEdit {
    pub range: Option<(LineCol, LineCol)>,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    Journey,
    Settings,
}

#[derive(Debug, Clone)]
struct File {
    kind: FileKind,
    disk: Option<DiskFile>,
    buffer: Option<Arc<str>>,
    data: FileData,
}

/// The editor's view of one workspace folder.
#[derive(Debug, Clone)]
pub struct Workspace {
    ids: BTreeMap<String, FileId>,
    files: Vec<Option<File>>,
    settings: Settings,
    clock: Date,
    snapshot: Option<Arc<Snapshot>>,
}

impl Workspace {
    /// Creates an empty workspace. `clock` is today's date from the system
    /// clock; `today` in `journey.toml` takes precedence over it.
    pub fn new(clock: Date) -> Self {
        Workspace {
            ids: BTreeMap::new(),
            files: Vec::new(),
            settings: Settings::default(),
            clock,
            snapshot: None,
        }
    }

    /// Updates the clock date, for a server that runs past midnight.
    pub fn set_clock(&mut self, clock: Date) {
        if clock != self.clock {
            self.clock = clock;
            self.snapshot = None;
        }
    }

    pub fn file_id(&self, path: &str) -> Option<FileId> {
        self.ids.get(path).copied().filter(|id| self.file(*id).is_some())
    }

    pub fn path(&self, file: FileId) -> Option<&str> {
        self.file(file).map(|file| file.data.path.as_str())
    }

    /// Every file, `journey.toml` included, with its path.
    pub fn files(&self) -> impl Iterator<Item = (FileId, &str)> {
        self.ids
            .iter()
            .filter(|(_, id)| self.file(**id).is_some())
            .map(|(path, id)| (*id, path.as_str()))
    }

    /// The paths of the files that have a disk text.
    pub fn disk_paths(&self) -> impl Iterator<Item = &str> {
        self.ids
            .iter()
            .filter(|(_, id)| self.file(**id).is_some_and(|file| file.disk.is_some()))
            .map(|(path, _)| path.as_str())
    }

    pub fn is_open(&self, path: &str) -> bool {
        self.file_id(path)
            .and_then(|id| self.file(id))
            .is_some_and(|file| file.buffer.is_some())
    }

    /// The current text of a file: its buffer when open, else its disk text.
    pub fn text(&self, path: &str) -> Option<Arc<str>> {
        let file = self.file(self.file_id(path)?)?;
        Some(file.data.text.clone())
    }

    /// Adds a `.journey` file read from disk, or replaces its disk text.
    pub fn set_disk_file(&mut self, path: &str, disk: DiskFile) -> FileId {
        self.set_disk(path, FileKind::Journey, disk)
    }

    /// Sets the text of `journey.toml`.
    pub fn set_settings_file(&mut self, disk: DiskFile) -> FileId {
        self.set_disk(SETTINGS_PATH, FileKind::Settings, disk)
    }

    /// Forgets a file's disk text, after the file was deleted. The file
    /// stays while a buffer has it open.
    pub fn remove_disk_file(&mut self, path: &str) {
        let Some(id) = self.file_id(path) else { return };
        let file = self.files[id.0 as usize].as_mut().expect("file_id returns live files");
        file.disk = None;
        if file.buffer.is_none() {
            self.files[id.0 as usize] = None;
        }
        self.changed(id);
    }

    /// Opens a buffer on a `.journey` file, or replaces its whole text.
    pub fn set_buffer(&mut self, path: &str, text: impl Into<Arc<str>>) -> FileId {
        self.set_buffer_parsed(path, text.into(), None)
    }

    /// Applies an editor's changes to an open buffer, in order; each range
    /// refers to the text left by the changes before it. Returns `None`
    /// when no buffer is open on `path`.
    ///
    /// An edit inside one top-level declaration re-parses only that
    /// declaration (see [`journey_syntax::reparse`]); others re-parse the file.
    pub fn edit_buffer(&mut self, path: &str, edits: &[BufferEdit], encoding: PositionEncoding) -> Option<FileId> {
        let id = self.file_id(path)?;
        let file = self.file(id)?;
        let buffer = file.buffer.as_ref()?;
        let mut text = buffer.to_string();
        // The parse and line index of `text`, as long as they are known.
        let mut parse =
            (file.kind == FileKind::Journey && Arc::ptr_eq(buffer, &file.data.text)).then(|| file.data.parse.clone());
        let mut index = Some(file.data.index.clone());
        for edit in edits {
            match edit.range {
                None => {
                    text.clone_from(&edit.text);
                    parse = None;
                    index = None;
                }
                Some((start, end)) => {
                    let index = index
                        .take()
                        .unwrap_or_else(|| Arc::new(LineIndex::new(Arc::from(text.as_str()))));
                    let start = index.offset(start, encoding);
                    let end = index.offset(end, encoding).max(start);
                    text.replace_range(start as usize..end as usize, &edit.text);
                    let change = TextChange {
                        start,
                        end,
                        inserted: edit.text.len() as u32,
                    };
                    parse = parse.and_then(|old| reparse(id, &old, &text, change)).map(Arc::new);
                }
            }
        }
        Some(self.set_buffer_parsed(path, Arc::from(text), parse))
    }

    /// Closes the buffer on a file. The file falls back to its disk text, or
    /// leaves the workspace when it has none.
    pub fn close_buffer(&mut self, path: &str) {
        let Some(id) = self.file_id(path) else { return };
        let file = self.files[id.0 as usize].as_mut().expect("file_id returns live files");
        file.buffer = None;
        if file.disk.is_none() {
            self.files[id.0 as usize] = None;
        }
        self.changed(id);
    }

    /// Opens or replaces a buffer, with the parse of `text` when the caller has it.
    fn set_buffer_parsed(&mut self, path: &str, text: Arc<str>, parse: Option<Arc<Parse>>) -> FileId {
        let id = self.id_for(path, FileKind::Journey);
        let file = self.files[id.0 as usize].as_mut().expect("id_for creates the file");
        file.buffer = Some(text);
        self.changed_parsed(id, parse);
        id
    }

    /// The analysis of the current texts, computed when something changed since the last call.
    pub fn snapshot(&mut self) -> Arc<Snapshot> {
        if let Some(snapshot) = &self.snapshot {
            return snapshot.clone();
        }
        let snapshot = Arc::new(self.analyze());
        self.snapshot = Some(snapshot.clone());
        snapshot
    }

    fn analyze(&self) -> Snapshot {
        let journey_files: Vec<ParsedFile> = self
            .ids
            .values()
            .filter_map(|id| self.file(*id))
            .filter(|file| file.kind == FileKind::Journey)
            .map(|file| file.data.parsed())
            .collect();
        let today = match self.settings.today {
            Some(date) => Today {
                date,
                source: TodaySource::Settings,
            },
            None => Today {
                date: self.clock,
                source: TodaySource::Clock,
            },
        };
        let analysis = analyze(&journey_files, &self.settings, today);
        let files = self
            .files
            .iter()
            .map(|file| file.as_ref().map(|file| file.data.clone()))
            .collect();
        Snapshot::new(files, analysis)
    }

    fn file(&self, id: FileId) -> Option<&File> {
        self.files.get(id.0 as usize)?.as_ref()
    }

    /// Returns the id of `path`, creating an empty file when it is new.
    fn id_for(&mut self, path: &str, kind: FileKind) -> FileId {
        let id = match self.ids.get(path) {
            Some(id) => *id,
            None => {
                let id = FileId(self.files.len() as u32);
                self.ids.insert(path.to_owned(), id);
                self.files.push(None);
                id
            }
        };
        let slot = &mut self.files[id.0 as usize];
        if slot.is_none() {
            *slot = Some(File {
                kind,
                disk: None,
                buffer: None,
                data: FileData::new(id, path, kind, Arc::from(""), Arc::from(""), Vec::new(), None),
            });
        }
        id
    }

    fn set_disk(&mut self, path: &str, kind: FileKind, mut disk: DiskFile) -> FileId {
        let id = self.id_for(path, kind);
        for problem in &mut disk.problems {
            problem.primary.at.file = id;
        }
        let file = self.files[id.0 as usize].as_mut().expect("id_for creates the file");
        file.disk = Some(disk);
        self.changed(id);
        id
    }

    /// Re-parses a file after its text changed, and marks the analysis stale.
    fn changed(&mut self, id: FileId) {
        self.changed_parsed(id, None);
    }

    /// Like [`Workspace::changed`], with the parse of the file's new text when it is known.
    fn changed_parsed(&mut self, id: FileId, parse: Option<Arc<Parse>>) {
        free_later(self.snapshot.take());
        let Some(file) = self.files[id.0 as usize].as_mut() else {
            if self.ids.get(SETTINGS_PATH) == Some(&id) {
                self.settings = Settings::default();
            }
            return;
        };
        let (text, parse_text, problems) = match (&file.buffer, &file.disk) {
            // The limit the loader applies to files on disk holds for buffers too.
            (Some(buffer), _) if buffer.len() as u64 > MAX_FILE_BYTES => {
                let problem = file_too_large(id, buffer.len() as u64);
                (buffer.clone(), Arc::from(""), vec![problem])
            }
            (Some(buffer), _) => (buffer.clone(), buffer.clone(), Vec::new()),
            (None, Some(disk)) => (disk.text.clone(), disk.parse_text.clone(), disk.problems.clone()),
            (None, None) => (Arc::from(""), Arc::from(""), Vec::new()),
        };
        if file.data.text == text && *file.data.parse_text == *parse_text && file.data.problems == problems {
            return;
        }
        // The caller's parse is of the buffer, which is not parsed when over the limit.
        let parse = parse.filter(|_| {
            file.buffer
                .as_ref()
                .is_some_and(|buffer| Arc::ptr_eq(buffer, &parse_text))
        });
        let data = FileData::new(id, &file.data.path, file.kind, text, parse_text, problems, parse);
        free_later(std::mem::replace(&mut file.data, data));
        if file.kind == FileKind::Settings {
            let (settings, mut found) = Settings::parse(id, &file.data.text);
            self.settings = settings;
            let file = self.files[id.0 as usize].as_mut().expect("checked above");
            file.data.problems.append(&mut found);
        }
    }
}

/// Frees `value` on a short-lived thread. Freeing the previous analysis and
/// syntax tree of a large workspace takes milliseconds, which the keystroke
/// that replaced them should not wait for. When no thread can be started,
/// the value is freed here.
fn free_later<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new()
        .name("journey-free".to_owned())
        .spawn(move || drop(value));
}
