//! The SASS budget check of CI, which needs no GPU: each benchmark kernel (`bench/kernels.rs`,
//! plus tutorial 06's two-stage causal attention; softmax, layer norm and attention also with
//! fast math, `_fast`) at
//! its bench configuration is generated as
//! the CUDA runtime would on an H100 (arch 90 -> `sm_90a`, unchecked as the release bench
//! runs, the bench's `num_warps`/`num_stages`, the 16-byte alignment and unit-stride facts of
//! its real sizes), compiled by NVRTC to a CUBIN (as the runtime loads it) and disassembled
//! with `cuobjdump` (`-sass`, `-res-usage`). Printed per kernel: registers, spills, shared memory
//! (static + dynamic), the pipeline stages that survived the shared-memory fallback, and the
//! main loop's instructions per iteration, tensor-core instructions by kind, and `LDGSTS`
//! (cp.async) count, and the global stores (128-bit ones / all). Every kernel has a budget in
//! [`BUDGETS`]; a broken one fails the check. A kernel with a tensor-core budget must also
//! store its result 128 bits a lane (the epilogue through shared memory): every `STG` of it
//! `STG.E.128`.
//!
//! ```text
//! cargo run --release --features cuda --example sass_budget -- [filter] [--out DIR] [--jobs N]
//! ```
//!
//! `filter` keeps the kernels whose name contains it; `--out DIR` keeps each kernel's `.cu`
//! and `.cubin` there (else they go to a scratch directory, removed at the end).
//!
//! The main loop and its counts (see `sass.rs`, a port of the sass-parity study's
//! `sass_stats.py` rules): the outermost loop (a backward branch) holding tensor-core
//! instructions, else the outermost loop with the most global accesses; a loop-free kernel
//! is measured whole (one pass, entry to `EXIT`). "insts/iter" is the hot path through one
//! iteration: of the forward paths from the loop's head to its back edge, the one doing the
//! most essential work (tensor-core FLOPs, then 128-bit/asynchronous copy bytes, then
//! barriers), then the shortest, so run-time fallback arms (element-wise loads beside a
//! 16-byte one) do not count; an inner loop (a wait's retry loop) counts once. "static" is
//! every instruction from the head to the back edge. `@!PT` placeholders count as nothing.
//!
//! Needs libnvrtc on `LD_LIBRARY_PATH` and `cuobjdump` (with `nvdisasm` beside it) on `PATH`
//! or named by `OXTILE_CUOBJDUMP`. Exits 1 if a budget is broken or a kernel fails to
//! build, 2 on a usage or setup error.

#![allow(dead_code)]

#[path = "../bench/kernels.rs"]
mod kernels;
mod sass;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use oxtile::cuda::codegen::{self, Options};
use oxtile::cuda::nvrtc::{self, Target};
use oxtile::prelude::*;
use oxtile::runtime::KernelDef;

use kernels::{attention_fwd, layer_norm_fwd, matmul_bf16, matmul_f16, softmax, vector_add};

/// A kernel's budget. Spills are always budgeted at zero (no stack frame, no `LDL`/`STL`).
#[derive(Clone, Copy, Debug)]
struct Budget {
    /// Most main-loop instructions per iteration (hot path, per warp).
    max_insts: u32,
    /// The tensor-core instruction the main loop must use (`"HGMMA"`: Hopper's warpgroup
    /// MMA; `"HMMA"`: mma.sync), or `None` for kernels without `dot`.
    tensor_core: Option<&'static str>,
    /// Most registers per thread.
    max_regs: u32,
    /// Fewest pipeline stages that must survive the shared-memory fallback.
    min_stages: u32,
}

const fn budget(
    max_insts: u32,
    tensor_core: Option<&'static str>,
    max_regs: u32,
    min_stages: u32,
) -> Budget {
    Budget {
        max_insts,
        tensor_core,
        max_regs,
        min_stages,
    }
}

const HGMMA: Option<&str> = Some("HGMMA");

