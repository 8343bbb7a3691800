//! WGSL code generation: a specialized tile-IR [`Kernel`] becomes one WGSL compute shader.
//!
//! # The shader's interface
//! - `@group(0) @binding(0) var<storage, read> params: array<u32>`: one word per kernel
//!   parameter, in order ([`ParamBinding`]): a scalar's bits (two words, low then high, for a
//!   64-bit scalar), or a buffer's length in elements.
//! - `@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>`: all
//!   zero before the dispatch; the first error of the launch writes its code to `status[0]`
//!   and its details to the other words (see [`status`]).
//! - `@group(0) @binding(2..)`: one read-write storage buffer per `Ptr` parameter, in order.
//! - Entry point `main`, `@workgroup_size(T)` with `T` = [`Caps::workgroup_size`]; one
//!   workgroup per program: `program_id(a)` is `workgroup_id.a`.
//!
//! Every binding is statically used by `main`, so a pipeline layout derived from the shader
//! contains all of them.
//!
//! # Execution model
//! See `layout` (how tiles are spread over threads), `exchange` (ops that move elements
//! between threads), `reduce` (reductions: registers, subgroups, workgroup memory), `access`
//! and `memory` (buffers, bounds checks, atomics), `emit`
//! (uniform control flow) and `math` (the helper functions that pin down what WGSL leaves
//! implementation-defined).
//!
//! # Fidelity to the interpreter
//! Results match the interpreter bit for bit (integer wrapping, division by zero, shifts,
//! NaN-ignoring min/max, saturating casts, f16/bf16/fp8 rounding, `fmod`, `fma` (emulated in
//! integer arithmetic, since Vulkan's `fma` need not be fused), scans in ascending order,
//! integer, min/max and bitwise reductions, argmax/argmin, Philox) except where noted:
//! - Float sums and products along more than 32 elements combine as a tree (per-thread
//!   partial folds, subgroup shuffles, workgroup memory), so they differ from the
//!   interpreter's sequential fold within rounding; shorter ones fold sequentially, exactly.
//! - Math functions: `log`, `log2`, `sin`, `cos` (for |x| < 200), `tanh` and `pow` are this
//!   module's own, within 1-3 ulps; `exp`, `exp2`, `sqrt` and float division are the
//!   device's. `randn` uses the own `log`/`cos`, so it can differ from the host's libm by an
//!   ulp.
//! - `dot` uses the device's `fma` per k (exact where it is fused, as on GPUs; lavapipe
//!   rounds twice).
//! - Two lanes of one `store` writing the same address leave either value (the interpreter:
//!   the highest lane's). Atomics do apply their lanes in row-major order.
//! - Programs run concurrently, so they see each other's writes in no particular order;
//!   buffers a kernel with atomics both reads and writes are accessed atomically, so that
//!   lock-protected exchanges between programs (layer norm's backward) see fresh data.
//!
//! # 64-bit dtypes
//! i64 and u64 need the adapter feature `SHADER_INT64` ([`Caps::int64`]); f64 needs
//! `SHADER_F64` and `SHADER_INT64` ([`Caps::float64`]). Without them, a kernel using the type
//! is refused at specialization, the error naming the op and the missing feature. With them,
//! 64-bit values are WGSL's `i64`/`u64`/`f64`: loads, stores (`array<i64>`... buffers,
//! per-lane accesses), scalar parameters (two `params` words), constants, every integer op
//! (wrapping, division by zero = 0, `MIN / -1 = MIN`, shifts modulo 64), comparisons,
//! `select`, variables and loops, casts and bitcasts to and from every dtype (saturating,
//! NaN → 0, rounded once), pointer offsets, Philox seeds and offsets; on f64 `+ - * /`,
//! `min`/`max`, `neg`, `abs`, `floor`, `ceil`, `sqrt` (the device's, correctly rounded on
//! lavapipe), `rsqrt`, and this module's own `exp`, `exp2` and `sigmoid` (within a few ulps),
//! `log`, `log2`, `sin`, `cos`, `tanh`, `erf`, `pow` (ports of fdlibm: GLSL.std.450 has them
//! in 32 bits only), `asin`, `acos`, `atan`, `atan2`, `sinh`, `cosh`, `asinh`, `acosh`,
//! `atanh`, `log1p`, `expm1`, `erfc` (fdlibm's too) and `cbrt` (CORE-MATH's; see `libm64`),
//! `rem` and `fma` (exact, in integer arithmetic; see `math64`);
//! broadcasts that stretch, permutes, reductions, argmax/argmin and scans, which move each
//! 64-bit value between threads as two `u32` words (workgroup memory and subgroup shuffles
//! hold 32-bit words); atomics on 64-bit buffers where the adapter also has
//! `SHADER_INT64_ATOMIC_ALL_OPS` ([`Caps::int64_atomics`]).
//! Refused with [`CodegenError::Unsupported`]: f64 `dot`, and atomics on 64-bit buffers
//! without `SHADER_INT64_ATOMIC_ALL_OPS`.
//!
//! # What is not supported
//! `device_print`, pointers that may point into more than one buffer, and the 64-bit cases
//! above give [`CodegenError::Unsupported`]; reductions along an axis, scans and `dot` needing
//! more workgroup memory than the device has give [`CodegenError::TooLarge`] (gathers go
//! through it in chunks, see `exchange`). f16 does not need `SHADER_F16`: without it, f16
//! buffers are packed into `u32` words like bf16.

