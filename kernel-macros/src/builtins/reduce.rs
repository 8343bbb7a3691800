//! Builtins that combine the elements of a tile along an axis: the reductions (`sum`,
//! `max`, `min`, `prod`; `sum::<T>` sums in `T`, and a `bool` tile sums as `i32`), the arg-reductions (`argmax`, `argmin`) and the scans (`cumsum`,
//! `cumprod`). They take a tile and an axis, unlike the elementwise builtins, which is why
//! `max(a, b)` on scalars gets a pointer to `maximum`.

use kernel_core::ir::{ArgReduceOp, Op, ReduceOp};

use super::Call;
use crate::loc::Located;
use crate::lower::Lower;
use crate::value::Val;

/// `sum(x, axis)`, `max`, `min`, `prod`: removes `axis`; without an axis, reduces every
/// axis down to a scalar.
pub(super) fn reduce(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call {
        n,
        args,
        span,
        generics,
    } = *call;
    // The builtins are named as the IR names their ops (the op table).
    let op = ReduceOp::from_name(n).unwrap_or_else(|| unreachable!("`{n}` is not a reduction"));
    if !lw.arity(n, args, 1..=2, &format!("{n}(x, axis)"), span) {
        return None;
    }
    let (mut id, mut t) = lw.tile_arg(args[0], &format!("`{n}`"))?;
    // `sum::<T>(x, axis)` sums in `T` (Triton's `dtype=`): the operand is cast first. A
    // `bool` tile is summed as `i32` (it counts), as in Triton.
    let to = if generics.is_empty() {
        (n == "sum" && t.dtype() == Some(kernel_core::ir::DType::Bool))
            .then_some(kernel_core::ir::DType::I32)
    } else {
        Some(lw.one_type_arg(n, generics, span)?)
    };
    if let Some(d) = to
        && t.dtype() != Some(d)
    {
        let v = lw.cast(Val::Ir(id, t.clone()), d, span);
        let Val::Ir(cid, ct) = v else {
            return None;
        };
        (id, t) = (cid, ct);
    }
    if t.is_scalar() {
        lw.error(
            args[0].loc(),
            format!(
                "`{n}` reduces a tile, found the scalar {t}; for the elementwise {n} of two values use `{}um(a, b)`",
                if n == "max" { "maxim" } else { "minim" }
            ),
        );
        return None;
    }
    if !t
        .dtype()
        .is_some_and(|d| (d.is_int() || d.is_float()) && !d.is_fp8())
    {
        lw.error(args[0].loc(), format!("`{n}` needs numbers, found {t}"));
        return None;
    }
    if args.len() == 2 {
        let axis = lw.axis(args[1], t.rank())?;
        let r = lw.emit(
            Op::Reduce {
                op,
                value: id,
                axis,
            },
            span,
        );
        return Some(lw.val(r));
    }
    for _ in 0..t.rank() {
        id = lw.emit(
            Op::Reduce {
                op,
                value: id,
                axis: 0,
            },
            span,
        )?;
    }
    Some(lw.val(Some(id)))
}

/// `argmax(x, axis)` and `argmin(x, axis)`: the index of the extreme value along `axis`.
pub(super) fn arg_reduce(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, &format!("{n}(x, axis)"), span) {
        return None;
    }
    let (id, t) = lw.tile_arg(args[0], &format!("`{n}`"))?;
    let axis = lw.axis(args[1], t.rank())?;
    let op = if n == "argmax" {
        ArgReduceOp::ArgMax
    } else {
        ArgReduceOp::ArgMin
    };
    let r = lw.emit(
        Op::ArgReduce {
            op,
            value: id,
            axis,
        },
        span,
    );
    Some(lw.val(r))
}

/// `cumsum(x, axis)` and `cumprod(x, axis)`: inclusive scans, which keep the shape.
pub(super) fn scan(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, &format!("{n}(x, axis)"), span) {
        return None;
    }
    let (id, t) = lw.tile_arg(args[0], &format!("`{n}`"))?;
    let axis = lw.axis(args[1], t.rank())?;
    let op = if n == "cumsum" {
        ReduceOp::Sum
    } else {
        ReduceOp::Prod
    };
    let r = lw.emit(
        Op::Scan {
            op,
            value: id,
            axis,
        },
        span,
    );
    Some(lw.val(r))
}
