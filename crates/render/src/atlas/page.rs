//! One atlas page: its journeys laid out as a tidy tree, children under the
//! stage they zoom into, leaf journeys of one stage stacked in a column so
//! that wide levels stay narrow. Edges run from a parent's stage cell to
//! the child.

use std::collections::HashMap;

use journey_model::{JourneyId, Model};

use crate::atlas::forest::{Forest, PagePlan};
use crate::atlas::node::{Node, NodeContext};
use crate::atlas::tidy::{self, TreeBox};
use crate::svg::{Paint, Svg, num};
use crate::theme;
use crate::words::Words;

const H_GAP: f64 = 28.0;
const V_GAP: f64 = 56.0;
const STACK_GAP: f64 = 12.0;
/// Stacked journeys sit to the right of the line that joins them.
const STACK_INDENT: f64 = 22.0;

/// A box of the layout tree: the invisible root, one journey, or a column
/// of leaf journeys that zoom into the same stage.
enum Item {
    Root,
    Journey(JourneyId),
    Stack(Vec<JourneyId>),
}

struct Entry {
    item: Item,
    children: Vec<usize>,
    width: f64,
    height: f64,
}

struct Tree {
    entries: Vec<Entry>,
}

/// A laid-out page: every journey's box and where it is.
pub struct Layout {
    pub nodes: HashMap<JourneyId, (Node, f64, f64)>,
    edges: Vec<Edge>,
    stacks: Vec<StackBus>,
    /// Paths of the dashed future-state links.
    future: Vec<String>,
    pub width: f64,
    pub height: f64,
}

/// An edge from a parent's stage cell to a child (or to a stack's line).
struct Edge {
    from: (f64, f64),
    to: (f64, f64),
}

/// The vertical line that joins a stack of journeys, with a tick to each.
struct StackBus {
    x: f64,
    top: f64,
    ticks: Vec<f64>,
}

/// Links from a page to the other files of the build.
pub struct Links<'a> {
    pub journey: &'a dyn Fn(JourneyId) -> String,
    pub page: &'a dyn Fn(JourneyId) -> Option<String>,
}

pub fn layout(model: &Model, forest: &Forest, plan: &PagePlan, words: Words, links: &Links) -> Layout {
    let shown = shown_journeys(forest, plan);
    let nodes: HashMap<JourneyId, Node> = shown.iter().map(|id| (*id, make_node(model, forest, plan, *id, words, links))).collect();
    let mut builder = Builder { model, forest, plan, nodes: &nodes, entries: vec![Entry { item: Item::Root, children: Vec::new(), width: 0.0, height: 0.0 }] };
    for root in &plan.roots {
        let child = builder.add_journey(*root, 0);
        builder.entries[0].children.push(child);
    }
    let tree = Tree { entries: builder.entries };
    let boxes: Vec<TreeBox> =
        tree.entries.iter().map(|entry| TreeBox { width: entry.width, height: entry.height, children: entry.children.clone() }).collect();
    let corners = tidy::layout(&boxes, H_GAP, V_GAP);
    let mut layout = Layout { nodes: HashMap::new(), edges: Vec::new(), stacks: Vec::new(), future: Vec::new(), width: 0.0, height: 0.0 };
    layout.place(model, &tree, &corners, nodes);
    layout.link_future_states(model);
    layout
}

/// Every journey on the page, roots first, level by level.
fn shown_journeys(forest: &Forest, plan: &PagePlan) -> Vec<JourneyId> {
    let mut shown = plan.roots.clone();
    let mut level = plan.roots.clone();
    for _ in 0..plan.depth {
        level = level.iter().flat_map(|id| forest.children[id.index()].iter().copied()).collect();
        shown.extend(&level);
    }
    shown
}

fn make_node(model: &Model, forest: &Forest, plan: &PagePlan, id: JourneyId, words: Words, links: &Links) -> Node {
    let journey = &model.journeys[id.index()];
    let children = &forest.children[id.index()];
    let used: Vec<usize> = children.iter().map(|child| anchor_stage(model, *child)).collect();
    let more = match (links.page)(id) {
        Some(href) if Some(id) != plan.root && !children.is_empty() => Some((forest.descendants(id), href)),
        _ => None,
    };
    Node::new(model, journey, words, NodeContext { href: (links.journey)(id), more, used_stages: &used })
}

