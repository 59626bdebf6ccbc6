//! One atlas page, laid out as nested blocks. A journey's block is its box
//! with, below it, one column per stage that children zoom into, placed
//! under that stage's cell. A column stacks the children's blocks, joined
//! by a line from the stage cell with a tick to each child. Siblings never
//! spread sideways, so a page stays about as wide as its deepest chain of
//! stages, and layout is linear in the number of journeys.
//!
//! Pages that are small and narrow enough are drawn as a layered graph by
//! [`crate::atlas::graph`] instead. A layered page of a thousand-journey
//! atlas is a banner ten thousand pixels wide, where this layout gives a
//! poster. (The `reingold-tilford` crate, tried before, spreads siblings by
//! their centres, ignoring their widths, so wide boxes overlapped.)

use std::collections::HashMap;

use journey_model::{JourneyId, Model};

use crate::atlas::forest::{Forest, PagePlan};
use crate::atlas::node::Node;
use crate::atlas::shown::anchor_stage;
use crate::svg::{Paint, Svg, num};

/// Between columns, and between root blocks on a row.
const H_GAP: f64 = 28.0;
/// Between a journey's box and the columns of its children, plus one
/// [`CHANNEL_GAP`] per column.
const V_GAP: f64 = 24.0;
const CHANNEL_GAP: f64 = 7.0;
/// The radius of the bends of drops.
const BEND: f64 = 5.0;
/// Between blocks stacked in a column, and between rows of roots.
const STACK_GAP: f64 = 16.0;
/// Children sit this far right of the line that joins them.
const INDENT: f64 = 22.0;
/// The line of a column runs this far right of the column's left edge.
const BUS_X: f64 = 8.0;
/// Ticks reach a child's box this far below its top.
const TICK_Y: f64 = 18.0;
/// Rows of root blocks wrap past this width.
pub const ROW_WIDTH: f64 = 2400.0;

/// A laid-out page: every journey's box and where it is, and the lines.
pub struct Layout {
    pub nodes: HashMap<JourneyId, (Node, f64, f64)>,
    lines: Lines,
    pub width: f64,
    pub height: f64,
}

/// The lines that join the boxes, in page coordinates.
#[derive(Default)]
struct Lines {
    /// From a stage cell down to the top of a column's line, turning at
    /// the height of the middle value.
    drops: Vec<Drop>,
    /// A column's line: x, top, and the height of each tick.
    buses: Vec<(f64, f64, Vec<f64>)>,
}

/// A journey and what hangs below it, with positions relative to the
/// block's top-left corner.
struct Block {
    width: f64,
    height: f64,
    nodes: Vec<(JourneyId, f64, f64)>,
    drops: Vec<Drop>,
    buses: Vec<(f64, f64, Vec<f64>)>,
}

/// A line from a stage cell (x, y) down to a channel height, across, and
/// down to the top of a column (x, y).
#[derive(Clone, Copy)]
struct Drop {
    from: (f64, f64),
    channel: f64,
    to: (f64, f64),
}

impl Block {
    /// Copies `other` into this block with its corner at (`dx`, `dy`).
    fn absorb(&mut self, other: Block, dx: f64, dy: f64) {
        let shift = |(x, y): (f64, f64)| (x + dx, y + dy);
        self.nodes
            .extend(other.nodes.into_iter().map(|(id, x, y)| (id, x + dx, y + dy)));
        self.drops.extend(other.drops.into_iter().map(|drop| Drop {
            from: shift(drop.from),
            channel: drop.channel + dy,
            to: shift(drop.to),
        }));
        self.buses.extend(
            other
                .buses
                .into_iter()
                .map(|(x, top, ticks)| (x + dx, top + dy, ticks.into_iter().map(|tick| tick + dy).collect())),
        );
    }
}

/// Lays out the page's boxes (see [`crate::atlas::shown::boxes`]).
pub fn layout(model: &Model, forest: &Forest, plan: &PagePlan, nodes: HashMap<JourneyId, Node>) -> Layout {
    let builder = Builder {
        model,
        forest,
        plan,
        nodes: &nodes,
    };
    let page = builder.rows(&plan.roots);
    let mut layout = Layout {
        nodes: HashMap::new(),
        lines: Lines::default(),
        width: page.width,
        height: page.height,
    };
    layout.lines.drops = page.drops;
    layout.lines.buses = page.buses;
    let mut nodes = nodes;
    for (id, x, y) in page.nodes {
        let node = nodes.remove(&id).expect("every placed journey has a box");
        layout.nodes.insert(id, (node, x, y));
    }
    layout
}

/// Consecutive children that zoom into the same stage.
fn group_by_stage<'a>(model: &Model, children: &'a [JourneyId]) -> Vec<(usize, &'a [JourneyId])> {
    let mut groups = Vec::new();
    let mut start = 0;
    while start < children.len() {
        let stage = anchor_stage(model, children[start]);
        let end = start
            + children[start..]
                .iter()
                .take_while(|child| anchor_stage(model, **child) == stage)
                .count();
        groups.push((stage, &children[start..end]));
        start = end;
    }
    groups
}

struct Builder<'a> {
    model: &'a Model,
    forest: &'a Forest,
    plan: &'a PagePlan,
    nodes: &'a HashMap<JourneyId, Node>,
}

