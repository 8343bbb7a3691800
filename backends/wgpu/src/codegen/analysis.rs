//! Facts about a kernel gathered before any WGSL is written: concrete shapes, which buffer
//! each pointer points into, how each buffer is used (and hence its WGSL array type), how
//! often each value is used, and which scalars the WGSL uniformity analysis can see are
//! uniform.
//!
//! It also rejects what the backend cannot express, so that emission never starts on a kernel
//! it would have to abandon halfway: 64-bit dtypes the adapter lacks the features for, atomics
//! on 64-bit buffers without `SHADER_INT64_ATOMIC_ALL_OPS`, unspecialized kernels, `print`,
//! pointers that may point into more than one buffer.

use kernel_core::DType;
use kernel_core::analysis::{MIXED_ORIGINS, pointer_origins};
use kernel_core::ir::{Elem, Kernel, Op, Type};
use kernel_core::text::op_mnemonic;
use kernel_core::verify::operands;

use super::layout::{dims, numel};
use super::memory::Storage;
use super::{Caps, CodegenError};

/// Largest tile handled, in elements: keeps every linear index far from `u32` overflow and
/// per-thread arrays to a size drivers compile.
pub(crate) const MAX_TILE_ELEMS: u64 = 1 << 24;

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

struct Ctx<'k> {
    k: &'k Kernel,
    caps: &'k Caps,
}

impl Ctx<'_> {
    fn unsupported(&self, op: impl Into<String>, why: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported {
            backend: "WGSL",
            kernel: self.k.name.clone(),
            op: op.into(),
            why: why.into(),
        }
    }

    fn invalid(&self, message: impl Into<String>) -> CodegenError {
        CodegenError::InvalidIr {
            kernel: self.k.name.clone(),
            message: message.into(),
        }
    }

    /// Checks that a type is concrete and that the adapter can hold its dtype.
    fn check_type(&self, t: &Type, what: &str, op: &str) -> Result<Vec<u64>, CodegenError> {
        let d = dims(&t.shape).ok_or_else(|| CodegenError::NotSpecialized {
            kernel: self.k.name.clone(),
            what: format!("{what} has type {t}"),
        })?;
        let dtype = match t.elem {
            Elem::Scalar(d) | Elem::Ptr(d) => d,
        };
        if let Some(missing) = missing_feature(dtype, self.caps) {
            return Err(self.unsupported(
                op,
                format!(
                    "{what} has type {t}: the 64-bit type {dtype} needs the adapter feature {missing}, \
                     which this adapter lacks"
                ),
            ));
        }
        if numel(&d) > MAX_TILE_ELEMS {
            return Err(CodegenError::TooLarge {
                backend: "WGSL",
                memory: "workgroup memory",
                kernel: self.k.name.clone(),
                op: op.to_string(),
                elems: numel(&d),
                needed_bytes: numel(&d).saturating_mul(4),
                limit_bytes: (MAX_TILE_ELEMS * 4) as u32,
            });
        }
        Ok(d)
    }
}

