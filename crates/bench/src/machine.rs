//! A description of the machine the figures were measured on, read from
//! `/proc` where it exists.

use std::fs;

pub struct Machine {
    pub cores: usize,
    pub cpu: String,
    pub memory_gib: f64,
    pub rustc: String,
}

impl Machine {
    pub fn detect() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |count| count.get());
        let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu = field(&cpuinfo, "model name").unwrap_or_else(|| "unknown CPU".to_owned());
        let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let memory_kib: f64 = field(&meminfo, "MemTotal")
            .and_then(|text| text.split_whitespace().next()?.parse().ok())
            .unwrap_or(0.0);
        let rustc = std::process::Command::new("rustc")
            .arg("--version")
            .output()
            .ok()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
            .unwrap_or_else(|| "unknown rustc".to_owned());
        Machine {
            cores,
            cpu,
            memory_gib: memory_kib / 1024.0 / 1024.0,
            rustc,
        }
    }

    pub fn describe(&self) -> String {
        format!(
            "{} cores ({}), {:.0} GiB of memory, {}",
            self.cores, self.cpu, self.memory_gib, self.rustc
        )
    }
}

/// The value of the first `key: value` line of a `/proc` file.
fn field(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        (name.trim() == key).then(|| value.trim().to_owned())
    })
}
