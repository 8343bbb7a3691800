//! Every environment variable oxtile reads, declared once (as Triton's `knobs.py` does):
//! its name, who reads it, the values it takes, its default and what it does. The README's
//! tables of variables are generated from [`KNOBS`] (a test compares them and rewrites them
//! with `OXTILE_BLESS=1`), and a test scans the workspace's sources for `OXTILE_*` and
//! `OX_EMU_*` names that are not declared here, so a knob cannot be added without its
//! documentation.
//!
//! On/off knobs read through [`crate::runtime::env::flag`] take `1`/`0`, `true`/`false`,
//! `yes`/`no` or `on`/`off` (trimmed, any case); any other value is an error naming the
//! variable, never a silent default.

/// Who reads a knob.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The library at run time: what a user sets.
    Runtime,
    /// The test suites and CI's tools (the compile and SASS checks, the bench): what a
    /// contributor sets.
    Tests,
}

/// One environment variable.
#[derive(Clone, Copy, Debug)]
pub struct Knob {
    /// The variable's name.
    pub name: &'static str,
    /// Who reads it.
    pub scope: Scope,
    /// The values it takes, as the README shows them (`1`/`0`, `<dir>`, ...).
    pub values: &'static str,
    /// What it does, its default included (Markdown).
    pub doc: &'static str,
}

const fn knob(name: &'static str, scope: Scope, values: &'static str, doc: &'static str) -> Knob {
    Knob {
        name,
        scope,
        values,
        doc,
    }
}

use Scope::{Runtime, Tests};

