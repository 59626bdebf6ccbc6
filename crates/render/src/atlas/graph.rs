//! One atlas page laid out by layout-rs as a layered graph, Graphviz style:
//! the page's roots on the top row, each level on the row below, and a
//! curve from a parent's stage cell down to each child.
//!
//! layout-rs places the boxes; [`Canvas`], our own [`RenderBackend`],
//! receives what it draws and hands it to the crate's SVG writer, so the
//! page keeps its fonts, escaping, colours and a view box that fits the
//! drawing. The page is a forest given row by row in order (see
//! [`LayeredGraph`]), so no two edges cross and layout-rs runs with its
//! validation and crossing optimisation turned off, which keeps it fast.

use std::collections::HashMap;
use std::fmt::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};

use journey_model::{JourneyId, Model};
use layout::core::base::Orientation;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::{Point, Position};
use layout::core::style::StyleAttr;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;

use crate::atlas::forest::{Forest, PagePlan};
use crate::atlas::node::Node;
use crate::atlas::page::{EDGE, arrowhead_down};
use crate::atlas::shown;
use crate::svg::{Paint, Svg, num};

/// The largest page, in journeys, that layout-rs lays out; larger pages
/// use the columns of [`crate::atlas::page`].
///
/// Measured with `cargo run --release -p journey-render --example
/// layout_compare -- N` on a 2-core machine, with layout-rs 0.1.3, its
/// validation and crossing optimisation off and the boxes given row by row.
/// The whole graph of a generated atlas of N journeys takes 0.1 ms for 50,
/// 0.4 ms for 100, 1.4 ms for 200, 7.6 ms for 400, 23 ms for 600, 52 ms for
/// 800, 97 ms for 1,000, 0.73 s for 2,000 and 5.6 s for 4,000: the time
/// grows with the cube of the page.
/// On a page of one journey and its children (`-- N 60 --star`), layout-rs
/// takes 4.1 ms for 300 journeys while drawing the whole page in columns
/// takes 5.1 ms, and 25 ms against 10 ms for 600. Past about 300 journeys
/// it costs more than the rest of the page. With its defaults (validation
/// and crossing optimisation on) it takes 34 ms for 100 journeys and
/// 0.24 s for 200.
pub const GRAPH_LIMIT: usize = 300;

/// The widest page layout-rs lays out, in pixels, the width at which the
/// columns wrap their rows of roots. A wider row of a layered graph turns
/// the page into a banner, whose edges from one parent fan out so flat
/// that nobody can follow them, so the columns read better there.
pub const GRAPH_WIDTH: f64 = crate::atlas::page::ROW_WIDTH;

/// Between boxes of a row.
const H_GAP: f64 = 28.0;
/// Between rows, where the edges run.
const V_GAP: f64 = 60.0;
/// The arrowhead's length, which the curve stops short of.
const HEAD: f64 = 7.0;

/// A forest of boxes to lay out in rows: the boxes come row by row, and
/// within a row in the order of their parents, so no two edges cross and
/// layout-rs need not reorder the rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LayeredGraph {
    /// The width and height of each box, in pixels.
    sizes: Vec<(f64, f64)>,
    /// The row of each box, 0 at the top.
    rows: Vec<usize>,
    edges: Vec<GraphEdge>,
}

/// An edge from a parent box to a child box, leaving the parent at `port`
/// pixels from its left side.
#[derive(Debug, Clone, Copy, PartialEq)]
struct GraphEdge {
    parent: usize,
    child: usize,
    port: f64,
}

/// The top-left corner layout-rs gave each box, moved so that the drawing
/// starts at 0, 0, and the edges it drew.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Placement {
    pub corners: Vec<(f64, f64)>,
    edges: Vec<usize>,
    pub width: f64,
    pub height: f64,
}

/// The error of a graph on which layout-rs panicked, whose page the caller
/// lays out in columns instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutFailed;

