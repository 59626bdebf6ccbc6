//! Document and workspace symbols, folding ranges, semantic tokens and inlay hints.

mod common;

use common::fixture;
use journey_diagnostics::Span;
use journey_i18n::Lang;
use journey_ide::{DocumentSymbol, FoldKind, HighlightModifier, HighlightTag};
use journey_model::schema::DeclKind;

const TEXT: &str = r#"person maya "Maya"
channel web "Web"

// Two comment lines
// fold together.
/// The lifecycle.
/// Second line.
journey life "Life" {
  owner: @maya
  status: mapped
  stage join "Join" {
    step sign "Sign" {
      touchpoint "Form" { channel: web }
      emotion: 1
    }
  }
}
journey sub "Sub" {
  parent: life.join
  owner: @maya
  stage s { step t { emotion: 0 } }
}
"#;

fn outline(symbols: &[DocumentSymbol], depth: usize, out: &mut String) {
    for symbol in symbols {
        let detail = symbol
            .detail
            .as_deref()
            .map(|detail| format!(" ({detail})"))
            .unwrap_or_default();
        out.push_str(&format!(
            "{}{:?} {}{detail}\n",
            "  ".repeat(depth),
            symbol.kind,
            symbol.name
        ));
        outline(&symbol.children, depth + 1, out);
    }
}

#[test]
fn document_symbols_nest() {
    let fixture = fixture(TEXT);
    let file = fixture.file("main.journey");
    let mut out = String::new();
    outline(&fixture.snapshot.document_symbols(file), 0, &mut out);
    insta::assert_snapshot!(out);
}

#[test]
fn workspace_symbols_match_in_order() {
    let fixture = fixture(TEXT);
    let names: Vec<String> = fixture
        .snapshot
        .workspace_symbols("ljn")
        .into_iter()
        .map(|symbol| symbol.name)
        .collect();
    assert_eq!(names, ["life.join", "life.join.sign"]);
    let sign = fixture.snapshot.workspace_symbols("sign").into_iter().next().unwrap();
    assert_eq!(
        (sign.kind, sign.container.as_deref()),
        (DeclKind::Step, Some("life.join"))
    );
    assert_eq!(fixture.slice(sign.at.file, sign.at.span), "sign");
}

#[test]
fn folding_keeps_closing_lines_visible() {
    let fixture = fixture(TEXT);
    let file = fixture.file("main.journey");
    let folds: Vec<(u32, u32, FoldKind)> = fixture
        .snapshot
        .folding_ranges(file)
        .into_iter()
        .map(|fold| (fold.start_line, fold.end_line, fold.kind))
        .collect();
    assert_eq!(
        folds,
        [
            (3, 4, FoldKind::Comment),
            (5, 6, FoldKind::Comment),
            (7, 15, FoldKind::Region),
            (10, 14, FoldKind::Region),
            (11, 13, FoldKind::Region),
            (17, 20, FoldKind::Region),
        ]
    );
}

#[test]
fn semantic_tokens_classify_names() {
    let fixture = fixture(TEXT);
    let file = fixture.file("main.journey");
    let tokens = fixture.snapshot.semantic_tokens(file);
    let find = |text: &str, nth: usize| {
        tokens
            .iter()
            .filter(|token| fixture.slice(file, token.span) == text)
            .nth(nth)
            .copied()
            .unwrap_or_else(|| panic!("{text}"))
    };
    assert_eq!(find("journey", 0).tag, HighlightTag::Keyword);
    assert_eq!(find("owner", 0).tag, HighlightTag::Property);
    assert_eq!(
        (find("life", 0).tag, find("life", 0).modifier),
        (
            HighlightTag::Name(DeclKind::Journey),
            Some(HighlightModifier::Declaration)
        )
    );
    assert_eq!(
        (find("life", 1).tag, find("life", 1).modifier),
        (HighlightTag::Name(DeclKind::Journey), None)
    );
    assert_eq!(find("join", 1).tag, HighlightTag::Name(DeclKind::Stage));
    assert_eq!(find("@maya", 0).tag, HighlightTag::Name(DeclKind::Person));
    assert_eq!(
        (find("mapped", 0).tag, find("mapped", 0).modifier),
        (HighlightTag::Value, Some(HighlightModifier::DefaultLibrary))
    );
    assert_eq!(find("web", 1).tag, HighlightTag::Name(DeclKind::Channel));
    assert_eq!(find("1", 0).tag, HighlightTag::Number);
    assert_eq!(
        find("/// The lifecycle.\n/// Second line.", 0).modifier,
        Some(HighlightModifier::Documentation)
    );
    assert!(
        tokens.windows(2).all(|pair| pair[0].span.end <= pair[1].span.start),
        "sorted and disjoint"
    );
}

#[test]
fn inlay_hints_show_derived_levels() {
    let fixture = fixture(TEXT);
    let file = fixture.file("main.journey");
    let whole = Span::new(0, TEXT.len());
    let hints = fixture.snapshot.inlay_hints(file, whole, Lang::En);
    assert_eq!(hints.len(), 2, "{hints:?}");
    assert!(TEXT[..hints[0].offset as usize].ends_with("journey life \"Life\""));
    assert_eq!(
        (hints[0].label.as_str(), hints[0].tooltip.as_str()),
        ("L0", "Level L0: this journey has no parent")
    );
    assert!(TEXT[..hints[1].offset as usize].ends_with("journey sub \"Sub\""));
    assert_eq!(
        (hints[1].label.as_str(), hints[1].tooltip.as_str()),
        ("L1", "Level L1: zooms into `life.join`")
    );
}
