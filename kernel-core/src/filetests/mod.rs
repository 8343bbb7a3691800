//! The filetests: specialized kernels in the IR's text form (`kernel-core/filetests/*.ir`,
//! dumped from the examples and the conformance suite with `OXTILE_DUMP_IR=1`, or written by
//! hand), one file per case, shared by every backend's test harness (Cranelift's filetests).
//! Each backend runs the files its header names through its code generator and against the
//! interpreter on random inputs; the table is derived from the directory (`build.rs`), so a
//! new file is a new case. Behind the `filetests` feature, for tests only.
//!
//! # Header
//! A file starts with `//` comment lines (the parser skips them):
//! - `// test: <backend> ...` (required, first): the backends whose fixture sweeps run the
//!   file (`cuda`: the code generator under its option sets, the emulator and NVRTC; `wgpu`:
//!   WGSL validated by naga and run on the adapter). Empty: only named tests use it.
//! - `// refused: <backend> <word>`: that backend refuses the kernel, with an error that
//!   contains `word` (it is then generated but not run there).
//! - the inputs a kernel needs beside random buffers ([`harness::setup`]):
//!   `// grid: <x> <y> [<z>]` (default `2 2`), `// scalars: <v>, <v>, ...` (the scalar
//!   parameters in order, when they must be consistent: sizes, strides; default
//!   [`harness::default_scalar`]), `// atomics: exchange-chain` (`old[0..32]` and `slot[0]`
//!   are compared as an exchange chain), `// tolerance: <backend> <value>` (the relative and
//!   absolute tolerance of that backend's float results, default
//!   [`harness::DEFAULT_TOLERANCE`]). Files of one kernel name must agree.
//! - any other comment: what the case is for.
//!
//! [`harness`] holds what every backend's differential test needs beside its own device:
//! the inputs (random buffers, the scalars and grid a kernel family needs), a run on a
//! [`crate::runtime::Device`] (the interpreter's side of every comparison), and the
//! comparison of the buffers afterwards. [`snapshots`] holds the code each backend generates
//! for them, committed under the workspace's `tests/out/<backend>/`, and the check that
//! compares it with what the code generator produces now.

pub mod harness;
pub mod snapshots;

use crate::ir::Kernel;

/// The backends a header may name (`build.rs` stamps a `filetest_cases!` arm for each).
pub const BACKENDS: &[&str] = &["cuda", "wgpu"];

/// One `.ir` file of `kernel-core/filetests/`.
#[derive(Clone, Copy, Debug)]
pub struct FileTest {
    /// The file name without `.ir`.
    pub name: &'static str,
    /// Its text, header included.
    pub text: &'static str,
}

/// Every filetest, sorted by name.
pub static ALL: &[FileTest] = include!(concat!(env!("OUT_DIR"), "/filetests.rs"));

/// The filetest named `name`.
///
/// # Panics
/// When there is none (a test naming a file that does not exist).
pub fn get(name: &str) -> &'static FileTest {
    ALL.iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no filetest {name}.ir in kernel-core/filetests"))
}

/// The filetests `backend`'s sweeps run, in name order.
pub fn for_backend<'a>(backend: &'a str) -> impl Iterator<Item = &'static FileTest> + 'a {
    ALL.iter().filter(move |t| t.runs_on(backend))
}