fn anchor_stage(model: &Model, id: JourneyId) -> usize {
    model.journeys[id.index()].parent.map_or(0, |anchor| anchor.stage)
}

struct Builder<'a> {
    model: &'a Model,
    forest: &'a Forest,
    plan: &'a PagePlan,
    nodes: &'a HashMap<JourneyId, Node>,
    entries: Vec<Entry>,
}

impl Builder<'_> {
    /// Adds a journey and, when its children are on the page, its subtree.
    fn add_journey(&mut self, id: JourneyId, depth: usize) -> usize {
        let node = &self.nodes[&id];
        let index = self.entries.len();
        self.entries.push(Entry { item: Item::Journey(id), children: Vec::new(), width: node.width, height: node.height });
        if depth >= self.plan.depth {
            return index;
        }
        let children = &self.forest.children[id.index()];
        let mut start = 0;
        while start < children.len() {
            let stage = anchor_stage(self.model, children[start]);
            let end = start + children[start..].iter().take_while(|child| anchor_stage(self.model, **child) == stage).count();
            let group = &children[start..end];
            let is_leaf = |child: &JourneyId| depth + 1 >= self.plan.depth || self.forest.children[child.index()].is_empty();
            let entries = if group.len() > 1 && group.iter().all(is_leaf) {
                vec![self.add_stack(group)]
            } else {
                group.iter().map(|child| self.add_journey(*child, depth + 1)).collect()
            };
            self.entries[index].children.extend(entries);
            start = end;
        }
        index
    }

    fn add_stack(&mut self, group: &[JourneyId]) -> usize {
        let width = group.iter().map(|id| self.nodes[id].width).fold(0.0, f64::max) + STACK_INDENT;
        let height = group.iter().map(|id| self.nodes[id].height).sum::<f64>() + STACK_GAP * (group.len() - 1) as f64;
        self.entries.push(Entry { item: Item::Stack(group.to_vec()), children: Vec::new(), width, height });
        self.entries.len() - 1
    }
}

impl Layout {
    /// Turns tree coordinates (entry centres and tops) into node corners,
    /// stack lines and edges, shifted so the picture starts at (0, 0).
    fn place(&mut self, model: &Model, tree: &Tree, corners: &[(f64, f64)], mut nodes: HashMap<JourneyId, Node>) {
        // The invisible root takes the first row, with no height and no gap.
        let corner = |index: usize| corners[index];
        for (index, entry) in tree.entries.iter().enumerate() {
            let (x, y) = corner(index);
            match &entry.item {
                Item::Root => {}
                Item::Journey(id) => {
                    let node = nodes.remove(id).expect("every entry has a node");
                    self.nodes.insert(*id, (node, x, y));
                }
                Item::Stack(members) => {
                    let mut top = y;
                    let mut ticks = Vec::new();
                    for id in members {
                        let node = nodes.remove(id).expect("every entry has a node");
                        ticks.push(top + 18.0);
                        let height = node.height;
                        self.nodes.insert(*id, (node, x + STACK_INDENT, top));
                        top += height + STACK_GAP;
                    }
                    self.stacks.push(StackBus { x: x + 8.0, top: y, ticks });
                }
            }
            self.width = self.width.max(x + entry.width);
            self.height = self.height.max(y + entry.height);
        }
        for (index, entry) in tree.entries.iter().enumerate() {
            let Item::Journey(parent) = entry.item else { continue };
            for child in &entry.children {
                let (to, first) = match &tree.entries[*child].item {
                    Item::Journey(id) => {
                        let (node, x, y) = &self.nodes[id];
                        ((x + node.width / 2.0, *y), *id)
                    }
                    Item::Stack(members) => {
                        let (x, y) = corner(*child);
                        ((x + 8.0, y), members[0])
                    }
                    Item::Root => continue,
                };
                let _ = index;
                let (node, x, y) = &self.nodes[&parent];
                let port = node.port(anchor_stage(model, first)).unwrap_or(node.width / 2.0);
                self.edges.push(Edge { from: (x + port, y + node.height), to });
            }
        }
    }

