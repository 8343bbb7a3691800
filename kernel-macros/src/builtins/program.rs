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

/// `static_assert(BLOCK % 16 == 0, "message")`: a condition on the const generics, checked
/// when the kernel is specialized (at once when it mentions none), which fails with the
/// message. The sides are arithmetic on literals and const generics (`+ - * / %`), compared
/// with `== != < <= > >=`; `&&` joins several.
pub(super) fn static_assert(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 1..=2, "static_assert(cond, \"message\")", span) {
        return None;
    }
    let message = match args.get(1) {
        Some(m) => lw.string_lit(m)?,
        None => "static assertion".to_string(),
    };
    static_conds(lw, args[0], &message);
    Some(Val::Poison)
}

/// Emits (or checks now) each `&&`-joined comparison of `e`.
fn static_conds(lw: &mut Lower, e: &syn::Expr, message: &str) {
    use kernel_core::ir::CmpOp;
    let syn::Expr::Binary(b) = e else {
        if let syn::Expr::Paren(p) = e {
            return static_conds(lw, &p.expr, message);
        }
        lw.error(
            e.loc(),
            "`static_assert` takes a comparison of const generics, `BLOCK % 16 == 0` (several joined by `&&`)",
        );
        return;
    };
    let op = match b.op {
        syn::BinOp::And(_) => {
            static_conds(lw, &b.left, message);
            static_conds(lw, &b.right, message);
            return;
        }
        syn::BinOp::Eq(_) => CmpOp::Eq,
        syn::BinOp::Ne(_) => CmpOp::Ne,
        syn::BinOp::Lt(_) => CmpOp::Lt,
        syn::BinOp::Le(_) => CmpOp::Le,
        syn::BinOp::Gt(_) => CmpOp::Gt,
        syn::BinOp::Ge(_) => CmpOp::Ge,
        _ => {
            lw.error(
                e.loc(),
                "`static_assert` takes a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=`), several joined by `&&`",
            );
            return;
        }
    };
    let (Some(lhs), Some(rhs)) = (lw.dim_expr(&b.left, true), lw.dim_expr(&b.right, true)) else {
        return;
    };
    if let (Some(a), Some(c)) = (lhs.as_const(), rhs.as_const()) {
        let holds = op.holds(a, c);
        if !holds {
            lw.error(e.loc(), format!("static assertion failed: {message}"));
        }
        return;
    }
    lw.emit_void(
        Op::StaticAssert {
            lhs,
            op,
            rhs,
            message: message.to_string(),
        },
        e.loc(),
    );
}

/// `debug_barrier()`: Triton's `tl.debug_barrier()`, a barrier of the program's lanes after
/// which each sees the others' stores (see `Op::Barrier`).
pub(super) fn debug_barrier(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 0..=0, "debug_barrier()", span) {
        return None;
    }
    lw.emit_void(Op::Barrier, span);
    Some(Val::Poison)
}
