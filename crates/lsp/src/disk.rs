//! Reading the workspace folder: the initial load, and the reloads after
//! `workspace/didChangeWatchedFiles`.

use std::fs;
use std::path::Path;

use journey_diagnostics::FileId;
use journey_ide::{DiskFile, SETTINGS_PATH, Workspace};
use journey_workspace::{LoadError, MAX_FILES, journey_files, read_text};

/// Reads every `.journey` file below `root` and `journey.toml`, replacing
/// what the workspace had from disk. Files that are no longer on disk are
/// removed (an open buffer keeps its file). Files whose disk text did not
/// change are not parsed again.
pub(crate) fn sync_folder(workspace: &mut Workspace, root: &Path) -> Result<(), LoadError> {
    let found = journey_files(root)?;
    if found.len() > MAX_FILES {
        return Err(LoadError::TooManyFiles(root.to_path_buf(), found.len()));
    }
    let stale: Vec<String> = workspace
        .disk_paths()
        .filter(|path| *path != SETTINGS_PATH && !found.iter().any(|found| found == path))
        .map(str::to_owned)
        .collect();
    for path in stale {
        workspace.remove_disk_file(&path);
    }
    for path in &found {
        reload_file(workspace, root, path);
    }
    reload_settings(workspace, root);
    Ok(())
}

/// Reads one `.journey` file again; a file that cannot be read is removed.
pub(crate) fn reload_file(workspace: &mut Workspace, root: &Path, path: &str) {
    let full = root.join(path);
    let mut problems = Vec::new();
    match read_text(&full, FileId(0), &mut problems) {
        Ok((text, parse_text)) => {
            workspace.set_disk_file(
                path,
                DiskFile {
                    text,
                    parse_text,
                    problems,
                },
            );
        }
        Err(error) => {
            tracing::warn!(path = %full.display(), ?error, "file not readable; removed from the workspace");
            workspace.remove_disk_file(path);
        }
    }
}

/// Reads `journey.toml` again. As the command line does, a symbolic link or
/// a folder of that name is ignored.
pub(crate) fn reload_settings(workspace: &mut Workspace, root: &Path) {
    let path = root.join(SETTINGS_PATH);
    let regular = fs::symlink_metadata(&path).is_ok_and(|metadata| metadata.is_file());
    let bytes = if regular { fs::read(&path).ok() } else { None };
    match bytes {
        Some(bytes) => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            workspace.set_settings_file(DiskFile::new(text));
        }
        None => workspace.remove_disk_file(SETTINGS_PATH),
    }
}
