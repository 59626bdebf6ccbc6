//! The framework hierarchy as a forest (each journey has at most one
//! parent), and its division into pages that each stay readable.

use journey_model::{JourneyId, Model};

/// The maximum number of journeys on a page before deeper levels move to
/// their own pages. A page about one journey still shows all its children.
pub const PAGE_BUDGET: usize = 80;

pub struct Forest {
    pub roots: Vec<JourneyId>,
    /// Children of each journey, ordered by the stage and step they zoom
    /// into, then by declaration.
    pub children: Vec<Vec<JourneyId>>,
}

impl Forest {
    pub fn new(model: &Model) -> Forest {
        let count = model.journeys.len();
        let mut children = vec![Vec::new(); count];
        let mut roots = Vec::new();
        for (index, journey) in model.journeys.iter().enumerate() {
            let id = JourneyId(index as u32);
            match journey.parent {
                Some(anchor) if anchor.journey.index() < count && anchor.journey != id => {
                    children[anchor.journey.index()].push(id)
                }
                _ => roots.push(id),
            }
        }
        for list in &mut children {
            list.sort_by_key(|child| {
                let anchor = model.journeys[child.index()].parent.expect("children have parents");
                (anchor.stage, anchor.step.map_or(0, |step| step + 1), child.index())
            });
        }
        let mut forest = Forest { roots, children };
        forest.adopt_cycles();
        forest
    }

    /// Journeys in a `parent` cycle hang from no root: the first of each
    /// cycle becomes a root, and the edge that closed the cycle is dropped.
    fn adopt_cycles(&mut self) {
        let mut seen = vec![false; self.children.len()];
        let mut stack: Vec<JourneyId> = self.roots.clone();
        loop {
            while let Some(id) = stack.pop() {
                if !std::mem::replace(&mut seen[id.index()], true) {
                    stack.extend(self.children[id.index()].iter().copied());
                }
            }
            let Some(index) = seen.iter().position(|seen| !seen) else {
                break;
            };
            let id = JourneyId(index as u32);
            for list in &mut self.children {
                list.retain(|child| *child != id);
            }
            self.roots.push(id);
            stack.push(id);
        }
    }

    /// Counts the journeys below `id`.
    pub fn descendants(&self, id: JourneyId) -> usize {
        self.children[id.index()]
            .iter()
            .map(|child| 1 + self.descendants(*child))
            .sum()
    }
}

/// One page of the atlas: some roots and the levels below them it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PagePlan {
    /// `None` for the overview, else the journey the page is about.
    pub root: Option<JourneyId>,
    pub roots: Vec<JourneyId>,
    /// How many levels below the roots are shown.
    pub depth: usize,
    /// Index of the page that links here.
    pub parent: Option<usize>,
}

/// Splits the forest into pages: the overview first, then one page for
/// each journey whose children did not fit on the page that shows it.
pub fn plan(forest: &Forest) -> Vec<PagePlan> {
    let mut pages = vec![PagePlan {
        root: None,
        roots: forest.roots.clone(),
        depth: 0,
        parent: None,
    }];
    let mut index = 0;
    while index < pages.len() {
        let (depth, collapsed) = fit(forest, &pages[index].roots);
        pages[index].depth = depth;
        for id in collapsed {
            pages.push(PagePlan {
                root: Some(id),
                roots: vec![id],
                depth: 0,
                parent: Some(index),
            });
        }
        index += 1;
    }
    pages
}

/// Finds how many levels fit the budget, and the journeys on the last shown
/// level whose children are left for their own pages. A single root always
/// shows its children.
fn fit(forest: &Forest, roots: &[JourneyId]) -> (usize, Vec<JourneyId>) {
    let mut levels = vec![roots.to_vec()];
    let mut total = roots.len();
    loop {
        let next: Vec<JourneyId> = levels
            .last()
            .expect("levels start with the roots")
            .iter()
            .flat_map(|id| forest.children[id.index()].iter().copied())
            .collect();
        if next.is_empty() {
            return (levels.len() - 1, Vec::new());
        }
        // A page about one journey always shows its children; the overview
        // of many roots may show the roots alone.
        let must_show = levels.len() == 1 && roots.len() == 1;
        if !must_show && total + next.len() > PAGE_BUDGET {
            let last = levels.last().expect("levels start with the roots");
            let collapsed = last
                .iter()
                .copied()
                .filter(|id| !forest.children[id.index()].is_empty())
                .collect();
            return (levels.len() - 1, collapsed);
        }
        total += next.len();
        levels.push(next);
    }
}
