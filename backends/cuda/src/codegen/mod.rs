//! CUDA C code generation: a specialized tile-IR [`Kernel`] becomes one CUDA C translation
//! unit that NVRTC compiles with no include paths and no headers.
//!
//! # The kernel's interface (ABI)
//! `extern "C" __global__ void __launch_bounds__(T) <entry>(...)`, with `T` =
//! [`CudaSource::threads`] = `32 * num_warps`, and for each IR parameter in order:
//! - a buffer: `T* __restrict__ p<i>` (8 bytes: the device pointer; not `__restrict__` when
//!   the launch passes its buffer to another parameter too, see [`Options::aliased`]), then
//!   `unsigned long long n<i>` (its length in elements);
//! - a scalar: one parameter as wide as its dtype, declared as the unsigned integer of that
//!   width and holding the value's little-endian bits (`bool`: one byte, 0 or 1).
//!
//! The last parameter is `unsigned int* ox_status`: [`status::WORDS`] words, all zero before
//! the launch (see [`status`]). One thread block runs one program: `program_id(a)` is
//! `blockIdx.{x,y,z}`, `num_programs(a)` is `gridDim.{x,y,z}`. Exchanges between threads use
//! the dynamic shared memory `extern __shared__ ox_smem[]`, whose size the launch must give
//! as [`CudaSource::shared_bytes`].
//!
//! # Execution model
//! See `layout` (how tiles are spread over threads), `analysis` (what is known before any
//! code is written: shapes, buffers, which tiles are never stored but recomputed from their
//! indices, which accumulators live in tensor-core fragments), `plan` (the fragment shapes,
//! row layouts and pipelines that analysis and emitter hold), `exchange` (ops that move
//! elements between threads), `fragments` (tensor-core `dot`s and the values they leave in
//! the fragment layout), `access` (loads, stores, atomics, bounds checks, vector accesses)
//! and `emit` (values, control flow).
//!
//! # Fidelity to the interpreter
//! Integer wrapping, division by zero, shifts, NaN-ignoring min/max, saturating casts,
//! f16/bf16/fp8 rounding (bit manipulation after `kernel_core::numeric`), `fmod`, fused
//! `fma`, Philox and `dot` on the FMA path (one `fma` per k in ascending order) match the
//! interpreter bit for bit. Float `+ - * /` and `sqrt` are written with the `__f*_rn`
//! intrinsics, so no compiler flag (`--fmad`, `--use_fast_math`) can contract or approximate
//! them, unless the launch opts into fast math (below). Where the results may differ:
//! - math functions (`exp`, `log`, `sin`, `erf`, `pow`...) are CUDA's, within 1-2 ulps;
//! - reductions of floats (sum, prod) along an axis longer than [`EXACT_REDUCE_LEN`] combine
//!   in a tree (per-thread partial folds, warp shuffles, then across warps), so they differ
//!   from the sequential fold within the bound the IR's `Op::Reduce` states; shorter axes
//!   fold sequentially, exactly. f16/bf16 sums and products (and scans) accumulate in f32
//!   and round once, as the interpreter does;
//! - `dot` on tensor cores (f16/bf16/fp8 inputs or a tf32 `dot` of f32 inputs, f32
//!   accumulator, sm_80+) accumulates in the MMA unit's order; a tf32 `dot`'s factors are
//!   rounded to TF32 exactly as the interpreter rounds them (`cvt.rna.tf32.f32` on tensor
//!   cores, the same bit arithmetic on the FMA path), so only that order differs;
//! - atomics of one op run in parallel: lanes of one program hitting one address apply in
//!   no particular order (as across programs); two lanes of one `store` writing the same
//!   address leave either value.
//!
//! # Fast math ([`Options::fast_math`], off by default)
//! The one exception to the above, chosen per launch (`LaunchOptions::fast_math`), in the
//! spirit of Triton's defaults. For f32 values, and the f32 arithmetic of f16/bf16 values
//! (which are still rounded to their dtype after each op, so nothing contracts across
//! that rounding), elementwise ops change as follows; everything else (f64, reductions,
//! `fma`, `sqrt`, min/max with their NaN-ignoring semantics, casts, other math functions)
//! is as above. Error bounds are against the exact result of the same op on the same
//! operands (the PTX ISA's and the CUDA Programming Guide's figures):
//! - `+ - *` are plain C operators, which NVRTC (`--fmad=true`, passed explicitly by the
//!   runtime) may contract: `a * b + c` becomes one `fma`, rounded once instead of twice.
//!   The result then differs from the unfused one by at most ½ ulp of `a * b` (the rounding
//!   of the product that is skipped) plus ½ ulp of the result. Denormals are kept (no
//!   `ftz`);
//! - `/` is `div.full.f32`: at most 2 ulp from the correctly rounded quotient, full range;
//! - `exp2` is `ex2.approx.ftz.f32`: at most 2 ulp (relative error below 2^-22) for results
//!   of at least 2^-126 (the CUDA Math API's bound for `exp2f`, which is this instruction
//!   plus the subnormal handling fast math drops); subnormal inputs count as zero and
//!   results below 2^-126 flush to +0;
//! - `exp(x)` is `ex2.approx.ftz.f32(x * log2(e))` (CUDA's `__expf`): at most
//!   2 + ⌊1.173·|x|⌋ ulp, the rounding of the product growing with |x|; the same flush.
//!
//! The CPU emulator (`emu/oxemu.h`) models `div.full.f32` as the reciprocal-multiply
//! `a * (1/b)` (two roundings, within the bound) and `ex2.approx.ftz.f32` as the host's
//! `exp2f` with subnormal inputs and results flushed; it compiles without contraction
//! (`-ffp-contract=off`), so contraction is not modeled.
//!
//! # What is not supported
//! Pointers that may point into more than one buffer, and exchanges needing more shared
//! memory than the device has ([`CodegenError::TooLarge`]), except reductions,
//! argmax/argmin and scans, which go through shared memory in chunks that fit (`chunks`).

