//! The random-number builtins `rand`, `randn` and `randint`. They are counter-based
//! (Philox4x32-10): each element is a pure function of a scalar seed and its integer offset,
//! so the same seed and offsets give the same numbers on every backend, with no state.

use kernel_core::ir::{DType, Op, RandKind};

use super::Call;
use crate::loc::Located;
use crate::lower::Lower;
use crate::value::Val;

/// `rand(seed, offsets)` (uniform f32 in [0, 1)), `randn` (standard normal f32) and
/// `randint` (u32): one value per offset, of the offsets' shape.
pub(super) fn rand(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, &format!("{n}(seed, offsets)"), span) {
        return None;
    }
    let s = lw.expr(args[0]);
    let (seed, st) = lw.typed(&s, args[0].loc())?;
    if !st.is_scalar()
        || !st
            .dtype()
            .is_some_and(|d| matches!(d, DType::I32 | DType::U32 | DType::I64 | DType::U64))
    {
        lw.error(
            args[0].loc(),
            format!("the seed of `{n}` must be a scalar i32, u32, i64 or u64, found {st}"),
        );
        return None;
    }
    let o = lw.expr(args[1]);
    let (offset, ot) = lw.typed(&o, args[1].loc())?;
    if !ot.dtype().is_some_and(|d| d.is_int()) {
        lw.error(
            args[1].loc(),
            format!("the offsets of `{n}` must be integers, found {ot}"),
        );
        return None;
    }
    let kind = match n {
        "rand" => RandKind::Uniform,
        "randn" => RandKind::Normal,
        _ => RandKind::Int,
    };
    let r = lw.emit(Op::Rand { kind, seed, offset }, span);
    Some(lw.val(r))
}
