//! Builtins that move or count elements by position: Triton's `gather` (with the range of
//! its indices asserted first), `flip` (a `gather` by the reversed `arange`, so every backend
//! runs it as it runs `gather`), `sort` and `histogram`.

use kernel_core::ir::{BinaryOp, CmpOp, DType, Dim, Op, Type, ValueId};

use super::Call;
use crate::loc::{Loc, Located};
use crate::lower::Lower;
use crate::value::{Val, WeakInt};

/// `gather(src, index, axis)`: result element `i` is `src` at `i` with coordinate `axis`
/// replaced by `index[i]` (Triton's `tl.gather`). `index` is an integer tile of `src`'s
/// rank whose extents match `src`'s but along `axis`; an index outside `0..n` fails the
/// launch's `device_assert` (the op itself would read the clamped index).
pub(super) fn gather(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 3..=3, "gather(src, index, axis)", span) {
        return None;
    }
    let (src, st) = lw.tile_arg(args[0], "`gather`")?;
    let (index, it) = lw.tile_arg(args[1], "`gather`'s index")?;
    let axis = lw.axis(args[2], st.rank())?;
    if st.dtype().is_none() {
        lw.error(
            args[0].loc(),
            format!("`gather` moves values, found the pointer tile {st}"),
        );
        return None;
    }
    let a = axis as usize;
    if !it.dtype().is_some_and(|d| d.is_int())
        || it.rank() != st.rank()
        || (0..st.rank()).any(|d| d != a && st.shape[d] != it.shape[d])
    {
        lw.error(
            args[1].loc(),
            format!(
                "`gather`'s index must be an integer tile of {st}'s shape but along axis \
                 {axis}, found {it}"
            ),
        );
        return None;
    }
    // Every index in range, or the launch fails naming this line.
    let iv = lw.val(Some(index));
    let low = lw.compare(CmpOp::Ge, &iv, &Val::Int(WeakInt::Lit(0)), span);
    let extent = lw.dim_value(&st.shape[a], span);
    let high = lw.compare(CmpOp::Lt, &iv, &extent, span);
    let ok = lw.binary(BinaryOp::And, &low, &high, span, "&");
    let (cond, _) = lw.typed(&ok, span)?;
    lw.emit_void(
        Op::Assert {
            cond,
            message: format!(
                "`gather` index outside 0..{} along axis {axis}",
                st.shape[a]
            ),
        },
        span,
    );
    let r = lw.emit(Op::Gather { src, index, axis }, span);
    Some(lw.val(r))
}

/// `flip(x)`, `flip(x, axis)`: the elements in reverse order along `axis` (the last by
/// default), a `gather` by `n - 1 - arange(0, n)`.
pub(super) fn flip(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 1..=2, "flip(x[, axis])", span) {
        return None;
    }
    let (src, st) = lw.tile_arg(args[0], "`flip`")?;
    if st.is_scalar() {
        lw.error(
            args[0].loc(),
            format!("`flip` takes a tile, found the scalar {st}"),
        );
        return None;
    }
    let axis = match args.get(1) {
        Some(e) => lw.axis(e, st.rank())?,
        None => st.rank() as u32 - 1,
    };
    let index = reversed(lw, &st, axis as usize, span)?;
    let r = lw.emit(Op::Gather { src, index, axis }, span);
    Some(lw.val(r))
}

/// `n - 1 - arange(0, n)` along `axis` of `t`'s shape, broadcast to it.
fn reversed(lw: &mut Lower, t: &Type, axis: usize, span: Loc) -> Option<ValueId> {
    let len = t.shape[axis].clone();
    let ar = lw.emit(Op::Arange { len: len.clone() }, span);
    let ar = lw.val(ar);
    let last = lw.dim_value(
        &Dim::op(kernel_core::ir::DimOp::Sub, len, Dim::Const(1)),
        span,
    );
    let rev = lw.binary(BinaryOp::Sub, &last, &ar, span, "-");
    let (id, _) = lw.typed(&rev, span)?;
    along_axis(lw, id, &t.shape, axis, span)
}

/// The 1-D tile `v` (of extent `shape[axis]`) laid along `axis` of `shape`:
/// `[n] -> [1, .., n, .., 1] -> shape`.
pub(super) fn along_axis(
    lw: &mut Lower,
    mut v: ValueId,
    shape: &[Dim],
    axis: usize,
    span: Loc,
) -> Option<ValueId> {
    for d in 0..shape.len() {
        if d != axis {
            v = lw.emit(
                Op::ExpandDims {
                    value: v,
                    axis: d as u32,
                },
                span,
            )?;
        }
    }
    let t = lw.b.ty(v).clone();
    lw.broadcast_to(v, &t, shape, span)
}

/// `histogram(x, bins)`, `histogram(x, bins, mask)`: an `i32` tile of `bins` counts, bin
/// `b` counting the elements of the 1-D integer tile `x` equal to `b` (and whose `mask` is
/// true); values outside `0..bins` count nowhere (Triton's `tl.histogram`).
pub(super) fn histogram(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=3, "histogram(x, bins[, mask])", span) {
        return None;
    }
    let (value, xt) = lw.tile_arg(args[0], "`histogram`")?;
    if xt.rank() != 1 || !xt.dtype().is_some_and(|d| d.is_int()) {
        lw.error(
            args[0].loc(),
            format!("`histogram` counts a 1-D integer tile, found {xt}"),
        );
        return None;
    }
    let bins = lw.dim(args[1])?;
    let mask = match args.get(2) {
        Some(e) => {
            let m = lw.expr(e);
            let (mid, mt) = lw.typed(&m, e.loc())?;
            if mt.dtype() != Some(DType::Bool) || mt.shape != xt.shape {
                lw.error(
                    e.loc(),
                    format!("`histogram`'s mask must be a `bool` tile of {xt}'s shape, found {mt}"),
                );
                return None;
            }
            Some(mid)
        }
        None => None,
    };
    let r = lw.emit(Op::Histogram { value, mask, bins }, span);
    Some(lw.val(r))
}

/// `sort(x)`, `sort(x, axis)`, `sort_descending(x[, axis])`: each line along `axis` (the last
/// by default) in ascending (descending) order, stably; floats in IEEE's total order with
/// NaNs last (first descending) whatever their sign (Triton's `tl.sort`).
pub(super) fn sort(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 1..=2, &format!("{n}(x[, axis])"), span) {
        return None;
    }
    let (value, t) = lw.tile_arg(args[0], &format!("`{n}`"))?;
    if t.is_scalar() || t.dtype().is_none_or(|d| d.is_fp8()) {
        lw.error(
            args[0].loc(),
            format!("`{n}` sorts a tile of numbers or `bool`, found {t}"),
        );
        return None;
    }
    let axis = match args.get(1) {
        Some(e) => lw.axis(e, t.rank())?,
        None => t.rank() as u32 - 1,
    };
    let r = lw.emit(
        Op::Sort {
            value,
            axis,
            descending: n == "sort_descending",
        },
        span,
    );
    Some(lw.val(r))
}
