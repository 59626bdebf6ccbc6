//! Doc comments: which `///` lines attach to which declaration, and which
//! stay ordinary comments.

use journey_diagnostics::FileId;
use journey_syntax::ast::{CommentKind, Decl, SourceFile};
use journey_syntax::parse;

fn parse_clean(source: &str) -> SourceFile {
    let parse = parse(FileId(0), source);
    assert_eq!(parse.diagnostics, vec![], "{source}");
    parse.file
}

fn doc(decl: &Decl) -> Option<&str> {
    decl.doc.as_ref().map(|doc| doc.text.as_str())
}

fn child<'a>(decl: &'a Decl, name: &str) -> &'a Decl {
    decl.children()
        .find(|child| child.name.as_ref().is_some_and(|word| word.text == name))
        .expect("the child exists")
}

#[test]
fn lines_join_without_markers() {
    let file = parse_clean(
        "///   Indented text keeps its extra spaces.\n///No space after the marker.   \n///\n/// Last.\nperson a \"A\"\n",
    );
    assert_eq!(
        doc(&file.items[0]),
        Some("  Indented text keeps its extra spaces.\nNo space after the marker.\n\nLast.")
    );
}

#[test]
fn doc_and_decl_spans() {
    let source = "/// One.\n/// Two.\nperson a \"A\"\n";
    let file = parse_clean(source);
    let decl = &file.items[0];
    let doc_span = decl.doc.as_ref().expect("a doc").span;
    assert_eq!(&source[doc_span.range()], "/// One.\n/// Two.");
    assert_eq!(&source[decl.span.range()], "person a \"A\"");
}

#[test]
fn blank_lines_keep_the_doc_attached() {
    let file = parse_clean("/// Attached across a blank line.\n\nperson a \"A\"\n");
    assert_eq!(doc(&file.items[0]), Some("Attached across a blank line."));
}

#[test]
fn ordinary_comment_between_detaches_the_doc() {
    let source = "/// Orphan.\n// An ordinary comment.\nperson a \"A\"\n";
    let file = parse_clean(source);
    assert_eq!(doc(&file.items[0]), None);
    let kinds: Vec<CommentKind> = file.comments.iter().map(|comment| comment.kind).collect();
    assert_eq!(kinds, [CommentKind::Doc, CommentKind::Line]);
}

#[test]
fn only_the_run_right_before_attaches() {
    let source = "/// First run.\n// Break.\n/// Second run.\nperson a \"A\"\n";
    let file = parse_clean(source);
    assert_eq!(doc(&file.items[0]), Some("Second run."));
    assert_eq!(file.comments.len(), 2, "the first run and the break stay comments");
}

#[test]
fn nested_declarations_get_their_own_docs() {
    let source = r#"
/// The journey.
journey j "J" {
  owner: @maya
  /// The phase.
  phase p "P" {
    /// The stage.
    stage s "S" {
      /// The step.
      step x "X" {
        /// The pain.
        pain "P"
      }
    }
  }
}
"#;
    let file = parse_clean(source);
    let journey = &file.items[0];
    assert_eq!(doc(journey), Some("The journey."));
    let phase = child(journey, "p");
    assert_eq!(doc(phase), Some("The phase."));
    let stage = child(phase, "s");
    assert_eq!(doc(stage), Some("The stage."));
    let step = child(stage, "x");
    assert_eq!(doc(step), Some("The step."));
    assert_eq!(doc(step.children().next().expect("the pain")), Some("The pain."));
    assert!(file.comments.is_empty(), "every doc is attached: {:?}", file.comments);
}

#[test]
fn doc_before_a_property_stays_a_comment() {
    let source = "journey j \"J\" {\n  /// Not for a property.\n  owner: @maya\n  stage s \"S\"\n}\n";
    let file = parse_clean(source);
    assert_eq!(doc(child(&file.items[0], "s")), None);
    assert_eq!(file.comments.len(), 1);
    assert_eq!(file.comments[0].kind, CommentKind::Doc);
}

#[test]
fn four_slashes_are_not_a_doc() {
    let file = parse_clean("//// Not documentation.\nperson a \"A\"\n");
    assert_eq!(doc(&file.items[0]), None);
    assert_eq!(file.comments[0].kind, CommentKind::Line);
}

#[test]
fn doc_at_end_of_file_stays_a_comment() {
    let file = parse_clean("person a \"A\"\n/// Trailing.\n");
    assert_eq!(doc(&file.items[0]), None);
    assert_eq!(file.comments.len(), 1);
}

#[test]
fn trailing_comment_does_not_attach() {
    // `person a` ends with a line comment; `b`'s doc is still its own.
    let file = parse_clean("person a \"A\" // about a\n/// About b.\nperson b \"B\"\n");
    assert_eq!(doc(&file.items[0]), None);
    assert_eq!(doc(&file.items[1]), Some("About b."));
}
