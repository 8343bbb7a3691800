//! The verifier: checks that IR obeys the typing and scoping rules documented on
//! [`crate::ir::Op`].
//!
//! [`result_type`] is the single statement of the typing rules: the macro's IR builder calls it
//! for every op it emits and [`verify`] calls it again for every instruction, so the two can
//! never disagree. [`verify`] adds what needs the whole kernel: scoping (a value is used only
//! where it is visible), single definition of every value, the recorded types in
//! [`Kernel::values`], variables, parameters and const generic names.
//!
//! Neither function panics, whatever the input: out-of-range value or variable ids are errors.
//!
//! Rules beyond the doc comments of the ops, made precise here:
//! - "Numbers" are the integer and float dtypes except fp8; fp8 values are only created,
//!   moved, selected, loaded, stored, cast, bitcast and fed to `dot`.
//! - `Const`: an `Int` fits an integer dtype's range, or is 0/1 for `bool`, or may be any
//!   value for a float dtype (rounded); a `Float` needs a float dtype; a `Bool` needs `bool`.
//! - Every op with a result must define a value, and an op without one must not.
//! - A `for` index has the bounds' type; a `while` condition is defined at the top level of
//!   its `cond_block` and, like everything else in `cond_block`, is not visible in `body`.

use std::collections::HashSet;

use crate::dtype::DType;
use crate::ir::{
    AtomicOp, Block, CacheOp, ConstValue, Dim, DotPrecision, Elem, Inst, Kernel, Op, OperandClass,
    Type, ValueId, VarId, shape_to_string,
};

/// One rule the IR breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct VerifyError {
    /// What is wrong, naming the instruction.
    pub message: String,
}

// ---- typing rules ----------------------------------------------------------------------------

fn fp8_error(what: &str, t: &Type) -> String {
    format!(
        "{what} is not defined on fp8 values ({t}): fp8 is a storage type, cast to f16 or f32 first"
    )
}

/// The element dtype of a non-pointer value.
fn scalar_dtype(what: &str, t: &Type) -> Result<DType, String> {
    match t.elem {
        Elem::Scalar(d) => Ok(d),
        Elem::Ptr(_) => Err(format!("{what} needs a non-pointer operand, found {t}")),
    }
}

/// Checks that `t` is a non-pointer value of `class`, reporting fp8 separately.
fn check_class(what: &str, t: &Type, class: OperandClass) -> Result<DType, String> {
    let d = scalar_dtype(what, t)?;
    if d.is_fp8() {
        return Err(fp8_error(what, t));
    }
    if !class.contains(d) {
        return Err(format!("{what} needs {} operand, found {t}", class.name()));
    }
    Ok(d)
}

fn atomic_allows(op: AtomicOp, d: DType) -> bool {
    // 8- and 16-bit integer atomics exist on neither CUDA nor WGSL: only 32/64-bit ones.
    let wide_int = d.is_int() && d.bits() >= 32;
    match op {
        AtomicOp::Add => wide_int || matches!(d, DType::F16 | DType::F32 | DType::F64),
        AtomicOp::Max | AtomicOp::Min => wide_int || d == DType::F32,
        AtomicOp::And | AtomicOp::Or | AtomicOp::Xor => wide_int,
        AtomicOp::Xchg => !d.is_bool() && matches!(d.bits(), 32 | 64),
    }
}

fn atomic_allowed_list(op: AtomicOp) -> &'static str {
    match op {
        AtomicOp::Add => "32- or 64-bit integers, f16, f32 or f64",
        AtomicOp::Max | AtomicOp::Min => "32- or 64-bit integers or f32",
        AtomicOp::And | AtomicOp::Or | AtomicOp::Xor => "32- or 64-bit integers",
        AtomicOp::Xchg => "32- or 64-bit dtypes",
    }
}

/// The accumulator dtype `dot` uses for factors of dtype `t` by default.
pub fn dot_acc_dtype(t: DType) -> Option<DType> {
    match t {
        DType::F16 | DType::BF16 | DType::F32 | DType::F8E4M3 | DType::F8E5M2 => Some(DType::F32),
        DType::F64 => Some(DType::F64),
        DType::I8 | DType::U8 => Some(DType::I32),
        _ => None,
    }
}

/// Whether `dot` of factors of dtype `t` may accumulate into `acc`: the default of
/// [`dot_acc_dtype`], or f16 for f16 and fp8 factors (Triton's `out_dtype=tl.float16`).
pub fn dot_acc_allowed(t: DType, acc: DType) -> bool {
    dot_acc_dtype(t) == Some(acc)
        || (acc == DType::F16 && matches!(t, DType::F16 | DType::F8E4M3 | DType::F8E5M2))
}

/// Product of constant dims, `None` if a dim is symbolic or the product overflows.
fn const_count(shape: &[Dim]) -> Option<u128> {
    shape
        .iter()
        .try_fold(1u128, |acc, d| acc.checked_mul(u128::from(d.as_const()?)))
}

fn remove_axis(what: &str, t: &Type, axis: u32) -> Result<Vec<Dim>, String> {
    if t.rank() == 0 {
        return Err(format!(
            "{what} needs an operand of rank at least 1, found the scalar {t}"
        ));
    }
    let a = axis as usize;
    if a >= t.rank() {
        return Err(format!(
            "{what} along axis {axis} of {t}, which has only {} dimension{}",
            t.rank(),
            if t.rank() == 1 { "" } else { "s" }
        ));
    }
    let mut s = t.shape.clone();
    s.remove(a);
    Ok(s)
}