mod access;
mod analysis;
mod dot;
mod emit;
mod exchange;
// Reductions and scans with a combine function of the user's (`reduce_with`, `scan_with`).
mod fold;
mod layout;
mod libm32;
mod libm64;
mod math;
mod math64;
mod memory;
mod ops;
mod reduce;
#[cfg(test)]
mod snapshots;
#[cfg(test)]
mod tests;

use kernel_core::ir::{Elem, Kernel};

use self::emit::Emitter;
use self::math::Helper;

/// What the adapter offers, decided by the runtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caps {
    /// The adapter has `SHADER_F16`: f16 buffers are then `array<f16>` (faster stores than
    /// the packed words used otherwise).
    pub shader_f16: bool,
    /// Threads per workgroup (one workgroup runs one program), e.g. 64.
    pub workgroup_size: u32,
    /// The device's `max_compute_workgroup_storage_size` (16384 by default in WebGPU).
    pub max_workgroup_storage_bytes: u32,
    /// The adapter has `SUBGROUP` (Vulkan subgroup operations, Metal SIMD-groups, DX12 wave
    /// intrinsics): reductions then combine a subgroup's partial results with
    /// `subgroupShuffleXor` instead of through workgroup memory.
    pub subgroups: bool,
    /// Large tiles are held in runs of 4 contiguous elements per thread, accessed as one
    /// 16-byte vector where the pointers allow (see `layout`). Right for GPUs; CPU adapters
    /// (lavapipe), which vectorize across threads instead, run faster without.
    pub runs: bool,
    /// The adapter has `SHADER_INT64`: i64 and u64 values and buffers are WGSL's `i64` and
    /// `u64`. Without it, kernels using them are refused.
    pub int64: bool,
    /// The adapter has `SHADER_F64`: f64 values and buffers are WGSL's `f64`. f64 also needs
    /// [`Caps::int64`] (its bits move as `u64`). Without them, kernels using f64 are refused.
    pub float64: bool,
    /// The adapter has `SHADER_INT64_ATOMIC_ALL_OPS` (Vulkan's `VK_KHR_shader_atomic_int64`):
    /// buffers of i64, u64 and f64 that atomics target are `array<atomic<i64|u64>>`. Without
    /// it, kernels with such atomics are refused, the error naming the feature.
    pub int64_atomics: bool,
    /// The adapter runs on the CPU (Mesa's lavapipe): slot loops of 8 slots and more get
    /// bounds its compiler cannot see through, so it does not unroll them (see
    /// `Emitter::slot_loop`).
    pub cpu: bool,
}

impl Default for Caps {
    /// WebGPU's guaranteed limits, no f16, no subgroups, no runs, no 64-bit types or
    /// atomics, 64 threads.
    fn default() -> Caps {
        Caps {
            shader_f16: false,
            workgroup_size: 64,
            max_workgroup_storage_bytes: 16384,
            subgroups: false,
            runs: false,
            int64: false,
            float64: false,
            int64_atomics: false,
            cpu: false,
        }
    }
}

/// A generated shader and how to bind its arguments.
#[derive(Clone, Debug)]
pub struct Shader {
    /// The WGSL module; its entry point is `main`.
    pub source: String,
    /// One per kernel parameter, in order.
    pub params: Vec<ParamBinding>,
    /// Number of `u32` words in the `params` buffer (at least 1): one per parameter, two per
    /// 64-bit scalar.
    pub params_words: u32,
    /// `device_assert` messages, indexed by the id in `status[1]`.
    pub messages: Vec<String>,
    /// Source locations of the ops that may fail, indexed by `status[8] - 1` (see
    /// `kernel_core::runtime::status`).
    pub sites: Vec<String>,
}

