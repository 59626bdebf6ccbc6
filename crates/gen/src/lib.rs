//! A seeded generator of large, realistic `.journey` workspaces, for the
//! benchmark, for fuzzing seeds and for load tests of the language server.
//!
//! [`generate`] writes a people file, a vocabulary file and journey files
//! grouped by business area: lifecycle (level 0) journeys, macro journeys
//! zooming into their stages and micro journeys zooming into those, with
//! owners, committees, personas, facets, review dates, touchpoints,
//! emotions, pains and opportunities, blueprint lanes, KPIs, doc comments
//! and comments. Without faults the workspace checks with a handful of
//! warnings (overdue reviews); with [`Config::fault_rate`] some journeys get
//! one typical mistake each (see [`Fault`]).
//!
//! The same configuration always gives the same bytes. This crate does not
//! depend on the compiler, so it cannot drift with it silently: its tests
//! check the output against the real checker.

mod dice;
mod fault;
mod plan;
mod render;
mod vocab;
mod words;

use std::collections::HashMap;
use std::path::Path;

pub use fault::Fault;

use dice::Dice;
use plan::Planner;
use render::Renderer;
use vocab::Vocabulary;

/// How big a workspace to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// Journeys are added until the workspace has at least this many lines.
    Lines(usize),
    /// Exactly this many journeys.
    Journeys(usize),
}

/// How much each journey holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Two to five stages of one to four steps, with pains, lanes and KPIs:
    /// about 100 lines a journey.
    Full,
    /// Two to four stages of one step each: about 45 lines a journey, the
    /// shape of a large atlas where most journeys are not mapped in depth.
    Outline,
}

#[derive(Debug, Clone, Copy)]
pub struct Config {
    pub seed: u64,
    pub size: Size,
    pub detail: Detail,
    /// The share of journeys, from 0 to 1, that get one deliberate mistake.
    pub fault_rate: f64,
}

impl Config {
    pub fn lines(seed: u64, lines: usize) -> Self {
        Config {
            seed,
            size: Size::Lines(lines),
            detail: Detail::Full,
            fault_rate: 0.0,
        }
    }

    pub fn journeys(seed: u64, journeys: usize) -> Self {
        Config {
            seed,
            size: Size::Journeys(journeys),
            detail: Detail::Outline,
            fault_rate: 0.0,
        }
    }
}

/// One generated file, by its path relative to the workspace root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub text: String,
}

/// A generated workspace: its files, `journey.toml` included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workspace {
    pub files: Vec<File>,
    pub journeys: usize,
}

impl Workspace {
    /// The number of lines of the `.journey` files.
    pub fn lines(&self) -> usize {
        self.journey_files().map(|file| file.text.lines().count()).sum()
    }

    /// The number of bytes of the `.journey` files.
    pub fn bytes(&self) -> usize {
        self.journey_files().map(|file| file.text.len()).sum()
    }

    pub fn journey_files(&self) -> impl Iterator<Item = &File> {
        self.files.iter().filter(|file| file.path.ends_with(".journey"))
    }

    /// Writes every file below `root`, creating folders as needed.
    pub fn write_to(&self, root: &Path) -> std::io::Result<()> {
        for file in &self.files {
            let path = root.join(&file.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, &file.text)?;
        }
        Ok(())
    }
}

/// Journeys per file; a new file starts when the area's file is full.
const JOURNEYS_PER_FILE: usize = 8;
/// The average number of lines of a journey at each detail, used to size
/// the vocabulary before the journeys exist.
const LINES_PER_FULL_JOURNEY: usize = 100;
const LINES_PER_OUTLINE_JOURNEY: usize = 45;
/// Share of macro and micro journeys followed by a future-state twin.
const FUTURE_STATE_RATE: f64 = 0.05;

/// Generates a workspace.
pub fn generate(config: &Config) -> Workspace {
    let mut dice = Dice::new(config.seed);
    let expected = expected_journeys(config);
    let mut vocab = Vocabulary::new(expected);

    let mut files = vec![
        File {
            path: "journey.toml".into(),
            text: SETTINGS.into(),
        },
        File {
            path: "people.journey".into(),
            text: vocab.people_file(&mut dice),
        },
        File {
            path: "vocabulary.journey".into(),
            text: vocab.vocabulary_file(&mut dice),
        },
    ];
    let mut lines: usize = files.iter().map(|file| file.text.lines().count()).sum();
    let mut grouping = Grouping::default();
    let mut planner = Planner::new(config.detail, expected);

    while !is_done(config.size, planner.plans.len(), lines) {
        let mut planned = vec![planner.plan_next(&mut dice)];
        let current = planned[0];
        let twin = planner.plans[current].level > 0 && config.detail == Detail::Full && dice.chance(FUTURE_STATE_RATE);
        if twin && !is_done(config.size, planner.plans.len(), lines) {
            planned.push(planner.plan_future_of(&mut dice, current));
        }
        for index in planned {
            planner.plans[index].fault = fault::roll(&mut dice, config.fault_rate);
            let text = Renderer::new(&mut dice, &mut vocab, config.detail).journey(&planner.plans[index]);
            lines += text.lines().count();
            grouping.add(&mut files, planner.plans[index].domain, text);
        }
    }
    Workspace {
        files,
        journeys: planner.plans.len(),
    }
}

const SETTINGS: &str = "# Generated by journey-gen.\ntoday = \"2026-12-01\"\nmax_depth = 3\n";

fn expected_journeys(config: &Config) -> usize {
    let per_journey = match config.detail {
        Detail::Full => LINES_PER_FULL_JOURNEY,
        Detail::Outline => LINES_PER_OUTLINE_JOURNEY,
    };
    match config.size {
        Size::Lines(lines) => (lines / per_journey).max(1),
        Size::Journeys(journeys) => journeys.max(1),
    }
}

fn is_done(size: Size, journeys: usize, lines: usize) -> bool {
    match size {
        Size::Lines(target) => lines >= target,
        Size::Journeys(target) => journeys >= target,
    }
}

/// Puts journeys into files of [`JOURNEYS_PER_FILE`], one folder per area.
#[derive(Default)]
struct Grouping {
    /// For each area: the index of its open file in the file list, how many
    /// journeys that file has, and how many files the area has.
    open: HashMap<&'static str, (usize, usize, usize)>,
}

impl Grouping {
    fn add(&mut self, files: &mut Vec<File>, domain: &'static str, text: String) {
        let (file, count, number) = self.open.entry(domain).or_insert((usize::MAX, JOURNEYS_PER_FILE, 0));
        if *count == JOURNEYS_PER_FILE {
            *number += 1;
            files.push(File {
                path: format!("journeys/{domain}/{domain}_{number:03}.journey"),
                text: String::new(),
            });
            *file = files.len() - 1;
            *count = 0;
        }
        files[*file].text.push_str(&text);
        *count += 1;
    }
}