mod access;
mod analysis;
// Batched (3-D) `dot`s on mma.sync, through shared memory.
mod batched;
// Reductions and scans of tiles too large for shared memory at once, a chunk at a time.
mod chunks;
mod emit;
// Tensor-core results stored 16 bytes at a time through shared memory.
mod epilogue;
mod exchange;
// Reductions and scans with a combine function of the user's (`reduce_with`, `scan_with`).
mod fold;
// Tensor-core `dot`s and the values they leave in the fragment layout.
mod fragments;
mod layout;
mod math;
// Tensor-core `dot` tiles: ldmatrix + mma.sync over operands staged in shared memory.
mod mma;
mod ops;
// Software pipelining of `dot` operands over a loop with cp.async (num_stages).
mod pipeline;
// The plans the analysis and the emitter hold, apart from the code that emits them.
mod plan;
mod rows;
#[cfg(test)]
mod snapshots;
#[cfg(test)]
mod tests;
// Hopper tensor cores: `dot` on wgmma.mma_async with swizzled shared-memory operands.
mod wgmma;

use kernel_core::ir::{Elem, Kernel};

use self::emit::Emitter;

/// Float sum/prod reductions along an axis of at most this many elements fold sequentially in
/// ascending order, bit-identical to the interpreter; longer axes reduce as a tree.
pub const EXACT_REDUCE_LEN: u64 = 32;

