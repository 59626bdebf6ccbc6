//! Timing helpers: the best of several runs, for code in this process and
//! for whole programs, with the peak memory of a program from GNU time.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `work` `runs` times and returns the fastest run. The fastest run is
/// the one least disturbed by the rest of a busy machine.
pub fn best_of<T>(runs: usize, mut work: impl FnMut() -> T) -> Duration {
    (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(work());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// A program's fastest wall time and its peak resident memory.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub wall: Duration,
    /// Peak resident set size in bytes, when GNU time is installed.
    pub peak_bytes: Option<u64>,
}

const GNU_TIME: &str = "/usr/bin/time";

/// Runs `program` with `args` `runs` times, output discarded. Exit codes
/// listed in `accepted` count as success; any other is an error.
pub fn run_program<S: AsRef<OsStr>>(
    program: &Path,
    args: &[S],
    runs: usize,
    accepted: &[i32],
) -> Result<Measured, String> {
    let has_gnu_time = Path::new(GNU_TIME).exists();
    let report = std::env::temp_dir().join(format!("journey-bench-time-{}", std::process::id()));
    let mut best = Measured {
        wall: Duration::MAX,
        peak_bytes: None,
    };
    for _ in 0..runs.max(1) {
        let mut command = if has_gnu_time {
            let mut command = Command::new(GNU_TIME);
            command.arg("-f").arg("%M").arg("-o").arg(&report).arg(program);
            command
        } else {
            Command::new(program)
        };
        command
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let start = Instant::now();
        let status = command
            .status()
            .map_err(|error| format!("cannot run {}: {error}", program.display()))?;
        let wall = start.elapsed();
        let code = status.code().unwrap_or(-1);
        if !accepted.contains(&code) {
            return Err(format!("{} exited with status {code}", program.display()));
        }
        let peak_kib = std::fs::read_to_string(&report)
            .ok()
            .and_then(|text| text.trim().parse::<u64>().ok());
        best.wall = best.wall.min(wall);
        best.peak_bytes = match (best.peak_bytes, peak_kib) {
            (Some(previous), Some(kib)) => Some(previous.max(kib * 1024)),
            (None, Some(kib)) => Some(kib * 1024),
            (previous, None) => previous,
        };
    }
    let _ = std::fs::remove_file(&report);
    Ok(best)
}

pub fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// Megabytes per second for `bytes` processed in `duration`.
pub fn throughput(bytes: usize, duration: Duration) -> f64 {
    bytes as f64 / 1e6 / duration.as_secs_f64().max(1e-9)
}
