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
            .map(|s| s.source)
            .map_err(|e| e.to_string())
    });
}