/// The result type of `op` given the types of values and variables, or why `op` is ill-typed.
/// `Ok(None)` for ops without a result. Shared by the verifier and the macro's IR builder.
///
/// This checks everything about one op that can be checked from its operands' types: it does
/// not know the kernel's const generics (see [`verify`] for `ConstParam` names and `Dim::Sym`)
/// nor where values are visible. For [`Op::For`] it also checks the index's recorded type.
pub fn result_type(values: &[Type], vars: &[Type], op: &Op) -> Result<Option<Type>, String> {
    let name = op.name();
    let ty = |v: ValueId| -> Result<&Type, String> {
        values.get(v.index()).ok_or_else(|| {
            format!(
                "`{name}` uses %{}, which does not exist (the kernel has {} values)",
                v.0,
                values.len()
            )
        })
    };
    let var_ty = |v: VarId| -> Result<&Type, String> {
        vars.get(v.index()).ok_or_else(|| {
            format!(
                "`{name}` uses variable ${}, which does not exist (the kernel has {} variables)",
                v.0,
                vars.len()
            )
        })
    };
    let bool_scalar = Type::scalar(DType::Bool);
    // A mask for pointers of `shape`, if present.
    let check_mask = |m: Option<ValueId>, shape: &[Dim]| -> Result<(), String> {
        if let Some(m) = m {
            let mt = ty(m)?;
            let want = Type::tile(DType::Bool, shape.to_vec());
            if *mt != want {
                return Err(format!("`{name}` needs a mask of type {want}, found {mt}"));
            }
        }
        Ok(())
    };
    let pointer = |p: ValueId| -> Result<(&Type, DType), String> {
        let pt = ty(p)?;
        match pt.pointee() {
            Some(d) => Ok((pt, d)),
            None => Err(format!("`{name}` needs a pointer operand, found {pt}")),
        }
    };

    let t = match op {
        Op::ProgramId { axis } | Op::NumPrograms { axis } => {
            if *axis >= 3 {
                return Err(format!("`{name}` axis must be 0, 1 or 2, found {axis}"));
            }
            Type::scalar(DType::I32)
        }
        Op::Const { value, dtype } => {
            let d = *dtype;
            match *value {
                ConstValue::Int(i) => {
                    if let Some((lo, hi)) = d.int_range() {
                        if i < lo || i > hi {
                            return Err(format!(
                                "constant {i} does not fit in {d} (range {lo}..={hi})"
                            ));
                        }
                    } else if d.is_bool() && !(i == 0 || i == 1) {
                        return Err(format!(
                            "integer constant {i} used as a bool must be 0 or 1"
                        ));
                    }
                }
                ConstValue::Float(x) => {
                    if !d.is_float() {
                        return Err(format!(
                            "float constant {} cannot have dtype {d}",
                            crate::text::float_to_string(x)
                        ));
                    }
                }
                ConstValue::Bool(b) => {
                    if !d.is_bool() {
                        return Err(format!("bool constant `{b}` cannot have dtype {d}"));
                    }
                }
            }
            Type::scalar(d)
        }
        Op::ConstParam { name: c, dtype } => {
            if !(dtype.is_int() || dtype.is_bool()) {
                return Err(format!(
                    "`const_param {c}` needs an integer or bool dtype, found {dtype}"
                ));
            }
            Type::scalar(*dtype)
        }
        Op::Arange { len } => Type::tile(DType::I32, vec![len.clone()]),
        Op::Broadcast { value, shape } => {
            let t = ty(*value)?;
            let (r, n) = (t.rank(), shape.len());
            if r > n {
                return Err(format!(
                    "`broadcast` cannot lower the rank: {t} has rank {r} but the target shape {} has rank {n}",
                    shape_to_string(shape)
                ));
            }
            for i in 0..r {
                let (od, td) = (&t.shape[r - 1 - i], &shape[n - 1 - i]);
                if od != td && *od != Dim::Const(1) {
                    return Err(format!(
                        "`broadcast` of {t} to {}: operand dim {od} (axis {}) is neither {td} nor 1",
                        shape_to_string(shape),
                        r - 1 - i
                    ));
                }
            }
            t.with_shape(shape.clone())
        }
        Op::ExpandDims { value, axis } => {
            let t = ty(*value)?;
            let a = *axis as usize;
            if a > t.rank() {
                return Err(format!(
                    "`expand_dims` axis {axis} is out of range for {t} (at most {})",
                    t.rank()
                ));
            }
            let mut s = t.shape.clone();
            s.insert(a, Dim::Const(1));
            t.with_shape(s)
        }
        Op::Reshape { value, shape } => {
            let t = ty(*value)?;
            if let (Some(from), Some(to)) = (const_count(&t.shape), const_count(shape))
                && from != to
            {
                return Err(format!(
                    "`reshape` of {t} to {} changes the element count from {from} to {to}",
                    shape_to_string(shape)
                ));
            }
            t.with_shape(shape.clone())
        }
        Op::Permute { value, perm } => {
            let t = ty(*value)?;
            let mut seen = vec![false; t.rank()];
            let ok = perm.len() == t.rank()
                && perm.iter().all(|&p| {
                    let p = p as usize;
                    p < seen.len() && !std::mem::replace(&mut seen[p], true)
                });
            if !ok {
                let ps: Vec<String> = perm.iter().map(u32::to_string).collect();
                return Err(format!(
                    "`permute` needs a permutation of 0..{} for {t}, found [{}]",
                    t.rank(),
                    ps.join(", ")
                ));
            }
            t.with_shape(perm.iter().map(|&p| t.shape[p as usize].clone()).collect())
        }
        Op::Sort { value, axis, .. } => {
            let t = ty(*value)?;
            if t.dtype().is_none_or(|d| d.is_fp8()) || *axis as usize >= t.rank() {
                return Err(format!(
                    "`sort` needs a tile of numbers or `bool` with axis {axis}, found {t}"
                ));
            }
            t.clone()
        }
        Op::Histogram { value, mask, bins } => {
            let t = ty(*value)?;
            if t.rank() != 1 || !t.dtype().is_some_and(|d| d.is_int()) {
                return Err(format!("`histogram` needs a 1-D integer tile, found {t}"));
            }
            if let Some(m) = mask {
                let mt = ty(*m)?;
                if mt.dtype() != Some(DType::Bool) || mt.shape != t.shape {
                    return Err(format!(
                        "`histogram` needs a `bool` mask of {t}'s shape, found {mt}"
                    ));
                }
            }
            Type::tile(DType::I32, vec![bins.clone()])
        }
        Op::Checked => Type::scalar(DType::Bool),
        Op::Hint {
            value,
            multiple_of,
            max_contiguous,
        } => {
            let t = ty(*value)?;
            let zero = |d: &Dim| d.as_const() == Some(0);
            if !t.dtype().is_some_and(|d| d.is_int()) || zero(multiple_of) || zero(max_contiguous) {
                return Err(format!(
                    "`hint` needs an integer value and facts of at least 1, found {t}, \
                     multiple_of {multiple_of}, max_contiguous {max_contiguous}"
                ));
            }
            t.clone()
        }
        Op::Gather { src, index, axis } => {
            let (s, i) = (ty(*src)?, ty(*index)?);
            let a = *axis as usize;
            if s.dtype().is_none() || s.rank() == 0 || a >= s.rank() {
                return Err(format!(
                    "`gather` needs a non-pointer tile with axis {axis}, found {s}"
                ));
            }
            if !i.dtype().is_some_and(|d| d.is_int()) || i.rank() != s.rank() {
                return Err(format!(
                    "`gather` needs an integer index tile of {s}'s rank, found {i}"
                ));
            }
            if (0..s.rank()).any(|d| d != a && s.shape[d] != i.shape[d]) {
                return Err(format!(
                    "`gather` needs an index of {s}'s shape but along axis {axis}, found {i}"
                ));
            }
            s.with_shape(i.shape.clone())
        }
        Op::Unary { op, value } => {
            let t = ty(*value)?;
            check_class(&format!("unary `{}`", op.name()), t, op.operand_class())?;
            t.clone()
        }
        Op::Binary { op, lhs, rhs } => {
            let what = format!("binary `{}`", op.name());
            let (a, b) = (ty(*lhs)?, ty(*rhs)?);
            if a != b {
                return Err(format!(
                    "{what} needs operands of the same type, found {a} and {b}"
                ));
            }
            if a.pointee().is_some() {
                return Err(format!(
                    "{what} is not defined on pointers ({a}); offset pointers with `ptr_add`"
                ));
            }
            check_class(&what, a, op.operand_class())?;
            a.clone()
        }
        Op::Cmp { op, lhs, rhs } => {
            let what = format!("comparison `{}`", op.name());
            let (a, b) = (ty(*lhs)?, ty(*rhs)?);
            if a != b {
                return Err(format!(
                    "{what} needs operands of the same type, found {a} and {b}"
                ));
            }
            let d = scalar_dtype(&what, a)?;
            if d.is_fp8() {
                return Err(fp8_error(&what, a));
            }
            a.with_elem(Elem::Scalar(DType::Bool))
        }
        Op::Fma { a, b, c } => {
            let (ta, tb, tc) = (ty(*a)?, ty(*b)?, ty(*c)?);
            if ta != tb || ta != tc {
                return Err(format!(
                    "`fma` needs three operands of the same type, found {ta}, {tb} and {tc}"
                ));
            }
            check_class("`fma`", ta, OperandClass::Float)?;
            ta.clone()
        }
        Op::Select {
            cond,
            on_true,
            on_false,
        } => {
            let (c, a, b) = (ty(*cond)?, ty(*on_true)?, ty(*on_false)?);
            if a != b {
                return Err(format!(
                    "`select` needs branches of the same type, found {a} and {b}"
                ));
            }
            let want = Type::tile(DType::Bool, a.shape.clone());
            if *c != want {
                return Err(format!(
                    "`select` between {a} values needs a condition of type {want}, found {c}"
                ));
            }
            a.clone()
        }
        Op::Cast { value, to } => {
            let t = ty(*value)?;
            scalar_dtype("`cast`", t)?;
            t.with_elem(Elem::Scalar(*to))
        }
        Op::Bitcast { value, to } => {
            let t = ty(*value)?;
            let d = scalar_dtype("`bitcast`", t)?;
            if d.is_bool() || to.is_bool() {
                return Err(format!(
                    "`bitcast` of {t} to {to}: bool has no bit pattern to reinterpret"
                ));
            }
            if d.bits() != to.bits() {
                return Err(format!(
                    "`bitcast` needs dtypes of the same width, found {d} ({} bits) and {to} ({} bits)",
                    d.bits(),
                    to.bits()
                ));
            }
            t.with_elem(Elem::Scalar(*to))
        }
        Op::PtrAdd { ptr, offset } => {
            let (p, _) = pointer(*ptr)?;
            let o = ty(*offset)?;
            let int = matches!(o.elem, Elem::Scalar(d) if d.is_int());
            if !int || o.shape != p.shape {
                return Err(format!(
                    "`ptr_add` on {p} needs integer offsets of shape {}, found {o}",
                    shape_to_string(&p.shape)
                ));
            }
            p.clone()
        }
        Op::Load {
            ptr,
            mask,
            other,
            hint,
        } => {
            if !matches!(
                hint.cache,
                CacheOp::Default
                    | CacheOp::All
                    | CacheOp::Global
                    | CacheOp::Streaming
                    | CacheOp::LastUse
                    | CacheOp::Volatile
            ) {
                return Err(format!(
                    "`load` takes no `{}` cache operator",
                    hint.cache.name()
                ));
            }
            let (p, d) = pointer(*ptr)?;
            check_mask(*mask, &p.shape)?;
            let want = Type::tile(d, p.shape.clone());
            if let Some(o) = other {
                let ot = ty(*o)?;
                if *ot != want {
                    return Err(format!(
                        "`load` through {p} needs `other` of type {want}, found {ot}"
                    ));
                }
            }
            want
        }
        Op::Store {
            ptr,
            value,
            mask,
            hint,
        } => {
            if !matches!(
                hint.cache,
                CacheOp::Default
                    | CacheOp::Global
                    | CacheOp::Streaming
                    | CacheOp::WriteBack
                    | CacheOp::WriteThrough
            ) {
                return Err(format!(
                    "`store` takes no `{}` cache operator",
                    hint.cache.name()
                ));
            }
            let (p, d) = pointer(*ptr)?;
            let want = Type::tile(d, p.shape.clone());
            let vt = ty(*value)?;
            if *vt != want {
                return Err(format!(
                    "`store` through {p} needs a value of type {want}, found {vt}"
                ));
            }
            check_mask(*mask, &p.shape)?;
            return Ok(None);
        }
        Op::Atomic {
            op,
            ptr,
            value,
            mask,
            ..
        } => {
            let (p, d) = pointer(*ptr)?;
            if !atomic_allows(*op, d) {
                return Err(format!(
                    "atomic `{}` is not defined on {d} (it supports {})",
                    op.name(),
                    atomic_allowed_list(*op)
                ));
            }
            let want = Type::tile(d, p.shape.clone());
            let vt = ty(*value)?;
            if *vt != want {
                return Err(format!(
                    "atomic `{}` through {p} needs a value of type {want}, found {vt}",
                    op.name()
                ));
            }
            check_mask(*mask, &p.shape)?;
            want
        }
        Op::AtomicCas {
            ptr,
            cmp,
            value,
            mask,
            ..
        } => {
            let (p, d) = pointer(*ptr)?;
            if d.is_bool() || !matches!(d.bits(), 32 | 64) {
                return Err(format!(
                    "`atomic_cas` is not defined on {d} (it supports 32- and 64-bit dtypes)"
                ));
            }
            let want = Type::tile(d, p.shape.clone());
            let (ct, vt) = (ty(*cmp)?, ty(*value)?);
            if *ct != want || *vt != want {
                return Err(format!(
                    "`atomic_cas` through {p} needs a compared value and a new value of type {want}, found {ct} and {vt}"
                ));
            }
            check_mask(*mask, &p.shape)?;
            want
        }
        Op::Reduce { op, value, axis } | Op::Scan { op, value, axis } => {
            let scan = name == "scan";
            let what = format!(
                "{} `{}`",
                if scan { "scan" } else { "reduction" },
                op.name()
            );
            let t = ty(*value)?;
            check_class(&what, t, op.operand_class())?;
            let s = remove_axis(&what, t, *axis)?;
            if scan { t.clone() } else { t.with_shape(s) }
        }
        Op::ArgReduce { value, axis, .. } => {
            let what = format!("`{name}`");
            let t = ty(*value)?;
            check_class(&what, t, OperandClass::Number)?;
            Type::tile(DType::I32, remove_axis(&what, t, *axis)?)
        }
        Op::Dot {
            a,
            b,
            acc,
            precision,
        } => {
            let (ta, tb, tc) = (ty(*a)?, ty(*b)?, ty(*acc)?);
            let rank = ta.rank();
            if rank != 2 && rank != 3 {
                return Err(format!(
                    "`dot` needs rank-2 (or rank-3, batched) factors, found {ta}"
                ));
            }
            for (role, t) in [("right factor", tb), ("accumulator", tc)] {
                if t.rank() != rank {
                    return Err(format!(
                        "`dot` needs a rank-{rank} {role} like its left factor {ta}, found {t}"
                    ));
                }
            }
            let d = scalar_dtype("`dot`", ta)?;
            if ta.elem != tb.elem {
                return Err(format!(
                    "`dot` needs factors of the same dtype, found {ta} and {tb}"
                ));
            }
            if dot_acc_dtype(d).is_none() {
                return Err(format!(
                    "`dot` is not defined on {d} factors (it supports f16, bf16, f32, f64, f8e4m3, f8e5m2, i8 and u8)"
                ));
            }
            if *precision == DotPrecision::Tf32 && d != DType::F32 {
                return Err(format!(
                    "`dot tf32` rounds f32 factors to TF32, found {d} factors (it needs f32)"
                ));
            }
            let (m, k) = (rank - 2, rank - 1);
            if ta.shape[k] != tb.shape[m] {
                return Err(format!(
                    "`dot` needs matching inner dimensions, found {ta} @ {tb} ({} vs {})",
                    ta.shape[k], tb.shape[m]
                ));
            }
            if rank == 3 && ta.shape[0] != tb.shape[0] {
                return Err(format!(
                    "a batched `dot` needs one batch size, found {ta} @ {tb} ({} vs {})",
                    ta.shape[0], tb.shape[0]
                ));
            }
            let mut shape = ta.shape[..rank - 1].to_vec();
            shape.push(tb.shape[k].clone());
            let acc_ok = matches!(tc.elem, Elem::Scalar(c) if dot_acc_allowed(d, c));
            if !acc_ok || tc.shape != shape {
                let want = Type::tile(dot_acc_dtype(d).unwrap_or(d), shape);
                let also = if matches!(d, DType::F16 | DType::F8E4M3 | DType::F8E5M2) {
                    " (or f16)"
                } else {
                    ""
                };
                return Err(format!(
                    "`dot` of {ta} and {tb} needs an accumulator of type {want}{also}, found {tc}"
                ));
            }
            tc.clone()
        }
        Op::Rand { kind, seed, offset } => {
            let (s, o) = (ty(*seed)?, ty(*offset)?);
            let seed_ok = s.is_scalar()
                && matches!(
                    s.elem,
                    Elem::Scalar(DType::U32 | DType::I32 | DType::U64 | DType::I64)
                );
            if !seed_ok {
                return Err(format!(
                    "`rand` needs a u32, i32, u64 or i64 scalar seed, found {s}"
                ));
            }
            if !matches!(o.elem, Elem::Scalar(d) if d.is_int()) {
                return Err(format!("`rand` needs integer offsets, found {o}"));
            }
            let d = match kind {
                crate::ir::RandKind::Int => DType::U32,
                _ => DType::F32,
            };
            o.with_elem(Elem::Scalar(d))
        }
        Op::VarInit { var, init: value } | Op::VarStore { var, value } => {
            let (vt, t) = (var_ty(*var)?, ty(*value)?);
            if vt != t {
                return Err(format!(
                    "`{name}` of variable ${} (type {vt}) with a value of type {t}",
                    var.0
                ));
            }
            return Ok(None);
        }
        Op::VarLoad { var } => var_ty(*var)?.clone(),
        Op::For {
            index,
            start,
            end,
            step,
            ..
        } => {
            let (s, e, st) = (ty(*start)?, ty(*end)?, ty(*step)?);
            if s != e || s != st {
                return Err(format!(
                    "`for` needs start, end and step of one type, found {s}, {e} and {st}"
                ));
            }
            if !s.is_scalar() || !matches!(s.elem, Elem::Scalar(d) if d.is_int()) {
                return Err(format!("`for` needs integer scalar bounds, found {s}"));
            }
            let it = ty(*index)?;
            if it != s {
                return Err(format!(
                    "`for` index %{} is recorded as {it}, but the bounds are {s}",
                    index.0
                ));
            }
            return Ok(None);
        }
        Op::Fold {
            kind,
            values: operands,
            axis,
            params,
            yields,
            results,
            ..
        } => {
            let Some(&first) = operands.first() else {
                return Err(format!("`{name}` needs at least one operand"));
            };
            let t0 = ty(first)?;
            let n = operands.len();
            let mut dtypes = Vec::new();
            for &v in operands {
                let t = ty(v)?;
                let d = scalar_dtype(&format!("`{name}`"), t)?;
                if t.shape != t0.shape {
                    return Err(format!(
                        "`{name}` needs operands of one shape, found {t0} and {t}"
                    ));
                }
                dtypes.push(d);
            }
            let shape = remove_axis(&format!("`{name}`"), t0, *axis)?;
            let shape = match kind {
                crate::ir::FoldKind::Reduce => shape,
                crate::ir::FoldKind::Scan => t0.shape.clone(),
            };
            if params.len() != 2 * n || yields.len() != n || results.len() != n {
                return Err(format!(
                    "`{name}` of {n} operand(s) needs {} parameters, {n} yields and {n} results, found {}, {} and {}",
                    2 * n,
                    params.len(),
                    yields.len(),
                    results.len()
                ));
            }
            let recorded = |what: &str, v: ValueId, want: &Type| -> Result<(), String> {
                let t = ty(v)?;
                if t != want {
                    return Err(format!(
                        "`{name}` {what} %{} is recorded as {t}, but must be {want}",
                        v.0
                    ));
                }
                Ok(())
            };
            for (i, &d) in dtypes.iter().enumerate() {
                let s = Type::scalar(d);
                recorded("parameter", params[i], &s)?;
                recorded("parameter", params[n + i], &s)?;
                recorded("yield", yields[i], &s)?;
                recorded("result", results[i], &Type::tile(d, shape.clone()))?;
            }
            return Ok(None);
        }
        // Names checked by the verifier (`Verifier::inst`).
        Op::StaticAssert { .. } | Op::Barrier => return Ok(None),
        // Checked against the function by the verifier (`Verifier::call`).
        Op::Call { args, results, .. } => {
            for v in args.iter().chain(results) {
                ty(*v)?;
            }
            return Ok(None);
        }
        Op::While { cond, .. } | Op::If { cond, .. } => {
            let c = ty(*cond)?;
            if *c != bool_scalar {
                return Err(format!("`{name}` needs a bool scalar condition, found {c}"));
            }
            return Ok(None);
        }
        Op::Return => return Ok(None),
        Op::Assert { cond, .. } => {
            let c = ty(*cond)?;
            if c.elem != Elem::Scalar(DType::Bool) {
                return Err(format!("`assert` needs a bool condition, found {c}"));
            }
            return Ok(None);
        }
        Op::Print { values: vs, .. } => {
            for v in vs {
                ty(*v)?;
            }
            return Ok(None);
        }
    };
    Ok(Some(t))
}

