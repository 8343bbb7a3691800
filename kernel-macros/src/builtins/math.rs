//! Elementwise builtins: the unary math functions (`exp`, `sqrt`, `abs`, ...), the binary
//! ones (`minimum`, `maximum`, `pow`), `clamp`, `fma`, `cdiv`, `select` and the dtype
//! conversions `cast` and `bitcast`. They share one rule: operands broadcast to a common
//! shape and the result has that shape, so they are kept apart from the builtins that
//! change shapes, reduce or touch memory.

use kernel_core::ir::{BinaryOp, CmpOp, DType, Op, UnaryOp};

use super::Call;
use crate::loc::{Loc, Located};
use crate::lower::Lower;
use crate::value::{Val, WeakInt, broadcast_shapes};

/// `exp(x)`, `sqrt(x)`, ...: a float tile in, the same type out; `abs` also takes integers.
pub(super) fn unary(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    // The builtins are named as the IR names their ops (the op table).
    // `sqrt_rn` (Triton's correctly rounded square root) is `sqrt`, which the interpreter
    // and CUDA (`__fsqrt_rn`) round correctly already; WGSL has only the driver's `sqrt`.
    let name = if n == "sqrt_rn" { "sqrt" } else { n };
    let op = UnaryOp::from_name(name).unwrap_or_else(|| unreachable!("`{n}` is not a unary op"));
    if !lw.arity(n, args, 1..=1, &format!("{n}(x)"), span) {
        return None;
    }
    let v = lw.expr(args[0]);
    let (id, t) = if op == UnaryOp::Abs {
        let (id, t) = lw.typed(&v, span)?;
        if !t
            .dtype()
            .is_some_and(|d| (d.is_int() || d.is_float()) && !d.is_fp8())
        {
            lw.error(span, format!("`abs` needs a number, found {t}"));
            return None;
        }
        (id, t)
    } else if matches!(op, UnaryOp::Clz | UnaryOp::Popc) {
        // Bit counts of integers (a literal is an `i32`, as in Rust's default).
        let v = match v {
            Val::Int(_) => {
                let id = lw.materialize(&v, DType::I32, span);
                lw.val(id)
            }
            v => v,
        };
        let (id, t) = lw.typed(&v, args[0].loc())?;
        if !t.dtype().is_some_and(|d| d.is_int()) {
            lw.error(
                args[0].loc(),
                format!("`{n}` counts the bits of integers, found {t}"),
            );
            return None;
        }
        (id, t)
    } else {
        lw.float_tile(v, n, args[0].loc())?
    };
    let _ = t;
    let r = lw.emit(Op::Unary { op, value: id }, span);
    Some(lw.val(r))
}

/// `minimum(a, b)`, `maximum(a, b)` and `pow(a, b)`: the binary operators' rules, under a
/// function's name.
pub(super) fn binary(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, &format!("{n}(a, b)"), span) {
        return None;
    }
    let a = lw.expr(args[0]);
    let b = lw.expr(args[1]);
    let op = match n {
        "minimum" => BinaryOp::Min,
        "maximum" => BinaryOp::Max,
        // The rest are named as the IR names their ops (the op table).
        _ => BinaryOp::from_name(n).unwrap_or_else(|| unreachable!("`{n}` is not a binary op")),
    };
    Some(lw.binary(op, &a, &b, span, n))
}

/// `fminimum(a, b)` and `fmaximum(a, b)` (C23's names): `minimum` and `maximum` that return
/// a NaN when either operand is one (Triton's `propagate_nan=ALL`), where `minimum` and
/// `maximum` return the other operand. Lowered as `minimum`/`maximum`, and for floats a
/// `select` of `a + b` (a NaN) where `a != a || b != b`; no op of their own.
pub(super) fn nan_min_max(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, &format!("{n}(a, b)"), span) {
        return None;
    }
    let a = lw.expr(args[0]);
    let b = lw.expr(args[1]);
    let op = if n == "fminimum" {
        BinaryOp::Min
    } else {
        BinaryOp::Max
    };
    let m = lw.binary(op, &a, &b, span, n);
    let Val::Ir(_, t) = &m else {
        return Some(m);
    };
    if !t.dtype().is_some_and(|d| d.is_float()) {
        return Some(m);
    }
    // A literal is never a NaN here (`f32::NAN` is typed), so only IR operands are tested.
    let mut nan: Option<Val> = None;
    for v in [&a, &b] {
        if matches!(v, Val::Ir(..)) {
            let is = lw.compare(CmpOp::Ne, v, v, span);
            nan = Some(match nan {
                Some(n0) => lw.binary(BinaryOp::Or, &n0, &is, span, n),
                None => is,
            });
        }
    }
    let Some(nan) = nan else {
        return Some(m);
    };
    let sum = lw.binary(BinaryOp::Add, &a, &b, span, n);
    select_vals(lw, &nan, &sum, &m, span, span)
}

/// `clamp(x, lo, hi)`: `minimum(maximum(x, lo), hi)`, with no op of its own.
pub(super) fn clamp(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 3..=3, "clamp(x, lo, hi)", span) {
        return None;
    }
    let x = lw.expr(args[0]);
    let lo = lw.expr(args[1]);
    let hi = lw.expr(args[2]);
    let m = lw.binary(BinaryOp::Max, &x, &lo, span, "clamp");
    Some(lw.binary(BinaryOp::Min, &m, &hi, span, "clamp"))
}