impl LayeredGraph {
    /// Builds the graph of the journeys `levels` lists (a page's levels,
    /// see [`shown::levels`]), with the edges from each journey to its
    /// children in the next level.
    fn of_levels(model: &Model, forest: &Forest, levels: &[Vec<JourneyId>], nodes: &HashMap<JourneyId, Node>) -> Self {
        let mut graph = LayeredGraph::default();
        let mut index = HashMap::new();
        for (row, level) in levels.iter().enumerate() {
            for id in level {
                let node = &nodes[id];
                index.insert(*id, graph.sizes.len());
                graph.sizes.push((node.width, node.height));
                graph.rows.push(row);
            }
        }
        let parents = levels.len().saturating_sub(1);
        for parent in levels[..parents].iter().flatten() {
            let node = &nodes[parent];
            for child in &forest.children[parent.index()] {
                graph.edges.push(GraphEdge {
                    parent: index[parent],
                    child: index[child],
                    port: node
                        .port(shown::anchor_stage(model, *child))
                        .unwrap_or(node.width / 2.0),
                });
            }
        }
        graph
    }

    /// Counts the boxes.
    pub fn len(&self) -> usize {
        self.sizes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sizes.is_empty()
    }

    /// Lays the graph out with layout-rs, its validation and crossing
    /// optimisation off. A panic inside layout-rs is caught and returned
    /// as [`LayoutFailed`].
    ///
    /// NOTE: the panic hook still prints the panic's message on stderr.
    pub fn lay_out(&self) -> Result<Placement, LayoutFailed> {
        if self.sizes.is_empty() {
            return Ok(Placement::default());
        }
        let mut graph = VisualGraph::new(Orientation::TopToBottom);
        graph.dag.set_validate(false);
        let handles: Vec<_> = self
            .sizes
            .iter()
            .enumerate()
            .map(|(index, (width, height))| graph.add_node(element(index, *width, *height)))
            .collect();
        for (index, edge) in self.edges.iter().enumerate() {
            let arrow = Arrow::simple_with_properties("", index.to_string());
            graph.add_edge(arrow, handles[edge.parent], handles[edge.child]);
        }
        let mut canvas = Canvas::new(self.sizes.len());
        catch_unwind(AssertUnwindSafe(|| graph.do_it(false, true, false, &mut canvas))).map_err(|_| LayoutFailed)?;
        canvas.placement(self)
    }

    /// Writes the graph in Graphviz's DOT language, boxes of the same sizes
    /// and gaps, to compare layout-rs with `dot`.
    pub fn dot(&self) -> String {
        let inches = |pixels: f64| pixels / 72.0;
        let mut out = format!(
            "digraph atlas {{\n  graph [rankdir=TB, nodesep={:.3}, ranksep={:.3}];\n  node [shape=box, fixedsize=true, label=\"\"];\n",
            inches(H_GAP),
            inches(V_GAP)
        );
        for (index, (width, height)) in self.sizes.iter().enumerate() {
            let _ = writeln!(
                out,
                "  n{index} [width={:.3}, height={:.3}];",
                inches(*width),
                inches(*height)
            );
        }
        for edge in &self.edges {
            let _ = writeln!(out, "  n{} -> n{};", edge.parent, edge.child);
        }
        out.push_str("}\n");
        out
    }
}

/// Builds a box for layout-rs with our size, our gaps as its halo, and the
/// box's index as the property it hands back to the canvas.
fn element(index: usize, width: f64, height: f64) -> Element {
    let size = Point::new(width, height);
    let mut element = Element::create_with_properties(
        ShapeKind::Box(String::new()),
        StyleAttr::simple(),
        Orientation::TopToBottom,
        size,
        index.to_string(),
    );
    element.pos = Position::new(Point::zero(), size, Point::zero(), Point::new(H_GAP, V_GAP));
    element
}

/// Our [`RenderBackend`], which stores the corner of each box and the edges
/// layout-rs draws for [`Layout::draw`] to draw with the crate's SVG writer.
/// It finds boxes and edges by the index each carries as its property, and
/// drops layout-rs's own text (empty here) and debug shapes.
struct Canvas {
    corners: Vec<Option<(f64, f64)>>,
    edges: Vec<usize>,
}

