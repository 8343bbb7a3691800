//! Snapshots of the WGSL generated for the filetests (naga's `tests/out/<backend>/`): for
//! every `kernel-core/filetests/` file whose header names `wgpu`, the shader [`emit_wgsl`]
//! produces is committed as `tests/out/wgsl/<name>.wgsl` (a kernel the header says wgpu
//! refuses has `<name>.refused`, holding the error), and this test regenerates and compares
//! them (`kernel_core::filetests::snapshots`). A change to the code generator then comes
//! with a reviewable diff of what it does to every kernel's WGSL, where the other tests only
//! say whether that WGSL still validates and computes the same results.
//!
//! One [`Caps`], spelled out rather than queried from an adapter, so that the files are the
//! same on every machine, with or without a GPU or Vulkan driver: WebGPU's guaranteed
//! limits (64 threads, 16 KiB of workgroup memory), no f16, no subgroups, no runs of 4, and
//! the 64-bit types and atomics (which lavapipe has, and without which the 64-bit filetests
//! are refused): the first configuration the unit tests validate every fixture under.
//! Generation only (naga does not even parse it here): the whole test takes well under a
//! second.
//!
//! After an intended change: `OXTILE_BLESS=1 cargo test -p oxtile-wgpu --lib snapshots`,
//! then review `git diff tests/out/wgsl`.

use super::*;
use kernel_core::filetests::snapshots::Snapshots;
use std::fmt::Write as _;

/// The capabilities every snapshot is generated with (see the module docs).
fn caps() -> Caps {
    Caps {
        shader_f16: false,
        workgroup_size: 64,
        max_workgroup_storage_bytes: 16384,
        subgroups: false,
        runs: false,
        int64: true,
        float64: true,
        int64_atomics: true,
        cpu: false,
    }
}

#[test]
fn generated_wgsl_matches_the_snapshots() {
    Snapshots {
        backend: "wgpu",
        dir: "wgsl",
        ext: "wgsl",
        bless: "OXTILE_BLESS=1 cargo test -p oxtile-wgpu --lib snapshots",
    }
    .check(|t| {
        emit_wgsl(&t.kernel(), &caps())
            .map(|s| format!("{}{}", facts(&s), s.source))
            .map_err(|e| e.to_string())
    });
}

/// What the launch takes from a generated shader beside its source, as comment lines at the
/// top of its snapshot: where each parameter is bound and which `params` word holds its
/// length or value, the assertion messages and the sites of run-time errors. A change to any
/// of them is then a diff as reviewable as one to the code.
fn facts(s: &Shader) -> String {
    let mut f = String::from("// params:");
    for p in &s.params {
        match p {
            ParamBinding::Buffer { binding, len_word } => {
                write!(f, " buffer(binding {binding}, length word {len_word})")
            }
            ParamBinding::Scalar { word } => write!(f, " scalar(word {word})"),
        }
        .unwrap();
    }
    writeln!(f, "\n// params words: {}", s.params_words).unwrap();
    for (i, m) in s.messages.iter().enumerate() {
        writeln!(f, "// message {i}: {m:?}").unwrap();
    }
    for (i, site) in s.sites.iter().enumerate() {
        writeln!(f, "// site {}: {site}", i + 1).unwrap();
    }
    f.push('\n');
    f
}