/// The budgets, one per kernel (the names of [`cases`]): what passes today (NVRTC 13.0;
/// attention after `p` went to registers) with a little headroom. Attention is measured
/// exact and with fast math (`_fast`: contraction, `div.full.f32`, `ex2.approx.ftz.f32`,
/// as Triton compiles it by default); the issue's 1.2x target applies to the fast cases,
/// 1.6x to the exact ones. The comments give issue 12's targets against Triton 3.6's
/// instructions per iteration for the same kernel and configuration (measured the same way
/// by the sass-parity study) and where each stands. Lower a number when the code
/// generator improves; raising one needs a reason in the commit message.
///
/// columns: max insts/iter (hot path, per warp), tensor-core kind, max registers, min stages
#[rustfmt::skip]
const BUDGETS: &[(&str, Budget)] = &[
    // target <= 77 (1.1x Triton 70) met: 66 (whole kernel), 34 registers (Triton 38)
    ("vector_add_b4096_w8",            budget(70,   None,  40, 0)),
    // exact exp and division: 474 (Triton's are its fast forms; see `_fast`)
    ("softmax_b4096_w8",               budget(490,  None,  48, 0)),
    // fast math: target <= 324 (1.1x Triton 295) met: 264
    ("softmax_b4096_w8_fast",          budget(275,  None,  48, 0)),
    // without fast math 565 (1.20x Triton 469; Triton contracts `diff * rstd * w + b`),
    // 64 registers (target <= 64, Triton 63)
    ("layer_norm_b8192_w8",            budget(575,  None,  64,  0)),
    // fast math: target <= 563 (1.2x Triton 469) met: 511 (1.09x), 63 registers
    ("layer_norm_b8192_w8_fast",       budget(520,  None,  64,  0)),
    // target <= 139 (Triton 116) met: 110 (0.95x), 167 registers (Triton 207)
    ("matmul_f16_128x256x64_w8_s3",    budget(116,  HGMMA, 210, 3)),
    // target <= 120 (Triton 100) met: 88; 110 registers keep 2 blocks per SM
    ("matmul_f16_128x128x64_w8_s3",    budget(95,   HGMMA, 128, 3)),
    // target <= 139 (Triton 116) met: 110, 170 registers (Triton 207; one block of 256
    // threads per SM either way)
    ("matmul_bf16_128x256x64_w8_s3",   budget(116,  HGMMA, 210, 3)),
    // target <= 120 (Triton 100) met: 88
    ("matmul_bf16_128x128x64_w8_s3",   budget(95,   HGMMA, 128, 3)),
    // Attention is written as tutorial 06's inner loop (the max of the raw scores, scaled
    // once a row; `qk * qk_scale - m` one FFMA under fast math), as Triton's kernel is.
    // without fast math, target <= 486 (1.6x Triton 304) met: 417, 96 registers (Triton 113)
    ("attn_d64_128x64_w8_s3",          budget(430,  HGMMA, 104, 3)),
    // fast math: target <= 365 (1.2x Triton 304) met: 281 (0.92x)
    ("attn_d64_128x64_w8_s3_fast",     budget(295,  HGMMA, 104, 3)),
    // target <= 822 without fast math (1.6x Triton 514) met: 777, 168 registers (Triton 205)
    ("attn_d64_128x64_w4_s3",          budget(790,  HGMMA, 180, 3)),
    // fast math: target <= 617 (1.2x Triton 514) met: 505 (0.98x)
    ("attn_d64_128x64_w4_s3_fast",     budget(520,  HGMMA, 180, 3)),
    // target <= 786 without fast math (1.6x Triton 491, 3 stages) met: 768 (1.56x)
    ("attn_d128_128x128_w8_s3",        budget(780,  HGMMA, 190, 3)),
    // fast math: target <= 589 (1.2x Triton 491) met: 504 (1.03x)
    ("attn_d128_128x128_w8_s3_fast",   budget(520,  HGMMA, 190, 3)),
    // target <= 822 without fast math (Triton 514) met: 775 (the off-band loop)
    ("attn_causal_d64_128x64_w4_s3",   budget(790,  HGMMA, 255, 3)),
    // fast math: target <= 617 (Triton 514) met: 503 (0.98x)
    ("attn_causal_d64_128x64_w4_s3_fast", budget(520, HGMMA, 255, 3)),
    // target <= 786 without fast math (Triton 491, 3 stages) met: 771 (1.57x)
    ("attn_causal_d128_128x128_w8_s3", budget(785,  HGMMA, 255, 3)),
    // fast math: target <= 589 (Triton 491) met: 507 (1.03x)
    ("attn_causal_d128_128x128_w8_s3_fast", budget(520, HGMMA, 255, 3)),
];