/// How to generate the kernel: the target and the launch shape, chosen by the runtime.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Options {
    /// Compute capability as `10 * major + minor`: 80 for sm_80 (A100), 90 for sm_90 (H100).
    pub arch: u32,
    /// Warps per thread block (one block runs one program): a power of two in `1..=32`.
    pub num_warps: u32,
    /// Software-pipelining depth (Triton's `num_stages`): how many loop iterations of
    /// tensor-core `dot` operands are in flight from global to shared memory (see
    /// `pipeline`); 1 copies each iteration's operands just before its `dot`. Fewer stages
    /// are used, down to none, when the stages would not fit in shared memory: how many,
    /// and why, is [`CudaSource::stages`].
    pub num_stages: u32,
    /// Bounds-check every active lane of every load, store and atomic (see [`status`]).
    pub checked: bool,
    /// One entry per kernel parameter (missing entries mean `false`): for a buffer, its base
    /// pointer is 16-byte aligned; for an integer scalar, its value is a multiple of 16
    /// (Triton's divisibility specialization). These facts let loads and stores use 16-byte
    /// vector accesses.
    pub aligned16: Vec<bool>,
    /// One entry per kernel parameter (missing entries mean `false`): this buffer shares
    /// its memory with another buffer argument of the launch (one buffer passed to several
    /// parameters, which the language allows). Such pointers are not declared
    /// `__restrict__`, and the aliased buffers are treated as one for the read-only and
    /// coherence decisions.
    pub aliased: Vec<bool>,
    /// One entry per kernel parameter (missing entries mean `false`): this integer scalar's
    /// value is 1 (Triton's `equal_to_1` specialization). The kernel is generated with the
    /// constant 1 in its place, so a unit stride costs no multiply and a vector access
    /// through it needs no run-time test that it is 1.
    pub ones: Vec<bool>,
    /// The most dynamic shared memory the device lets a block opt into, when the runtime
    /// knows it (`None`: [`max_shared_bytes`] of `arch`, also the cap when it is larger).
    /// Reductions and scans of tiles too large for it go through shared memory in chunks
    /// that fit (see `chunks`); any other exchange that does not fit is
    /// [`CodegenError::TooLarge`].
    pub max_shared_bytes: Option<u32>,
    /// Fast math (`LaunchOptions::fast_math`): f32 `+ - *` as plain C operators, which NVRTC
    /// (`--fmad=true`) may contract into FMAs, division as `div.full.f32`, `exp2` as
    /// `ex2.approx.ftz.f32` and `exp` as that of `x * log2(e)`, for f32 and the f32
    /// arithmetic of f16/bf16 values; f64 stays exact (see the module docs' bounds).
    pub fast_math: bool,
}

impl Options {
    /// Bytes of dynamic shared memory the generated kernel may use: the device's (or the
    /// architecture's) maximum less 16 for the static `ox_bcast` word and its alignment.
    pub fn shared_limit(&self) -> u64 {
        let arch = max_shared_bytes(self.arch);
        let max = self.max_shared_bytes.map_or(arch, |m| m.min(arch));
        u64::from(max).saturating_sub(16)
    }
}

impl Default for Options {
    /// sm_80, 4 warps, 2 stages, checked, no alignment facts, exact math.
    fn default() -> Options {
        Options {
            arch: 80,
            num_warps: 4,
            num_stages: 2,
            checked: true,
            aligned16: Vec::new(),
            aliased: Vec::new(),
            ones: Vec::new(),
            max_shared_bytes: None,
            fast_math: false,
        }
    }
}

/// A generated kernel and how to launch it.
#[derive(Clone, Debug)]
pub struct CudaSource {
    /// The CUDA C translation unit (no `#include`s).
    pub source: String,
    /// The name of the `extern "C" __global__` function.
    pub entry: String,
    /// One per IR parameter, in order (the status pointer follows them; see the module docs).
    pub params: Vec<ParamAbi>,
    /// Threads per block: `32 * num_warps`.
    pub threads: u32,
    /// Bytes of dynamic shared memory the launch must request.
    pub shared_bytes: u32,
    /// `device_assert` messages, indexed by `status[1]` of an [`status::ASSERT`] error.
    pub messages: Vec<String>,
    /// Source locations of the ops that may fail, indexed by `status[8] - 1` (see
    /// `kernel_core::runtime::status`).
    pub sites: Vec<String>,
    /// The software-pipelining depth asked for and the one the kernel got.
    pub stages: Stages,
}

