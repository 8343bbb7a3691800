//! The environment variables are declared once, in `kernel_core::knobs`: every `OXTILE_*` or
//! `OX_EMU_*` name in the workspace's Rust sources and scripts, the README and the book is a
//! declared knob, and the README's tables of variables are the registry's
//! (`OXTILE_BLESS=1 cargo test --test knobs` rewrites them).

use std::path::{Path, PathBuf};

use kernel_core::knobs::{self, Scope};

/// The files to scan under `dir` (sources, scripts, docs), skipping build output.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if p.is_dir() {
            if !matches!(name.as_ref(), "target" | ".git" | "book" | "snapshots")
                || dir.ends_with("src")
            {
                files(&p, out);
            }
        } else if ["rs", "sh", "md", "py"]
            .iter()
            .any(|x| p.extension().is_some_and(|e| e == *x))
        {
            out.push(p);
        }
    }
}

/// The `OXTILE_*` / `OX_EMU_*` names in `text`.
fn names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for prefix in ["OXTILE_", "OX_EMU_"] {
        let mut rest = text;
        while let Some(at) = rest.find(prefix) {
            let tail = &rest[at..];
            let len = tail
                .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
                .unwrap_or(tail.len());
            let name = tail[..len].trim_end_matches('_');
            // `OXTILE_` alone, or a prefix in prose (`OXTILE_*`).
            if name.len() > prefix.len()
                && (at == 0
                    || !rest[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
            {
                out.push(name.to_string());
            }
            rest = &tail[len.max(1)..];
        }
    }
    out
}

/// Names that look like knobs and are not: the emulator's preprocessor macro, the registry's
/// own missing name, and the scratch variables of `runtime::env`'s tests.
fn not_a_variable(name: &str) -> bool {
    matches!(name, "OX_EMU_RUNTIME" | "OXTILE_NOPE") || name.starts_with("OXTILE_ENV_TEST")
}

#[test]
fn every_variable_named_in_the_workspace_is_declared() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(root, &mut all);
    files(&root.join("book/src"), &mut all);
    assert!(
        all.len() > 50,
        "found only {} files under {}",
        all.len(),
        root.display()
    );
    let mut unknown = Vec::new();
    for f in &all {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        for n in names(&text) {
            if knobs::get(&n).is_none() && !not_a_variable(&n) {
                unknown.push(format!("{}: {n}", f.strip_prefix(root).unwrap().display()));
            }
        }
    }
    unknown.dedup();
    assert!(
        unknown.is_empty(),
        "not declared in kernel-core/src/knobs.rs:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn the_readme_tables_are_the_registry() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let mut want = readme.clone();
    for (scope, tag) in [(Scope::Runtime, "runtime"), (Scope::Tests, "tests")] {
        let open = format!("<!-- knobs: {tag} -->\n");
        let close = "<!-- /knobs -->";
        let a = want
            .find(&open)
            .unwrap_or_else(|| panic!("README.md has no `{}`", open.trim()))
            + open.len();
        let b = a + want[a..].find(close).expect("the table's closing marker");
        want.replace_range(a..b, &knobs::markdown_table(scope));
    }
    if want != readme {
        if std::env::var_os("OXTILE_BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
        } else {
            panic!(
                "README.md's tables of variables differ from kernel_core::knobs: run OXTILE_BLESS=1 cargo test --test knobs"
            );
        }
    }
}