impl Canvas {
    fn new(boxes: usize) -> Self {
        Canvas {
            corners: vec![None; boxes],
            edges: Vec::new(),
        }
    }

    /// Moves the drawing to 0, 0 and aligns the tops of each row, so that
    /// edges run in the free band between two rows.
    fn placement(self, graph: &LayeredGraph) -> Result<Placement, LayoutFailed> {
        let corners: Vec<(f64, f64)> = self.corners.into_iter().collect::<Option<_>>().ok_or(LayoutFailed)?;
        let left = corners.iter().map(|corner| corner.0).fold(f64::INFINITY, f64::min);
        let rows = graph.rows.iter().max().map_or(0, |row| row + 1);
        let mut tops = vec![f64::INFINITY; rows];
        for (corner, row) in corners.iter().zip(&graph.rows) {
            tops[*row] = tops[*row].min(corner.1);
        }
        let first = tops[0];
        let corners: Vec<(f64, f64)> = corners
            .iter()
            .zip(&graph.rows)
            .map(|(corner, row)| (corner.0 - left, tops[*row] - first))
            .collect();
        let (width, height) = corners
            .iter()
            .zip(&graph.sizes)
            .fold((0.0_f64, 0.0_f64), |(width, height), ((x, y), (w, h))| {
                (width.max(x + w), height.max(y + h))
            });
        Ok(Placement {
            corners,
            edges: self.edges,
            width,
            height,
        })
    }
}

impl RenderBackend for Canvas {
    fn draw_rect(
        &mut self,
        xy: Point,
        _size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
        _clip: Option<ClipHandle>,
    ) {
        let index = properties.and_then(|index| index.parse::<usize>().ok());
        if let Some(slot) = index.and_then(|index| self.corners.get_mut(index)) {
            *slot = Some((xy.x, xy.y));
        }
    }

    fn draw_line(&mut self, _start: Point, _stop: Point, _look: &StyleAttr, _properties: Option<String>) {}

    fn draw_circle(&mut self, _xy: Point, _size: Point, _look: &StyleAttr, _properties: Option<String>) {}

    fn draw_text(&mut self, _xy: Point, _text: &str, _look: &StyleAttr) {}

    fn draw_arrow(
        &mut self,
        _path: &[(Point, Point)],
        _dashed: bool,
        _head: (bool, bool),
        _look: &StyleAttr,
        properties: Option<String>,
        _text: &str,
    ) {
        if let Some(index) = properties.and_then(|index| index.parse().ok()) {
            self.edges.push(index);
        }
    }

    fn create_clip(&mut self, _xy: Point, _size: Point, _rounded_px: usize) -> ClipHandle {
        0
    }
}

/// A page laid out by layout-rs: every journey's box and where it is, and
/// the edges.
pub struct Layout {
    pub nodes: HashMap<JourneyId, (Node, f64, f64)>,
    edges: Vec<Curve>,
    pub width: f64,
    pub height: f64,
}

/// An edge on the page: from a stage cell, down to the bottom of its row,
/// then in a curve to the middle of the top of a child's box.
struct Curve {
    from: (f64, f64),
    bottom: f64,
    to: (f64, f64),
}