/// The software-pipelining depth of a generated kernel: what [`Options::num_stages`] asked
/// for, what its loops got, and why they got fewer stages when they did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stages {
    /// [`Options::num_stages`] as given.
    pub requested: u32,
    /// The depth the kernel runs with: the smallest of [`Stages::loops`], 0 when no loop is
    /// software-pipelined (none feeds a tensor-core `dot` it can pipeline, the kernel is
    /// bounds-checked, or not even one stage fit: see [`Stages::shortfall`]).
    pub chosen: u32,
    /// The depth of each software-pipelined loop, in the order their code was generated.
    pub loops: Vec<u32>,
    /// Why fewer stages than requested were used: `None` when shared memory did not limit
    /// them (fewer loops may still be pipelined than `requested` suggests, for the other
    /// reasons [`Stages::chosen`] lists).
    pub shortfall: Option<Shortfall>,
}

/// Why a kernel got fewer pipeline stages than requested: the shared memory the requested
/// depth needed, and what it could have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortfall {
    /// A loop's stages, with the `dot` factors resident beside them, needed `needed_bytes`;
    /// a pipeline may take `budget_bytes`: the shared memory a block may have
    /// ([`Options::shared_limit`]) less 1 KiB (wgmma's realignment of the window).
    Pipeline {
        /// Bytes of the requested stages and the resident factors.
        needed_bytes: u64,
        /// Bytes a pipeline may take.
        budget_bytes: u64,
    },
    /// The whole kernel needed `needed_bytes` of shared memory with the requested stages,
    /// more than the `limit_bytes` a block may have ([`Options::shared_limit`]).
    Kernel {
        /// Bytes the kernel needed.
        needed_bytes: u64,
        /// Bytes a block may have.
        limit_bytes: u64,
    },
}

impl std::fmt::Display for Shortfall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shortfall::Pipeline {
                needed_bytes,
                budget_bytes,
            } => write!(
                f,
                "the stages need {needed_bytes} bytes of shared memory, more than the \
                 {budget_bytes} a pipeline may take"
            ),
            Shortfall::Kernel {
                needed_bytes,
                limit_bytes,
            } => write!(
                f,
                "the kernel needs {needed_bytes} bytes of shared memory, more than the \
                 {limit_bytes} a block may have"
            ),
        }
    }
}

/// How one IR parameter is passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamAbi {
    /// A buffer: two kernel parameters, the device pointer (8 bytes) and then its length in
    /// elements as an `unsigned long long`.
    Buffer {
        /// Size of one element in bytes.
        elem_bytes: u32,
    },
    /// A scalar: one kernel parameter of `bytes` bytes holding the value's little-endian bits
    /// (`bool`: 1 byte, 0 or 1; f16/bf16: 2 bytes; fp8: 1 byte).
    Scalar {
        /// Its size in bytes (1, 2, 4 or 8).
        bytes: u32,
    },
}

/// The status protocol, every GPU backend's: what the kernel writes to the status words when
/// a program fails. In CUDA a thread stops writing at once after recording an error, the
/// whole block at its next barrier or op that checks.
pub use kernel_core::runtime::status;

/// Why a kernel could not be lowered (every backend's error type).
pub use kernel_core::codegen::CodegenError;

/// The most elements one tile may hold on the CUDA backend (and its emulator): 2^16. A tile
/// lives in its threads' registers as unrolled per-element code, so NVRTC's time grows
/// faster than the tile: measured on a 2-core machine for a copy kernel (each line: the
/// CI compile check's 16 compiles), 2^12 elements took 14 s, 2^14 69 s, 2^16 more than
/// 300 s, and a 2^20 copy ran for more than 15 minutes and 1.6 GB. Past 2^16 elements a
/// program would also hold more than 512 values per thread at 4 warps: far past the 255
/// registers a thread has.
pub const MAX_TILE_ELEMENTS: u64 = 1 << 16;