/// Tutorial 06's causal forward pass (as the sass-parity study's driver): stage 1 (the
/// blocks left of the diagonal, unmasked), then stage 2 (the diagonal block, masked); f16
/// out, `EVEN` as the bench's kernel. Needs `BM` a multiple of `BN`.
#[kernel]
pub fn attention_fwd_causal<const BM: usize, const BN: usize, const D: usize, const EVEN: bool>(
    q: Ptr<f16>,
    k: Ptr<f16>,
    v: Ptr<f16>,
    o: Ptr<f16>,
    seq: i32,
    sm_scale: f32,
) {
    let start_m = program_id(0);
    let head = program_id(1);
    let base = head * seq * D;
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = (rows[(.., None)] < seq) | EVEN;
    let q_tile = load(
        q + base + rows[(.., None)] * D + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let mut m_i = full::<f32>([BM], f32::NEG_INFINITY);
    let mut l_i = zeros::<f32>([BM]);
    let mut acc = zeros::<f32>([BM, D]);
    let qk_scale = sm_scale * 1.4426950408889634;
    // stage 1: off-band
    for start_n in (0..start_m * BM).step_by(BN) {
        let cols = start_n + arange(0, BN);
        let col_ok = (cols[(.., None)] < seq) | EVEN;
        let k_tile = load(
            k + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let qk = dot(q_tile, trans(k_tile));
        let m_new = maximum(m_i, max(qk, 1) * qk_scale);
        let p = exp2(qk * qk_scale - m_new[(.., None)]);
        let alpha = exp2(m_i - m_new);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as f16, v_tile);
        m_i = m_new;
    }
    // stage 2: on-band (the diagonal block)
    for start_n in (start_m * BM..(start_m + 1) * BM).step_by(BN) {
        let cols = start_n + arange(0, BN);
        let col_ok = (cols[(.., None)] < seq) | EVEN;
        let k_tile = load(
            k + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let visible = rows[(.., None)] >= cols[(None, ..)];
        let qk = select(
            visible,
            dot(q_tile, trans(k_tile)) * qk_scale,
            f32::NEG_INFINITY,
        );
        let m_new = maximum(m_i, max(qk, 1));
        let p = exp2(qk - m_new[(.., None)]);
        let alpha = exp2(m_i - m_new);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as f16, v_tile);
        m_i = m_new;
    }
    store(
        o + base + rows[(.., None)] * D + dims[(None, ..)],
        (acc / l_i[(.., None)]) as f16,
        row_ok,
    );
}

/// One kernel at one configuration, as the GPU bench compiles it.
struct Case {
    name: String,
    def: &'static KernelDef,
    consts: Vec<i64>,
    num_warps: u32,
    num_stages: u32,
    /// Per parameter: a 16-byte aligned buffer / an integer multiple of 16 (the bench's sizes).
    aligned16: Vec<bool>,
    /// Per parameter: an integer argument equal to 1 (unit strides).
    ones: Vec<bool>,
    /// Generated with fast math (`LaunchOptions::fast_math`).
    fast_math: bool,
}

/// The bench's default configuration of each kernel, its other Hopper matmul tile, bf16, and
/// the attention configurations of tutorial 06 (D = 128, causal): the sass-parity study's
/// cases cut to what bounds CI time.
fn cases() -> Vec<Case> {
    let (t, f) = (true, false);
    let mut v = Vec::new();
    // vector add (x, y, out, n = 2^26)
    v.push(Case {
        name: "vector_add_b4096_w8".into(),
        def: vector_add::<4096>::def(),
        consts: vec![4096],
        num_warps: 8,
        num_stages: 3,
        aligned16: vec![t; 4],
        ones: vec![],
        fast_math: false,
    });
    // fused softmax (out, in, in_stride = 4096, out_stride = 4096, n_cols = 4096), also with
    // fast math (`_fast`: Triton's `exp` and division are its fast forms by default)
    for fast_math in [false, true] {
        v.push(Case {
            name: format!("softmax_b4096_w8{}", if fast_math { "_fast" } else { "" }),
            def: softmax::<4096>::def(),
            consts: vec![4096],
            num_warps: 8,
            num_stages: 3,
            aligned16: vec![t; 5],
            ones: vec![],
            fast_math,
        });
    }
    // layer norm fwd (x, y, w, b, mean, rstd, stride = 8192, n = 8192, eps), also fast
    for fast_math in [false, true] {
        v.push(Case {
            name: format!(
                "layer_norm_b8192_w8{}",
                if fast_math { "_fast" } else { "" }
            ),
            def: layer_norm_fwd::<f16, 8192>::def(),
            consts: vec![8192],
            num_warps: 8,
            num_stages: 3,
            aligned16: vec![t, t, t, t, t, t, t, t, f],
            ones: vec![],
            fast_math,
        });
    }
    // matmul (a, b, c, m, n, k, s_am, s_ak = 1, s_bk, s_bn = 1, s_cm, s_cn = 1), M=N=K=4096
    let mm_aligned = vec![t, t, t, t, t, t, t, f, t, f, t, f];
    let mm_ones = vec![f, f, f, f, f, f, f, t, f, t, f, t];
    macro_rules! mm {
        ($dt:literal, $k:ident, $bm:literal, $bn:literal, $bk:literal, $w:literal, $s:literal) => {
            v.push(Case {
                name: format!("matmul_{}_{}x{}x{}_w{}_s{}", $dt, $bm, $bn, $bk, $w, $s),
                def: $k::<$bm, $bn, $bk, 8>::def(),
                consts: vec![$bm, $bn, $bk, 8],
                num_warps: $w,
                num_stages: $s,
                aligned16: mm_aligned.clone(),
                ones: mm_ones.clone(),
                fast_math: false,
            })
        };
    }
    mm!("f16", matmul_f16, 128, 256, 64, 8, 3);
    mm!("f16", matmul_f16, 128, 128, 64, 8, 3);
    mm!("bf16", matmul_bf16, 128, 256, 64, 8, 3);
    mm!("bf16", matmul_bf16, 128, 128, 64, 8, 3);
    // flash attention fwd (q, k, v, o, seq = 4096, sm_scale), EVEN
    let at_aligned = vec![t, t, t, t, t, f];
    // Each also with fast math (name suffix `_fast`), as Triton compiles it by default.
    macro_rules! at {
        ($k:ident, $tag:literal, $d:literal, $bm:literal, $bn:literal, $w:literal, $s:literal) => {
            for fast_math in [false, true] {
                v.push(Case {
                    name: format!(
                        "{}_d{}_{}x{}_w{}_s{}{}",
                        $tag,
                        $d,
                        $bm,
                        $bn,
                        $w,
                        $s,
                        if fast_math { "_fast" } else { "" }
                    ),
                    def: $k::<$bm, $bn, $d, true>::def(),
                    consts: vec![$bm, $bn, $d, 1],
                    num_warps: $w,
                    num_stages: $s,
                    aligned16: at_aligned.clone(),
                    ones: vec![],
                    fast_math,
                })
            }
        };
    }
    at!(attention_fwd, "attn", 64, 128, 64, 8, 3); // the bench's default
    at!(attention_fwd, "attn", 64, 128, 64, 4, 3);
    at!(attention_fwd, "attn", 128, 128, 128, 8, 3);
    at!(attention_fwd_causal, "attn_causal", 64, 128, 64, 4, 3);
    at!(attention_fwd_causal, "attn_causal", 128, 128, 128, 8, 3);
    v
}

/// One kernel's measures.
struct Row {
    name: String,
    regs: u32,
    /// Stack frame bytes (spills live there).
    stack: u32,
    spill_insts: usize,
    static_smem: u32,
    dynamic_smem: u32,
    stages: u32,
    /// The main loop's span in the SASS, or `None` for a loop-free kernel.
    main_loop: Option<(u32, u32)>,
    /// Global stores of the whole kernel: (128-bit ones, all).
    stores: (usize, usize),
    measure: sass::Measure,
    seconds: f64,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut filter = String::new();
    let mut out_dir = None;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => match it.next() {
                Some(d) => out_dir = Some(PathBuf::from(d)),
                None => return usage("--out needs a directory"),
            },
            "--jobs" | "-j" => match it.next().and_then(|j| j.parse().ok()) {
                Some(j) if j > 0 => jobs = j,
                _ => return usage("--jobs needs a positive number"),
            },
            "-h" | "--help" => return usage(""),
            other if filter.is_empty() && !other.starts_with('-') => filter = other.to_string(),
            other => return usage(&format!("unexpected argument `{other}`")),
        }
    }
    match nvrtc::nvrtc_info() {
        Ok(info) => println!("NVRTC {}.{}", info.version.0, info.version.1),
        Err(e) => {
            eprintln!("sass_budget: {e} (put site-packages/nvidia/cu13/lib on LD_LIBRARY_PATH)");
            return ExitCode::from(2);
        }
    }
    let cuobjdump = match cuobjdump() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("sass_budget: {e}");
            return ExitCode::from(2);
        }
    };
    let scratch = out_dir.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("oxtile-sass-budget-{}", std::process::id()))
    });
    if let Err(e) = std::fs::create_dir_all(&scratch) {
        eprintln!("sass_budget: cannot create {}: {e}", scratch.display());
        return ExitCode::from(2);
    }
    let all = cases();
    let mut failures = table_errors(&all);
    let cases: Vec<Case> = all
        .into_iter()
        .filter(|c| c.name.contains(&filter))
        .collect();
    println!(
        "SASS budgets of {} bench kernels (sm_90a CUBINs from NVRTC, unchecked) on {jobs} threads",
        cases.len()
    );
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Result<Row, String>)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.min(cases.len()) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(case) = cases.get(i) else { break };
                    let r = measure_case(case, &cuobjdump, &scratch);
                    results
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push((i, r));
                }
            });
        }
    });
    if out_dir.is_none() {
        let _ = std::fs::remove_dir_all(&scratch);
    }
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(i, _)| *i);
    println!();
    println!(
        "{:<36} {:>4} {:>5} {:>6} {:>6} {:>3} {:>9} {:>6} {:<24} {:>6} {:>7} {:>5}",
        "kernel",
        "regs",
        "spill",
        "smem",
        "+dyn",
        "stg",
        "ins/iter",
        "static",
        "tensor core/iter",
        "LDGSTS",
        "STG 128",
        "s"
    );
    for (i, r) in &results {
        let case = &cases[*i];
        match r {
            Ok(row) => {
                print_row(row);
                if let Some((_, b)) = BUDGETS.iter().find(|(n, _)| *n == case.name) {
                    failures.extend(check(row, b));
                }
            }
            Err(e) => {
                println!("{:<36} FAILED", case.name);
                failures.push(format!("{}: {e}", case.name));
            }
        }
    }
    println!(
        "\n{} kernels in {:.1} s; \"ins/iter\": main loop, hot path, per warp (whole kernel if \
         loop-free, marked *); \"spill\": stack bytes + LDL/STL",
        results.len(),
        start.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        println!("SASS budgets kept");
        return ExitCode::SUCCESS;
    }
    println!("\nBUDGETS BROKEN (see BUDGETS in examples/sass_budget/main.rs):");
    for f in &failures {
        println!("    {f}");
    }
    ExitCode::from(1)
}

