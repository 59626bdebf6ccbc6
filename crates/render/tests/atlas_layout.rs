//! Which atlas pages layout-rs lays out. Small, narrow pages become a
//! layered graph with each level a row, and pages over the journey limit or
//! the width are laid out in columns. The graph's edges run between the
//! rows, never through a box.

mod common;

use journey_i18n::Lang;
use journey_model::Model;
use journey_render::{AtlasLayout, AtlasPage, GRAPH_LIMIT, GRAPH_WIDTH};
use resvg::usvg::{Group, Node, Rect};

/// Builds a workspace of one journey with `children` journeys zooming into
/// its four stages in turn.
fn star(children: usize) -> Model {
    let mut text = String::from(
        "person ana \"Ana\"\n\
         journey root \"Customer lifecycle\" { owner: @ana  stage a \"Discover\"  stage b \"Join\"  stage c \"Use\"  stage d \"Leave\" }\n",
    );
    for index in 0..children {
        let stage = ["a", "b", "c", "d"][index % 4];
        text.push_str(&format!(
            "journey child{index} \"Child journey {index}\" {{ parent: root.{stage}  owner: @ana  stage s \"Start\" }}\n"
        ));
    }
    common::model_of(&text)
}

fn journeys_on(page: &AtlasPage) -> usize {
    let document = roxmltree::Document::parse(&page.svg).unwrap();
    document
        .descendants()
        .filter_map(|node| node.attribute("id"))
        .filter(|id| id.contains("-journey-"))
        .count()
}

/// Reads the width of a page's SVG.
fn width_of(page: &AtlasPage) -> f64 {
    let document = roxmltree::Document::parse(&page.svg).unwrap();
    document.root_element().attribute("width").unwrap().parse().unwrap()
}

/// Lists the `d` of every curve, which only the graph layout draws.
fn curves(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).unwrap();
    document
        .descendants()
        .filter(|node| node.has_tag_name("path"))
        .filter_map(|node| node.attribute("d"))
        .filter(|data| data.contains('C'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn small_workspace_uses_layout_rs() {
    let model = common::fixture("small.journey");
    let pages = journey_render::atlas_pages(&model, Lang::En);
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].layout, AtlasLayout::Graph);
    // Graph edges are curves, while the columns draw lines and quarter bends.
    assert_eq!(
        curves(&pages[0].svg).len(),
        2,
        "the legend's sample and the edge from life to signup"
    );
    let columns = journey_render::atlas_pages_with(&model, Lang::En, AtlasLayout::Columns);
    assert_eq!(columns[0].layout, AtlasLayout::Columns);
    assert!(curves(&columns[0].svg).is_empty());
    assert_ne!(pages[0].svg, columns[0].svg);
}

/// The render tests check every fixture's atlas (see `common::pictures`):
/// as graphs, so they cover the layout-rs pages.
#[test]
fn fixture_atlases_are_graphs() {
    for (name, model) in common::all_models() {
        for page in journey_render::atlas_pages(&model, Lang::En) {
            assert_eq!(page.layout, AtlasLayout::Graph, "{name} {}", page.path);
        }
    }
}

#[test]
fn page_over_journey_limit_uses_columns() {
    let model = star(GRAPH_LIMIT);
    let pages = journey_render::atlas_pages(&model, Lang::En);
    assert_eq!(pages.len(), 1, "a page about one journey shows all its children");
    assert_eq!(journeys_on(&pages[0]), GRAPH_LIMIT + 1);
    assert_eq!(pages[0].layout, AtlasLayout::Columns);
    assert!(curves(&pages[0].svg).is_empty());
}

#[test]
fn page_over_width_limit_uses_columns() {
    // Boxes are at least 190 pixels wide: 8 children fit, 14 do not.
    let narrow = journey_render::atlas_pages(&star(8), Lang::En);
    assert_eq!(narrow[0].layout, AtlasLayout::Graph);
    assert!(width_of(&narrow[0]) <= GRAPH_WIDTH + 2.0 * 24.0);
    let wide = journey_render::atlas_pages(&star(14), Lang::En);
    assert_eq!(wide[0].layout, AtlasLayout::Columns);
}

