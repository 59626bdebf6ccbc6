//! Geometry measured on the real renderer. resvg lays out every text with
//! the same fonts as the PNG export, and each text must sit inside the box
//! it belongs to. Boxes of the same kind never overlap.

mod common;

use journey_i18n::Lang;
use resvg::usvg::{Group, Node, Rect};

/// A box of the picture (a group with an id whose first shape is its
/// background) and the texts drawn in it.
struct Boxed {
    id: String,
    area: Rect,
    texts: Vec<(String, Rect)>,
}

fn boxes(svg: &str) -> Vec<Boxed> {
    let tree = journey_render::parse_svg(svg).expect("the SVG parses");
    let mut found = Vec::new();
    collect(tree.root(), &mut found);
    found
}

fn collect(group: &Group, found: &mut Vec<Boxed>) {
    for node in group.children() {
        let Node::Group(child) = node else { continue };
        if let Some(area) = background(child) {
            let mut texts = Vec::new();
            texts_in(child, &mut texts);
            found.push(Boxed {
                id: child.id().to_owned(),
                area,
                texts,
            });
        }
        collect(child, found);
    }
}

/// Returns the area of the first shape of a group with an id.
fn background(group: &Group) -> Option<Rect> {
    if group.id().is_empty() {
        return None;
    }
    group.children().iter().find_map(|node| match node {
        Node::Path(path) => Some(path.abs_bounding_box()),
        _ => None,
    })
}

/// Texts of a group and of its groups without their own id.
fn texts_in(group: &Group, texts: &mut Vec<(String, Rect)>) {
    for node in group.children() {
        match node {
            Node::Text(text) => {
                let content: String = text.chunks().iter().map(|chunk| chunk.text()).collect();
                texts.push((content, text.abs_bounding_box()));
            }
            Node::Group(child) if child.id().is_empty() => texts_in(child, texts),
            _ => {}
        }
    }
}

const TOLERANCE: f32 = 0.75;

fn inside(inner: &Rect, outer: &Rect) -> bool {
    inner.left() >= outer.left() - TOLERANCE
        && inner.right() <= outer.right() + TOLERANCE
        && inner.top() >= outer.top() - TOLERANCE
        && inner.bottom() <= outer.bottom() + TOLERANCE
}

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.left() < b.right() - TOLERANCE
        && b.left() < a.right() - TOLERANCE
        && a.top() < b.bottom() - TOLERANCE
        && b.top() < a.bottom() - TOLERANCE
}

#[test]
fn every_text_fits_its_box() {
    let mut checked = 0;
    for (model_name, model) in common::all_models() {
        for lang in Lang::ALL {
            for (name, svg) in common::pictures(&model, lang) {
                for boxed in boxes(&svg) {
                    for (text, area) in &boxed.texts {
                        assert!(
                            inside(area, &boxed.area),
                            "{model_name} {name}: {text:?} ({area:?}) overflows box {} ({:?})",
                            boxed.id,
                            boxed.area
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} texts were checked");
}

#[test]
fn long_labels_wrap_in_any_script() {
    let model = common::fixture("long.journey");
    let svg = journey_render::journey_map_svg(&model, journey_model::JourneyId(0), Lang::En);
    let document = roxmltree::Document::parse(&svg).unwrap();
    let lines: Vec<&str> = document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect();
    let label = "口座開設の申込書に住所を二回記入する必要がある";
    let first = lines
        .iter()
        .position(|line| label.starts_with(line) && !line.is_empty())
        .expect("the CJK label is drawn");
    assert!(
        lines[first].len() < label.len(),
        "the CJK step label wraps between characters: {lines:?}"
    );
    assert_eq!(format!("{}{}", lines[first], lines[first + 1]), label);
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("Supercalifragilistic") && !line.ends_with("etcetera")),
        "a long word is cut"
    );
    let rejoined: String = lines.concat();
    assert!(rejoined.contains("👩‍👩‍👧"), "the emoji family sequence is kept whole");
}

#[test]
fn cards_and_atlas_journeys_never_overlap() {
    for (model_name, model) in common::all_models() {
        for (name, svg) in common::pictures(&model, Lang::En) {
            let boxes = boxes(&svg);
            let solid: Vec<&Boxed> = boxes
                .iter()
                .filter(|boxed| {
                    ["card", "journey-", "kpi", "band"].iter().any(|kind| {
                        boxed
                            .id
                            .split('-')
                            .any(|part| part.starts_with(kind.trim_end_matches('-')))
                    })
                })
                .collect();
            for (index, a) in solid.iter().enumerate() {
                for b in &solid[index + 1..] {
                    assert!(
                        !overlap(&a.area, &b.area),
                        "{model_name} {name}: {} overlaps {}",
                        a.id,
                        b.id
                    );
                }
            }
        }
    }
}
