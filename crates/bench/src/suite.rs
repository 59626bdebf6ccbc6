//! The benchmark's steps, in order, and the figures they collect.
#![allow(clippy::print_stderr, reason = "progress lines of a developer tool, on stderr")]

use std::path::{Path, PathBuf};
use std::time::Duration;

use journey_gen::{Config, generate};

use crate::layout::{self, Outcome};
use crate::lsp::{self, Latencies};
use crate::machine::Machine;
use crate::phases::{self, Loaded, Phases};
use crate::timing::{Measured, best_of, run_program};

/// The journeys of the atlas benchmark.
const ATLAS_JOURNEYS: usize = 1_000;
/// The size of the one-file workspace the keystroke is measured in.
const KEYSTROKE_LINES: usize = 10_000;
/// Keystrokes typed into the language server; half add an error, half remove it.
const KEYSTROKES: usize = 60;

pub struct Plan {
    pub quick: bool,
    pub sizes: Vec<(String, usize)>,
    pub work: PathBuf,
    pub journey: PathBuf,
    pub seed: u64,
}

impl Plan {
    /// Checks the options: `sizes` are names such as `10k`, `journey` the
    /// binary to time (by default the one next to this program).
    pub fn new(
        quick: bool,
        sizes: &[String],
        work: PathBuf,
        journey: Option<PathBuf>,
        seed: u64,
    ) -> Result<Self, String> {
        let names: Vec<String> = if quick { vec!["1k".to_owned()] } else { sizes.to_vec() };
        let sizes = names
            .iter()
            .map(|name| parse_size(name).map(|lines| (name.clone(), lines)))
            .collect::<Result<_, _>>()?;
        let journey = match journey {
            Some(path) => path,
            None => std::env::current_exe()
                .map_err(|error| error.to_string())?
                .with_file_name("journey"),
        };
        if !journey.exists() {
            return Err(format!(
                "{} not found: build it first (cargo build --release -p journey-cli) or pass --journey",
                journey.display()
            ));
        }
        Ok(Plan {
            quick,
            sizes,
            work,
            journey,
            seed,
        })
    }

    /// Runs per measurement: more for small inputs, whose times are short and noisy.
    fn runs(&self, lines: usize) -> usize {
        match (self.quick, lines) {
            (true, _) => 1,
            (false, 0..=20_000) => 10,
            (false, 20_001..=200_000) => 5,
            _ => 3,
        }
    }
}

fn parse_size(name: &str) -> Result<usize, String> {
    let lower = name.trim().to_ascii_lowercase();
    let (digits, factor) = match lower.strip_suffix('k') {
        Some(digits) => (digits, 1_000),
        None => match lower.strip_suffix('m') {
            Some(digits) => (digits, 1_000_000),
            None => (lower.as_str(), 1),
        },
    };
    digits
        .parse::<usize>()
        .map(|count| count * factor)
        .map_err(|_| format!("invalid size `{name}`: expected 1k, 10k, 100k or 1m"))
}

/// The figures of one workspace size.
pub struct SizeResult {
    pub name: String,
    pub lines: usize,
    pub bytes: usize,
    pub files: usize,
    pub journeys: usize,
    pub phases: Phases,
    pub cat: Measured,
    pub check: Measured,
    pub build: Measured,
}

pub struct AtlasResult {
    pub journeys: usize,
    pub lines: usize,
    /// Parsing and checking the atlas workspace, in process.
    pub check: Duration,
    /// Drawing `atlas.svg` and its pages from the checked model, in process.
    pub svg: Duration,
    pub build: Measured,
    pub dot: Outcome,
    pub layout_rs: Outcome,
    pub layout_rs_no_optimize: Outcome,
}

/// One keystroke in one file of [`KEYSTROKE_LINES`] lines.
pub struct Keystroke {
    pub lines: usize,
    /// Re-parsing the file and re-checking the workspace in this process.
    pub in_process: Duration,
    /// The edit applied in the editor's document model, which re-parses one
    /// declaration, and the workspace re-checked, in this process.
    pub in_editor: Duration,
    /// The same through `journey lsp`, from `didChange` to `publishDiagnostics`.
    pub server: Result<Latencies, String>,
}

pub struct Results {
    pub machine: Machine,
    pub quick: bool,
    pub sizes: Vec<SizeResult>,
    pub keystroke: Keystroke,
    pub atlas: AtlasResult,
}

impl Results {
    /// The measurements that failed, for the exit status: a benchmark that
    /// no longer runs end to end should fail CI, a slow one should not.
    pub fn failures(&self) -> Vec<String> {
        let mut failures = Vec::new();
        if let Err(error) = &self.keystroke.server {
            failures.push(format!("language server: {error}"));
        }
        let layouts = [
            ("dot", &self.atlas.dot),
            ("layout-rs", &self.atlas.layout_rs),
            ("layout-rs", &self.atlas.layout_rs_no_optimize),
        ];
        for (name, outcome) in layouts {
            if let Outcome::Failed(reason) = outcome {
                failures.push(format!("{name}: {reason}"));
            }
        }
        failures
    }
}