/// Dynamic shared memory a block may use on `arch` (the opt-in maximum of the CUDA
/// programming guide's table of compute capabilities): the one table the code generator,
/// the runtime and the emulator read.
pub fn max_shared_bytes(arch: u32) -> u32 {
    match arch {
        75 => 64 * 1024,
        80 | 87 => 163 * 1024,
        86 | 89 | 120 | 121 => 99 * 1024,
        90.. => 227 * 1024,
        _ => 48 * 1024,
    }
}

/// Lowers a specialized kernel (no `Dim::Sym`, no `const_param`) to CUDA C.
///
/// A software pipeline whose stages do not fit beside the rest of its loop's shared memory
/// gets fewer stages, then none: `num_stages` changes speed, never whether a kernel runs.
/// [`CudaSource::stages`] says what was asked for, what was used and why.
// The error of one attempt carries whether it was pipelined: one compile-time error per
// kernel, so its size does not matter.
#[allow(clippy::result_large_err)]
pub fn emit_cuda(kernel: &Kernel, opts: &Options) -> Result<CudaSource, CodegenError> {
    let requested = opts.num_stages;
    let mut shortfall = None;
    // The most stages a loop may have (its own `num_stages` hint included), lowered when the
    // stages chosen do not fit.
    let mut cap = u32::MAX;
    loop {
        let (r, planned) = pipeline::recording(|| emit_once(kernel, opts, cap));
        // The first reason met is the one the requested depth ran into.
        if shortfall.is_none() {
            shortfall = planned.iter().find_map(|p| p.shortfall);
        }
        match r {
            Err((
                CodegenError::TooLarge {
                    backend: "CUDA",
                    memory: "shared memory",
                    needed_bytes,
                    limit_bytes,
                    ..
                },
                true,
            )) if cap > 0 => {
                shortfall.get_or_insert(Shortfall::Kernel {
                    needed_bytes,
                    limit_bytes: limit_bytes.into(),
                });
                let used = planned.iter().map(|p| p.stages).max().unwrap_or(0);
                cap = used.min(cap).saturating_sub(1);
            }
            Ok(mut source) => {
                let loops: Vec<u32> = planned.iter().map(|p| p.stages).collect();
                source.stages = Stages {
                    requested,
                    chosen: loops.iter().copied().min().unwrap_or(0),
                    loops,
                    shortfall,
                };
                return Ok(source);
            }
            Err((e, _)) => return Err(e),
        }
    }
}

