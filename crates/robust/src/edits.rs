//! Random edit sequences replayed into the editor's document model, as a
//! language server would receive them, with every editor feature asked at
//! random positions in between.

use arbitrary::{Arbitrary, Unstructured};
use journey_diagnostics::{FileId, Span};
use journey_i18n::Lang;
use journey_ide::{BufferEdit, DiskFile, LineCol, PositionEncoding, Snapshot, Workspace};

use crate::spans::{assert_diagnostic, assert_in_text};

/// The edited buffer, and a second file on disk that it can refer to.
const EDITED: &str = "journeys/edited.journey";
const PEOPLE: &str = "people.journey";
const PEOPLE_TEXT: &str = "person maya \"Maya Laurent\" { role: \"Lead\" }\n\
    channel web \"Website\" { kind: digital }\n\
    kpi nps \"Net Promoter Score\" { better: higher }\n\
    journey lifecycle \"Lifecycle\" { owner: @maya  stage join \"Join\" { step sign \"Sign\" } }\n";

#[derive(Debug, Arbitrary)]
struct Session {
    initial: String,
    encoding: u8,
    steps: Vec<Step>,
}

#[derive(Debug, Arbitrary)]
enum Step {
    /// Replaces a range given as lines and columns, which may lie past the
    /// end of the text as a confused client may send.
    Edit {
        start: (u8, u16),
        end: (u8, u16),
        text: String,
    },
    /// Replaces the whole text.
    Replace(String),
    /// Asks every feature at a position.
    Probe {
        line: u8,
        column: u16,
    },
    Close,
    Open(String),
}

/// Replays the session encoded in `data`. Returns early when the bytes do
/// not describe a session.
pub fn edit_session(data: &[u8]) {
    let Ok(session) = Session::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let encoding = match session.encoding % 3 {
        0 => PositionEncoding::Utf16,
        1 => PositionEncoding::Utf8,
        _ => PositionEncoding::Utf32,
    };
    let clock = time::macros::date!(2026 - 12 - 01);
    let mut workspace = Workspace::new(clock);
    workspace.set_disk_file(PEOPLE, DiskFile::new(PEOPLE_TEXT));
    workspace.set_buffer(EDITED, session.initial.as_str());
    for step in session.steps {
        run_step(&mut workspace, step, encoding);
        assert_consistent(&mut workspace);
    }
}

fn run_step(workspace: &mut Workspace, step: Step, encoding: PositionEncoding) {
    match step {
        Step::Edit { start, end, text } => {
            let range = Some((
                LineCol::new(start.0.into(), start.1.into()),
                LineCol::new(end.0.into(), end.1.into()),
            ));
            workspace.edit_buffer(EDITED, &[BufferEdit { range, text }], encoding);
        }
        Step::Replace(text) => {
            workspace.edit_buffer(EDITED, &[BufferEdit { range: None, text }], encoding);
        }
        Step::Probe { line, column } => {
            let snapshot = workspace.snapshot();
            if let Some(file) = workspace.file_id(EDITED) {
                let offset = snapshot
                    .line_index(file)
                    .map(|index| index.offset(LineCol::new(line.into(), column.into()), encoding));
                if let Some(offset) = offset {
                    probe(&snapshot, file, offset);
                }
            }
        }
        Step::Close => workspace.close_buffer(EDITED),
        Step::Open(text) => {
            workspace.set_buffer(EDITED, text.as_str());
        }
    }
}

/// Asks every feature at `offset`, in both languages where text is produced.
fn probe(snapshot: &Snapshot, file: FileId, offset: u32) {
    let text = snapshot.text(file).unwrap_or_default();
    assert!(
        text.is_char_boundary(offset as usize),
        "line index gave offset {offset} inside a character"
    );
    let whole = Span::new(0, text.len());
    for lang in [Lang::En, Lang::Fr] {
        snapshot.diagnostics(file, lang);
        snapshot.hover(file, offset, lang);
        snapshot.inlay_hints(file, whole, lang);
        snapshot.code_actions(file, Span::new(offset as usize, offset as usize), lang);
    }
    snapshot.completions(file, offset);
    snapshot.definition(file, offset);
    snapshot.references(file, offset, true);
    snapshot.highlights(file, offset);
    snapshot.semantic_tokens(file);
    snapshot.folding_ranges(file);
    snapshot.document_symbols(file);
    snapshot.workspace_symbols("a");
    snapshot.journey_at(file, offset);
    if let Ok(change) = snapshot.rename(file, offset, "renamed") {
        for (changed, edits) in &change.edits {
            let changed_text = snapshot.text(*changed).expect("rename edits a known file");
            for edit in edits {
                assert_in_text(edit.span, changed_text, "rename edit");
            }
        }
    }
}

/// Every diagnostic of the current analysis points inside its file, and
/// every syntax tree, re-parsed in part after an edit or not, is the one a
/// whole parse of the file's text gives.
fn assert_consistent(workspace: &mut Workspace) {
    let snapshot = workspace.snapshot();
    let files: Vec<FileId> = snapshot.files().collect();
    for file in files {
        if let (Some(tree), Some(text)) = (snapshot.syntax_tree(file), snapshot.text(file)) {
            assert!(
                *tree == journey_syntax::parse(file, text),
                "the syntax tree kept after the edits differs from a whole parse of:\n{text}"
            );
        }
        for diagnostic in snapshot.raw_diagnostics(file) {
            assert_diagnostic(diagnostic, &|id| snapshot.text(id));
        }
    }
}