/// Every knob, in the README's order.
pub const KNOBS: &[Knob] = &[
    knob(
        "OXTILE_INTERPRET",
        Runtime,
        "1",
        "force the CPU interpreter",
    ),
    knob(
        "OXTILE_DEVICE",
        Runtime,
        "<name>",
        "pick a backend by name (`cpu`, `interpreter`; `cuda`, `cuda-emu`, `wgpu` with those features)",
    ),
    knob(
        "OXTILE_CPU_THREADS",
        Runtime,
        "<n>",
        "`cpu`: the threads a launch's programs run on (default: one per core; `1`: in order, deterministic); anything but a number is an error",
    ),
    knob(
        "OXTILE_CHECKED",
        Runtime,
        "1`/`0",
        "checked mode on/off, CUDA and wgpu (default: on in debug builds)",
    ),
    knob(
        "OXTILE_EMU_ARCH",
        Runtime,
        "<n>",
        "`cuda-emu`: the architecture to generate code for (default `90`; `80` or `sm_80`; a value that is no real architecture is an error)",
    ),
    knob(
        "OXTILE_EMU_CP_ASYNC",
        Runtime,
        "issue",
        "`cuda-emu`: `cp.async` copies land when issued instead of when waited for",
    ),
    knob(
        "OX_EMU_TIMEOUT",
        Runtime,
        "<s>",
        "`cuda-emu`: the watchdog's limit on one launch, in whole seconds (default 60; `0`: none); anything else is an error",
    ),
    knob(
        "OX_EMU_CP_ASYNC",
        Runtime,
        "issue",
        "set by `cuda-emu` for each emulated program from `OXTILE_EMU_CP_ASYNC` (not to be set by hand)",
    ),
    knob(
        "OXTILE_CXX",
        Runtime,
        "<compiler>",
        "the C++ compiler of the CUDA emulator (default `c++`, then `g++`, `clang++`)",
    ),
    knob(
        "OXTILE_DUMP_WGSL",
        Runtime,
        "1",
        "print each generated WGSL shader to stderr when it is compiled",
    ),
    knob(
        "OXTILE_WGPU_SUBGROUPS",
        Runtime,
        "0",
        "wgpu: combine reductions through workgroup memory only, not the adapter's subgroup operations",
    ),
    knob(
        "OXTILE_WGPU_RUNS",
        Runtime,
        "0`/`1",
        "wgpu: hold large tiles one element per thread and slot, or in runs of 4 with 16-byte accesses (default: runs on GPU adapters, not on CPU ones)",
    ),
    knob(
        "OXTILE_DUMP_CUDA",
        Runtime,
        "1",
        "print each kernel's generated CUDA C to stderr when it is compiled",
    ),
    knob(
        "OXTILE_DUMP_PTX",
        Runtime,
        "1",
        "print each kernel's PTX to stderr when it is compiled",
    ),
    knob(
        "OXTILE_CACHE_DIR",
        Runtime,
        "<dir>",
        "the disk cache of compiled CUDA kernels and of autotuning winners (`autotune/`) (default `$XDG_CACHE_HOME/oxtile`, else `~/.cache/oxtile`); empty disables it",
    ),
    knob(
        "OXTILE_AUTOTUNE",
        Runtime,
        "on|force|off",
        "`oxtile::autotune`: tune keys without a cached winner (`on`, the default), retune ignoring cached winners (`force`), or never tune (`off`: a cached winner, else the first candidate that runs)",
    ),
    knob(
        "OXTILE_DISABLE_DISK_CACHE",
        Runtime,
        "1",
        "disable the disk caches of compiled CUDA kernels and of autotuning winners",
    ),
    knob(
        "OXTILE_LINEINFO",
        Runtime,
        "1",
        "compile CUDA kernels with source-line info (Nsight Compute)",
    ),
    knob(
        "OXTILE_CUDA_PIPELINE",
        Runtime,
        "0",
        "CUDA: no software pipelining of `dot` operands (as `num_stages(0)`), to measure what it brings",
    ),
    knob(
        "OXTILE_DUMP_IR",
        Runtime,
        "1",
        "print each specialized kernel's IR to stderr at its first launch",
    ),
    knob(
        "OXTILE_DUMP_IR_DIR",
        Runtime,
        "<dir>",
        "write each specialized kernel's IR to `<dir>/<kernel>-<key>.ir` (input of the CUDA compile check)",
    ),
    knob(
        "OXTILE_REQUIRE_NVRTC",
        Tests,
        "1",
        "tests that compile with NVRTC fail, rather than skip, when it cannot be loaded (CI sets it)",
    ),
    knob(
        "OXTILE_REQUIRE_EMU",
        Tests,
        "1",
        "tests on the CUDA emulator fail, rather than skip, when no C++ compiler runs (CI sets it)",
    ),
    knob(
        "OXTILE_REQUIRE_GPU",
        Tests,
        "1",
        "`tests/cuda.rs` fails, rather than skips, when the CUDA backend cannot open",
    ),
    knob(
        "OXTILE_PTXAS",
        Tests,
        "<path>",
        "`ptxas` for the tests and the compile check to assemble PTX with (skipped without it)",
    ),
    knob(
        "OXTILE_CUOBJDUMP",
        Tests,
        "<path>",
        "`cuobjdump` for the SASS checks (default: the one on `PATH`)",
    ),
    knob(
        "OXTILE_NVDISASM",
        Tests,
        "<path>",
        "`nvdisasm` for the compile check's SASS (default: the one beside `cuobjdump`, then `PATH`)",
    ),
    knob(
        "OXTILE_FIXTURE_FILE",
        Tests,
        "<path>",
        "wgpu's `the_kernel_of_oxtile_fixture_file_matches_the_interpreter` runs the kernel in this IR file",
    ),
    knob(
        "OXTILE_FIXTURES",
        Tests,
        "<name>,...",
        "wgpu's `pipeline_compile_times` report: only the fixtures whose names start with one of these",
    ),
    knob(
        "OXTILE_DUMP_DIR",
        Tests,
        "<dir>",
        "the CUDA code generator's tests write every filetest's CUDA C there",
    ),
    knob(
        "OXTILE_SASS_DIR",
        Tests,
        "<dir>",
        "the CUDA tests that assemble a matmul write its SASS there",
    ),
    knob(
        "OXTILE_BENCH",
        Tests,
        "1",
        "run the CUDA code generator's bandwidth and TFLOP/s tests (a GPU needed)",
    ),
    knob(
        "OXTILE_ACCURACY_N64",
        Tests,
        "<n>",
        "arguments per f64 function in wgpu's accuracy test (default 2^14)",
    ),
    knob(
        "OXTILE_BLESS",
        Tests,
        "1",
        "rewrite the IR snapshots (`tests/ir_text.rs`), the snapshots of generated CUDA C and WGSL (`tests/out/`, the backends' `snapshots` unit tests; stale ones are removed) and the README's tables of variables",
    ),
    knob(
        "OXTILE_TEST_DIRECT",
        Tests,
        "1",
        "the interpreter's tests launch without specializing and verifying first",
    ),
    knob(
        "OXTILE_DUMP_IR_CHILD",
        Tests,
        "1",
        "set by `tests/dump_ir.rs` for the child process it runs (not to be set by hand)",
    ),
    knob(
        "OXTILE_STUB_CHILD",
        Tests,
        "1",
        "set by `tests/cuda_stub.rs` for the child process it runs (not to be set by hand)",
    ),
    knob(
        "OXTILE_AUTOTUNE_TEST_DIR",
        Tests,
        "<dir>",
        "set by `tests/autotune.rs` for the child process it runs: the disk cache it tunes in (not to be set by hand)",
    ),
    knob(
        "OXTILE_AUTOTUNE_TEST_WANT",
        Tests,
        "<source>",
        "set by `tests/autotune.rs` for the child process it runs: where its winner must come from (not to be set by hand)",
    ),
];

/// The knob named `name`.
pub fn get(name: &str) -> Option<&'static Knob> {
    KNOBS.iter().find(|k| k.name == name)
}

/// The README's table of the knobs of `scope` (Markdown, one row a knob).
pub fn markdown_table(scope: Scope) -> String {
    let mut s = String::from("| variable | effect |\n|---|---|\n");
    for k in KNOBS.iter().filter(|k| k.scope == scope) {
        s.push_str(&format!("| `{}={}` | {} |\n", k.name, k.values, k.doc));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_tables_have_every_knob() {
        let mut names: Vec<&str> = KNOBS.iter().map(|k| k.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KNOBS.len(), "a knob declared twice");
        let rows = markdown_table(Scope::Runtime).lines().count()
            + markdown_table(Scope::Tests).lines().count();
        assert_eq!(rows, KNOBS.len() + 4);
        assert!(get("OXTILE_CHECKED").is_some() && get("OXTILE_NOPE").is_none());
    }
}
