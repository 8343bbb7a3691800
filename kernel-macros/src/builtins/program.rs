//! Builtins about the running program instance rather than its data: where it sits in the
//! launch grid (`program_id`, `num_programs`) and the debugging calls `device_assert` and
//! `device_print`, which check or show values while the kernel runs.

use kernel_core::ir::{DType, Op};

use super::Call;
use crate::loc::Located;
use crate::lower::Lower;
use crate::value::Val;

/// `program_id(axis)` and `num_programs(axis)`: this program's index in the grid, and the
/// grid's size, along axis 0, 1 or 2.
pub(super) fn grid(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 1..=1, &format!("{n}(axis)"), span) {
        return None;
    }
    let axis = lw.const_int(args[0], "the grid axis")?;
    if !(0..=2).contains(&axis) {
        lw.error(
            args[0].loc(),
            format!("the grid axis must be 0, 1 or 2, found {axis}"),
        );
        return None;
    }
    let op = if n == "program_id" {
        Op::ProgramId { axis: axis as u8 }
    } else {
        Op::NumPrograms { axis: axis as u8 }
    };
    let r = lw.emit(op, span);
    Some(lw.val(r))
}

/// `device_assert(cond, "message")`: fails the launch with `message` if any element of
/// `cond` is false.
pub(super) fn device_assert(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=2, "device_assert(cond, \"message\")", span) {
        return None;
    }
    let c = lw.expr(args[0]);
    let message = lw.string_lit(args[1])?;
    let (cond, ct) = lw.typed(&c, args[0].loc())?;
    if ct.dtype() != Some(DType::Bool) {
        lw.error(
            args[0].loc(),
            format!("`device_assert` needs a `bool` condition, found {ct}"),
        );
        return None;
    }
    lw.emit_void(Op::Assert { cond, message }, span);
    Some(Val::Poison)
}

/// `device_print("prefix", values...)`: prints a literal prefix and any number of values,
/// with the program id, on the host.
pub(super) fn device_print(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { args, span, .. } = *call;
    if args.is_empty() {
        lw.error(
            span,
            "`device_print` takes a prefix string and values: `device_print(\"x =\", x)`",
        );
        return None;
    }
    let prefix = lw.string_lit(args[0])?;
    let mut values = Vec::new();
    for a in &args[1..] {
        let v = lw.expr(a);
        values.push(lw.typed(&v, a.loc())?.0);
    }
    lw.emit_void(Op::Print { prefix, values }, span);
    Some(Val::Poison)
}
