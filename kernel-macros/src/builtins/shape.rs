//! Builtins that make tiles or change their shape: `arange`, `zeros` and `full` create
//! them; `expand_dims`, `broadcast_to`, `reshape`, `trans` and `permute` rearrange them.
//! Their arguments are mostly compile-time shapes and axes (symbolic dimensions included),
//! read with the helpers of [`args`](super::args).

use kernel_core::ir::{BinaryOp, ConstValue, DType, Dim, Op, Type};
use syn::Expr;

use super::Call;
use crate::loc::Located;
use crate::lower::Lower;
use crate::value::{Val, WeakInt};

/// `arange(start, end)`: the integers `start..end` as a 1-D tile. `start` is a literal;
/// a non-zero one lowers to `arange(0, end - start) + start`.
pub(super) fn arange(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "arange(start, end)", span) {
        return None;
    }
    let start = lw.peek_const_int(args[0]);
    let end_dim = lw.dim(args[1])?;
    let Some(start) = start else {
        lw.error(
            args[0].loc(),
            "the start of `arange` must be an integer literal (non-constant where a constant is required)",
        );
        return None;
    };
    let len = match (&end_dim, start) {
        (d, 0) => d.clone(),
        (Dim::Const(e), s) if (s as i128) < (*e as i128) => Dim::Const(e - s as u64),
        (Dim::Const(_), _) => {
            lw.error(span, "`arange(start, end)` needs start < end");
            return None;
        }
        (Dim::Sym(_) | Dim::Op(..), _) => {
            lw.error(
                args[0].loc(),
                "`arange` with a symbolic end must start at 0: write `start + arange(0, END)`",
            );
            return None;
        }
    };
    let r = lw.emit(Op::Arange { len }, span)?;
    let v = lw.val(Some(r));
    if start == 0 {
        return Some(v);
    }
    let s = Val::Int(WeakInt::Lit(start as i128));
    Some(lw.binary(BinaryOp::Add, &v, &s, span, "+"))
}

/// `zeros::<D>([A, B])`: a tile of zeros (`false` for `bool`) of dtype `D`.
pub(super) fn zeros(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call {
        n,
        generics,
        args,
        span,
    } = *call;
    if !lw.arity(n, args, 1..=1, "zeros::<f32>([BM, BN])", span) {
        return None;
    }
    let d = lw.one_type_arg(n, generics, span)?;
    let shape = lw.shape(args[0])?;
    let zero = if d.is_float() {
        Val::Float(0.0)
    } else if d.is_bool() {
        let f = lw.emit(
            Op::Const {
                value: ConstValue::Bool(false),
                dtype: DType::Bool,
            },
            span,
        );
        lw.val(f)
    } else {
        Val::Int(WeakInt::Lit(0))
    };
    let id = lw.materialize(&zero, d, span)?;
    let r = lw.broadcast_to(id, &Type::scalar(d), &shape, span);
    Some(lw.val(r))
}

/// `full([A, B], value)` or `full::<D>([A, B], value)`: a scalar broadcast to a shape; the
/// dtype is the value's, or `D` when given.
pub(super) fn full(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call {
        n,
        generics,
        args,
        span,
    } = *call;
    if !lw.arity(n, args, 2..=2, "full::<f32>([BM, BN], value)", span) {
        return None;
    }
    let shape = lw.shape(args[0])?;
    let v = lw.expr(args[1]);
    let (id, t) = if generics.is_empty() {
        lw.typed(&v, args[1].loc())?
    } else {
        let d = lw.one_type_arg(n, generics, span)?;
        let id = lw.coerce_to_type(&v, &Type::scalar(d), args[1].loc(), "the value of `full`")?;
        (id, Type::scalar(d))
    };
    if !t.is_scalar() {
        lw.error(
            args[1].loc(),
            format!("`full` takes a scalar value, found {t}"),
        );
        return None;
    }
    let r = lw.broadcast_to(id, &t, &shape, span);
    Some(lw.val(r))
}

