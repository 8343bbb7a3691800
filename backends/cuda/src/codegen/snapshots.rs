//! Snapshots of the CUDA C generated for the filetests (naga's `tests/out/<backend>/`): for
//! every `kernel-core/filetests/` file whose header names `cuda`, the source [`emit_cuda`]
//! produces is committed as `tests/out/cuda/<name>.cu`, and this test regenerates and
//! compares them (`kernel_core::filetests::snapshots`). A change to the code generator then
//! comes with a reviewable diff of what it does to every kernel's CUDA C, where the other
//! tests only say whether that code still compiles and computes the same results.
//!
//! One configuration, fixed so that the files are the same on every machine (no GPU, driver
//! or NVRTC is queried): sm_90 (the architecture the GPU differential test compiles for and
//! `cuda-emu` generates for by default, `DEFAULT_EMU_ARCH`) with [`Options::default`]'s
//! other choices, those of the differential sweep's first option set: 4 warps, 2 stages,
//! checked, no alignment, aliasing or unit-stride facts, exact math. Generation only: the
//! whole test takes well under a second.
//!
//! After an intended change: `OXTILE_BLESS=1 cargo test -p oxtile-cuda --lib snapshots`,
//! then review `git diff tests/out/cuda`.

use super::*;
use kernel_core::filetests::snapshots::Snapshots;
use std::fmt::Write as _;

/// The options every snapshot is generated with (see the module docs).
fn options() -> Options {
    Options {
        arch: 90,
        ..Options::default()
    }
}

#[test]
fn generated_cuda_matches_the_snapshots() {
    Snapshots {
        backend: "cuda",
        dir: "cuda",
        ext: "cu",
        bless: "OXTILE_BLESS=1 cargo test -p oxtile-cuda --lib snapshots",
    }
    .check(|t| {
        emit_cuda(&t.kernel(), &options())
            .map(|s| format!("{}{}", facts(&s), s.source))
            .map_err(|e| e.to_string())
    });
}

/// What the launch takes from a generated kernel beside its source, as comment lines at the
/// top of its snapshot: the parameters' ABI, the block, the shared memory, the pipelining
/// depth, the assertion messages and the sites of run-time errors. A change to any of them
/// is then a diff as reviewable as one to the code.
fn facts(s: &CudaSource) -> String {
    let mut f = format!(
        "// entry: {}
// params:",
        s.entry
    );
    for p in &s.params {
        match p {
            ParamAbi::Buffer { elem_bytes } => write!(f, " buffer({elem_bytes})"),
            ParamAbi::Scalar { bytes } => write!(f, " scalar({bytes})"),
        }
        .unwrap();
    }
    let st = &s.stages;
    writeln!(
        f,
        "\n// threads: {}, shared bytes: {}\n// stages: {} requested, {} chosen, loops {:?}{}",
        s.threads,
        s.shared_bytes,
        st.requested,
        st.chosen,
        st.loops,
        st.shortfall.map_or(String::new(), |sh| format!(
            ", short of shared memory: {sh:?}"
        ))
    )
    .unwrap();
    for (i, m) in s.messages.iter().enumerate() {
        writeln!(f, "// message {i}: {m:?}").unwrap();
    }
    for (i, site) in s.sites.iter().enumerate() {
        writeln!(f, "// site {}: {site}", i + 1).unwrap();
    }
    f.push('\n');
    f
}