// ---- the whole kernel ------------------------------------------------------------------------

struct Verifier<'a> {
    k: &'a Kernel,
    errors: Vec<String>,
    consts: HashSet<&'a str>,
    /// How many times each in-range value has been defined so far.
    defined: Vec<u32>,
    /// Whether each in-range value is visible at the current point.
    visible: Vec<bool>,
    /// The values defined in each open block, innermost last.
    scopes: Vec<Vec<ValueId>>,
    /// The index of the device function being checked (`None`: the kernel's body).
    function: Option<usize>,
}

/// Checks a whole kernel; returns every error found.
///
/// Beyond [`result_type`] for every instruction, this checks: every value is defined exactly
/// once (by a parameter, an instruction result or a `for` index) and has its type in
/// [`Kernel::values`], which equals the type its definition produces; every use sees its value
/// (defined earlier in the same block or an enclosing one; parameters everywhere; a `for`
/// index only in its body; a `while` condition defined at the top level of its `cond_block`);
/// variable ids are in range; parameters are rank 0 and distinct in name; const generics are
/// integers or `bool` with distinct names; every `ConstParam` and `Dim::Sym` names one.
pub fn verify(kernel: &Kernel) -> Result<(), Vec<VerifyError>> {
    let n = kernel.values.len();
    let mut v = Verifier {
        k: kernel,
        errors: Vec::new(),
        consts: HashSet::new(),
        defined: vec![0; n],
        visible: vec![false; n],
        scopes: vec![Vec::new()],
        function: None,
    };
    v.header();
    for (i, f) in kernel.functions.iter().enumerate() {
        v.function(i, f);
    }
    v.function = None;
    v.block(&kernel.body, "body");
    for (i, count) in v.defined.iter().enumerate() {
        if *count == 0 {
            v.errors.push(format!(
                "value %{i} has a type ({}) but no parameter, instruction or `for` defines it",
                kernel.values[i]
            ));
        }
    }
    if v.errors.is_empty() {
        Ok(())
    } else {
        Err(v
            .errors
            .into_iter()
            .map(|message| VerifyError { message })
            .collect())
    }
}

