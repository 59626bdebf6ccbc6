//! `journey init`: scaffold a small commented workspace that checks clean.
//! It never overwrites a file: when any of the files exists, it lists them
//! and writes nothing.

use std::path::{Path, PathBuf};

use journey_diagnostics::Message;
use journey_i18n::Lang;

use crate::Status;
use crate::cli::InitArgs;
use crate::session::report_error;

pub fn run(lang: Lang, args: InitArgs) -> Status {
    match init(lang, &args.dir) {
        Ok(()) => Status::Clean,
        Err(status) => status,
    }
}

fn init(lang: Lang, dir: &Path) -> Result<(), Status> {
    if dir.exists() && !dir.is_dir() {
        report_error(
            lang,
            &Message::new("interop-init-not-folder").arg("path", dir.display().to_string()),
        );
        return Err(Status::UsageOrIo);
    }
    let files = journey_interop::init::scaffold(lang);
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|file| dir.join(file.path))
        .filter(|path| path.symlink_metadata().is_ok())
        .collect();
    if !existing.is_empty() {
        report_error(lang, &Message::new("interop-init-exists").arg("count", existing.len()));
        for path in existing {
            eprintln!("  {}", path.display());
        }
        return Err(Status::UsageOrIo);
    }

    let staged = stage(dir, files).map_err(|(path, error)| write_failed(lang, &path, &error))?;
    for (file, path) in staged {
        // `persist_noclobber` fails rather than replace a file created meanwhile.
        file.persist_noclobber(&path)
            .map_err(|error| write_failed(lang, &path, &error.error))?;
        eprintln!(
            "{}",
            journey_i18n::format(
                lang,
                &Message::new("interop-init-created").arg("path", path.display().to_string())
            )
        );
    }
    let next = Message::new("interop-init-next").arg("dir", dir.display().to_string());
    eprintln!("{}", journey_i18n::format(lang, &next));
    Ok(())
}

type Staged = Vec<(tempfile::NamedTempFile, PathBuf)>;

/// Writes every file to a temporary file in its folder, so that a failure
/// leaves no scaffold file behind.
fn stage(dir: &Path, files: &[journey_interop::init::ScaffoldFile]) -> Result<Staged, (PathBuf, std::io::Error)> {
    use std::io::Write;
    let mut staged = Vec::new();
    for file in files {
        let path = dir.join(file.path);
        let folder = path.parent().unwrap_or(dir).to_path_buf();
        std::fs::create_dir_all(&folder).map_err(|error| (folder.clone(), error))?;
        let mut temporary = tempfile::NamedTempFile::new_in(&folder).map_err(|error| (folder.clone(), error))?;
        temporary
            .write_all(file.contents.as_bytes())
            .map_err(|error| (path.clone(), error))?;
        staged.push((temporary, path));
    }
    Ok(staged)
}

fn write_failed(lang: Lang, path: &Path, error: &std::io::Error) -> Status {
    let message = Message::new("cli-write-failed")
        .arg("path", path.display().to_string())
        .arg("reason", error.to_string());
    report_error(lang, &message);
    Status::UsageOrIo
}
