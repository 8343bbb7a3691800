//! UI tests: every compile-time diagnostic of `#[kernel]`, pinned with its span and text,
//! and kernels at the limits of what the macro takes (`tests/ui/pass/`), which must compile
//! and run. Regenerate the expected output after an intended change with `TRYBUILD=overwrite`.
//!
//! With a `pass` case, trybuild builds every case (`cargo build`, not `cargo check`), which
//! `u64_const_too_large.rs` needs: its error is raised when the launcher is instantiated.
//!
//! They run with the default features only (`cargo test --test ui`): trybuild builds its
//! cases with the features of the test run, and the diagnostics do not depend on the
//! backends, while building wgpu and cudarc for the cases made this test 6 minutes of CI
//! (`--all-features`) instead of half a minute.
#![cfg(not(any(feature = "cuda", feature = "wgpu")))]

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