impl<'a> Verifier<'a> {
    fn check_dims(&mut self, shape: &[Dim], context: &dyn Fn() -> String) {
        for d in shape {
            let mut unknown = Vec::new();
            d.each_sym(&mut |s| {
                if !self.consts.contains(s) {
                    unknown.push(s.to_string());
                }
            });
            for s in unknown {
                let msg = format!(
                    "{}: dimension `{s}` is not a const generic of the kernel{}",
                    context(),
                    self.known_consts()
                );
                self.errors.push(msg);
            }
        }
    }

    fn known_consts(&self) -> String {
        if self.k.consts.is_empty() {
            " (it has none)".into()
        } else {
            let names: Vec<&str> = self.k.consts.iter().map(|c| c.name.as_str()).collect();
            format!(" (it has {})", names.join(", "))
        }
    }

    /// Records a definition of `id` in the innermost scope.
    fn define(&mut self, id: ValueId, context: &dyn Fn() -> String) {
        let i = id.index();
        if i >= self.defined.len() {
            self.errors.push(format!(
                "{}: defines %{}, which has no type (the kernel has {} values)",
                context(),
                id.0,
                self.defined.len()
            ));
            return;
        }
        self.defined[i] += 1;
        if self.defined[i] == 2 {
            self.errors.push(format!(
                "{}: %{} is defined more than once",
                context(),
                id.0
            ));
        }
        if !self.visible[i] {
            self.visible[i] = true;
            if let Some(s) = self.scopes.last_mut() {
                s.push(id);
            }
        }
    }