#[test]
fn graph_levels_are_rows() {
    let model = common::northwind();
    let page = journey_render::atlas_pages(&model, Lang::En).swap_remove(0);
    assert_eq!(page.layout, AtlasLayout::Graph);
    let tops = box_tops(&page.svg);
    for (index, journey) in model.journeys.iter().enumerate() {
        let level = journey.level.expect("Northwind declares every level") as usize;
        let row = tops.iter().position(|(_, ids)| ids.contains(&index)).unwrap();
        assert_eq!(row, level, "{} is on row {row}", journey.name);
    }
}

/// Groups the journey boxes by their top, top row first.
fn box_tops(svg: &str) -> Vec<(f32, Vec<usize>)> {
    let mut rows: Vec<(f32, Vec<usize>)> = Vec::new();
    for (id, area) in journey_boxes(svg) {
        match rows.iter_mut().find(|(top, _)| (top - area.top()).abs() < 0.5) {
            Some((_, ids)) => ids.push(id),
            None => rows.push((area.top(), vec![id])),
        }
    }
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows
}

/// Finds the journey boxes of an atlas page, with their index and area.
fn journey_boxes(svg: &str) -> Vec<(usize, Rect)> {
    fn collect(group: &Group, found: &mut Vec<(usize, Rect)>) {
        for node in group.children() {
            let Node::Group(child) = node else { continue };
            if let Some((_, index)) = child.id().split_once("-journey-") {
                let area = child.children().iter().find_map(|node| match node {
                    Node::Path(path) => Some(path.abs_bounding_box()),
                    _ => None,
                });
                found.push((
                    index.parse().unwrap(),
                    area.expect("a journey group starts with its box"),
                ));
            }
            collect(child, found);
        }
    }
    let tree = journey_render::parse_svg(svg).unwrap();
    let mut found = Vec::new();
    collect(tree.root(), &mut found);
    found
}

#[test]
fn graph_edges_never_cross_boxes() {
    let mut checked = 0;
    for (name, model) in common::all_models().into_iter().chain([("star", star(8))]) {
        for page in journey_render::atlas_pages(&model, Lang::En) {
            let boxes = journey_boxes(&page.svg);
            for data in curves(&page.svg) {
                for point in sample(&data) {
                    for (id, area) in &boxes {
                        let inside = point.0 > area.left() + 1.0
                            && point.0 < area.right() - 1.0
                            && point.1 > area.top() + 1.0
                            && point.1 < area.bottom() - 1.0;
                        assert!(!inside, "{name} {}: edge {data} crosses journey {id}", page.path);
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} points were checked");
}

/// Samples an edge `M x y [V y] C x y x y x y`: the drop and the curve.
fn sample(data: &str) -> Vec<(f32, f32)> {
    let numbers: Vec<f32> = data
        .split(|c: char| c.is_ascii_alphabetic() || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().unwrap())
        .collect();
    let (x0, y0) = (numbers[0], numbers[1]);
    let rest = &numbers[numbers.len() - 6..];
    let start = if data.contains('V') { (x0, numbers[2]) } else { (x0, y0) };
    let mut points: Vec<(f32, f32)> = (0..=4)
        .map(|step| (x0, y0 + (start.1 - y0) * step as f32 / 4.0))
        .collect();
    let controls = [start, (rest[0], rest[1]), (rest[2], rest[3]), (rest[4], rest[5])];
    for step in 0..=20 {
        let t = step as f32 / 20.0;
        let weights = [
            (1.0 - t).powi(3),
            3.0 * t * (1.0 - t).powi(2),
            3.0 * t * t * (1.0 - t),
            t.powi(3),
        ];
        let x = controls
            .iter()
            .zip(weights)
            .map(|(point, weight)| point.0 * weight)
            .sum();
        let y = controls
            .iter()
            .zip(weights)
            .map(|(point, weight)| point.1 * weight)
            .sum();
        points.push((x, y));
    }
    points
}
