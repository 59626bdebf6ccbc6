//! The workspace: buffers over disk, incremental edits in each position
//! encoding, re-parsing only what changed, and diagnostics across files.

mod common;

use std::sync::Arc;

use common::today;
use journey_i18n::Lang;
use journey_ide::{BufferEdit, DiskFile, LineCol, PositionEncoding, Workspace};

fn codes(workspace: &mut Workspace, path: &str) -> Vec<&'static str> {
    let snapshot = workspace.snapshot();
    let file = workspace.file_id(path).unwrap();
    snapshot
        .raw_diagnostics(file)
        .iter()
        .map(|diagnostic| diagnostic.code.id)
        .collect()
}

fn two_files() -> Workspace {
    let mut workspace = Workspace::new(today());
    workspace.set_disk_file("people.journey", DiskFile::new("person maya \"Maya\"\n"));
    workspace.set_disk_file(
        "a.journey",
        DiskFile::new("journey a \"A\" { owner: @maya stage s { step t { emotion: 1 } } }\n"),
    );
    workspace
}

#[test]
fn buffer_takes_precedence_until_closed() {
    let mut workspace = two_files();
    workspace.set_buffer("people.journey", "person mia \"Mia\"\n");
    assert_eq!(
        codes(&mut workspace, "a.journey"),
        ["J0201"],
        "the open buffer renamed maya"
    );
    workspace.close_buffer("people.journey");
    assert!(
        codes(&mut workspace, "a.journey").is_empty(),
        "closing falls back to the disk text"
    );
}

#[test]
fn removed_file_leaves_unless_open() {
    let mut workspace = two_files();
    workspace.remove_disk_file("people.journey");
    assert_eq!(workspace.file_id("people.journey"), None);
    assert_eq!(codes(&mut workspace, "a.journey"), ["J0201"]);

    workspace.set_buffer("new.journey", "person maya \"Maya\"\n");
    assert!(
        codes(&mut workspace, "a.journey").is_empty(),
        "an unsaved buffer joins the workspace"
    );
    workspace.close_buffer("new.journey");
    assert_eq!(workspace.file_id("new.journey"), None);
}

#[test]
fn cross_file_diagnostics_carry_related_locations() {
    let mut workspace = two_files();
    // Files are checked in path order, so the copy in `people.journey` is the duplicate.
    workspace.set_buffer("a.journey", "person maya \"Again\"\n");
    let snapshot = workspace.snapshot();
    let file = workspace.file_id("people.journey").unwrap();
    let diagnostics = snapshot.diagnostics(file, Lang::En);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    let duplicate = &diagnostics[0];
    assert_eq!(duplicate.code.id, "J0202");
    assert!(duplicate.message.contains("\nhelp: "), "{}", duplicate.message);
    assert_eq!(duplicate.related.len(), 1);
    assert_eq!(snapshot.path(duplicate.related[0].at.file), Some("a.journey"));
}

#[test]
fn incremental_edits_in_each_encoding() {
    // The edit replaces `x` after an emoji and an accented letter.
    let text = "person a \"😀é\" // x\n";
    let x = text.find('x').unwrap() as u32;
    for (encoding, column) in [
        (PositionEncoding::Utf16, 18),
        (PositionEncoding::Utf8, 21),
        (PositionEncoding::Utf32, 17),
    ] {
        let mut workspace = Workspace::new(today());
        workspace.set_buffer("a.journey", text);
        let index = journey_ide::LineIndex::new(Arc::from(text));
        assert_eq!(index.line_col(x, encoding), LineCol::new(0, column), "{encoding:?}");
        let edit = BufferEdit {
            range: Some((LineCol::new(0, column), LineCol::new(0, column + 1))),
            text: "yz".into(),
        };
        workspace.edit_buffer("a.journey", &[edit], encoding).unwrap();
        assert_eq!(
            &*workspace.text("a.journey").unwrap(),
            "person a \"😀é\" // yz\n",
            "{encoding:?}"
        );
    }
}

#[test]
fn sequential_edits_apply_in_order() {
    let mut workspace = Workspace::new(today());
    workspace.set_buffer("a.journey", "ab\ncd\n");
    let edits = [
        BufferEdit {
            range: Some((LineCol::new(1, 0), LineCol::new(1, 0))),
            text: "X\n".into(),
        },
        BufferEdit {
            range: Some((LineCol::new(2, 2), LineCol::new(2, 2))),
            text: "!".into(),
        },
        BufferEdit {
            range: None,
            text: "whole".into(),
        },
        BufferEdit {
            range: Some((LineCol::new(0, 5), LineCol::new(0, 5))),
            text: " text".into(),
        },
    ];
    workspace
        .edit_buffer("a.journey", &edits[..2], PositionEncoding::Utf16)
        .unwrap();
    assert_eq!(&*workspace.text("a.journey").unwrap(), "ab\nX\ncd!\n");
    workspace
        .edit_buffer("a.journey", &edits[2..], PositionEncoding::Utf16)
        .unwrap();
    assert_eq!(&*workspace.text("a.journey").unwrap(), "whole text");
    assert_eq!(
        workspace.edit_buffer("closed.journey", &edits, PositionEncoding::Utf16),
        None
    );
}

