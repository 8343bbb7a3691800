//! `dot`: the matrix product of two 2-D tiles into an f32 (or i32) accumulator.

use kernel_core::ir::{DType, DotPrecision, Op, Type};
use syn::Expr;

use crate::loc::{Loc, Located};
use crate::lower::Lower;
use crate::value::{Val, WeakInt};

impl Lower {
    pub(super) fn dot(&mut self, args: &[&Expr], span: Loc) -> Option<Val> {
        if !self.arity("dot", args, 2..=3, "dot(a, b, acc)", span) {
            return None;
        }
        let (a, at) = self.tile_arg(args[0], "`dot`")?;
        let (b, bt) = self.tile_arg(args[1], "`dot`")?;
        if at.rank() != 2 || bt.rank() != 2 {
            self.error(
                span,
                format!("`dot` multiplies 2-D tiles, found {at} and {bt}"),
            );
            return None;
        }
        if at.elem != bt.elem {
            self.error(span, format!("`dot` needs both factors of one dtype, found {at} and {bt}; convert one with `as`"));
            return None;
        }
        if at.shape[1] != bt.shape[0] {
            self.error(
                span,
                format!(
                    "shape mismatch in `dot`: {at} x {bt}: the inner dimensions {} and {} differ (expected [M, K] x [K, N])",
                    at.shape[1], bt.shape[0]
                ),
            );
            return None;
        }
        let d = at.dtype()?;
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
                        format!("the accumulator of `dot` must be {acc_ty}, found {t}"),
                    );
                    return None;
                }
                self.coerce_to_type(&v, &acc_ty, e.loc(), "the accumulator of `dot`")?
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
                precision: DotPrecision::Ieee,
            },
            span,
        );
        Some(self.val(r))
    }
}