/// `expand_dims(x, axis)`: inserts an axis of length 1; `axis` may be the new last one.
pub(super) fn expand_dims(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "expand_dims(x, axis)", span) {
        return None;
    }
    let (mut id, t) = lw.tile_arg(args[0], "`expand_dims`")?;
    // Several axes, `expand_dims(x, [0, 2])`: positions in the result, inserted in
    // ascending order.
    if let Expr::Array(a) = args[1] {
        let out_rank = t.rank() + a.elems.len();
        let mut axes = Vec::new();
        for e in &a.elems {
            axes.push(lw.axis(e, out_rank)?);
        }
        axes.sort_unstable();
        if axes.windows(2).any(|w| w[0] == w[1]) {
            lw.error(args[1].loc(), "`expand_dims` got the same axis twice");
            return None;
        }
        for axis in axes {
            id = lw.emit(Op::ExpandDims { value: id, axis }, span)?;
        }
        return Some(lw.val(Some(id)));
    }
    let axis = lw.axis(args[1], t.rank() + 1)?;
    let r = lw.emit(Op::ExpandDims { value: id, axis }, span);
    Some(lw.val(r))
}

/// `broadcast_to(x, [A, B])`: the explicit form of the broadcasting that operators do.
pub(super) fn broadcast_to(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "broadcast_to(x, [A, B])", span) {
        return None;
    }
    let v = lw.expr(args[0]);
    let shape = lw.shape(args[1])?;
    let (id, t) = lw.typed(&v, args[0].loc())?;
    if !crate::value::broadcasts_to(&t.shape, &shape) {
        lw.error(
            span,
            format!(
                "cannot broadcast {t} to {}",
                kernel_core::ir::shape_to_string(&shape)
            ),
        );
        return None;
    }
    let r = lw.broadcast_to(id, &t, &shape, span);
    Some(lw.val(r))
}

/// `reshape(x, [A, B])`: the same elements, in row-major order, in a shape of the same
/// element count.
pub(super) fn reshape(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "reshape(x, [A, B])", span) {
        return None;
    }
    let (id, _) = lw.tile_arg(args[0], "`reshape`")?;
    let shape = lw.shape(args[1])?;
    let r = lw.emit(Op::Reshape { value: id, shape }, span);
    Some(lw.val(r))
}

/// `trans(x)`: the transpose of a 2-D tile, as `permute(x, [1, 0])`.
pub(super) fn trans(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 1..=1, "trans(x)", span) {
        return None;
    }
    let (id, t) = lw.tile_arg(args[0], "`trans`")?;
    if t.rank() != 2 {
        lw.error(
            args[0].loc(),
            format!("`trans` needs a 2-D tile, found {t}; use `permute` for other ranks"),
        );
        return None;
    }
    let r = lw.emit(
        Op::Permute {
            value: id,
            perm: vec![1, 0],
        },
        span,
    );
    Some(lw.val(r))
}

/// `permute(x, [1, 0, 2])`: reorders the axes; the permutation is a literal array.
pub(super) fn permute(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "permute(x, [1, 0, 2])", span) {
        return None;
    }
    let (id, t) = lw.tile_arg(args[0], "`permute`")?;
    let Expr::Array(a) = args[1] else {
        lw.error(args[1].loc(), "expected a permutation like `[1, 0]`");
        return None;
    };
    let mut perm = Vec::new();
    for e in &a.elems {
        perm.push(lw.const_int(e, "a permutation entry")? as u32);
    }
    let mut sorted = perm.clone();
    sorted.sort_unstable();
    if sorted != (0..t.rank() as u32).collect::<Vec<_>>() {
        lw.error(
            args[1].loc(),
            format!("expected a permutation of 0..{} for {t}", t.rank()),
        );
        return None;
    }
    let r = lw.emit(Op::Permute { value: id, perm }, span);
    Some(lw.val(r))
}