    /// Dashed links from a future-state journey to the journey it replaces,
    /// when both are on the page.
    fn link_future_states(&mut self, model: &Model) {
        let mut pairs: Vec<(JourneyId, JourneyId)> = self
            .nodes
            .keys()
            .filter_map(|id| model.journeys[id.index()].future_of.filter(|current| self.nodes.contains_key(current)).map(|current| (*id, current)))
            .collect();
        pairs.sort();
        for (future, current) in pairs {
            let (a, ax, ay) = &self.nodes[&future];
            let (b, bx, by) = &self.nodes[&current];
            let (a_box, b_box) = ((*ax, *ay, a.width, a.height), (*bx, *by, b.width, b.height));
            self.future.push(future_path(a_box, b_box));
        }
    }

    pub fn draw(&self, svg: &mut Svg, left: f64, top: f64) {
        for edge in &self.edges {
            draw_edge(svg, (edge.from.0 + left, edge.from.1 + top), (edge.to.0 + left, edge.to.1 + top));
        }
        let rule = Paint::outlined("none", theme::RULE).width(1.5);
        for bus in &self.stacks {
            let last = bus.ticks.last().copied().unwrap_or(bus.top);
            svg.line((bus.x + left, bus.top + top), (bus.x + left, last + top), rule);
            for tick in &bus.ticks {
                svg.line((bus.x + left, tick + top), (bus.x + left + STACK_INDENT - 8.0, tick + top), rule);
            }
        }
        let mut ids: Vec<&JourneyId> = self.nodes.keys().collect();
        ids.sort();
        for id in ids {
            let (node, x, y) = &self.nodes[id];
            node.draw(svg, x + left, y + top, &format!("journey-{}", id.0));
        }
        for data in &self.future {
            let element = format!(
                "<path d=\"{data}\" transform=\"translate({} {})\" fill=\"none\" stroke=\"{FUTURE}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
                num(left),
                num(top)
            );
            svg.raw(&element);
        }
    }
}

/// The colour of future-state links.
pub const FUTURE: &str = "#7c3aed";

/// A curved edge with an arrowhead at `to`.
pub fn draw_edge(svg: &mut Svg, from: (f64, f64), to: (f64, f64)) {
    let middle = (from.1 + to.1) / 2.0;
    let data = format!("M{} {} C{} {} {} {} {} {}", num(from.0), num(from.1), num(from.0), num(middle), num(to.0), num(middle), num(to.0), num(to.1 - 6.0));
    svg.path(&data, Paint::outlined("none", "#64748b").width(1.5));
    let head = format!("M{} {} L{} {} L{} {} Z", num(to.0 - 5.0), num(to.1 - 8.0), num(to.0 + 5.0), num(to.1 - 8.0), num(to.0), num(to.1));
    svg.path(&head, Paint::fill("#64748b"));
}

/// A dashed curve between two boxes (x, y, width, height): side to side
/// when they stand apart, else around their right edges.
fn future_path(from: (f64, f64, f64, f64), to: (f64, f64, f64, f64)) -> String {
    let middle = |b: (f64, f64, f64, f64)| b.1 + b.3 / 2.0;
    let (start, end) = if from.0 + from.2 <= to.0 {
        ((from.0 + from.2, middle(from)), (to.0, middle(to)))
    } else if to.0 + to.2 <= from.0 {
        ((from.0, middle(from)), (to.0 + to.2, middle(to)))
    } else {
        let right = (from.0 + from.2).max(to.0 + to.2) + 24.0;
        let (a, b) = ((from.0 + from.2, middle(from)), (to.0 + to.2, middle(to)));
        return format!("M{} {} C{} {} {} {} {} {}", num(a.0), num(a.1), num(right), num(a.1), num(right), num(b.1), num(b.0), num(b.1));
    };
    let bend = (end.0 - start.0) / 2.0;
    format!("M{} {} C{} {} {} {} {} {}", num(start.0), num(start.1), num(start.0 + bend), num(start.1), num(end.0 - bend), num(end.1), num(end.0), num(end.1))
}
