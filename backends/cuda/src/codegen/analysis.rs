//! Facts about a kernel gathered before any C is written: concrete shapes, which buffer each
//! pointer points into, how each buffer is used, which tiles are *lazy*, and the affine facts
//! that let loads and stores use vector accesses.
//!
//! # Lazy tiles
//! A tile computed only from `arange`, scalars and cheap non-float elementwise ops, through
//! any broadcasts, `expand_dims`, reshapes and permutes (index grids, masks, pointer grids:
//! `a + rows[:, None] * stride + cols[None, :]`) is never stored in registers: every consumer
//! evaluates it from the element's multi-index. This makes the broadcasts that build such grids
//! free (no exchange through shared memory), and it exposes the pointer arithmetic to the
//! vectorizer.
//!
//! # Affine facts
//! For lazy integer and pointer tiles, [`Affine`] records how the value depends on the index
//! `j` of the last dimension: `value = base + coef * j`, where `coef` is a known constant or a
//! scalar of the kernel (`stride_ak`, tested at run time), and `base` is known to be a
//! multiple of `div`. A load or store through a pointer with `coef == 1` whose `base` is a
//! multiple of the run length reads each thread's run with one vector access.
//!
//! A remainder `(base + j) % n`, with `base` and `n` multiples of a power of two `g`, is
//! affine only *blockwise*: within each aligned block of `g` consecutive `j` it goes up by
//! 1 and starts at a multiple of `g`, provided `base + j >= 0` and `n != 0` (C's `%`
//! truncates, and `x % 0` is 0 here). [`Affine::block`] records `g` and [`Affine::guard`]
//! the `rem` whose conditions the access tests at run time; runs longer than a block read
//! one vector per block. This is Triton's contiguity analysis of `%` for its tutorials'
//! wrapped offsets.
//!
//! The facts every backend needs (concrete shapes, uses, pointer origins, buffer usage) and
//! the refusals every backend makes (unspecialized kernels, tiles too large, pointers that
//! may point into more than one buffer) come from `kernel_core::codegen::facts`; this module
//! adds CUDA's own.

use kernel_core::DType;
use kernel_core::codegen::facts::{BufferUsage, KernelFacts, Target, facts};
use kernel_core::ir::{BinaryOp, ConstValue, Elem, Kernel, Op, Type, ValueId};

use super::{CodegenError, Options};

/// Largest divisibility tracked (in elements).
const MAX_DIV: u64 = 1 << 12;

/// The coefficient of the last-dimension index in an affine value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Coef {
    /// A known constant.
    Const(i64),
    /// The value of a scalar (uniform) IR value, known only at run time.
    Scalar(ValueId),
    /// Not affine in the last index (or not known to be).
    Unknown,
}

/// `value = base + coef * j` with `base` a multiple of `div`, or the same within each aligned
/// block of `block` consecutive `j` (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Affine {
    /// Coefficient of the last index.
    pub coef: Coef,
    /// A power of two dividing `base`, or, for a blockwise value, the value at every block
    /// start (1 when nothing is known).
    pub div: u64,
    /// The affine form holds within each block of this many consecutive last-dim indices
    /// starting at a multiple of it (`u64::MAX`: along the whole dimension).
    pub block: u64,
    /// A `rem` (`x % n`) the blockwise form depends on: it holds only where `x >= 0` and
    /// `n != 0`, tested at run time by the access (see [`Emitter::rem_guard`]).
    ///
    /// [`Emitter::rem_guard`]: super::emit::Emitter::rem_guard
    pub guard: Option<ValueId>,
}

impl Affine {
    const UNKNOWN: Affine = Affine {
        coef: Coef::Unknown,
        div: 1,
        block: u64::MAX,
        guard: None,
    };

    /// `base + coef * j` along the whole last dimension, `base` a multiple of `div`.
    fn global(coef: Coef, div: u64) -> Affine {
        Affine {
            coef,
            div,
            block: u64::MAX,
            guard: None,
        }
    }
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
    /// Tiles evaluated from their indices by each consumer (see the module docs).
    pub lazy: Vec<bool>,
    /// Affine facts of integer and pointer values.
    pub affine: Vec<Affine>,
    /// Per parameter: how a buffer is used.
    pub usage: Vec<BufferUsage>,
    /// Buffers that programs may use to pass data to each other (the kernel has atomics and
    /// the buffer is both read and written): read with `volatile` loads (not cached in L1),
    /// and writes are fenced before atomics.
    pub coherent: Vec<bool>,
    /// The kernel has atomics and coherent buffers: fence around atomics.
    pub fences: bool,
    /// Longest run of contiguous elements per thread (see `layout`).
    pub vmax: u64,
    /// Values whose NaNs must keep their bits (`kernel_core::analysis::exact_nans`): only
    /// their f16 conversions pay for a NaN test.
    pub nan_exact: Vec<bool>,
}

