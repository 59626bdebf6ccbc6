//! The journey framework: the graph of journeys linked by `parent`, derived
//! levels, cycles and reachability.

use std::collections::VecDeque;

use ecow::EcoString;
use journey_diagnostics::{Diagnostic, LEVEL_MISMATCH, Message, PARENT_CYCLE, TOO_DEEP, UNREACHABLE_JOURNEY};
use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::ir::{JourneyId, Model};
use crate::lower::Lowerer;

/// Builds the framework graph: one node per journey (node index = journey
/// index), one edge from each parent journey to its child.
pub fn framework_graph(model: &Model) -> DiGraph<JourneyId, ()> {
    let mut graph = DiGraph::with_capacity(model.journeys.len(), model.journeys.len());
    for index in 0..model.journeys.len() {
        graph.add_node(JourneyId(index as u32));
    }
    for (index, journey) in model.journeys.iter().enumerate() {
        if let Some(anchor) = journey.parent {
            graph.add_edge(NodeIndex::new(anchor.journey.index()), NodeIndex::new(index), ());
        }
    }
    graph
}

impl Lowerer {
    /// Derives levels and children, and reports cycles, level mismatches,
    /// excess depth and journeys no L0 journey reaches.
    pub fn check_framework(&mut self, max_depth: u32) {
        let graph = framework_graph(&self.model);
        let mut in_cycle = vec![false; self.model.journeys.len()];
        for component in tarjan_scc(&graph) {
            let cyclic = component.len() > 1 || graph.contains_edge(component[0], component[0]);
            if cyclic {
                self.report_cycle(&component);
                for node in component {
                    in_cycle[node.index()] = true;
                }
            }
        }

        let mut queue: VecDeque<usize> = VecDeque::new();
        for (index, journey) in self.model.journeys.iter_mut().enumerate() {
            if journey.parent.is_none() {
                journey.level = Some(0);
                queue.push_back(index);
            }
        }
        while let Some(index) = queue.pop_front() {
            let level = self.model.journeys[index].level.unwrap_or(0);
            let mut children: Vec<usize> = graph
                .neighbors(NodeIndex::new(index))
                .map(|node| node.index())
                .filter(|child| !in_cycle[*child])
                .collect();
            children.sort_unstable();
            for child in &children {
                self.model.journeys[*child].level = Some(level + 1);
                queue.push_back(*child);
            }
            self.model.journeys[index].children = children.into_iter().map(|child| JourneyId(child as u32)).collect();
        }

        for (index, cyclic) in in_cycle.into_iter().enumerate() {
            self.check_level(index, cyclic, max_depth);
        }
    }

    fn report_cycle(&mut self, component: &[NodeIndex]) {
        let mut members: Vec<usize> = component.iter().map(|node| node.index()).collect();
        members.sort_unstable();
        let names: Vec<EcoString> = members
            .iter()
            .map(|index| self.model.journeys[*index].name.clone())
            .collect();
        let first = members[0];
        let symbol = self.model.journeys[first].symbol;
        let at = self
            .value_span(symbol, "parent")
            .unwrap_or(self.symbol(symbol).name_span);
        let mut diagnostic = Diagnostic::new(
            &PARENT_CYCLE,
            at,
            Message::new("parent-cycle").arg("journeys", names.join(" → ")),
        )
        .with_help(Message::new("help-parent-cycle"));
        for other in &members[1..] {
            let other_symbol = self.model.journeys[*other].symbol;
            let other_at = self
                .value_span(other_symbol, "parent")
                .unwrap_or(self.symbol(other_symbol).name_span);
            diagnostic = diagnostic.with_related(other_at, Message::new("parent-cycle-member"));
        }
        self.diagnostics.push(diagnostic);
    }

    fn check_level(&mut self, index: usize, in_cycle: bool, max_depth: u32) {
        let journey = &self.model.journeys[index];
        let symbol = journey.symbol;
        let name = journey.name.clone();
        let name_span = self.symbol(symbol).name_span;
        let level_at = self.value_span(symbol, "level").unwrap_or(name_span);
        let is_root = !self.declared_parent.contains(&symbol);
        // A `parent:` that did not resolve is reported already; the level
        // derived without it would only repeat that error.
        let parent_unresolved = !is_root && journey.parent.is_none();

        match (journey.level, journey.declared_level) {
            (_, Some(declared)) if is_root && declared > 0 => {
                let message = Message::new("root-with-level")
                    .arg("name", name.as_str())
                    .arg("declared", declared as usize);
                self.diagnostics.push(
                    Diagnostic::new(&UNREACHABLE_JOURNEY, level_at, message)
                        .with_help(Message::new("help-root-with-level")),
                );
            }
            (Some(level), Some(declared)) if level != declared && !parent_unresolved => {
                let message = Message::new("level-mismatch")
                    .arg("declared", declared as usize)
                    .arg("level", level as usize);
                self.diagnostics.push(
                    Diagnostic::new(&LEVEL_MISMATCH, level_at, message).with_help(Message::new("help-level-mismatch")),
                );
            }
            // A journey whose parent chain runs into a cycle; the cycle itself is reported once.
            (None, _) if !in_cycle && journey.parent.is_some() => {
                let message = Message::new("unreachable-journey").arg("name", name.as_str());
                self.diagnostics.push(
                    Diagnostic::new(&UNREACHABLE_JOURNEY, name_span, message)
                        .with_help(Message::new("help-unreachable")),
                );
            }
            _ => {}
        }

        if let Some(level) = self.model.journeys[index].level.filter(|level| *level >= max_depth) {
            let message = Message::new("framework-too-deep")
                .arg("level", level as usize)
                .arg("max", max_depth as usize);
            self.diagnostics.push(
                Diagnostic::new(&TOO_DEEP, name_span, message).with_help(Message::new("help-framework-too-deep")),
            );
        }
    }
}