impl FileTest {
    /// The backends of the `// test:` line.
    ///
    /// # Panics
    /// When the file does not start with one, or it names an unknown backend.
    pub fn backends(&self) -> Vec<&'static str> {
        let first = self.text.lines().next().unwrap_or("");
        let list = first
            .strip_prefix("// test:")
            .unwrap_or_else(|| panic!("{}.ir: the first line must be `// test: ...`", self.name));
        list.split_whitespace()
            .map(|b| {
                *BACKENDS.iter().find(|k| **k == b).unwrap_or_else(|| {
                    panic!(
                        "{}.ir: unknown backend `{b}` (known: {BACKENDS:?})",
                        self.name
                    )
                })
            })
            .collect()
    }

    /// Whether `backend`'s sweeps run this file.
    pub fn runs_on(&self, backend: &str) -> bool {
        self.backends().contains(&backend)
    }

    /// The word `backend`'s refusal must contain, when the header says it refuses the file.
    pub fn refused_by(&self, backend: &str) -> Option<&'static str> {
        self.header().find_map(|l| {
            let mut w = l.strip_prefix("// refused:")?.split_whitespace();
            (w.next()? == backend).then(|| w.next()).flatten()
        })
    }

    /// The kernel's name (`@name` of its first line), without parsing the rest.
    pub fn kernel_name(&self) -> Option<&'static str> {
        let at = self.text.find("kernel @")? + "kernel @".len();
        let rest = &self.text[at..];
        Some(&rest[..rest.find(['<', '('])?])
    }

    /// The value of the header line `// <key>: <value>`, if any.
    pub fn header_value(&self, key: &str) -> Option<&'static str> {
        self.header().find_map(|l| {
            l.strip_prefix("//")?
                .trim_start()
                .strip_prefix(key)?
                .strip_prefix(':')
                .map(str::trim)
        })
    }

    /// The header's comment lines.
    pub fn header(&self) -> impl Iterator<Item = &'static str> {
        self.text.lines().take_while(|l| l.starts_with("//"))
    }

    /// The kernel, parsed.
    ///
    /// # Panics
    /// When the text does not parse (the test then names the file and the error).
    pub fn kernel(&self) -> Kernel {
        crate::text::parse_kernel(self.text).unwrap_or_else(|e| panic!("{}.ir: {e}", self.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file has a valid header, parses, and passes the verifier; the table is the
    /// directory's.
    #[test]
    fn every_filetest_parses_and_has_a_header() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("filetests");
        let files = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ir"))
            })
            .count();
        assert_eq!(ALL.len(), files);
        assert!(ALL.windows(2).all(|w| w[0].name < w[1].name));
        for t in ALL {
            let _ = t.backends();
            let k = t.kernel();
            crate::verify::verify(&k).unwrap_or_else(|e| panic!("{}.ir: {e:?}", t.name));
        }
        assert_eq!(get("checked_4").refused_by("wgpu"), Some("print"));
        assert_eq!(get("checked_4").refused_by("cuda"), None);
        assert!(for_backend("cuda").any(|t| t.name == "vector_add_1024"));
    }

    /// The setups the harness uses come from the files' headers.
    #[test]
    fn setups_come_from_the_headers() {
        use crate::runtime::{Grid, ScalarValue};
        let a = harness::setup("attention_fwd");
        assert_eq!(a.grid, Grid { x: 1, y: 2, z: 1 });
        assert_eq!(a.scalars, Some(vec!["128", "0.5"]));
        assert_eq!(a.tolerance("cuda"), 2e-3);
        assert_eq!(a.tolerance("wgpu"), harness::DEFAULT_TOLERANCE);
        assert!(harness::setup("atomics_misc").exchange_chain);
        let m = harness::setup("matmul");
        assert_eq!(m.scalars.map(|s| s.len()), Some(9));
        let d = harness::setup("vector_add");
        assert_eq!(
            (d.grid, d.scalars, d.exchange_chain),
            (Grid { x: 2, y: 2, z: 1 }, None, false)
        );
        assert_eq!(
            harness::parse_scalar(crate::DType::F32, "0.5"),
            ScalarValue::F32(0.5)
        );
        assert_eq!(
            harness::parse_scalar(crate::DType::U64, "7"),
            ScalarValue::U64(7)
        );
        assert_eq!(get("extras").kernel_name(), Some("extras"));
        assert_eq!(get("matmul_32_32_16_2").kernel_name(), Some("matmul"));
    }
}