pub(crate) use kernel_core::analysis::walk;

/// The largest power of two dividing `i` (capped; 0 is divisible by everything).
fn pow2_div(i: i128) -> u64 {
    if i == 0 {
        MAX_DIV
    } else {
        (1u64 << i.trailing_zeros().min(12)).min(MAX_DIV)
    }
}

/// Gathers the facts; fails on kernels the backend cannot lower.
pub(crate) fn analyze(k: &Kernel, opts: &Options, threads: u32) -> Result<Analysis, CodegenError> {
    let _ = threads;
    let facts = facts(
        k,
        &Target {
            backend: "CUDA",
            memory: "shared memory",
            refuse_dtype: &|_| None,
            aliased: &opts.aliased,
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
    let nv = k.values.len();
    let coherent: Vec<bool> = usage
        .iter()
        .map(|u| any_atomic && u.loaded && (u.stored || u.atomic))
        .collect();
    let fences = coherent.iter().any(|&c| c);

    // ---- run length: 16 bytes of the narrowest dtype moved, at most 8 elements ------------
    let mut min_bytes = 16u64;
    for (i, p) in k.params.iter().enumerate() {
        if let Elem::Ptr(d) = p.ty.elem {
            let u = usage[i];
            if u.loaded || u.stored {
                min_bytes = min_bytes.min(d.size_bytes() as u64);
            }
        }
    }
    let vmax = (16 / min_bytes).clamp(1, 8);

    // ---- lazy tiles and affine facts (program order: operands come first) ---------------------
    let mut lazy = vec![false; nv];
    let mut affine = vec![Affine::UNKNOWN; nv];
    let aligned = |i: usize| opts.aligned16.get(i).copied().unwrap_or(false);
    let one = |i: usize| opts.ones.get(i).copied().unwrap_or(false);
    for (i, p) in k.params.iter().enumerate() {
        affine[p.value.index()] = match p.ty.elem {
            Elem::Scalar(d) if d.is_int() && one(i) => Affine::global(Coef::Const(0), 1),
            Elem::Ptr(d) if aligned(i) => {
                Affine::global(Coef::Const(0), (16 / d.size_bytes() as u64).max(1))
            }
            Elem::Scalar(d) if d.is_int() && aligned(i) => Affine::global(Coef::Const(0), 16),
            _ => Affine::global(Coef::Const(0), 1),
        };
    }
    let non_float = |v: ValueId| match k.values[v.index()].elem {
        Elem::Ptr(_) => true,
        Elem::Scalar(d) => !d.is_float(),
    };
    // Integer parameters specialized as equal to 1 are the constant 1 to the rules below.
    let ones: Vec<(ValueId, Op)> = k
        .params
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match p.ty.elem {
            Elem::Scalar(d) if d.is_int() && one(i) => Some((
                p.value,
                Op::Const {
                    value: ConstValue::Int(1),
                    dtype: d,
                },
            )),
            _ => None,
        })
        .collect();
    let mut defs: Vec<Option<&Op>> = kernel_core::analysis::defs(k)
        .into_iter()
        .map(|inst| inst.map(|i| &i.op))
        .collect();
    for (v, op) in &ones {
        defs[v.index()] = Some(op);
    }
    let defs = &defs;
    walk(&k.body, &mut |inst| {
        if let Op::For {
            index, start, step, ..
        } = &inst.op
        {
            // Every value of the index is start + i * step.
            affine[index.index()] = Affine::global(
                Coef::Const(0),
                affine[start.index()].div.min(affine[step.index()].div),
            );
        }
        let Some(r) = inst.result else { return };
        let scalar = |v: ValueId| value_dims[v.index()].is_empty();
        let tile_ok = |v: ValueId| scalar(v) || lazy[v.index()];
        let rd = &value_dims[r.index()];
        if !rd.is_empty() {
            lazy[r.index()] = match &inst.op {
                Op::Arange { .. } => true,
                Op::Broadcast { value, .. }
                | Op::ExpandDims { value, .. }
                | Op::Reshape { value, .. }
                | Op::Permute { value, .. }
                | Op::Hint { value, .. } => tile_ok(*value),
                // `fma` is float-only, so never lazy.
                op if op.is_elementwise() => {
                    let ops = inst.op.operands();
                    non_float(r)
                        && ops.iter().all(|v| tile_ok(*v) && non_float(*v))
                        && ops.iter().any(|v| !scalar(*v))
                }
                _ => false,
            };
        }
        // Affine facts (scalars: coef 0 and a divisor; lazy tiles: both).
        let af = |v: ValueId| affine[v.index()];
        let last_kept = |src: ValueId| -> bool {
            // Whether the operand's last dim is the result's last dim (not stretched).
            let sd = &value_dims[src.index()];
            match (sd.last(), rd.last()) {
                (Some(a), Some(b)) => a == b && *a != 1,
                _ => false,
            }
        };
        let a = match &inst.op {
            Op::Const {
                value: ConstValue::Int(i),
                ..
            } => Affine::global(Coef::Const(0), pow2_div(*i)),
            Op::Arange { .. } => Affine::global(Coef::Const(1), MAX_DIV),
            Op::Broadcast { value, .. } | Op::ExpandDims { value, .. } => {
                let s = af(*value);
                let src_last_one = value_dims[value.index()].last().is_none_or(|&d| d == 1);
                if src_last_one {
                    // The operand's last index is always 0: the value is its base.
                    Affine::global(Coef::Const(0), s.div)
                } else if !last_kept(*value) {
                    // A new last dim of extent 1 (expand_dims at the end).
                    let div = if s.coef == Coef::Const(0) { s.div } else { 1 };
                    Affine::global(Coef::Const(0), div)
                } else {
                    s
                }
            }
            Op::Reshape { value, .. } | Op::Permute { value, .. } => {
                let s = af(*value);
                if s.coef == Coef::Const(0) {
                    s
                } else if matches!(inst.op, Op::Reshape { .. }) && last_kept(*value) {
                    // Same last extent: the split of the other dims changes, the last stays.
                    s
                } else if let Op::Permute { perm, .. } = &inst.op
                    && perm.last().copied() == Some(perm.len() as u32 - 1)
                {
                    s
                } else {
                    Affine::UNKNOWN
                }
            }
            Op::PtrAdd { ptr, offset } => add(af(*ptr), af(*offset)),
            // The user's facts, checked in checked mode by the front end: run starts (every
            // element, for a scalar) divisible by `multiple_of`, aligned runs of
            // `max_contiguous` counting up by one.
            Op::Hint {
                value,
                multiple_of,
                max_contiguous,
            } => {
                let mut s = af(*value);
                let fact = |d: &kernel_core::ir::Dim| i128::from(d.as_const().unwrap_or(1));
                let c = pow2_div(fact(max_contiguous)).min(MAX_DIV);
                if c > 1 && s.coef == Coef::Unknown {
                    s = Affine {
                        coef: Coef::Const(1),
                        div: 1,
                        block: c,
                        guard: None,
                    };
                }
                let n = pow2_div(fact(multiple_of)).min(MAX_DIV);
                s.div = s.div.max(n).min(s.block);
                s
            }
            Op::Cast { value, to } if to.is_int() => {
                // Widening (or same-width) integer casts keep the facts.
                let from = k.values[value.index()].dtype();
                match from {
                    Some(f) if f.is_int() && f.bits() <= to.bits() => af(*value),
                    _ => Affine::UNKNOWN,
                }
            }
            Op::Binary { op, lhs, rhs } if non_float(r) => {
                let (x, y) = (af(*lhs), af(*rhs));
                match op {
                    BinaryOp::Add => add(x, y),
                    BinaryOp::Sub => {
                        let coef = match (x.coef, y.coef) {
                            (c, Coef::Const(0)) => c,
                            (Coef::Const(a), Coef::Const(b)) => Coef::Const(a - b),
                            _ => Coef::Unknown,
                        };
                        combine(x, y, coef)
                    }
                    BinaryOp::Rem
                        if x.coef == Coef::Const(1)
                            && x.guard.is_none()
                            && y.coef == Coef::Const(0)
                            && x.div.min(y.div).min(x.block) >= 2 =>
                    {
                        // `x % n` with `x = base + j` and `n` (constant along the last dim)
                        // multiples of g: an aligned block of g consecutive `x` never
                        // straddles a multiple of `n`, so the remainder goes up by 1 within it
                        // and is a multiple of g at its start, where `x >= 0` and `n != 0`
                        // (C's `%` truncates: a negative block wraps at its first element, and
                        // `x % 0` is 0 here). Triton's `(pid * B + arange(0, B)) % N` offsets.
                        let g = x.div.min(y.div).min(x.block);
                        Affine {
                            coef: Coef::Const(1),
                            div: g,
                            block: g,
                            guard: Some(r),
                        }
                    }
                    BinaryOp::Mul => mul(x, y, *lhs, *rhs, defs, k),
                    BinaryOp::Shl => match const_of(defs, *rhs) {
                        Some(s) if (0..12).contains(&s) => mul(
                            x,
                            Affine::global(Coef::Const(0), 1 << s),
                            *lhs,
                            *rhs,
                            defs,
                            k,
                        ),
                        _ => Affine::UNKNOWN,
                    },
                    _ => {
                        if x.coef == Coef::Const(0) && y.coef == Coef::Const(0) {
                            Affine::global(Coef::Const(0), 1)
                        } else {
                            Affine::UNKNOWN
                        }
                    }
                }
            }
            _ => {
                if rd.is_empty() {
                    Affine::global(Coef::Const(0), 1)
                } else {
                    Affine::UNKNOWN
                }
            }
        };
        affine[r.index()] = a;
    });

    Ok(Analysis {
        dims: value_dims,
        var_dims,
        origin,
        uses,
        lazy,
        affine,
        usage,
        coherent,
        fences,
        vmax,
        nan_exact: kernel_core::analysis::exact_nans(k),
    })
}

/// The defining op of every value (`None` for parameters and loop indices).
type Defs<'a> = [Option<&'a Op>];

