//! The verifier's rejections, one file per case (Cranelift's filetests): every
//! `filetests/verify/*.ir` is a kernel in the textual IR that the verifier must reject, with
//! the errors it must report in `// error: <text>` comment lines (each must be contained in
//! one of the verifier's messages); other leading `//` lines say what the case is about.
//!
//! A new rule gets a new file, no Rust: each file is a test of its own (`verify::<name>`,
//! stamped by `kernel_core::filetest_cases!` from the directory), so every failing case is
//! reported by name and one can be run alone. IR the text form cannot express (a result id with no
//! type) stays a Rust test in `ir_text.rs`.

use std::path::PathBuf;

use kernel_core::text::parse_kernel;
use kernel_core::verify::verify;

/// What one case says and what happened.
fn run_case(text: &str) -> Result<(), String> {
    let expected: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("// error:"))
        .map(str::trim)
        .collect();
    if expected.is_empty() {
        return Err("no `// error:` line: a verify case says which errors it expects".into());
    }
    let k = parse_kernel(text).map_err(|e| format!("does not parse: {e}"))?;
    let errors = match verify(&k) {
        Ok(()) => return Err("the verifier accepts it".into()),
        Err(errors) => errors,
    };
    let missing: Vec<&&str> = expected
        .iter()
        .filter(|want| !errors.iter().any(|e| e.message.contains(**want)))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        let got: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        Err(format!("expected {missing:?}, got {got:#?}"))
    }
}

/// One case: `filetests/verify/<name>.ir` must be rejected with its errors.
fn case(name: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("filetests/verify")
        .join(format!("{name}.ir"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if let Err(why) = run_case(&text) {
        panic!("verify/{name}.ir: {why}");
    }
}

/// One test per file, named after it (`cargo test -p oxtile-core --test verify_files
/// binary_operand`).
mod verify {
    kernel_core::filetest_cases!(verify, super::case);
}

/// The runner itself fails where it should: a kernel the verifier accepts, an error it does
/// not report, a case without expectations.
#[test]
fn the_runner_reports_wrong_cases() {
    let valid = "kernel @k(x: *f32 = %0) {\n  %1: i32 = program_id 0\n}\n";
    assert!(run_case(&format!("// error: anything\n{valid}")).is_err());
    assert!(run_case(valid).is_err());
    let bad = "// error: axis must be 0, 1 or 2\n// error: not this one\n\
               kernel @k(x: *f32 = %0) {\n  %1: i32 = program_id 3\n}\n";
    let e = run_case(bad).unwrap_err();
    assert!(
        e.contains("not this one") && !e.contains("\"axis must"),
        "{e}"
    );
    assert!(run_case(&bad.replace("// error: not this one\n", "")).is_ok());
}

/// The directory holds the cases (a wrong path would make no tests, not a failing one).
#[test]
fn the_verify_directory_has_cases() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("filetests/verify");
    let n = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ir"))
        })
        .count();
    assert!(
        n >= 30,
        "the verify cases are missing from {}",
        dir.display()
    );
}
