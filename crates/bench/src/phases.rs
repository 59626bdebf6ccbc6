//! The compiler's phases timed in this process on a workspace already in
//! memory: lexing, parsing, checking and the JSON export, and what one
//! keystroke costs: re-parsing the edited file and re-checking the whole
//! workspace, and the same keystroke in the editor's document model, which
//! re-parses only the declaration it falls in.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use journey_diagnostics::FileId;
use journey_i18n::Lang;
use journey_ide::{BufferEdit, DiskFile, LineCol, PositionEncoding, Workspace};
use journey_model::{Analysis, ParsedFile, Settings, Today, TodaySource, analyze, date::parse_date};
use journey_workspace::SourceMap;

use crate::timing::best_of;

/// The `.journey` files of a workspace, read into memory.
pub struct Loaded {
    pub files: Vec<(String, Arc<str>)>,
    pub bytes: usize,
    pub lines: usize,
}

impl Loaded {
    pub fn read(root: &Path) -> Result<Self, String> {
        let paths = journey_workspace::journey_files(root).map_err(|error| format!("{error:?}"))?;
        let mut files: Vec<(String, Arc<str>)> = Vec::new();
        for path in paths {
            let text =
                std::fs::read_to_string(root.join(&path)).map_err(|error| format!("cannot read {path}: {error}"))?;
            files.push((path, Arc::from(text)));
        }
        let bytes = files.iter().map(|(_, text)| text.len()).sum();
        let lines = files.iter().map(|(_, text)| text.lines().count()).sum();
        Ok(Loaded { files, bytes, lines })
    }

    pub fn parse_all(&self) -> Vec<ParsedFile> {
        self.files
            .iter()
            .enumerate()
            .map(|(index, (path, text))| ParsedFile::new(FileId(index as u32), path.clone(), text.clone()))
            .collect()
    }

    pub fn sources(&self) -> SourceMap {
        let mut sources = SourceMap::default();
        for (path, text) in &self.files {
            sources.add(path.clone(), text.clone());
        }
        sources
    }
}

/// The date every generated workspace's `journey.toml` sets.
pub fn bench_today() -> Today {
    Today {
        date: parse_date("2026-12-01").expect("a valid date"),
        source: TodaySource::Settings,
    }
}

pub fn check(files: &[ParsedFile]) -> Analysis {
    analyze(files, &Settings::default(), bench_today())
}

/// The fastest time of each phase.
pub struct Phases {
    pub lex: Duration,
    pub parse: Duration,
    pub check: Duration,
    pub json: Duration,
    /// `atlas.svg` and its pages.
    pub atlas: Duration,
    /// The map of every journey and the blueprint of those with lanes.
    pub maps: Duration,
    /// The governance report in Markdown.
    pub report: Duration,
}

pub fn measure(loaded: &Loaded, runs: usize) -> Phases {
    let lex = best_of(runs, || {
        loaded
            .files
            .iter()
            .map(|(_, text)| journey_syntax::lexer::lex(text).len())
            .sum::<usize>()
    });
    let parse = best_of(runs, || loaded.parse_all());
    let parsed = loaded.parse_all();
    let check_time = best_of(runs, || check(&parsed));
    let analysis = check(&parsed);
    let sources = loaded.sources();
    let json = best_of(runs, || {
        let export = journey_export::export(&analysis, &sources, journey_export::Options { spans: false });
        journey_export::to_json(&export).len()
    });
    let model = &analysis.model;
    let atlas = best_of(runs, || journey_render::atlas_pages(model, Lang::En).len());
    // Drawing every map is the slowest phase by far; fewer runs keep the benchmark short.
    let maps = best_of(runs.min(2), || draw_maps(model));
    let report = best_of(runs, || {
        journey_report::render(&analysis, journey_report::Format::Markdown, Lang::En).len()
    });
    Phases {
        lex,
        parse,
        check: check_time,
        json,
        atlas,
        maps,
        report,
    }
}

/// Draws every journey map and blueprint, as `journey build` does; returns the bytes drawn.
pub fn draw_maps(model: &journey_model::Model) -> usize {
    (0..model.journeys.len())
        .map(|index| {
            let id = journey_model::JourneyId(index as u32);
            let map = journey_render::journey_map_svg(model, id, Lang::En).len();
            map + journey_render::blueprint_svg(model, id, Lang::En).map_or(0, |svg| svg.len())
        })
        .sum()
}

/// One keystroke in a workspace checked from scratch: the edited file is
/// parsed again and the whole workspace checked. Returns the fastest time.
pub fn keystroke(loaded: &Loaded, runs: usize) -> Duration {
    let mut parsed = loaded.parse_all();
    let edited = loaded
        .files
        .iter()
        .position(|(path, _)| path.starts_with("journeys/"))
        .unwrap_or(0);
    let (path, text) = &loaded.files[edited];
    let changed: Arc<str> = Arc::from(insert_in_first_label(text));
    best_of(runs, || {
        parsed[edited] = ParsedFile::new(FileId(edited as u32), path.clone(), changed.clone());
        check(&parsed).diagnostics.len()
    })
}

/// Times one keystroke in the editor's document model (`journey-ide`), as
/// the language server handles it. The edit goes to the open buffer of the
/// first journey file with an `owner:` reference, and the workspace is
/// checked again. Keystrokes add and remove a letter of that reference in turn.
pub fn keystroke_in_editor(loaded: &Loaded, runs: usize) -> Duration {
    let mut workspace = Workspace::new(bench_today().date);
    let mut edited = None;
    for (path, text) in &loaded.files {
        let position = crate::lsp::owner_position(text).filter(|_| edited.is_none() && path.ends_with(".journey"));
        match position {
            Some((line, column)) => {
                workspace.set_buffer(path, text.clone());
                edited = Some((path.as_str(), line as u32, column as u32));
            }
            None => {
                workspace.set_disk_file(path, DiskFile::new(text.clone()));
            }
        }
    }
    let Some((path, line, column)) = edited else {
        return Duration::ZERO;
    };
    workspace.snapshot();
    let mut typed = false;
    best_of(runs, || {
        let range = if typed {
            (LineCol::new(line, column), LineCol::new(line, column + 1))
        } else {
            (LineCol::new(line, column), LineCol::new(line, column))
        };
        let text = if typed { "" } else { "x" }.to_owned();
        typed = !typed;
        let edit = BufferEdit {
            range: Some(range),
            text,
        };
        let file = workspace.edit_buffer(path, &[edit], PositionEncoding::Utf16);
        let snapshot = workspace.snapshot();
        file.map_or(0, |file| snapshot.raw_diagnostics(file).len())
    })
}

/// The text with an `x` typed inside its first label, as a user would.
pub fn insert_in_first_label(text: &str) -> String {
    let at = text.find("\" {").unwrap_or(text.len());
    let mut changed = String::with_capacity(text.len() + 1);
    changed.push_str(&text[..at]);
    changed.push('x');
    changed.push_str(&text[at..]);
    changed
}