/// Analyzes a specialized kernel.
pub(crate) fn analyze(k: &Kernel, caps: &Caps) -> Result<Analysis, CodegenError> {
    let cx = Ctx { k, caps };
    let nv = k.values.len();

    // ---- types ---------------------------------------------------------------------------
    let mut value_dims = vec![Vec::new(); nv];
    for p in &k.params {
        if !p.ty.shape.is_empty() || p.value.index() >= nv {
            return Err(cx.invalid(format!("parameter `{}` is malformed", p.name)));
        }
        cx.check_type(&p.ty, &format!("parameter `{}`", p.name), "parameter")?;
    }
    let mut var_dims = Vec::with_capacity(k.vars.len());
    for (i, t) in k.vars.iter().enumerate() {
        var_dims.push(cx.check_type(t, &format!("variable ${i}"), "var_init")?);
    }
    let mut err = None;
    walk(&k.body, &mut |inst| {
        if err.is_some() {
            return;
        }
        let m = op_mnemonic(&inst.op);
        let r = (|| {
            match &inst.op {
                Op::ConstParam { name, .. } => {
                    return Err(CodegenError::NotSpecialized {
                        kernel: k.name.clone(),
                        what: format!("const generic `{name}` is not substituted"),
                    });
                }
                Op::Print { .. } => {
                    return Err(cx.unsupported(
                        m,
                        "device_print has no host channel in the WGSL backend yet",
                    ));
                }
                _ => {}
            }
            for v in operands(&inst.op) {
                let t = k
                    .values
                    .get(v.index())
                    .ok_or_else(|| cx.invalid(format!("%{} is not a value", v.0)))?;
                cx.check_type(t, &format!("operand %{}", v.0), m)?;
            }
            if let Some(r) = inst.result {
                let t = k
                    .values
                    .get(r.index())
                    .ok_or_else(|| cx.invalid(format!("%{} is not a value", r.0)))?;
                value_dims[r.index()] = cx.check_type(t, &format!("result %{}", r.0), m)?;
            }
            if let Op::For { index, .. } = &inst.op {
                let t = &k.values[index.index()];
                cx.check_type(t, &format!("loop index %{}", index.0), m)?;
            }
            Ok(())
        })();
        if let Err(e) = r {
            err = Some(e);
        }
    });
    if let Some(e) = err {
        return Err(e);
    }

    // ---- pointer origins (shared with every backend) -----------------------------------
    let origin =
        pointer_origins(k).map_err(|inst| cx.unsupported(op_mnemonic(&inst.op), MIXED_ORIGINS))?;

    // ---- uses and buffer usage -----------------------------------------------------------
    let mut uses = vec![0u32; nv];
    #[derive(Default, Clone, Copy)]
    struct Usage {
        loaded: bool,
        stored: bool,
        atomic: bool,
    }
    let mut usage = vec![Usage::default(); k.params.len()];
    let mut err = None;
    walk(&k.body, &mut |inst| {
        for v in operands(&inst.op) {
            uses[v.index()] += 1;
        }
        if let Op::While { cond, .. } = &inst.op {
            uses[cond.index()] += 1;
        }
        let (ptr, kind) = match &inst.op {
            Op::Load { ptr, .. } => (*ptr, 0),
            Op::Store { ptr, .. } => (*ptr, 1),
            Op::Atomic { ptr, .. } | Op::AtomicCas { ptr, .. } => (*ptr, 2),
            _ => return,
        };
        match origin[ptr.index()] {
            Some(p) => {
                let u = &mut usage[p as usize];
                match kind {
                    0 => u.loaded = true,
                    1 => u.stored = true,
                    _ => u.atomic = true,
                }
            }
            None => {
                err = Some(cx.invalid(format!(
                    "{}: pointer %{} does not derive from a buffer parameter",
                    op_mnemonic(&inst.op),
                    ptr.0
                )))
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }

    // ---- parameters ----------------------------------------------------------------------
    let mut params = Vec::with_capacity(k.params.len());
    let mut binding = 2u32;
    let mut uses_f16_arrays = false;
    // A kernel with atomics may pass data between programs through memory (a lock
    // protecting partial sums, as layer norm's backward does). WGSL has no acquire/release,
    // and plain accesses may hit caches that are not coherent across workgroups, so the
    // buffers such a kernel both reads and writes are accessed with (relaxed) atomics too.
    let any_atomic = usage.iter().any(|u| u.atomic);
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
                    return Err(cx.unsupported(op, why));
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
            read: u.loaded || u.atomic,
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
                Op::Unary { .. }
                | Op::Binary { .. }
                | Op::Cmp { .. }
                | Op::Fma { .. }
                | Op::Select { .. }
                | Op::Cast { .. }
                | Op::Bitcast { .. }
                | Op::PtrAdd { .. }
                | Op::Broadcast { .. }
                | Op::Reshape { .. } => operands(&inst.op)
                    .iter()
                    .all(|v| uniform[v.index()] && value_dims[v.index()].is_empty()),
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