pub fn run(plan: &Plan) -> Result<Results, String> {
    let machine = Machine::detect();
    // Keystrokes come first: after the largest sizes, the kernel is still
    // writing their build outputs (a gigabyte for a million lines) to disk,
    // which doubled the server's latency in one run.
    eprintln!("benchmarking keystrokes");
    let keystroke = measure_keystroke(plan)?;
    let mut sizes = Vec::new();
    for (name, lines) in &plan.sizes {
        eprintln!("benchmarking {name} lines");
        sizes.push(measure_size(plan, name, *lines)?);
    }
    eprintln!("benchmarking the atlas");
    let atlas = measure_atlas(plan)?;
    Ok(Results {
        machine,
        quick: plan.quick,
        sizes,
        keystroke,
        atlas,
    })
}

fn write_workspace(plan: &Plan, name: &str, config: &Config) -> Result<PathBuf, String> {
    let root = plan.work.join(name);
    if root.exists() {
        std::fs::remove_dir_all(&root).map_err(|error| format!("cannot clear {}: {error}", root.display()))?;
    }
    generate(config)
        .write_to(&root)
        .map_err(|error| format!("cannot write {}: {error}", root.display()))?;
    Ok(root)
}

fn measure_size(plan: &Plan, name: &str, lines: usize) -> Result<SizeResult, String> {
    let config = Config::lines(plan.seed, lines);
    let journeys = generate(&config).journeys;
    let root = write_workspace(plan, &format!("lines-{name}"), &config)?;
    let loaded = Loaded::read(&root)?;
    let runs = plan.runs(lines);
    let phases = phases::measure(&loaded, runs);

    let paths: Vec<PathBuf> = loaded.files.iter().map(|(path, _)| root.join(path)).collect();
    let cat = run_program(Path::new("cat"), &paths, runs, &[0])?;
    let check = run_program(&plan.journey, &["check".as_ref(), root.as_os_str()], runs, &[0, 1])?;
    let out = plan.work.join(format!("out-{name}"));
    let build_args = ["build".as_ref(), root.as_os_str(), "--out".as_ref(), out.as_os_str()];
    let build = run_program(&plan.journey, &build_args, runs, &[0])?;
    Ok(SizeResult {
        name: name.to_owned(),
        lines: loaded.lines,
        bytes: loaded.bytes,
        files: loaded.files.len(),
        journeys,
        phases,
        cat,
        check,
        build,
    })
}

/// Writes a generated workspace as one file, with its `journey.toml`.
fn write_single_file(plan: &Plan, name: &str, config: &Config) -> Result<(PathBuf, PathBuf), String> {
    let root = plan.work.join(name);
    if root.exists() {
        std::fs::remove_dir_all(&root).map_err(|error| format!("cannot clear {}: {error}", root.display()))?;
    }
    let generated = generate(config);
    let text: String = generated.journey_files().map(|file| file.text.as_str()).collect();
    let settings = generated
        .files
        .iter()
        .find(|file| file.path == "journey.toml")
        .map_or("", |file| file.text.as_str());
    let file = root.join("all.journey");
    std::fs::create_dir_all(&root)
        .and_then(|()| std::fs::write(&file, text))
        .and_then(|()| std::fs::write(root.join("journey.toml"), settings))
        .map_err(|error| format!("cannot write {}: {error}", root.display()))?;
    Ok((root, file))
}

fn measure_keystroke(plan: &Plan) -> Result<Keystroke, String> {
    let (lines, keystrokes) = if plan.quick {
        (1_000, 4)
    } else {
        (KEYSTROKE_LINES, KEYSTROKES)
    };
    let (root, file) = write_single_file(plan, "keystroke", &Config::lines(plan.seed, lines))?;
    let loaded = Loaded::read(&root)?;
    let runs = if plan.quick { 1 } else { 20 };
    let in_process = phases::keystroke(&loaded, runs);
    let in_editor = phases::keystroke_in_editor(&loaded, runs);
    let server = lsp::keystrokes(&plan.journey, &root, &file, keystrokes);
    Ok(Keystroke {
        lines: loaded.lines,
        in_process,
        in_editor,
        server,
    })
}

fn measure_atlas(plan: &Plan) -> Result<AtlasResult, String> {
    let journeys = if plan.quick { 100 } else { ATLAS_JOURNEYS };
    let root = write_workspace(plan, "atlas", &Config::journeys(plan.seed, journeys))?;
    let loaded = Loaded::read(&root)?;
    let runs = if plan.quick { 1 } else { 5 };
    let out = plan.work.join("out-atlas");
    let build_args = ["build".as_ref(), root.as_os_str(), "--out".as_ref(), out.as_os_str()];
    let build = run_program(&plan.journey, &build_args, runs, &[0])?;

    let check = best_of(runs, || phases::check(&loaded.parse_all()));
    let analysis = phases::check(&loaded.parse_all());
    let svg = best_of(runs, || {
        journey_render::atlas_pages(&analysis.model, journey_i18n::Lang::En).len()
    });
    let dot_file = plan.work.join("atlas.dot");
    std::fs::write(&dot_file, layout::atlas_dot(&analysis.model)).map_err(|error| error.to_string())?;
    let limit = Duration::from_secs(if plan.quick { 10 } else { 60 });
    Ok(AtlasResult {
        journeys,
        lines: loaded.lines,
        check,
        svg,
        build,
        dot: layout::time_dot(&dot_file, limit),
        layout_rs: layout::time_layout_rs(&dot_file, true, limit),
        layout_rs_no_optimize: layout::time_layout_rs(&dot_file, false, limit),
    })
}