/// One attempt of [`emit_cuda`]; an error says whether the kernel had a pipelined loop.
#[allow(clippy::result_large_err)]
fn emit_once(
    kernel: &Kernel,
    opts: &Options,
    stage_cap: u32,
) -> Result<CudaSource, (CodegenError, bool)> {
    if !(1..=32).contains(&opts.num_warps) || !opts.num_warps.is_power_of_two() {
        return Err((
            CodegenError::InvalidIr {
                kernel: kernel.name.clone(),
                message: format!(
                    "num_warps must be a power of two in 1..=32, not {}",
                    opts.num_warps
                ),
            },
            false,
        ));
    }
    let threads = 32 * opts.num_warps;
    let a = analysis::analyze(kernel, opts, threads).map_err(|e| (e, false))?;
    let mut e = Emitter::new(kernel, opts, &a, threads);
    e.stage_cap = stage_cap;
    e.prologue();
    e.block(&kernel.body).map_err(|err| (err, e.pipelined))?;
    let body = std::mem::take(&mut e.out);

    let entry = format!("ox_{}", sanitize(&kernel.name));
    let mut src = String::new();
    src.push_str(&format!(
        "// oxtile kernel `{}`: one block of {threads} threads per program, sm_{}, {}{}.\n",
        kernel.name,
        opts.arch,
        if opts.checked {
            "bounds-checked"
        } else {
            "unchecked"
        },
        if opts.fast_math { ", fast math" } else { "" }
    ));
    src.push_str(math::PRELUDE);
    // `fdiv` calls the fast-math prelude's `ox_div_full` whatever the options.
    if opts.fast_math || body.contains("ox_div_full(") {
        src.push_str(math::FAST_PRELUDE);
    }
    if body.contains("_system(") {
        src.push_str(math::SYSTEM_ATOMICS_PRELUDE);
    }
    if body.contains("ox_ld_evict_") || body.contains("ox_st_evict_") {
        src.push_str(math::EVICT_PRELUDE);
    }
    if e.uses_mma {
        src.push_str(math::MMA_PRELUDE);
    }
    if !e.wgmma_used.is_empty() {
        src.push_str(&wgmma::prelude(&e.wgmma_used));
    }
    src.push('\n');
    let mut params = Vec::with_capacity(kernel.params.len());
    let mut decl = Vec::new();
    for (i, p) in kernel.params.iter().enumerate() {
        match p.ty.elem {
            Elem::Ptr(d) => {
                // Read-only buffers are `const`, so loads may use the read-only data path.
                // A buffer passed to several parameters is not `__restrict__`: the compiler
                // would keep a value loaded through one across a store through another.
                let u = a.usage[i];
                let cst = if u.stored || u.atomic { "" } else { "const " };
                let restrict = if opts.aliased.get(i).copied().unwrap_or(false) {
                    ""
                } else {
                    " __restrict__"
                };
                decl.push(format!(
                    "{cst}{}*{restrict} p{i} /* `{}`: *{d} */",
                    layout::mem_type(d),
                    p.name
                ));
                decl.push(format!("u64 n{i}"));
                params.push(ParamAbi::Buffer {
                    elem_bytes: d.size_bytes() as u32,
                });
            }
            Elem::Scalar(d) => {
                decl.push(format!(
                    "{} s{i} /* `{}`: {d} */",
                    layout::bits_type(d),
                    p.name
                ));
                params.push(ParamAbi::Scalar {
                    bytes: d.size_bytes() as u32,
                });
            }
        }
    }
    decl.push("u32* __restrict__ ox_status".to_string());
    src.push_str(&format!(
        "extern \"C\" __global__ void __launch_bounds__({threads}) {entry}(\n    {})\n{{\n",
        decl.join(",\n    ")
    ));
    src.push_str("    extern __shared__ __align__(16) unsigned char ox_smem[];\n");
    src.push_str("    __shared__ u64 ox_bcast;\n");
    src.push_str("    const int tid = (int)threadIdx.x;\n");
    if opts.checked {
        src.push_str("    bool ox_fail = false; // this thread found an out-of-bounds lane\n");
    }
    src.push_str("    (void)ox_bcast; (void)tid;\n");
    // wgmma's swizzled operands need a 1024-byte aligned window: the body sees `ox_smem`
    // realigned (a no-op where the dynamic shared memory already is; 1024 bytes spare).
    let wg = !e.wgmma_used.is_empty();
    if wg {
        src.push_str(
            "    unsigned char* const ox_smem_al = ox_smem + ((0u - ox_smem_u32(ox_smem)) & 1023u);\n    {\n    unsigned char* const ox_smem = ox_smem_al;\n",
        );
    }
    src.push_str(&body);
    if wg {
        src.push_str("    }\n");
    }
    src.push_str("}\n");

    let shared = e.smem_bytes + if wg { 1024 } else { 0 };
    // The static `ox_bcast` word (and its alignment) comes out of the same budget.
    let limit = opts.shared_limit();
    if shared > limit {
        return Err((
            CodegenError::TooLarge {
                backend: "CUDA",
                memory: "shared memory",
                kernel: kernel.name.clone(),
                op: e.smem_op,
                elems: e.smem_elems,
                needed_bytes: shared,
                limit_bytes: limit as u32,
                at: e.smem_at.clone(),
            },
            e.pipelined,
        ));
    }
    Ok(CudaSource {
        source: src,
        entry,
        params,
        threads,
        shared_bytes: shared as u32,
        messages: e.messages,
        sites: e.sites,
        // Filled in by `emit_cuda`.
        stages: Stages::default(),
    })
}

/// A C identifier made of the kernel name's ASCII alphanumerics and underscores.
fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