/// Every case has a budget and every budget a case: a renamed case cannot go unchecked.
fn table_errors(cases: &[Case]) -> Vec<String> {
    let mut out = Vec::new();
    for c in cases {
        if !BUDGETS.iter().any(|(n, _)| *n == c.name) {
            out.push(format!("{}: no entry in BUDGETS", c.name));
        }
    }
    for (n, _) in BUDGETS {
        if !cases.iter().any(|c| c.name == *n) {
            out.push(format!("BUDGETS entry `{n}` names no case"));
        }
    }
    out
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("sass_budget: {problem}");
    }
    eprintln!("usage: sass_budget [filter] [--out DIR] [--jobs N]");
    ExitCode::from(2)
}

/// `$OXTILE_CUOBJDUMP` if set, else `cuobjdump` if it runs from `PATH`.
fn cuobjdump() -> Result<PathBuf, String> {
    let path = std::env::var_os("OXTILE_CUOBJDUMP")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from("cuobjdump"), PathBuf::from);
    match Command::new(&path).arg("--version").output() {
        Ok(o) if o.status.success() => Ok(path),
        _ => Err(format!(
            "cannot run `{}`: install it (pip install nvidia-cuda-cuobjdump \
             nvidia-cuda-nvdisasm) and put it on PATH or set OXTILE_CUOBJDUMP",
            path.display()
        )),
    }
}