/// Lays out the page with layout-rs, or hands the boxes back for the
/// columns when the page has more than [`GRAPH_LIMIT`] journeys, would be
/// wider than [`GRAPH_WIDTH`], or layout-rs fails.
pub fn layout(
    model: &Model,
    forest: &Forest,
    plan: &PagePlan,
    nodes: HashMap<JourneyId, Node>,
) -> Result<Layout, HashMap<JourneyId, Node>> {
    if nodes.len() > GRAPH_LIMIT {
        return Err(nodes);
    }
    let levels = shown::levels(forest, &plan.roots, plan.depth);
    if levels.iter().any(|level| row_width(level, &nodes) > GRAPH_WIDTH) {
        return Err(nodes);
    }

    let graph = LayeredGraph::of_levels(model, forest, &levels, &nodes);
    let placement = match graph.lay_out() {
        Ok(placement) if placement.width <= GRAPH_WIDTH => placement,
        Ok(_) => return Err(nodes),
        Err(LayoutFailed) => {
            tracing::warn!(
                journeys = graph.len(),
                "layout-rs failed, so the page is laid out in columns"
            );
            return Err(nodes);
        }
    };

    let edges = curves(&graph, &placement);
    let mut nodes = nodes;
    let nodes = levels
        .iter()
        .flatten()
        .zip(&placement.corners)
        .map(|(id, (x, y))| {
            let node = nodes.remove(id).expect("every journey on the page has a box");
            (*id, (node, *x, *y))
        })
        .collect();
    Ok(Layout {
        nodes,
        edges,
        width: placement.width,
        height: placement.height,
    })
}

/// Places the edges layout-rs drew between the placed boxes.
fn curves(graph: &LayeredGraph, placement: &Placement) -> Vec<Curve> {
    let mut bottoms: Vec<f64> = Vec::new();
    for (index, (_, y)) in placement.corners.iter().enumerate() {
        let row = graph.rows[index];
        if bottoms.len() <= row {
            bottoms.resize(row + 1, 0.0);
        }
        bottoms[row] = bottoms[row].max(y + graph.sizes[index].1);
    }
    placement
        .edges
        .iter()
        .filter_map(|index| graph.edges.get(*index))
        .map(|edge| {
            let (parent_x, parent_y) = placement.corners[edge.parent];
            let (child_x, child_y) = placement.corners[edge.child];
            Curve {
                from: (parent_x + edge.port, parent_y + graph.sizes[edge.parent].1),
                bottom: bottoms[graph.rows[edge.parent]],
                to: (child_x + graph.sizes[edge.child].0 / 2.0, child_y),
            }
        })
        .collect()
}

/// Measures a row of boxes side by side, the narrowest a level can be.
fn row_width(level: &[JourneyId], nodes: &HashMap<JourneyId, Node>) -> f64 {
    let boxes: f64 = level.iter().map(|id| nodes[id].width).sum();
    boxes + H_GAP * level.len().saturating_sub(1) as f64
}

/// Builds the graph of the whole hierarchy, every journey of the model,
/// for [`crate::atlas_graph`].
pub fn whole(model: &Model, forest: &Forest, nodes: &HashMap<JourneyId, Node>) -> LayeredGraph {
    let levels = shown::levels(forest, &forest.roots, usize::MAX);
    LayeredGraph::of_levels(model, forest, &levels, nodes)
}

impl Layout {
    pub fn draw(&self, svg: &mut Svg, left: f64, top: f64) {
        let line = Paint::outlined("none", EDGE).width(1.5);
        for curve in &self.edges {
            svg.path(&curve.path(left, top), line);
            arrowhead_down(svg, (curve.to.0 + left, curve.to.1 + top));
        }
        let mut ids: Vec<&JourneyId> = self.nodes.keys().collect();
        ids.sort();
        for id in ids {
            let (node, x, y) = &self.nodes[id];
            node.draw(svg, x + left, y + top, &format!("journey-{}", id.0));
        }
    }
}

impl Curve {
    /// Builds the path: straight down from the stage cell to the bottom of
    /// its row, then a curve that leaves and arrives vertically, to the
    /// arrowhead above the child. Every curve from one row has the same
    /// height at the same parameter, so two of them cross only when their
    /// ends are in opposite orders, which rows in order rule out.
    fn path(&self, left: f64, top: f64) -> String {
        let (x0, y0) = (self.from.0 + left, self.from.1 + top);
        let y1 = self.bottom + top;
        let (x2, y2) = (self.to.0 + left, self.to.1 + top - HEAD);
        if (x2 - x0).abs() < 0.5 {
            return format!("M{} {} V{}", num(x0), num(y0), num(y2));
        }
        let middle = (y1 + y2) / 2.0;
        let drop = if y1 > y0 {
            format!(" V{}", num(y1))
        } else {
            String::new()
        };
        format!(
            "M{} {}{drop} C{} {} {} {} {} {}",
            num(x0),
            num(y0),
            num(x0),
            num(middle),
            num(x2),
            num(middle),
            num(x2),
            num(y2)
        )
    }
}