    fn header(&mut self) {
        let k = self.k;
        for (i, c) in k.consts.iter().enumerate() {
            if !self.consts.insert(c.name.as_str()) {
                self.errors
                    .push(format!("const generic `{}` is declared twice", c.name));
            }
            if !(c.dtype.is_int() || c.dtype.is_bool()) {
                self.errors.push(format!(
                    "const generic `{}` (#{i}) has dtype {}; const generics are integers or bool",
                    c.name, c.dtype
                ));
            }
        }
        let mut names = HashSet::new();
        for p in &k.params {
            let ctx = || format!("parameter `{}`", p.name);
            if !names.insert(p.name.as_str()) {
                self.errors.push(format!("{} is declared twice", ctx()));
            }
            if !p.ty.is_scalar() {
                self.errors.push(format!(
                    "{} has type {}, but parameters are scalars or pointers (rank 0)",
                    ctx(),
                    p.ty
                ));
            }
            self.check_dims(&p.ty.shape, &ctx);
            if let Some(t) = k.values.get(p.value.index())
                && *t != p.ty
            {
                self.errors.push(format!(
                    "{} has type {}, but its value %{} is recorded as {t}",
                    ctx(),
                    p.ty,
                    p.value.0
                ));
            }
            self.define(p.value, &ctx);
        }
        for (i, t) in k.values.iter().enumerate() {
            self.check_dims(&t.shape, &|| format!("the type {t} of %{i}"));
        }
        for (i, t) in k.vars.iter().enumerate() {
            self.check_dims(&t.shape, &|| format!("the type {t} of variable ${i}"));
        }
    }

