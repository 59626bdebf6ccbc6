//! `journey build`: check the workspace and, when it has no errors, write
//! its outputs. Files are first written to a staging folder inside the
//! output folder, then moved into place, so a failed build leaves the
//! previous outputs untouched.

use std::fs;
use std::path::{Path, PathBuf};

use journey_diagnostics::Message;
use journey_i18n::Lang;

use crate::Status;
use crate::cli::BuildArgs;
use crate::diagnostics::{stderr_color, write_human, write_summary};
use crate::session::{self, Checked, report_error};

pub fn run(lang: Lang, args: BuildArgs) -> Status {
    let checked = match session::check(lang, &args.workspace) {
        Ok(checked) => checked,
        Err(status) => return status,
    };
    let diagnostics = &checked.analysis.diagnostics;
    let mut stderr = std::io::stderr().lock();
    if !diagnostics.is_empty() {
        write_human(
            &mut stderr,
            lang,
            &checked.display_sources(),
            diagnostics,
            stderr_color(),
        );
        write_summary(&mut stderr, lang, diagnostics, checked.workspace.files.len());
    }
    drop(stderr);
    let status = checked.status(args.deny);
    if status != Status::Clean {
        report_error(lang, &Message::new("cli-build-failed"));
        return status;
    }

    let written = match write_outputs(lang, &checked, &args) {
        Ok(written) => written,
        Err(Failure::Png(path, error)) => {
            report_error(
                lang,
                &Message::new("render-png-failed")
                    .arg("path", path)
                    .arg("reason", error.to_string()),
            );
            return Status::UsageOrIo;
        }
        Err(Failure::Write(path, error)) => {
            report_error(
                lang,
                &Message::new("cli-write-failed")
                    .arg("path", path.display().to_string())
                    .arg("reason", error.to_string()),
            );
            return Status::UsageOrIo;
        }
    };
    for path in &written {
        let path = args.out.join(path);
        eprintln!(
            "{}",
            journey_i18n::format(lang, &Message::new("cli-wrote").arg("path", path.display().to_string()))
        );
    }
    Status::Clean
}

/// The reason the outputs were not written.
enum Failure {
    Png(String, journey_render::PngError),
    Write(PathBuf, std::io::Error),
}

impl From<(PathBuf, std::io::Error)> for Failure {
    fn from((path, error): (PathBuf, std::io::Error)) -> Self {
        Failure::Write(path, error)
    }
}

/// Draws every output and writes each to the staging folder as soon as it
/// is drawn, so that only one output at a time is in memory (the HTML
/// report contains its maps). Returns the paths written, relative to the output folder.
fn write_outputs(lang: Lang, checked: &Checked, args: &BuildArgs) -> Result<Vec<String>, Failure> {
    let mut staging = Staging::create(&args.out)?;
    let options = journey_export::Options { spans: args.spans };
    let export = journey_export::export(&checked.analysis, checked.sources(), options);
    staging.write("model.json".to_owned(), journey_export::to_json(&export).as_bytes())?;
    drop(export);

    let report = journey_report::compute(&checked.analysis);
    staging.write(
        "report.md".to_owned(),
        journey_report::markdown(&report, lang).as_bytes(),
    )?;
    let pictures = journey_report::pictures(&checked.analysis, lang);
    let html = journey_report::html(&report, lang, &pictures);
    drop(pictures);
    staging.write("report.html".to_owned(), html.as_bytes())?;
    drop(html);

    let raster = if args.png {
        journey_render::Raster::Png
    } else {
        journey_render::Raster::None
    };
    journey_render::each_output(&checked.analysis.model, lang, raster, |file| {
        staging.write(file.path, &file.bytes)
    })
    .map_err(|error| match error {
        journey_render::OutputError::Png(path, error) => Failure::Png(path, error),
        journey_render::OutputError::Consumer(failure) => failure,
    })?;
    Ok(staging.commit()?)
}

/// A folder inside the output folder that receives the outputs as they are
/// drawn. [`Staging::commit`] moves them into place. The folder is removed
/// in every case, so a failed build leaves the previous outputs untouched.
struct Staging {
    out: PathBuf,
    dir: PathBuf,
    paths: Vec<String>,
}

impl Staging {
    fn create(out: &Path) -> Result<Self, (PathBuf, std::io::Error)> {
        let dir = out.join(format!(".journey-staging-{}", std::process::id()));
        fs::create_dir_all(&dir).map_err(|error| (dir.clone(), error))?;
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            paths: Vec::new(),
        })
    }

    fn write(&mut self, path: String, bytes: &[u8]) -> Result<(), Failure> {
        let staged = self.dir.join(&path);
        if let Some(parent) = staged.parent() {
            fs::create_dir_all(parent).map_err(|error| (parent.to_path_buf(), error))?;
        }
        fs::write(&staged, bytes).map_err(|error| (staged, error))?;
        self.paths.push(path);
        Ok(())
    }

    /// Moves every staged file into the output folder, then removes the
    /// files the previous build wrote and this one did not.
    fn commit(self) -> Result<Vec<String>, (PathBuf, std::io::Error)> {
        for path in &self.paths {
            let from = self.dir.join(path);
            let to = self.out.join(path);
            if let Some(parent) = to.parent() {
                fs::create_dir_all(parent).map_err(|error| (parent.to_path_buf(), error))?;
            }
            fs::rename(&from, &to).map_err(|error| (to, error))?;
        }
        remove_stale_outputs(&self.out, &self.paths)?;
        Ok(self.paths.clone())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// The file in the output folder that lists what the last build wrote.
const MANIFEST: &str = ".journey-outputs";

/// Deletes the files the previous build wrote that this one did not (the
/// map of a deleted journey, say), then records this build's files. Only
/// paths listed in the manifest are touched, never other files of the folder.
fn remove_stale_outputs(out: &Path, outputs: &[String]) -> Result<(), (PathBuf, std::io::Error)> {
    let manifest = out.join(MANIFEST);
    let written: std::collections::BTreeSet<&str> = outputs.iter().map(String::as_str).collect();
    let previous = fs::read_to_string(&manifest).unwrap_or_default();
    for stale in previous.lines().filter(|line| !written.contains(line)) {
        let safe = !stale.is_empty()
            && Path::new(stale)
                .components()
                .all(|part| matches!(part, std::path::Component::Normal(_)));
        if safe {
            let _ = fs::remove_file(out.join(stale));
        }
    }
    let mut listing = String::new();
    for path in &written {
        listing.push_str(path);
        listing.push('\n');
    }
    fs::write(&manifest, listing).map_err(|error| (manifest.clone(), error))
}
