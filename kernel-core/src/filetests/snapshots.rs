//! Snapshots of generated code (naga's `tests/out/<backend>/`): for every filetest a
//! backend's sweeps run, the code its generator produces under one fixed configuration is
//! committed under the workspace's `tests/out/<dir>/<name>.<ext>`, and each backend's unit
//! tests regenerate them and compare ([`Snapshots::check`]). A change to a code generator
//! then shows up as a reviewable diff of the code it generates, kernel by kernel, beside the
//! change itself.
//!
//! A filetest the backend refuses (`// refused: <backend> <word>`) has a `<name>.refused`
//! file instead, holding the error's text: the refusal is a diff too when its message
//! changes or the backend stops refusing (and every filetest the backend runs keeps exactly
//! one file). A file with no filetest behind it (a filetest deleted, renamed, or no longer
//! run on the backend) fails the check as well, so a deletion is noticed.
//!
//! `OXTILE_BLESS=1` writes what was generated instead of comparing (only the files that
//! differ) and removes the stale files; review the result with `git diff tests/out`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::FileTest;

/// Lines of the snapshot shown before the first difference.
const CONTEXT: usize = 3;

/// One backend's snapshots.
#[derive(Clone, Copy, Debug)]
pub struct Snapshots<'a> {
    /// The backend whose filetests these are, as headers name it (`cuda`).
    pub backend: &'a str,
    /// Their directory under the workspace's `tests/out/` (`cuda`, `wgsl`).
    pub dir: &'a str,
    /// The extension of a generated file, without the dot (`cu`, `wgsl`).
    pub ext: &'a str,
    /// The command that regenerates them, for the failure message
    /// (`OXTILE_BLESS=1 cargo test -p oxtile-cuda --lib snapshots`).
    pub bless: &'a str,
}

impl Snapshots<'_> {
    /// The directory of the snapshots: `tests/out/<dir>` in the workspace.
    pub fn path(&self) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join("tests/out")
            .join(self.dir)
    }

    /// Generates every filetest of the backend with `generate` (the code, or the error's
    /// text) and compares the results with the committed files, or writes them when
    /// `OXTILE_BLESS=1`. Each kernel is generated twice: the two must be identical, so that
    /// nothing in the output depends on a hash map's order.
    ///
    /// # Panics
    /// With every difference (the file, its first differing line with a little context,
    /// and how to bless), missing file, stale file and failure to generate: a refusal the
    /// header does not expect, or no refusal where it does.
    pub fn check(&self, mut generate: impl FnMut(&FileTest) -> Result<String, String>) {
        let bless = crate::runtime::env::flag("OXTILE_BLESS")
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or(false);
        let shown = format!("tests/out/{}", self.dir);
        let mut failures = Vec::new();
        // File name -> contents.
        let mut want = BTreeMap::new();
        for t in super::for_backend(self.backend) {
            let first = generate(t);
            if generate(t) != first {
                failures.push(format!(
                    "{}: generated twice, the results differ (does the output depend on a \
                     hash map's order?)",
                    t.name
                ));
                continue;
            }
            let (file, text) = match (first, t.refused_by(self.backend)) {
                (Ok(code), None) => (format!("{}.{}", t.name, self.ext), code),
                (Err(e), Some(word)) if e.contains(word) => (format!("{}.refused", t.name), e),
                (Err(e), Some(word)) => {
                    failures.push(format!(
                        "{}: refused, but the error does not contain `{word}` as its header \
                         says: {e}",
                        t.name
                    ));
                    continue;
                }
                (Err(e), None) => {
                    failures.push(format!("{}: code generation failed: {e}", t.name));
                    continue;
                }
                (Ok(_), Some(word)) => {
                    failures.push(format!(
                        "{}: generated, but its header says `// refused: {} {word}`",
                        t.name, self.backend
                    ));
                    continue;
                }
            };
            let mut text = text;
            if !text.ends_with('\n') {
                text.push('\n');
            }
            want.insert(file, text);
        }
        let dir = self.path();
        if bless {
            std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        }
        // The files there now, and what each holds.
        let mut have = BTreeMap::new();
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries {
                let e = e.unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
                let name = e.file_name().to_string_lossy().into_owned();
                // Text files, compared whatever line endings a checkout gave them.
                let text = std::fs::read_to_string(e.path())
                    .map(|s| s.replace("\r\n", "\n"))
                    .unwrap_or_default();
                have.insert(name, text);
            }
        }
        let (mut written, mut removed) = (0, 0);
        for (file, text) in &want {
            let path = dir.join(file);
            match have.get(file) {
                Some(old) if old == text => {}
                _ if bless => {
                    std::fs::write(&path, text)
                        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    written += 1;
                }
                None => failures.push(format!("{shown}/{file}: missing (a new filetest?)")),
                Some(old) => failures.push(first_difference(&format!("{shown}/{file}"), old, text)),
            }
        }
        for file in have.keys().filter(|f| !want.contains_key(*f)) {
            if bless {
                let path = dir.join(file);
                std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                removed += 1;
            } else {
                failures.push(format!(
                    "{shown}/{file}: stale: no filetest the {} backend runs generates it",
                    self.backend
                ));
            }
        }
        if bless && failures.is_empty() {
            eprintln!(
                "{shown}: {} snapshots, {written} written, {removed} stale removed",
                want.len()
            );
        }
        if !failures.is_empty() {
            let mut msg = format!(
                "{shown}: the generated code does not match the {} snapshots ({} problem(s)):\n\n",
                want.len(),
                failures.len()
            );
            for f in &failures {
                msg.push_str(f);
                msg.push_str("\n\n");
            }
            let _ = write!(
                msg,
                "If the change is intended, regenerate them with\n    {}\nand review \
                 `git diff {shown}` (a generation failure cannot be blessed).",
                self.bless
            );
            panic!("{msg}");
        }
    }
}

/// A diff-style description of the first line where `new` differs from `old`, the
/// snapshot at `path`: a few lines of context before it, then the two versions.
fn first_difference(path: &str, old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    if a == b {
        return format!("{path}: differs only in its final newline");
    }
    let at = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let mut s = format!(
        "--- {path} (committed, {} lines)\n+++ generated ({} lines)\n@@ first difference at line {} @@\n",
        a.len(),
        b.len(),
        at + 1
    );
    for l in &a[at.saturating_sub(CONTEXT)..at] {
        let _ = writeln!(s, " {l}");
    }
    match a.get(at) {
        Some(l) => {
            let _ = writeln!(s, "-{l}");
        }
        None => s.push_str("-(end of file)\n"),
    }
    match b.get(at) {
        Some(l) => {
            let _ = write!(s, "+{l}");
        }
        None => s.push_str("+(end of file)"),
    }
    s
}

#[cfg(test)]
mod tests {
    use super::first_difference;

    #[test]
    fn the_first_difference_is_shown_with_context() {
        let old = "a\nb\nc\nd\ne\nf\n";
        let new = "a\nb\nc\nd\nE\nf\n";
        let d = first_difference("tests/out/x/k.cu", old, new);
        assert_eq!(
            d,
            "--- tests/out/x/k.cu (committed, 6 lines)\n+++ generated (6 lines)\n\
             @@ first difference at line 5 @@\n b\n c\n d\n-e\n+E"
        );
        // One a prefix of the other: the shorter one ends there.
        let d = first_difference("k", "a\n", "a\nb\n");
        assert!(d.ends_with("@@ first difference at line 2 @@\n a\n-(end of file)\n+b"));
    }
}