    fn block(&mut self, b: &'a Block, path: &str) {
        self.scopes.push(Vec::new());
        for (i, inst) in b.iter().enumerate() {
            let here = format!("{path}[{i}]");
            let head = self.head(inst);
            let ctx = || format!("at {here} ({head})");
            self.inst(inst, &here, &ctx);
        }
        self.close_scope();
    }

    /// How an error names an instruction after its path: `` `%5 = add` ``, with its source
    /// location when it has one (`` `%5 = add` at src/k.rs:15:31 ``).
    fn head(&self, inst: &Inst) -> String {
        let head = match inst.result {
            Some(r) => format!("`%{} = {}`", r.0, inst.op.name()),
            None => format!("`{}`", inst.op.name()),
        };
        match self.k.source_of(inst) {
            Some(at) => format!("{head} at {at}"),
            None => head,
        }
    }

    /// A fold's body sees only its parameters and its own values, holds only computing ops
    /// (constants, const generics, elementwise ops) and defines its yields at its top level
    /// (or yields a parameter).
    fn fold_body(
        &mut self,
        params: &'a [ValueId],
        body: &'a Block,
        yields: &[ValueId],
        here: &str,
        ctx: &dyn Fn() -> String,
    ) {
        let fresh = vec![false; self.visible.len()];
        let outside = std::mem::replace(&mut self.visible, fresh);
        self.scopes.push(Vec::new());
        for p in params {
            self.define(*p, ctx);
        }
        let path = format!("{here}.fold");
        self.scopes.push(Vec::new());
        for (i, inst) in body.iter().enumerate() {
            let h = format!("{path}[{i}]");
            let head = self.head(inst);
            let c = || format!("at {h} ({head})");
            if !inst.op.computes() {
                self.errors.push(format!(
                    "{}: a combine body holds only constants and elementwise ops on its parameters, found `{}`",
                    c(),
                    inst.op.name()
                ));
            }
            self.inst(inst, &h, &c);
        }
        for y in yields {
            if let Some(false) = self.visible.get(y.index()).copied() {
                self.errors.push(format!(
                    "{}: yields %{}, which is not a parameter or a value defined at the top level of the body",
                    ctx(),
                    y.0
                ));
            }
        }
        self.close_scope();
        self.close_scope();
        self.visible = outside;
    }

