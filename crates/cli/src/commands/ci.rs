//! `journey check --format sarif|github`: diagnostics for CI, with paths
//! relative to the root of the git repository that holds the workspace.

use std::io::Write;
use std::path::Path;

use journey_i18n::Lang;
use journey_interop::CiContext;

use crate::diagnostics::write_summary;
use crate::session::Checked;

/// Writes the SARIF log to standard output.
pub fn write_sarif(lang: Lang, checked: &Checked) {
    let context = context(lang, checked);
    let log = journey_interop::sarif_log(&context, &checked.analysis.diagnostics);
    let _ = std::io::stdout().lock().write_all(log.as_bytes());
}

/// Writes one workflow command per diagnostic to standard output, where the
/// runner reads them, and the count line to standard error.
pub fn write_github(lang: Lang, checked: &Checked) {
    let context = context(lang, checked);
    let commands = journey_interop::github_annotations(&context, &checked.analysis.diagnostics);
    let _ = std::io::stdout().lock().write_all(commands.as_bytes());
    write_summary(
        &mut std::io::stderr().lock(),
        lang,
        &checked.analysis.diagnostics,
        checked.workspace.files.len(),
    );
}

fn context(lang: Lang, checked: &Checked) -> CiContext<'_> {
    CiContext {
        lang,
        sources: checked.sources(),
        root_prefix: repository_prefix(&checked.workspace.root),
    }
}

/// The workspace root relative to the nearest enclosing folder that has a
/// `.git` entry (a folder, or a file in worktrees and submodules). Empty
/// when the workspace is that folder or is in no repository, so paths stay
/// relative to the workspace root.
pub fn repository_prefix(root: &Path) -> String {
    let Ok(root) = root.canonicalize() else {
        return String::new();
    };
    let Some(repository) = root.ancestors().find(|folder| folder.join(".git").exists()) else {
        return String::new();
    };
    let relative = root.strip_prefix(repository).unwrap_or(Path::new(""));
    relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_is_relative_to_the_git_root() {
        let repository = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(repository.path().join(".git")).unwrap();
        let workspace = repository.path().join("docs/atlas");
        std::fs::create_dir_all(&workspace).unwrap();
        assert_eq!(repository_prefix(&workspace), "docs/atlas");
        assert_eq!(repository_prefix(repository.path()), "");
    }

    #[test]
    fn worktree_git_file_counts() {
        let repository = tempfile::tempdir().unwrap();
        std::fs::write(repository.path().join(".git"), "gitdir: elsewhere\n").unwrap();
        let workspace = repository.path().join("atlas");
        std::fs::create_dir_all(&workspace).unwrap();
        assert_eq!(repository_prefix(&workspace), "atlas");
    }
}
