//! `dot` and `dot_tf32`: the matrix product of two 2-D tiles into an f32 (or i32)
//! accumulator; `dot_tf32` first rounds its f32 factors to TF32 (see
//! [`DotPrecision::Tf32`]), which lets NVIDIA tensor cores run it.

use kernel_core::ir::{DType, DotPrecision, Op, Type};
use syn::Expr;

use super::Call;
use crate::loc::{Loc, Located};
use crate::lower::Lower;
use crate::value::{Val, WeakInt};

/// The registry's entry for `dot` and `dot_tf32`: the name picks the precision.
pub(super) fn lower(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let precision = if call.n == "dot_tf32" {
        DotPrecision::Tf32
    } else {
        DotPrecision::Ieee
    };
    lw.dot(call.args, call.span, precision)
}

impl Lower {
    /// `dot(a, b[, acc])` (`precision` Ieee) or `dot_tf32(a, b[, acc])` (Tf32): the same
    /// arity and shape rules; `dot_tf32` takes f32 factors only.
    pub(super) fn dot(
        &mut self,
        args: &[&Expr],
        span: Loc,
        precision: DotPrecision,
    ) -> Option<Val> {
        let (name, usage) = match precision {
            DotPrecision::Ieee => ("dot", "dot(a, b, acc)"),
            DotPrecision::Tf32 => ("dot_tf32", "dot_tf32(a, b, acc)"),
        };
        if !self.arity(name, args, 2..=3, usage, span) {
            return None;
        }
        let what = format!("`{name}`");
        let (a, at) = self.tile_arg(args[0], &what)?;
        let (b, bt) = self.tile_arg(args[1], &what)?;
        if at.rank() != 2 || bt.rank() != 2 {
            self.error(
                span,
                format!("{what} multiplies 2-D tiles, found {at} and {bt}"),
            );
            return None;
        }
        if at.elem != bt.elem {
            self.error(span, format!("{what} needs both factors of one dtype, found {at} and {bt}; convert one with `as`"));
            return None;
        }
        if at.shape[1] != bt.shape[0] {
            self.error(
                span,
                format!(
                    "shape mismatch in {what}: {at} x {bt}: the inner dimensions {} and {} differ (expected [M, K] x [K, N])",
                    at.shape[1], bt.shape[0]
                ),
            );
            return None;
        }
        let d = at.dtype()?;
        if precision == DotPrecision::Tf32 && d != DType::F32 {
            self.error(
                span,
                format!(
                    "`dot_tf32` rounds f32 factors to TF32, found {at} and {bt}: use `dot` for {d}, or convert both factors with `as f32`"
                ),
            );
            return None;
        }
        let acc_d = match d {
            DType::F64 => DType::F64,
            DType::I8 | DType::U8 => DType::I32,
            d if d.is_float() => DType::F32,
            _ => {
                self.error(
                    span,
                    format!(
                        "`dot` supports f16, bf16, f32, f64, fp8 and 8-bit integers, found {at}"
                    ),
                );
                return None;
            }
        };
        let out_shape = vec![at.shape[0].clone(), bt.shape[1].clone()];
        let acc_ty = Type::tile(acc_d, out_shape);
        let acc = match args.get(2) {
            Some(e) => {
                let v = self.expr(e);
                if let Val::Ir(_, t) = &v
                    && t != &acc_ty
                {
                    self.error(
                        e.loc(),
                        format!("the accumulator of {what} must be {acc_ty}, found {t}"),
                    );
                    return None;
                }
                self.coerce_to_type(&v, &acc_ty, e.loc(), &format!("the accumulator of {what}"))?
            }
            None => {
                let zero = if acc_d == DType::I32 {
                    Val::Int(WeakInt::Lit(0))
                } else {
                    Val::Float(0.0)
                };
                let z = self.materialize(&zero, acc_d, span)?;
                self.broadcast_to(z, &Type::scalar(acc_d), &acc_ty.shape, span)?
            }
        };
        let r = self.emit(
            Op::Dot {
                a,
                b,
                acc,
                precision,
            },
            span,
        );
        Some(self.val(r))
    }
}
