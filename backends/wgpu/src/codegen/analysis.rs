//! Facts about a kernel gathered before any WGSL is written: concrete shapes, which buffer
//! each pointer points into, how each buffer is used (and hence its WGSL array type), how
//! often each value is used, and which scalars the WGSL uniformity analysis can see are
//! uniform.
//!
//! The facts every backend needs (shapes, uses, pointer origins, buffer usage) and the
//! refusals every backend makes (unspecialized kernels, tiles too large, pointers that may
//! point into more than one buffer) come from `kernel_core::codegen::facts`, told which
//! dtypes this adapter refuses. This module adds WGSL's own refusals, so that emission never
//! starts on a kernel it would have to abandon halfway: 64-bit dtypes the adapter lacks the
//! features for, atomics on 64-bit buffers without `SHADER_INT64_ATOMIC_ALL_OPS`, `print`.

use kernel_core::DType;
use kernel_core::codegen::facts::{KernelFacts, Target, facts};
use kernel_core::ir::{Elem, Kernel, Op, Type};

use super::memory::Storage;
use super::{Caps, CodegenError};

/// How a kernel parameter is passed.
#[derive(Clone, Debug)]
pub(crate) struct ParamInfo {
    /// Index of its word in the `params` buffer (the value of a scalar, the length of a
    /// buffer in elements); a 64-bit scalar also takes the next word.
    pub word: u32,
    /// For a buffer: its binding and WGSL array type.
    pub buffer: Option<(u32, Storage)>,
    /// True if some op reads the buffer (loads or atomics).
    pub read: bool,
}

/// What [`analyze`] finds.
pub(crate) struct Analysis {
    /// Concrete shape of every value.
    pub dims: Vec<Vec<u64>>,
    /// Concrete shape of every variable.
    pub var_dims: Vec<Vec<u64>>,
    /// For pointer values: the parameter they point into.
    pub origin: Vec<Option<u32>>,
    /// Number of uses of every value.
    pub uses: Vec<u32>,
    /// True for scalars every thread provably computes identically *as far as WGSL's
    /// uniformity analysis can tell* (constants, program ids, loop indices and what is
    /// computed from them). Parameters are not: they are read from a storage buffer.
    pub uniform: Vec<bool>,
    /// Per parameter.
    pub params: Vec<ParamInfo>,
    /// Words of the `params` buffer.
    pub params_words: u32,
    /// True if some buffer is held as `array<f16>` (the module needs `enable f16;`).
    pub uses_f16_arrays: bool,
    /// Large tiles are held in runs of contiguous elements (see `layout`): where the caps ask
    /// for it, in every kernel but those with atomics, whose serialized lanes must go in
    /// ascending order.
    pub runs: bool,
}

pub(crate) use kernel_core::analysis::walk;