#[test]
fn only_changed_files_are_parsed_again() {
    let mut workspace = two_files();
    let before = workspace.snapshot();
    workspace.set_buffer("a.journey", "journey a \"A\" { owner: @maya }\n");
    let after = workspace.snapshot();
    let people = workspace.file_id("people.journey").unwrap();
    let a = workspace.file_id("a.journey").unwrap();
    assert!(Arc::ptr_eq(
        &before.syntax_tree(people).unwrap(),
        &after.syntax_tree(people).unwrap()
    ));
    assert!(!Arc::ptr_eq(
        &before.syntax_tree(a).unwrap(),
        &after.syntax_tree(a).unwrap()
    ));
    // Setting the same text again keeps the tree and the cached analysis.
    workspace.set_disk_file("people.journey", DiskFile::new("person maya \"Maya\"\n"));
    assert!(Arc::ptr_eq(
        &after.syntax_tree(people).unwrap(),
        &workspace.snapshot().syntax_tree(people).unwrap()
    ));
}

#[test]
fn settings_file_sets_lints_and_reports_its_own_errors() {
    let mut workspace = two_files();
    workspace.set_buffer("a.journey", "journey a \"A\" { stage s { step t { emotion: 1 } } }\n");
    assert_eq!(codes(&mut workspace, "a.journey"), ["J0501"]);
    workspace.set_settings_file(DiskFile::new(
        "[lints]\nmissing_owner = \"allow\"\nno_such_lint = \"error\"\n",
    ));
    assert!(codes(&mut workspace, "a.journey").is_empty());
    assert_eq!(codes(&mut workspace, "journey.toml"), ["J0009"]);
    workspace.remove_disk_file("journey.toml");
    assert_eq!(
        codes(&mut workspace, "a.journey"),
        ["J0501"],
        "removing journey.toml restores the defaults"
    );
}

#[test]
fn unreadable_file_reports_its_problem() {
    let mut workspace = Workspace::new(today());
    let problem = journey_diagnostics::Diagnostic::new(
        &journey_diagnostics::INVALID_UTF8,
        journey_diagnostics::FileSpan::new(journey_diagnostics::FileId(99), journey_diagnostics::Span::new(3, 6)),
        journey_diagnostics::Message::new("invalid-utf8").arg("offset", 3usize),
    );
    let disk = DiskFile {
        text: Arc::from("ab \u{FFFD}"),
        parse_text: Arc::from(""),
        problems: vec![problem],
    };
    let file = workspace.set_disk_file("bad.journey", disk);
    let snapshot = workspace.snapshot();
    let diagnostics = snapshot.raw_diagnostics(file);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(
        diagnostics[0].primary.at.file, file,
        "the problem is moved to the workspace's file id"
    );
}

#[test]
fn buffer_over_size_limit_is_not_parsed() {
    let mut workspace = Workspace::new(today());
    let limit = journey_syntax::MAX_FILE_BYTES as usize;
    // Valid declarations that would parse, padded one byte past the limit.
    let mut text = "journey a \"A\" { owner: @nobody }\n".to_owned();
    text.push_str(&"\n".repeat(limit + 1 - text.len()));
    workspace.set_buffer("big.journey", text.as_str());
    assert_eq!(codes(&mut workspace, "big.journey"), ["J0008"]);
    let big = workspace.file_id("big.journey").unwrap();
    assert!(workspace.snapshot().syntax_tree(big).unwrap().file.items.is_empty());

    // An edit inside the declaration keeps the file over the limit.
    let inside = BufferEdit {
        range: Some((LineCol::new(0, 25), LineCol::new(0, 25))),
        text: "x".into(),
    };
    workspace
        .edit_buffer("big.journey", &[inside], PositionEncoding::Utf8)
        .unwrap();
    assert_eq!(codes(&mut workspace, "big.journey"), ["J0008"]);

    // Back under the limit, the file is parsed and checked again.
    let trim = BufferEdit {
        range: Some((LineCol::new(1, 0), LineCol::new(3, 0))),
        text: String::new(),
    };
    workspace
        .edit_buffer("big.journey", &[trim], PositionEncoding::Utf8)
        .unwrap();
    assert_eq!(codes(&mut workspace, "big.journey"), ["J0201"]);
}

#[test]
fn edits_inside_a_declaration_match_a_whole_parse() {
    let mut workspace = two_files();
    workspace.set_buffer(
        "a.journey",
        "journey a \"A\" {\n  owner: @maya\n}\n\njourney b \"B\" {\n  owner: @maya\n}\n",
    );
    let a = workspace.file_id("a.journey").unwrap();
    let edits = [
        // A typo in the first journey's owner, then a step added to it.
        (LineCol::new(1, 13), "x"),
        (LineCol::new(2, 0), "  stage s { step t { emotion: 1 } }\n"),
    ];
    for (at, text) in edits {
        let edit = BufferEdit {
            range: Some((at, at)),
            text: text.into(),
        };
        workspace
            .edit_buffer("a.journey", &[edit], PositionEncoding::Utf16)
            .unwrap();
        let snapshot = workspace.snapshot();
        let whole = journey_syntax::parse(a, snapshot.text(a).unwrap());
        assert_eq!(*snapshot.syntax_tree(a).unwrap(), whole);
    }
    assert_eq!(codes(&mut workspace, "a.journey"), ["J0201"]);
}