/// Generates, compiles and measures one case.
fn measure_case(c: &Case, cuobjdump: &Path, dir: &Path) -> Result<Row, String> {
    let start = Instant::now();
    let spec = c
        .def
        .specialize(&c.consts)
        .map_err(|e| format!("specialize: {e}"))?;
    let n = spec.kernel.params.len();
    let mut aligned16 = c.aligned16.clone();
    aligned16.resize(n, false);
    let mut ones = c.ones.clone();
    ones.resize(n, false);
    let opts = |num_stages: u32| Options {
        arch: 90,
        num_warps: c.num_warps,
        num_stages,
        checked: false,
        aligned16: aligned16.clone(),
        aliased: vec![false; n],
        ones: ones.clone(),
        fast_math: c.fast_math,
        ..Options::default()
    };
    let src = codegen::emit_cuda(&spec.kernel, &opts(c.num_stages))
        .map_err(|e| format!("codegen: {e}"))?;
    // The stages that survived the code generator's shared-memory fallback: the fewest
    // asked-for stages that give the same source.
    let mut stages = c.num_stages;
    for s in (0..c.num_stages).rev() {
        match codegen::emit_cuda(&spec.kernel, &opts(s)) {
            Ok(o) if o.source == src.source => stages = s,
            _ => break,
        }
    }
    let compiled = nvrtc::compile(&src.source, &spec.kernel.name, Target::Cubin(90))
        .map_err(|e| format!("nvrtc: {e}"))?;
    let cubin = compiled.cubin.ok_or("nvrtc: no CUBIN")?;
    let cu_path = dir.join(format!("{}.cu", c.name));
    let cubin_path = dir.join(format!("{}.cubin", c.name));
    std::fs::write(&cu_path, &src.source)
        .and_then(|()| std::fs::write(&cubin_path, &cubin))
        .map_err(|e| format!("write: {e}"))?;
    let dump = |flag: &str| -> Result<String, String> {
        let o = Command::new(cuobjdump)
            .env("PATH", path_with_tool_dir(cuobjdump))
            .arg(flag)
            .arg(&cubin_path)
            .output()
            .map_err(|e| format!("cuobjdump {flag}: {e}"))?;
        if !o.status.success() {
            return Err(format!(
                "cuobjdump {flag}: {}",
                String::from_utf8_lossy(&o.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let funcs = sass::parse_sass(&dump("-sass")?);
    let res = sass::parse_res_usage(&dump("-res-usage")?);
    let (name, insts) = funcs
        .iter()
        .find(|(f, _)| *f == src.entry)
        .or_else(|| funcs.iter().max_by_key(|(_, i)| i.len()))
        .ok_or("cuobjdump: no SASS")?;
    if insts.is_empty() {
        return Err("cuobjdump: no instructions".into());
    }
    let r = res
        .iter()
        .find(|(f, _)| f == name)
        .map(|(_, r)| *r)
        .ok_or_else(|| format!("cuobjdump: no resource usage for {name}"))?;
    let measure = sass::measure(insts);
    Ok(Row {
        name: c.name.clone(),
        regs: r.regs,
        stack: r.stack + r.local,
        spill_insts: sass::spill_insts(insts),
        static_smem: r.shared,
        dynamic_smem: src.shared_bytes,
        stages,
        main_loop: measure
            .main
            .map(|l| (insts[l.head].addr, insts[l.tail].addr)),
        stores: sass::global_stores(insts),
        measure,
        seconds: start.elapsed().as_secs_f64(),
    })
}

/// `PATH` with the tool's own directory first: `cuobjdump -sass` runs `nvdisasm`, which pip
/// installs next to it.
fn path_with_tool_dir(tool: &Path) -> std::ffi::OsString {
    let mut dirs: Vec<PathBuf> = tool.parent().into_iter().map(Path::to_path_buf).collect();
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).unwrap_or_default()
}

fn tensor_cores(c: &sass::Counts) -> String {
    if c.mma.is_empty() {
        return "-".into();
    }
    c.mma
        .iter()
        .map(|(k, n)| format!("{k} x{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_row(r: &Row) {
    let m = &r.measure;
    let spill = if r.spill_insts > 0 {
        format!("{}+{}", r.stack, r.spill_insts)
    } else {
        r.stack.to_string()
    };
    let per_iter = format!(
        "{}{}",
        m.hot.insts,
        if r.main_loop.is_some() { "" } else { "*" }
    );
    println!(
        "{:<36} {:>4} {:>5} {:>6} {:>6} {:>3} {:>9} {:>6} {:<24} {:>6} {:>7} {:>5.1}",
        r.name,
        r.regs,
        spill,
        r.static_smem,
        r.dynamic_smem,
        r.stages,
        per_iter,
        m.all.insts,
        tensor_cores(&m.hot),
        m.hot.ldgsts,
        format!("{}/{}", r.stores.0, r.stores.1),
        r.seconds
    );
}

/// The budget's broken lines for one kernel.
fn check(r: &Row, b: &Budget) -> Vec<String> {
    let mut out = Vec::new();
    let m = &r.measure;
    if m.hot.insts > b.max_insts {
        out.push(format!(
            "{}: {} main-loop instructions per iteration, budget {}",
            r.name, m.hot.insts, b.max_insts
        ));
    }
    if let Some(kind) = b.tensor_core {
        let found = m.hot.mma.keys().any(|k| k.split('.').next() == Some(kind));
        if !found {
            out.push(format!(
                "{}: the main loop must use {kind}; it has {}",
                r.name,
                tensor_cores(&m.hot)
            ));
        }
        let (wide, all) = r.stores;
        if wide == 0 || wide < all {
            out.push(format!(
                "{}: the result must be stored 128 bits a lane; {wide} of {all} global stores are",
                r.name
            ));
        }
    }
    if r.regs > b.max_regs {
        out.push(format!(
            "{}: {} registers, budget {}",
            r.name, r.regs, b.max_regs
        ));
    }
    if r.stack > 0 || r.spill_insts > 0 {
        out.push(format!(
            "{}: spills ({} stack bytes, {} LDL/STL), budget none",
            r.name, r.stack, r.spill_insts
        ));
    }
    if r.stages < b.min_stages {
        out.push(format!(
            "{}: {} pipeline stages survive, budget at least {}",
            r.name, r.stages, b.min_stages
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case_has_one_budget() {
        assert_eq!(table_errors(&cases()), Vec::<String>::new());
        let mut names: Vec<&str> = BUDGETS.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), BUDGETS.len(), "a kernel budgeted twice");
    }

    fn row(insts: u32, mma: &[(&str, u32)], regs: u32, stack: u32, stages: u32) -> Row {
        let counts = sass::Counts {
            insts,
            mma: mma.iter().map(|(k, n)| (k.to_string(), *n)).collect(),
            ..sass::Counts::default()
        };
        Row {
            name: "k".into(),
            regs,
            stack,
            spill_insts: 0,
            static_smem: 1024,
            dynamic_smem: 0,
            stages,
            main_loop: Some((0x100, 0x200)),
            stores: (4, 4),
            measure: sass::Measure {
                main: Some(sass::Loop { head: 0, tail: 1 }),
                all: counts.clone(),
                hot: counts,
            },
            seconds: 0.0,
        }
    }

    #[test]
    fn reports_each_broken_budget() {
        let b = budget(150, HGMMA, 128, 3);
        assert!(check(&row(150, &[("HGMMA.64x128x16", 4)], 128, 0, 3), &b).is_empty());
        let broken = check(&row(151, &[("HMMA.16816", 64)], 130, 16, 2), &b);
        assert_eq!(
            broken,
            [
                "k: 151 main-loop instructions per iteration, budget 150",
                "k: the main loop must use HGMMA; it has HMMA.16816 x64",
                "k: 130 registers, budget 128",
                "k: spills (16 stack bytes, 0 LDL/STL), budget none",
                "k: 2 pipeline stages survive, budget at least 3",
            ]
        );
        // No tensor core at all, when one is required.
        let none = check(&row(10, &[], 10, 0, 3), &b);
        assert_eq!(none, ["k: the main loop must use HGMMA; it has -"]);
        // A result stored in narrower pieces.
        let mut narrow = row(150, &[("HGMMA.64x128x16", 4)], 128, 0, 3);
        narrow.stores = (4, 68);
        assert_eq!(
            check(&narrow, &b),
            ["k: the result must be stored 128 bits a lane; 4 of 68 global stores are"]
        );
    }
}
