//! Builtins that pair tiles up and take them apart, Triton's `join`, `split`,
//! `interleave` and `cat`, and `ravel`. Each is written with the IR's other ops (broadcasts,
//! a `select` on the new axis, permutes, reshapes, and for `split` a fold that keeps one
//! element of each pair), so every backend runs them as it runs those, bit for bit.

use kernel_core::ir::{Dim, DimOp, FoldKind, Inst, Op, Type, ValueId};
use syn::Expr;

use super::Call;
use super::math::select_vals;
use crate::loc::{Loc, Located};
use crate::lower::Lower;
use crate::value::{Val, WeakInt};

/// `join(a, b)`: a new last axis of 2, `a` at index 0 and `b` at 1 (`a` and `b` broadcast
/// to one shape and dtype).
pub(super) fn join(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "join(a, b)", span) {
        return None;
    }
    let a = lw.expr(args[0]);
    let b = lw.expr(args[1]);
    join_vals(lw, &a, &b, span)
}

/// [`join`] of lowered values.
fn join_vals(lw: &mut Lower, a: &Val, b: &Val, span: Loc) -> Option<Val> {
    let (ia, ib, t) = lw.unify(a, b, "`join`", span)?;
    let ta = lw.b.ty(ia).clone();
    let tb = lw.b.ty(ib).clone();
    let ia = lw.broadcast_to(ia, &ta, &t.shape, span)?;
    let ib = lw.broadcast_to(ib, &tb, &t.shape, span)?;
    let mut shape = t.shape.clone();
    shape.push(Dim::Const(2));
    let rank = t.rank() as u32;
    let pair = |lw: &mut Lower, id: ValueId| -> Option<Val> {
        let e = lw.emit(
            Op::ExpandDims {
                value: id,
                axis: rank,
            },
            span,
        )?;
        let te = lw.b.ty(e).clone();
        let r = lw.broadcast_to(e, &te, &shape, span)?;
        Some(lw.val(Some(r)))
    };
    let (pa, pb) = (pair(lw, ia)?, pair(lw, ib)?);
    let idx = lw.emit(Op::Arange { len: Dim::Const(2) }, span);
    let idx = lw.val(idx);
    let first = lw.compare(
        kernel_core::ir::CmpOp::Eq,
        &idx,
        &Val::Int(WeakInt::Lit(0)),
        span,
    );
    select_vals(lw, &first, &pa, &pb, span, span)
}

/// `split(x)` (a last axis of 2): its two halves, `let (a, b) = split(x);`, each the
/// element of its pair exactly (no arithmetic).
pub(crate) fn split_tuple(lw: &mut Lower, args: &[&Expr], span: Loc) -> Option<Vec<Val>> {
    if args.len() != 1 {
        lw.error(span, "`split` takes one tile: `let (a, b) = split(x);`");
        return None;
    }
    let (id, t) = {
        let v = lw.expr(args[0]);
        lw.typed(&v, args[0].loc())?
    };
    if t.shape.last() != Some(&Dim::Const(2)) {
        lw.error(
            args[0].loc(),
            format!("`split` takes a tile whose last axis is 2 (as `join` makes), found {t}"),
        );
        return None;
    }
    if t.pointee().is_some() {
        lw.error(
            args[0].loc(),
            format!("`split` splits values, found the pointers {t}"),
        );
        return None;
    }
    let d = t.dtype().expect("a non-pointer tile has a dtype");
    let mut shape = t.shape.clone();
    shape.pop();
    let axis = (t.rank() - 1) as u32;
    let mut out = Vec::new();
    for keep in 0..2 {
        // A fold over the pair whose combine returns its first or its second argument.
        let params = vec![
            lw.b.fresh_value(Type::scalar(d)),
            lw.b.fresh_value(Type::scalar(d)),
        ];
        let r = lw.b.fresh_value(Type::tile(d, shape.clone()));
        lw.b.push_inst(Inst::new(
            None,
            Op::Fold {
                kind: FoldKind::Reduce,
                values: vec![id],
                axis,
                params: params.clone(),
                body: Vec::new(),
                yields: vec![params[keep]],
                results: vec![r],
            },
        ));
        out.push(lw.val(Some(r)));
    }
    Some(out)
}

/// `split` where one value is expected.
pub(super) fn split(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    lw.error(
        call.span,
        "`split` gives two tiles: destructure them, `let (a, b) = split(x);`",
    );
    None
}

/// `interleave(a, b)`: `a0, b0, a1, b1, ...` along the last axis (twice as long).
pub(super) fn interleave(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "interleave(a, b)", span) {
        return None;
    }
    let a = lw.expr(args[0]);
    let b = lw.expr(args[1]);
    let j = join_vals(lw, &a, &b, span)?;
    let (id, t) = lw.typed(&j, span)?;
    if t.rank() < 2 {
        lw.error(span, "`interleave` takes tiles, not scalars");
        return None;
    }
    let mut shape = t.shape.clone();
    shape.pop();
    let last = shape.pop().expect("rank >= 2");
    shape.push(Dim::op(DimOp::Mul, last, Dim::Const(2)));
    let r = lw.emit(Op::Reshape { value: id, shape }, span);
    Some(lw.val(r))
}

/// `cat(a, b)` or `cat(a, b, axis)`: `a` then `b` along `axis` (0 by default), tiles of one
/// shape.
pub(super) fn cat(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=3, "cat(a, b[, axis])", span) {
        return None;
    }
    let a = lw.expr(args[0]);
    let b = lw.expr(args[1]);
    let (ta, tb) = match (&a, &b) {
        (Val::Ir(_, ta), Val::Ir(_, tb)) => (ta.clone(), tb.clone()),
        (Val::Poison, _) | (_, Val::Poison) => return None,
        _ => {
            lw.error(span, "`cat` concatenates tiles, not literals");
            return None;
        }
    };
    if ta.shape != tb.shape || ta.rank() == 0 {
        lw.error(
            span,
            format!("`cat` takes two tiles of one shape, found {ta} and {tb}"),
        );
        return None;
    }
    let rank = ta.rank();
    let axis = match args.get(2) {
        Some(e) => lw.axis(e, rank)? as usize,
        None => 0,
    };
    let j = join_vals(lw, &a, &b, span)?;
    let (id, _) = lw.typed(&j, span)?;
    // The pair axis (last) moves in front of `axis`, then the two merge.
    let mut perm: Vec<u32> = (0..axis as u32).collect();
    perm.push(rank as u32);
    perm.extend(axis as u32..rank as u32);
    let p = lw.emit(Op::Permute { value: id, perm }, span)?;
    let mut shape = ta.shape.clone();
    shape[axis] = Dim::op(DimOp::Mul, Dim::Const(2), shape[axis].clone());
    let r = lw.emit(Op::Reshape { value: p, shape }, span);
    Some(lw.val(r))
}

/// `ravel(x)`: the elements in row-major order as a 1-D tile.
pub(super) fn ravel(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 1..=1, "ravel(x)", span) {
        return None;
    }
    let (id, t) = lw.tile_arg(args[0], "`ravel`")?;
    let Some(first) = t.shape.first().cloned() else {
        lw.error(
            args[0].loc(),
            format!("`ravel` takes a tile, found the scalar {t}"),
        );
        return None;
    };
    let len = t.shape[1..]
        .iter()
        .fold(first, |n, d| Dim::op(DimOp::Mul, n, d.clone()));
    let r = lw.emit(
        Op::Reshape {
            value: id,
            shape: vec![len],
        },
        span,
    );
    Some(lw.val(r))
}
