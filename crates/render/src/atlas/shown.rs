//! The journeys a page shows and their measured boxes, whatever lays them
//! out: the roots and the levels the plan keeps, each box carrying the link
//! to its map and, when its children have their own page, the link there.

use std::collections::HashMap;

use journey_model::{JourneyId, Model};

use crate::atlas::forest::{Forest, PagePlan};
use crate::atlas::node::{Node, NodeContext};
use crate::words::Words;

/// Links from a page to the other files of the build.
pub struct Links<'a> {
    pub journey: &'a dyn Fn(JourneyId) -> String,
    pub page: &'a dyn Fn(JourneyId) -> Option<String>,
}

/// Lists the journeys of `roots` and of at most `depth` levels below them,
/// level by level, each level in the order of its parents and, under one
/// parent, by the stage and step the children zoom into.
pub fn levels(forest: &Forest, roots: &[JourneyId], depth: usize) -> Vec<Vec<JourneyId>> {
    let mut levels = vec![roots.to_vec()];
    while levels.len() <= depth {
        let next: Vec<JourneyId> = levels
            .last()
            .expect("levels start with the roots")
            .iter()
            .flat_map(|id| forest.children[id.index()].iter().copied())
            .collect();
        if next.is_empty() {
            break;
        }
        levels.push(next);
    }
    levels
}

/// Measures the box of every journey on the page.
pub fn boxes(model: &Model, forest: &Forest, plan: &PagePlan, words: Words, links: &Links) -> HashMap<JourneyId, Node> {
    levels(forest, &plan.roots, plan.depth)
        .into_iter()
        .flatten()
        .map(|id| (id, make_node(model, forest, plan, id, words, links)))
        .collect()
}

fn make_node(model: &Model, forest: &Forest, plan: &PagePlan, id: JourneyId, words: Words, links: &Links) -> Node {
    let journey = &model.journeys[id.index()];
    let children = &forest.children[id.index()];
    let used: Vec<usize> = children.iter().map(|child| anchor_stage(model, *child)).collect();
    let more = match (links.page)(id) {
        Some(href) if Some(id) != plan.root && !children.is_empty() => Some((forest.descendants(id), href)),
        _ => None,
    };
    Node::new(
        model,
        journey,
        words,
        NodeContext {
            href: (links.journey)(id),
            more,
            used_stages: &used,
        },
    )
}

/// The stage of its parent that a journey zooms into.
pub fn anchor_stage(model: &Model, id: JourneyId) -> usize {
    model.journeys[id.index()].parent.map_or(0, |anchor| anchor.stage)
}
