//! UI tests: every compile-time diagnostic of `#[kernel]`, pinned with its span and text.
//! Regenerate the expected output after an intended change with `TRYBUILD=overwrite`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