/// The value of an integer constant (through scalar broadcasts), if it is one.
fn const_of(defs: &Defs<'_>, v: ValueId) -> Option<i128> {
    match defs.get(v.index()).copied().flatten()? {
        Op::Const {
            value: ConstValue::Int(i),
            ..
        } => Some(*i),
        Op::Broadcast { value, .. } | Op::ExpandDims { value, .. } => const_of(defs, *value),
        _ => None,
    }
}

fn add(x: Affine, y: Affine) -> Affine {
    let coef = match (x.coef, y.coef) {
        (c, Coef::Const(0)) | (Coef::Const(0), c) => c,
        (Coef::Const(a), Coef::Const(b)) => Coef::Const(a + b),
        _ => Coef::Unknown,
    };
    combine(x, y, coef)
}

/// The facts of a sum or difference of `x` and `y` whose coefficient is `coef`: blockwise
/// when either is, in the smaller block, where the value at a block start is a multiple of
/// both operands' there (an operand affine along the whole dimension, at a multiple of the
/// block, is a multiple of its `div` and of the block). At most one `rem` guard; a blockwise
/// value constant within its blocks is not constant along the dimension, so it is unknown
/// (a coefficient 0 means "the same for every `j`" to the other rules).
fn combine(x: Affine, y: Affine, coef: Coef) -> Affine {
    let block = x.block.min(y.block);
    let guard = match (x.guard, y.guard) {
        (Some(a), Some(b)) if a != b => return Affine::UNKNOWN,
        (a, b) => a.or(b),
    };
    if block != u64::MAX && (coef == Coef::Const(0) || coef == Coef::Unknown) {
        return Affine::UNKNOWN;
    }
    Affine {
        coef,
        div: x.div.min(y.div).min(block),
        block,
        guard,
    }
}