    /// A device function sees only its parameters and its own values, calls only the
    /// functions before it, does not `return`, and returns values of its body's top level
    /// (or parameters).
    fn function(&mut self, i: usize, f: &'a crate::ir::Function) {
        self.function = Some(i);
        let ctx = || format!("in function {i} `{}`", f.name);
        let fresh = vec![false; self.visible.len()];
        let outside = std::mem::replace(&mut self.visible, fresh);
        self.scopes.push(Vec::new());
        for p in &f.params {
            self.define(*p, &ctx);
        }
        self.scopes.push(Vec::new());
        let path = format!("fn{i}");
        for (j, inst) in f.body.iter().enumerate() {
            let h = format!("{path}[{j}]");
            let head = self.head(inst);
            self.inst(inst, &h, &|| format!("{} at {h} ({head})", ctx()));
        }
        let mut returns = false;
        crate::analysis::walk(&f.body, &mut |inst| {
            returns |= matches!(inst.op, Op::Return)
        });
        if returns {
            self.errors.push(format!(
                "{}: a device function cannot `return` (it would end the program)",
                ctx()
            ));
        }
        for r in &f.results {
            if let Some(false) = self.visible.get(r.index()).copied() {
                self.errors.push(format!(
                    "{}: returns %{}, which is not a parameter or a value defined at the top level of its body",
                    ctx(),
                    r.0
                ));
            }
        }
        self.close_scope();
        self.close_scope();
        self.visible = outside;
    }