/// How one kernel parameter is passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamBinding {
    /// A `Ptr<T>` parameter: its buffer is bound at `@binding(binding)` of `@group(0)` as a
    /// read-write storage buffer of raw bytes (the host rounds sizes up to a multiple of 16
    /// bytes, so arrays of `vec4` cover every element, and never binds an empty buffer); its
    /// length in elements is at `params[len_word]`.
    Buffer {
        /// The binding number (2 and up).
        binding: u32,
        /// Index of the length word in `params`.
        len_word: u32,
    },
    /// A scalar parameter: its value is `params[word]` (f32/i32/u32 bits; bool 0/1; f16/bf16
    /// bits in the low 16 bits; fp8 bits in the low 8 bits; i8/i16 sign-extended to 32 bits;
    /// u8/u16 zero-extended); an i64/u64/f64 takes two words, the low 32 bits of its bit
    /// pattern at `params[word]` and the high 32 at `params[word + 1]`.
    Scalar {
        /// Index of the word in `params`.
        word: u32,
    },
}

/// The status protocol, every GPU backend's: what the shader writes to the `status` buffer
/// when a program fails.
pub use kernel_core::runtime::status;

/// Why a kernel could not be lowered (every backend's error type).
pub use kernel_core::codegen::CodegenError;

/// Lowers a specialized kernel (no `Dim::Sym`, no `const_param`) to a WGSL shader.
pub fn emit_wgsl(kernel: &Kernel, caps: &Caps) -> Result<Shader, CodegenError> {
    if caps.workgroup_size == 0 {
        return Err(CodegenError::InvalidIr {
            kernel: kernel.name.clone(),
            message: "workgroup size 0".into(),
        });
    }
    let a = analysis::analyze(kernel, caps)?;
    let mut e = Emitter::new(kernel, caps, &a);
    e.prologue();
    e.block(&kernel.body)?;
    e.loop_probe();
    let body = std::mem::take(&mut e.out);

    let mut src = String::new();
    if a.uses_f16_arrays {
        src.push_str("enable f16;\n\n");
    }
    src.push_str(&format!(
        "// oxtile kernel `{}`: one workgroup of {} threads per program.\n\n",
        kernel.name, caps.workgroup_size
    ));
    src.push_str("@group(0) @binding(0) var<storage, read> params: array<u32>;\n");
    src.push_str(
        "@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;\n",
    );
    let mut bindings = Vec::with_capacity(kernel.params.len());
    let mut used = String::new();
    for (i, (p, info)) in kernel.params.iter().zip(&a.params).enumerate() {
        match (p.ty.elem, info.buffer) {
            (Elem::Ptr(d), Some((binding, storage))) => {
                src.push_str(&format!(
                    "@group(0) @binding({binding}) var<storage, read_write> b{i}: array<{}>; // `{}`: *{d}\n",
                    storage.wgsl_elem(),
                    p.name
                ));
                used.push_str(&format!("    _ = arrayLength(&b{i});\n"));
                bindings.push(ParamBinding::Buffer {
                    binding,
                    len_word: info.word,
                });
            }
            _ => bindings.push(ParamBinding::Scalar { word: info.word }),
        }
    }
    src.push('\n');
    if e.scratch_words > 0 {
        src.push_str(&format!(
            "var<workgroup> ox_scratch: array<u32, {}>;\n",
            e.scratch_words
        ));
    }
    if e.part_words > 0 {
        for h in 0..2 {
            src.push_str(&format!(
                "var<workgroup> ox_part{h}: array<u32, {}>;\n",
                e.part_words
            ));
        }
    }
    if e.h.uses(Helper::AnyBad) {
        src.push_str("var<workgroup> ox_wg_bad: atomic<u32>;\n");
    }
    if e.h.uses(Helper::Uniform) {
        src.push_str("var<workgroup> ox_wg_u: u32;\n");
    }
    src.push('\n');
    src.push_str(&e.h.source());
    // The subgroup builtins only where used: they need the adapter's `SUBGROUP` feature.
    let subgroup_builtins = if e.uses_subgroups {
        ", @builtin(subgroup_invocation_id) sg_lane: u32, @builtin(subgroup_size) sg_size: u32, \
         @builtin(subgroup_id) sg_id: u32, @builtin(num_subgroups) sg_count: u32"
    } else {
        ""
    };
    src.push_str(&format!(
        "@compute @workgroup_size({})\n\
         fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, \
         @builtin(local_invocation_index) tid: u32{subgroup_builtins}) {{\n",
        caps.workgroup_size
    ));
    src.push_str(
        "    // Every binding is statically used, so a derived pipeline layout has them all.\n",
    );
    src.push_str("    _ = arrayLength(&params);\n");
    src.push_str("    _ = atomicLoad(&status[0]);\n");
    src.push_str(&used);
    src.push_str(&body);
    src.push_str("}\n");

    Ok(Shader {
        source: src,
        params: bindings,
        params_words: a.params_words.max(1),
        messages: e.messages,
        sites: e.sites,
    })
}