#[cfg(test)]
mod tests {
    use journey_diagnostics::FileId;
    use journey_i18n::Lang;
    use journey_model::{ParsedFile, Settings, Today, TodaySource, analyze};

    use super::*;
    use crate::words::Words;

    /// Builds a chain of `length` journeys, each zooming into the one
    /// before, so that its page is one box wide however long it is.
    fn chain(length: usize) -> Model {
        let mut text = String::from("journey j0 \"Journey 0\" { stage s \"Stage\" }\n");
        for index in 1..length {
            text.push_str(&format!(
                "journey j{index} \"Journey {index}\" {{ parent: j{}.s  stage s \"Stage\" }}\n",
                index - 1
            ));
        }
        let file = ParsedFile::new(FileId(0), "chain.journey", text.as_str());
        let today = Today {
            date: time::macros::date!(2026 - 12 - 01),
            source: TodaySource::Flag,
        };
        analyze(&[file], &Settings::default(), today).model
    }

    /// Lays out a page showing the whole chain.
    fn lay_out_chain(length: usize) -> Result<Layout, HashMap<JourneyId, Node>> {
        let model = chain(length);
        let forest = Forest::new(&model);
        let plan = PagePlan {
            root: None,
            roots: forest.roots.clone(),
            depth: length,
            parent: None,
        };
        let links = shown::Links {
            journey: &|_| String::new(),
            page: &|_| None,
        };
        let nodes = shown::boxes(&model, &forest, &plan, Words::new(Lang::En), &links);
        assert_eq!(nodes.len(), length);
        layout(&model, &forest, &plan, nodes)
    }

    #[test]
    fn page_over_limit_is_handed_back() {
        let Ok(placed) = lay_out_chain(GRAPH_LIMIT) else {
            panic!("a chain at the limit is laid out");
        };
        assert!(placed.width <= GRAPH_WIDTH);
        assert_eq!(placed.nodes.len(), GRAPH_LIMIT);
        let Err(declined) = lay_out_chain(GRAPH_LIMIT + 1) else {
            panic!("a chain one journey over the limit is handed back");
        };
        assert_eq!(declined.len(), GRAPH_LIMIT + 1, "every box comes back for the columns");
    }

    #[test]
    fn placement_aligns_rows_at_origin() {
        let graph = LayeredGraph {
            sizes: vec![(300.0, 100.0), (190.0, 140.0), (190.0, 80.0), (190.0, 60.0)],
            rows: vec![0, 1, 1, 2],
            edges: vec![
                GraphEdge {
                    parent: 0,
                    child: 1,
                    port: 40.0,
                },
                GraphEdge {
                    parent: 0,
                    child: 2,
                    port: 260.0,
                },
                GraphEdge {
                    parent: 1,
                    child: 3,
                    port: 95.0,
                },
            ],
        };

        let placement = graph.lay_out().expect("layout-rs lays out a tree");
        let corners = &placement.corners;
        assert_eq!(corners[1].1, corners[2].1, "one row, one top");
        assert!(corners[1].1 >= 100.0 + V_GAP - 0.01, "a free band between rows");
        assert!(corners[3].1 >= corners[1].1 + 140.0 + V_GAP - 0.01);
        assert!(
            corners[1].0 + 190.0 + H_GAP <= corners[2].0 + 0.01,
            "boxes of a row keep apart"
        );

        let left = corners.iter().map(|corner| corner.0).fold(f64::INFINITY, f64::min);
        assert_eq!((left, corners[0].1), (0.0, 0.0), "no blank band");
        assert_eq!(placement.edges, vec![0, 1, 2], "layout-rs drew every edge");
        let right = corners.iter().zip(&graph.sizes).map(|(corner, size)| corner.0 + size.0);
        assert_eq!(placement.width, right.fold(0.0, f64::max));
        assert_eq!(placement.height, corners[3].1 + 60.0);
    }