/// `fma(a, b, c)`: `a * b + c` rounded once, on floats.
pub(super) fn fma(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 3..=3, "fma(a, b, c)", span) {
        return None;
    }
    let a = lw.expr(args[0]);
    let b = lw.expr(args[1]);
    let c = lw.expr(args[2]);
    let (ia, ib, t) = lw.unify(&a, &b, "`fma`", span)?;
    let ab = Val::Ir(ia, t.clone());
    let (_, ic, t2) = lw.unify(&ab, &c, "`fma`", span)?;
    if !t2.dtype().is_some_and(|d| d.is_float() && !d.is_fp8()) {
        lw.error(span, format!("`fma` needs floats, found {t2}"));
        return None;
    }
    let ia = lw.broadcast_to(ia, &t, &t2.shape, span)?;
    let ib = lw.broadcast_to(ib, &t, &t2.shape, span)?;
    let r = lw.emit(
        Op::Fma {
            a: ia,
            b: ib,
            c: ic,
        },
        span,
    );
    Some(lw.val(r))
}

/// `cdiv(a, b)`: the ceiling of `a / b`, as `(a + b - 1) / b`.
pub(super) fn cdiv(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "cdiv(a, b)", span) {
        return None;
    }
    let a = lw.expr(args[0]);
    let b = lw.expr(args[1]);
    let one = Val::Int(WeakInt::Lit(1));
    let s = lw.binary(BinaryOp::Add, &a, &b, span, "cdiv");
    let s = lw.binary(BinaryOp::Sub, &s, &one, span, "cdiv");
    Some(lw.binary(BinaryOp::Div, &s, &b, span, "cdiv"))
}

/// `select(cond, a, b)`: `a` where the `bool` condition holds, else `b`; all three
/// broadcast together.
pub(super) fn select(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 3..=3, "select(cond, a, b)", span) {
        return None;
    }
    let c = lw.expr(args[0]);
    let a = lw.expr(args[1]);
    let b = lw.expr(args[2]);
    select_vals(lw, &c, &a, &b, span, args[0].loc())
}

/// `select(c, a, b)` of lowered values (`cond_at`: where the condition is written).
pub(super) fn select_vals(
    lw: &mut Lower,
    c: &Val,
    a: &Val,
    b: &Val,
    span: Loc,
    cond_at: Loc,
) -> Option<Val> {
    let (ia, ib, t) = match (a, b) {
        // Pointers (Triton's `tl.where` on pointers): of one pointee dtype, broadcast to one
        // shape. Backends bind each buffer apart, so both must point into one buffer there.
        (Val::Ir(x, tx), Val::Ir(y, ty)) if tx.pointee().is_some() || ty.pointee().is_some() => {
            if tx.elem != ty.elem {
                lw.error(
                    span,
                    format!(
                        "`select` between pointers needs one pointee dtype, found {tx} and {ty}"
                    ),
                );
                return None;
            }
            let shape = match broadcast_shapes(&tx.shape, &ty.shape) {
                Ok(s) => s,
                Err(m) => {
                    lw.error(span, format!("shape mismatch in `select`: {m}"));
                    return None;
                }
            };
            let x = lw.broadcast_to(*x, tx, &shape, span)?;
            let y = lw.broadcast_to(*y, ty, &shape, span)?;
            (x, y, tx.with_shape(shape))
        }
        _ => lw.unify(a, b, "`select`", span)?,
    };
    let (cid, ct) = lw.typed(c, cond_at)?;
    if ct.dtype() != Some(DType::Bool) {
        lw.error(
            cond_at,
            format!("the condition of `select` must be `bool`, found {ct}"),
        );
        return None;
    }
    let shape = match broadcast_shapes(&ct.shape, &t.shape) {
        Ok(s) => s,
        Err(m) => {
            lw.error(span, format!("shape mismatch in `select`: {m}"));
            return None;
        }
    };
    let cid = lw.broadcast_to(cid, &ct, &shape, span)?;
    let ia = lw.broadcast_to(ia, &t, &shape, span)?;
    let ib = lw.broadcast_to(ib, &t, &shape, span)?;
    let r = lw.emit(
        Op::Select {
            cond: cid,
            on_true: ia,
            on_false: ib,
        },
        span,
    );
    Some(lw.val(r))
}

/// `cast::<D>(x)` converts values, as `x as D` does; `bitcast::<D>(x)` reinterprets the
/// bits, so it needs a dtype of the same width and refuses `bool`.
pub(super) fn cast(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call {
        n,
        generics,
        args,
        span,
    } = *call;
    if !lw.arity(n, args, 1..=1, &format!("{n}::<f32>(x)"), span) {
        return None;
    }
    let d = lw.one_type_arg(n, generics, span)?;
    let v = lw.expr(args[0]);
    if n == "cast" {
        return Some(lw.cast(v, d, span));
    }
    let (id, t) = lw.typed(&v, args[0].loc())?;
    match t.dtype() {
        Some(from) if from.size_bytes() == d.size_bytes() && !from.is_bool() && !d.is_bool() => {}
        _ => {
            lw.error(
                span,
                format!("`bitcast` needs a non-bool dtype of the same width: {t} to `{d}`"),
            );
            return None;
        }
    }
    let r = lw.emit(Op::Bitcast { value: id, to: d }, span);
    Some(lw.val(r))
}