fn mul(x: Affine, y: Affine, lhs: ValueId, rhs: ValueId, defs: &Defs<'_>, k: &Kernel) -> Affine {
    let div = x.div.saturating_mul(y.div).min(MAX_DIV);
    let scale = |c: Coef, other: ValueId, other_af: Affine| -> Coef {
        // `c * other`, where `other` is constant along the last dim.
        if other_af.coef != Coef::Const(0) {
            return Coef::Unknown;
        }
        match (c, const_of(defs, other)) {
            (Coef::Const(0), _) => Coef::Const(0),
            (Coef::Const(a), Some(b)) => Coef::Const(a.saturating_mul(b as i64)),
            (Coef::Const(1), None) => match scalar_source(defs, k, other) {
                Some(s) => Coef::Scalar(s),
                None => Coef::Unknown,
            },
            _ => Coef::Unknown,
        }
    };
    // The operand varying along the last dim (if any) brings its block and guard: scaling a
    // blockwise value scales it within each block.
    let (coef, varying) = if y.coef == Coef::Const(0) {
        (scale(x.coef, rhs, y), x)
    } else if x.coef == Coef::Const(0) {
        (scale(y.coef, lhs, x), y)
    } else {
        (Coef::Unknown, Affine::UNKNOWN)
    };
    if varying.block != u64::MAX && matches!(coef, Coef::Const(0) | Coef::Unknown) {
        return Affine::UNKNOWN;
    }
    Affine {
        coef,
        div,
        block: varying.block,
        guard: varying.guard,
    }
}

/// The scalar a tile is a broadcast of (through broadcasts and `expand_dims`), or the value
/// itself when it is a scalar.
fn scalar_source(defs: &Defs<'_>, k: &Kernel, v: ValueId) -> Option<ValueId> {
    if k.values[v.index()].shape.is_empty() {
        return Some(v);
    }
    match defs.get(v.index()).copied().flatten()? {
        Op::Broadcast { value, .. } | Op::ExpandDims { value, .. } => {
            scalar_source(defs, k, *value)
        }
        _ => None,
    }
}

/// The pointee dtype of a pointer type (callers pass pointers).
pub(crate) fn pointee(t: &Type) -> DType {
    t.pointee().unwrap_or(DType::U8)
}
