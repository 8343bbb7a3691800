//! Triton's compiler hints: `multiple_of`, `max_contiguous` and `assume`. Each is checked
//! where the launch is checked, by IR the front end writes inside `if checked { ... }`
//! (`Op::Checked`): the interpreter and WGSL always run the check, CUDA only in checked mode,
//! and an unchecked CUDA launch has no code for it at all. `multiple_of` and
//! `max_contiguous` then hand their facts to the code generator (`Op::Hint`), which may
//! use them (CUDA's aligned vector accesses) and never changes results by them.

use kernel_core::ir::{BinaryOp, CmpOp, Dim, Inst, Op, ValueId};

use super::Call;
use crate::loc::{Loc, Located};
use crate::lower::Lower;
use crate::value::{Val, WeakInt};

/// `multiple_of(x, n)`, `max_contiguous(x, n)`: `x` itself, with the fact checked first.
/// For a scalar, `multiple_of` says `x % n == 0`. For a tile, along the last axis:
/// `max_contiguous(x, c)` says each aligned run of `c` elements counts up by one, and
/// `multiple_of(x, n)` that each element starting a run of consecutive values (the first,
/// and any that is not its left neighbour plus one) is a multiple of `n`: Triton's
/// meaning, so that `max_contiguous(multiple_of(pid * B + arange(0, B), B), B)` holds.
pub(super) fn hint(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, &format!("{n}(x, n)"), span) {
        return None;
    }
    let x = lw.expr(args[0]);
    // A literal or a const generic (or arithmetic on them), as a tile dimension is.
    let k = lw.dim(args[1])?;
    if k.as_const() == Some(0) {
        lw.error(args[1].loc(), format!("`{n}` states a fact of at least 1"));
        return None;
    }
    // A literal or const generic is known already.
    if matches!(x, Val::Int(_)) {
        return Some(x);
    }
    let (value, t) = lw.typed(&x, args[0].loc())?;
    if !t.dtype().is_some_and(|d| d.is_int()) {
        lw.error(
            args[0].loc(),
            format!("`{n}` states a fact about integers, found {t}"),
        );
        return None;
    }
    let contiguous = n == "max_contiguous";
    if contiguous && t.is_scalar() {
        lw.error(
            args[0].loc(),
            format!("`max_contiguous` states a fact about a tile's runs, found the scalar {t}"),
        );
        return None;
    }
    let message = format!("`{n}({k})` does not hold");
    let fact = k.clone();
    checked(lw, span, &message, |lw| {
        let xv = lw.val(Some(value));
        let k = lw.dim_value(&k, span);
        let zero = Val::Int(WeakInt::Lit(0));
        if t.is_scalar() {
            let rem = lw.binary(BinaryOp::Rem, &xv, &k, span, "%");
            return Some(lw.compare(CmpOp::Eq, &rem, &zero, span));
        }
        // The last-axis position of every element, and the element to its left.
        let (j, prev) = left_neighbour(lw, value, &t.shape, span)?;
        let one = Val::Int(WeakInt::Lit(1));
        let next = lw.binary(BinaryOp::Add, &prev, &one, span, "+");
        let follows = lw.compare(CmpOp::Eq, &xv, &next, span);
        if contiguous {
            // Inside an aligned run (position not a multiple of k): one more than the left.
            let pos = lw.binary(BinaryOp::Rem, &j, &k, span, "%");
            let starts = lw.compare(CmpOp::Eq, &pos, &zero, span);
            Some(lw.binary(BinaryOp::Or, &starts, &follows, span, "|"))
        } else {
            // A run's first element is a multiple of k.
            let not_first = lw.compare(CmpOp::Ne, &j, &zero, span);
            let inside = lw.binary(BinaryOp::And, &not_first, &follows, span, "&");
            let rem = lw.binary(BinaryOp::Rem, &xv, &k, span, "%");
            let divides = lw.compare(CmpOp::Eq, &rem, &zero, span);
            Some(lw.binary(BinaryOp::Or, &inside, &divides, span, "|"))
        }
    })?;
    let one = Dim::Const(1);
    let (multiple_of, max_contiguous) = if contiguous { (one, fact) } else { (fact, one) };
    let r = lw.emit(
        Op::Hint {
            value,
            multiple_of,
            max_contiguous,
        },
        span,
    );
    Some(lw.val(r))
}

/// `assume(cond)`, `assume(cond, "message")`: `cond` (a `bool` scalar or tile) holds, checked
/// where the launch is checked (failing it with the message), free elsewhere.
pub(super) fn assume(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 1..=2, "assume(cond[, \"message\"])", span) {
        return None;
    }
    let message = match args.get(1) {
        Some(m) => lw.string_lit(m)?,
        None => "an `assume` does not hold".to_string(),
    };
    let cond = args[0];
    checked(lw, span, &message, |lw| Some(lw.expr(cond)))?;
    Some(Val::Poison)
}

/// Emits `if checked { assert(build(), message) }`.
fn checked(
    lw: &mut Lower,
    span: Loc,
    message: &str,
    build: impl FnOnce(&mut Lower) -> Option<Val>,
) -> Option<()> {
    let flag = lw.emit(Op::Checked, span)?;
    lw.b.open();
    let cond = build(lw).and_then(|c| lw.typed(&c, span));
    let body = lw.b.close();
    let (cond, ct) = cond?;
    if ct.dtype() != Some(kernel_core::ir::DType::Bool) {
        lw.error(span, format!("the condition must be a `bool`, found {ct}"));
        return None;
    }
    let mut body = body;
    let mut assert = Inst::new(
        None,
        Op::Assert {
            cond,
            message: message.to_string(),
        },
    );
    assert.loc = body.last().and_then(|i| i.loc);
    body.push(assert);
    lw.b.push_inst(Inst::new(
        None,
        Op::If {
            cond: flag,
            then_block: body,
            else_block: Vec::new(),
        },
    ));
    Some(())
}

/// The last-axis position of each element of `x` (of shape `shape`), and the element to
/// its left (itself at position 0): a `gather` by `max(j - 1, 0)`.
fn left_neighbour(lw: &mut Lower, x: ValueId, shape: &[Dim], span: Loc) -> Option<(Val, Val)> {
    let rank = shape.len();
    let last = shape[rank - 1].clone();
    let ar = lw.emit(Op::Arange { len: last }, span)?;
    let j = super::gather::along_axis(lw, ar, shape, rank - 1, span)?;
    let jv = lw.val(Some(j));
    let one = Val::Int(WeakInt::Lit(1));
    let left = lw.binary(BinaryOp::Sub, &jv, &one, span, "-");
    let zero = Val::Int(WeakInt::Lit(0));
    let left = lw.binary(BinaryOp::Max, &left, &zero, span, "maximum");
    let (index, _) = lw.typed(&left, span)?;
    let prev = lw.emit(
        Op::Gather {
            src: x,
            index,
            axis: rank as u32 - 1,
        },
        span,
    );
    Some((jv, lw.val(prev)))
}