/// Analyzes a specialized kernel.
pub(crate) fn analyze(k: &Kernel, caps: &Caps) -> Result<Analysis, CodegenError> {
    let refuse_dtype = |d: DType| {
        missing_feature(d, caps).map(|missing| {
            format!(
                "the 64-bit type {d} needs the adapter feature {missing}, which this adapter lacks"
            )
        })
    };
    let facts = facts(
        k,
        &Target {
            backend: "WGSL",
            memory: "workgroup memory",
            refuse_dtype: &refuse_dtype,
            aliased: &[],
        },
    )?;
    let any_atomic = facts.any_atomic();
    let KernelFacts {
        dims: value_dims,
        var_dims,
        origin,
        uses,
        usage,
    } = facts;
    let unsupported =
        |op: &'static str, why: String, at: Option<String>| CodegenError::Unsupported {
            backend: "WGSL",
            kernel: k.name.clone(),
            op,
            why,
            at,
        };
    let mut print = None;
    walk(&k.body, &mut |inst| {
        if matches!(inst.op, Op::Print { .. }) {
            print.get_or_insert(inst);
        }
    });
    if let Some(inst) = print {
        return Err(unsupported(
            inst.op.name(),
            "device_print has no host channel in the WGSL backend yet".into(),
            k.source_of(inst),
        ));
    }
    let nv = k.values.len();

    // ---- parameters ----------------------------------------------------------------------
    let mut params = Vec::with_capacity(k.params.len());
    let mut binding = 2u32;
    let mut uses_f16_arrays = false;
    // A kernel with atomics may pass data between programs through memory (a lock
    // protecting partial sums, as layer norm's backward does). WGSL has no acquire/release,
    // and plain accesses may hit caches that are not coherent across workgroups, so the
    // buffers such a kernel both reads and writes are accessed with (relaxed) atomics too.
    let mut word = 0u32;
    for (i, p) in k.params.iter().enumerate() {
        let u = usage[i];
        let buffer = match p.ty.elem {
            Elem::Ptr(d) => {
                let shared = u.atomic || (any_atomic && u.loaded && u.stored);
                if shared && d.bits() == 64 && !caps.int64_atomics {
                    let why = if u.atomic {
                        format!(
                            "atomics on a buffer of {d} (`{}`): 64-bit atomics need the \
                             adapter feature SHADER_INT64_ATOMIC_ALL_OPS, which this adapter \
                             lacks",
                            p.name
                        )
                    } else {
                        format!(
                            "a kernel with atomics that both loads and stores a buffer of {d} \
                             (`{}`): such buffers are accessed atomically, and 64-bit atomics \
                             need the adapter feature SHADER_INT64_ATOMIC_ALL_OPS, which this \
                             adapter lacks",
                            p.name
                        )
                    };
                    let op = if u.atomic { "atomic" } else { "store" };
                    return Err(unsupported(op, why, None));
                }
                let s = Storage::choose(d, u.stored, shared, caps.shader_f16);
                uses_f16_arrays |= s == Storage::F16;
                binding += 1;
                Some((binding - 1, s))
            }
            Elem::Scalar(_) => None,
        };
        params.push(ParamInfo {
            word,
            buffer,
            read: u.read(),
        });
        word += match p.ty.elem {
            Elem::Scalar(d) if d.bits() == 64 => 2,
            _ => 1,
        };
    }

    // ---- uniform scalars -------------------------------------------------------------------
    let mut uniform = vec![false; nv];
    let mut var_uniform = vec![true; k.vars.len()];
    loop {
        let mut changed = false;
        walk(&k.body, &mut |inst| {
            if let Op::VarInit { var, init: value } | Op::VarStore { var, value } = &inst.op {
                if var_uniform[var.index()] && !uniform[value.index()] {
                    var_uniform[var.index()] = false;
                    changed = true;
                }
                return;
            }
            if let Op::For { index, .. } = &inst.op {
                // Loop bounds are made uniform before the loop starts (see `emit`).
                if !uniform[index.index()] {
                    uniform[index.index()] = true;
                    changed = true;
                }
            }
            let Some(r) = inst.result else { return };
            if !value_dims[r.index()].is_empty() {
                return;
            }
            let u = match &inst.op {
                Op::Const { .. } | Op::ProgramId { .. } | Op::NumPrograms { .. } => true,
                // Scalar atomics run once and broadcast their result through
                // workgroupUniformLoad.
                Op::Atomic { .. } | Op::AtomicCas { .. } => true,
                Op::VarLoad { var } => var_uniform[var.index()],
                op if op.is_elementwise()
                    || matches!(op, Op::Broadcast { .. } | Op::Reshape { .. }) =>
                {
                    inst.op
                        .operands()
                        .iter()
                        .all(|v| uniform[v.index()] && value_dims[v.index()].is_empty())
                }
                _ => false,
            };
            if u != uniform[r.index()] {
                uniform[r.index()] = u;
                changed = true;
            }
        });
        if !changed {
            break;
        }
    }

    Ok(Analysis {
        dims: value_dims,
        var_dims,
        origin,
        uses,
        uniform,
        params,
        params_words: word,
        uses_f16_arrays,
        runs: caps.runs && !any_atomic,
    })
}

/// The adapter feature a dtype needs and `caps` lack, if any: `SHADER_INT64` for i64 and u64;
/// `SHADER_F64` and `SHADER_INT64` for f64 (its bits move as `u64`).
pub(crate) fn missing_feature(d: DType, caps: &Caps) -> Option<&'static str> {
    match d {
        DType::I64 | DType::U64 if !caps.int64 => Some("SHADER_INT64"),
        DType::F64 if !caps.float64 => Some("SHADER_F64"),
        DType::F64 if !caps.int64 => Some("SHADER_INT64"),
        _ => None,
    }
}

/// The pointee dtype of a pointer type (callers pass pointers).
pub(crate) fn pointee(t: &Type) -> DType {
    t.pointee().unwrap_or(DType::U8)
}
