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

/// One output file, by its path relative to the output folder.
pub struct Output {
    pub path: String,
    pub bytes: Vec<u8>,
}

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

    let outputs = match render_outputs(lang, &checked, &args) {
        Ok(outputs) => outputs,
        Err(status) => return status,
    };
    if let Err(error) = write_outputs(&args.out, &outputs) {
        report_error(
            lang,
            &Message::new("cli-write-failed")
                .arg("path", error.0.display().to_string())
                .arg("reason", error.1.to_string()),
        );
        return Status::UsageOrIo;
    }
    for output in &outputs {
        let path = args.out.join(&output.path);
        eprintln!(
            "{}",
            journey_i18n::format(lang, &Message::new("cli-wrote").arg("path", path.display().to_string()))
        );
    }
    Status::Clean
}

fn render_outputs(lang: Lang, checked: &Checked, args: &BuildArgs) -> Result<Vec<Output>, Status> {
    let options = journey_export::Options { spans: args.spans };
    let export = journey_export::export(&checked.analysis, checked.sources(), options);
    let report = journey_report::compute(&checked.analysis);
    let pictures = journey_report::pictures(&checked.analysis, lang);
    let mut outputs = vec![
        Output {
            path: "model.json".to_owned(),
            bytes: journey_export::to_json(&export).into_bytes(),
        },
        Output {
            path: "report.md".to_owned(),
            bytes: journey_report::markdown(&report, lang).into_bytes(),
        },
        Output {
            path: "report.html".to_owned(),
            bytes: journey_report::html(&report, lang, &pictures).into_bytes(),
        },
    ];
    let raster = if args.png {
        journey_render::Raster::Png
    } else {
        journey_render::Raster::None
    };
    let images = journey_render::outputs(&checked.analysis.model, lang, raster).map_err(|(path, error)| {
        report_error(
            lang,
            &Message::new("render-png-failed")
                .arg("path", path)
                .arg("reason", error.to_string()),
        );
        Status::UsageOrIo
    })?;
    outputs.extend(images.into_iter().map(|file| Output {
        path: file.path,
        bytes: file.bytes,
    }));
    Ok(outputs)
}

/// Writes every output to a staging folder, then renames each into place.
fn write_outputs(out: &Path, outputs: &[Output]) -> Result<(), (PathBuf, std::io::Error)> {
    let staging = out.join(format!(".journey-staging-{}", std::process::id()));
    let result = stage_and_move(out, &staging, outputs);
    let _ = fs::remove_dir_all(&staging);
    result?;
    remove_stale_outputs(out, outputs)
}

/// The file in the output folder that lists what the last build wrote.
const MANIFEST: &str = ".journey-outputs";

/// Deletes the files the previous build wrote that this one did not (the
/// map of a deleted journey, say), then records this build's files. Only
/// paths listed in the manifest are touched, never other files of the folder.
fn remove_stale_outputs(out: &Path, outputs: &[Output]) -> Result<(), (PathBuf, std::io::Error)> {
    let manifest = out.join(MANIFEST);
    let written: std::collections::BTreeSet<&str> = outputs.iter().map(|output| output.path.as_str()).collect();
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

fn stage_and_move(out: &Path, staging: &Path, outputs: &[Output]) -> Result<(), (PathBuf, std::io::Error)> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| (path, error)
    };
    fs::create_dir_all(staging).map_err(io(staging))?;
    for output in outputs {
        let path = staging.join(&output.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        fs::write(&path, &output.bytes).map_err(io(&path))?;
    }
    for output in outputs {
        let from = staging.join(&output.path);
        let to = out.join(&output.path);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        fs::rename(&from, &to).map_err(io(&to))?;
    }
    Ok(())
}