    /// A call names a function it may call, with arguments and results of its types.
    fn call(&mut self, func: u32, args: &[ValueId], results: &[ValueId], ctx: &dyn Fn() -> String) {
        let k = self.k;
        let i = func as usize;
        let Some(f) = k.functions.get(i) else {
            self.errors.push(format!(
                "{}: calls function {func}, but the kernel has {}",
                ctx(),
                k.functions.len()
            ));
            return;
        };
        if let Some(caller) = self.function
            && i >= caller
        {
            self.errors.push(format!(
                "{}: function {caller} calls function {i} `{}`, which is not before it (device functions cannot be recursive)",
                ctx(),
                f.name
            ));
        }
        let ty = |v: ValueId| k.values.get(v.index());
        if args.len() != f.params.len() {
            self.errors.push(format!(
                "{}: `{}` takes {} argument(s), {} given",
                ctx(),
                f.name,
                f.params.len(),
                args.len()
            ));
        } else {
            for (n, (a, p)) in args.iter().zip(&f.params).enumerate() {
                if let (Some(at), Some(pt)) = (ty(*a), ty(*p))
                    && at != pt
                {
                    self.errors.push(format!(
                        "{}: argument {n} of `{}` is {at}, but the parameter is {pt}",
                        ctx(),
                        f.name
                    ));
                }
            }
        }
        if results.len() != f.results.len() {
            self.errors.push(format!(
                "{}: `{}` returns {} value(s), the call defines {}",
                ctx(),
                f.name,
                f.results.len(),
                results.len()
            ));
        } else {
            for (n, (r, fr)) in results.iter().zip(&f.results).enumerate() {
                if let (Some(rt), Some(ft)) = (ty(*r), ty(*fr))
                    && rt != ft
                {
                    self.errors.push(format!(
                        "{}: result {n} of the call is recorded as {rt}, but `{}` returns {ft}",
                        ctx(),
                        f.name
                    ));
                }
            }
        }
        for r in results {
            self.define(*r, ctx);
        }
    }

    fn close_scope(&mut self) {
        if let Some(ids) = self.scopes.pop() {
            for id in ids {
                self.visible[id.index()] = false;
            }
        }
    }

    fn use_value(&mut self, id: ValueId, ctx: &dyn Fn() -> String) {
        // Out-of-range ids are reported by `result_type`.
        if let Some(false) = self.visible.get(id.index()).copied() {
            let msg = format!(
                "{}: uses %{}, which is not defined before this point in this block or an enclosing one",
                ctx(),
                id.0
            );
            self.errors.push(msg);
        }
    }

    fn inst(&mut self, inst: &'a crate::ir::Inst, here: &str, ctx: &dyn Fn() -> String) {
        let k = self.k;
        let op = &inst.op;
        for id in op.operands() {
            self.use_value(id, ctx);
        }

        // Names the op refers to.
        match op {
            Op::ConstParam { name, .. } if !self.consts.contains(name.as_str()) => {
                let msg = format!(
                    "{}: `{name}` is not a const generic of the kernel{}",
                    ctx(),
                    self.known_consts()
                );
                self.errors.push(msg);
            }
            Op::Arange { len } | Op::Histogram { bins: len, .. } => {
                self.check_dims(std::slice::from_ref(len), ctx)
            }
            Op::Hint {
                multiple_of,
                max_contiguous,
                ..
            } => self.check_dims(&[multiple_of.clone(), max_contiguous.clone()], ctx),
            Op::StaticAssert { lhs, rhs, .. } => self.check_dims(&[lhs.clone(), rhs.clone()], ctx),
            Op::Broadcast { shape, .. } | Op::Reshape { shape, .. } => self.check_dims(shape, ctx),
            _ => {}
        }

        // Types.
        match result_type(&k.values, &k.vars, op) {
            Err(e) => self.errors.push(format!("{}: {e}", ctx())),
            Ok(t) => match (t, inst.result) {
                (Some(t), Some(r)) => {
                    if let Some(rec) = k.values.get(r.index())
                        && *rec != t
                    {
                        self.errors.push(format!(
                            "{}: %{} is recorded as {rec}, but `{}` produces {t}",
                            ctx(),
                            r.0,
                            op.name()
                        ));
                    }
                }
                (Some(t), None) => self.errors.push(format!(
                    "{}: `{}` produces a value of type {t}, but the instruction defines none",
                    ctx(),
                    op.name()
                )),
                (None, Some(r)) => self.errors.push(format!(
                    "{}: `{}` produces no value, but the instruction defines %{}",
                    ctx(),
                    op.name(),
                    r.0
                )),
                (None, None) => {}
            },
        }

        // Nested blocks and scoping.
        match op {
            Op::For { index, body, .. } => {
                self.scopes.push(Vec::new());
                self.define(*index, ctx);
                self.block(body, &format!("{here}.for"));
                self.close_scope();
            }
            Op::While {
                cond_block,
                cond,
                body,
            } => {
                let path = format!("{here}.cond");
                self.scopes.push(Vec::new());
                for (i, inst) in cond_block.iter().enumerate() {
                    let h = format!("{path}[{i}]");
                    let head = self.head(inst);
                    self.inst(inst, &h, &|| format!("at {h} ({head})"));
                }
                let in_cond_block = self.scopes.last().is_some_and(|s| s.contains(cond));
                if !in_cond_block {
                    self.errors.push(format!(
                        "{}: the condition %{} must be defined at the top level of the loop's condition block",
                        ctx(),
                        cond.0
                    ));
                }
                self.close_scope();
                self.block(body, &format!("{here}.do"));
            }
            Op::If {
                then_block,
                else_block,
                ..
            } => {
                self.block(then_block, &format!("{here}.then"));
                self.block(else_block, &format!("{here}.else"));
            }
            Op::Fold {
                params,
                body,
                yields,
                results,
                ..
            } => {
                self.fold_body(params, body, yields, here, ctx);
                for r in results {
                    self.define(*r, ctx);
                }
            }
            Op::Call {
                func,
                args,
                results,
            } => self.call(*func, args, results, ctx),
            _ => {}
        }

        if let Some(r) = inst.result {
            self.define(r, ctx);
        }
    }
}