impl Builder<'_> {
    /// Places the roots' blocks side by side, wrapping onto new rows.
    fn rows(&self, roots: &[JourneyId]) -> Block {
        let mut page = Block {
            width: 0.0,
            height: 0.0,
            nodes: Vec::new(),
            drops: Vec::new(),
            buses: Vec::new(),
        };
        let (mut x, mut y, mut row_height) = (0.0, 0.0, 0.0_f64);
        for root in roots {
            let block = self.block(*root, 0);
            if x > 0.0 && x + block.width > ROW_WIDTH {
                (x, y, row_height) = (0.0, y + row_height + STACK_GAP * 2.0, 0.0);
            }
            let (width, height) = (block.width, block.height);
            page.absorb(block, x, y);
            page.width = page.width.max(x + width);
            page.height = page.height.max(y + height);
            row_height = row_height.max(height);
            x += width + H_GAP;
        }
        page
    }

    /// Builds a journey's block: its box and, when its children are on the
    /// page, their columns under the stage cells they zoom into.
    fn block(&self, id: JourneyId, depth: usize) -> Block {
        let node = &self.nodes[&id];
        let mut block = Block {
            width: node.width,
            height: node.height,
            nodes: vec![(id, 0.0, 0.0)],
            drops: Vec::new(),
            buses: Vec::new(),
        };
        if depth >= self.plan.depth {
            return block;
        }
        let children = &self.forest.children[id.index()];
        let groups = group_by_stage(self.model, children);
        // Each drop turns at its own height, the leftmost lowest, so that
        // no two drops cross.
        let top = node.height + V_GAP + CHANNEL_GAP * groups.len() as f64;
        let mut cursor: f64 = 0.0;
        for (index, (stage, group)) in groups.iter().enumerate() {
            let port = node.port(*stage).unwrap_or(node.width / 2.0);
            let left = cursor.max(port - BUS_X);
            let column = self.column(group, depth + 1);
            let channel = top - V_GAP / 2.0 - CHANNEL_GAP * index as f64;
            block.drops.push(Drop {
                from: (port, node.height),
                channel,
                to: (left + BUS_X, top),
            });
            let (width, height) = (column.width, column.height);
            block.absorb(column, left, top);
            block.width = block.width.max(left + width);
            block.height = block.height.max(top + height);
            cursor = left + width + H_GAP;
        }
        block
    }

    /// Children stacked one under the other, right of a line with a tick
    /// to each.
    fn column(&self, children: &[JourneyId], depth: usize) -> Block {
        let mut column = Block {
            width: 0.0,
            height: 0.0,
            nodes: Vec::new(),
            drops: Vec::new(),
            buses: Vec::new(),
        };
        let mut ticks = Vec::new();
        let mut y = 0.0;
        for child in children {
            let block = self.block(*child, depth);
            ticks.push(y + TICK_Y);
            let (width, height) = (block.width, block.height);
            column.absorb(block, INDENT, y);
            column.width = column.width.max(INDENT + width);
            y += height + STACK_GAP;
        }
        column.height = y - STACK_GAP;
        column.buses.push((BUS_X, 0.0, ticks));
        column
    }
}

impl Layout {
    pub fn draw(&self, svg: &mut Svg, left: f64, top: f64) {
        let line = Paint::outlined("none", EDGE).width(1.5);
        for drop in &self.lines.drops {
            svg.path(&drop_path(drop, left, top), line);
        }
        for (x, bus_top, ticks) in &self.lines.buses {
            let x = x + left;
            let last = ticks.last().copied().unwrap_or(*bus_top) + top;
            svg.line((x, bus_top + top), (x, last), line);
            for tick in ticks {
                let y = tick + top;
                let tip = x + INDENT - BUS_X;
                svg.line((x, y), (tip - 6.0, y), line);
                arrowhead(svg, (tip, y));
            }
        }
        let mut ids: Vec<&JourneyId> = self.nodes.keys().collect();
        ids.sort();
        for id in ids {
            let (node, x, y) = &self.nodes[id];
            node.draw(svg, x + left, y + top, &format!("journey-{}", id.0));
        }
    }
}

/// The colour of the lines between a journey and its children.
pub const EDGE: &str = "#64748b";
/// Draws a small filled triangle pointing right at `tip`.
pub fn arrowhead(svg: &mut Svg, tip: (f64, f64)) {
    let (x, y) = tip;
    let data = format!(
        "M{} {} L{} {} L{} {} Z",
        num(x - 7.0),
        num(y - 4.5),
        num(x - 7.0),
        num(y + 4.5),
        num(x),
        num(y)
    );
    svg.path(&data, Paint::fill(EDGE));
}

/// Draws a small filled triangle pointing down at `tip`.
pub fn arrowhead_down(svg: &mut Svg, tip: (f64, f64)) {
    let (x, y) = tip;
    let data = format!(
        "M{} {} L{} {} L{} {} Z",
        num(x - 4.5),
        num(y - 7.0),
        num(x + 4.5),
        num(y - 7.0),
        num(x),
        num(y)
    );
    svg.path(&data, Paint::fill(EDGE));
}

/// Builds an orthogonal path with rounded bends, or a straight one when the
/// column is under the stage cell.
fn drop_path(drop: &Drop, left: f64, top: f64) -> String {
    let (x0, y0) = (drop.from.0 + left, drop.from.1 + top);
    let (x1, y1) = (drop.to.0 + left, drop.to.1 + top);
    let channel = drop.channel + top;
    if (x1 - x0).abs() < 2.0 * BEND {
        return format!("M{} {} V{}", num(x0), num(y0), num(y1));
    }
    format!(
        "M{} {} V{} Q{} {} {} {} H{} Q{} {} {} {} V{}",
        num(x0),
        num(y0),
        num(channel - BEND),
        num(x0),
        num(channel),
        num(x0 + BEND),
        num(channel),
        num(x1 - BEND),
        num(x1),
        num(channel),
        num(x1),
        num(channel + BEND),
        num(y1)
    )
}