    #[test]
    fn dot_lists_boxes_and_edges() {
        let graph = LayeredGraph {
            sizes: vec![(144.0, 72.0), (72.0, 36.0)],
            rows: vec![0, 1],
            edges: vec![GraphEdge {
                parent: 0,
                child: 1,
                port: 10.0,
            }],
        };
        let dot = graph.dot();
        assert!(dot.contains("n0 [width=2.000, height=1.000];"), "{dot}");
        assert!(dot.contains("n1 [width=1.000, height=0.500];"), "{dot}");
        assert!(dot.contains("n0 -> n1;"), "{dot}");
    }

    /// Builds the graph of a random forest, row by row as the atlas gives
    /// it: `parents[i]`, modulo `i + 1`, is the parent of box `i + 1` among
    /// the boxes before it, and box 0 and boxes without a parent are roots.
    fn forest_graph(parents: &[Option<usize>], sizes: &[(f64, f64)]) -> LayeredGraph {
        let count = parents.len() + 1;
        let mut children = vec![Vec::new(); count];
        let mut level = vec![0];
        for (index, parent) in parents.iter().enumerate() {
            match parent {
                Some(parent) => children[parent % (index + 1)].push(index + 1),
                None => level.push(index + 1),
            }
        }

        let mut graph = LayeredGraph::default();
        let mut position = vec![0; count];
        let mut pairs = Vec::new();
        let mut row = 0;
        while !level.is_empty() {
            for id in &level {
                position[*id] = graph.sizes.len();
                graph.sizes.push(sizes[id % sizes.len()]);
                graph.rows.push(row);
                pairs.extend(children[*id].iter().map(|child| (*id, *child)));
            }
            level = level.iter().flat_map(|id| children[*id].iter().copied()).collect();
            row += 1;
        }
        graph.edges = pairs
            .into_iter()
            .map(|(parent, child)| GraphEdge {
                parent: position[parent],
                child: position[child],
                port: 10.0,
            })
            .collect();
        graph
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        #[test]
        fn any_forest_is_laid_out_in_disjoint_rows(
            parents in proptest::collection::vec(proptest::option::weighted(0.85, 0..1000_usize), 0..120),
            sizes in proptest::collection::vec((100.0..900.0_f64, 40.0..300.0_f64), 1..8),
        ) {
            let graph = forest_graph(&parents, &sizes);
            let placement = graph.lay_out().expect("layout-rs lays out every forest");
            proptest::prop_assert_eq!(placement.corners.len(), graph.len());
            proptest::prop_assert_eq!(placement.edges.len(), graph.edges.len());
            for (a, (corner_a, size_a)) in placement.corners.iter().zip(&graph.sizes).enumerate() {
                proptest::prop_assert!(corner_a.0 >= -0.01 && corner_a.1 >= -0.01);
                proptest::prop_assert!(corner_a.0 + size_a.0 <= placement.width + 0.01);
                for (b, (corner_b, size_b)) in placement.corners.iter().zip(&graph.sizes).enumerate().skip(a + 1) {
                    if graph.rows[a] == graph.rows[b] {
                        proptest::prop_assert_eq!(corner_a.1, corner_b.1, "one row, one top");
                        let apart = corner_a.0 + size_a.0 <= corner_b.0 + 0.01 || corner_b.0 + size_b.0 <= corner_a.0 + 0.01;
                        proptest::prop_assert!(apart, "boxes {} and {} overlap", a, b);
                    } else if graph.rows[a] < graph.rows[b] {
                        proptest::prop_assert!(corner_a.1 + size_a.1 <= corner_b.1 + 0.01, "rows overlap");
                    }
                }
            }
        }
    }
}
