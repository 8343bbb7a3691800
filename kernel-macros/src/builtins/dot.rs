//! `dot` and `dot_tf32`: the matrix product of two 2-D tiles (or of two batches of them, 3-D
//! tiles) into an f32 (or i32, or for f16 and fp8 factors an f16) accumulator; `dot_tf32` first rounds its f32 factors to TF32 (see
//! [`DotPrecision::Tf32`]), which lets NVIDIA tensor cores run it; `dot_tf32x3` and
//! `dot_bf16x3` get f32 accuracy back from three such products.

use kernel_core::ir::{BinaryOp, DType, DotPrecision, Op, Type, ValueId};
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

/// `dot_tf32x3(a, b[, acc])` and `dot_bf16x3(a, b[, acc])` (Triton's `input_precision=
/// "tf32x3"` and `"bf16x3"`): an f32 product from three products of narrow factors. Each
/// f32 factor splits into `hi` (rounded to TF32, or to bf16) and `lo = x - hi` (exact),
/// and `acc + a_lo b_hi + a_hi b_lo + a_hi b_hi` is computed small terms first, as Triton
/// does: close to an f32 `dot` in accuracy at tensor-core speed. Written with the IR's
/// other ops, so every backend runs it as it runs `dot_tf32` (or a bf16 `dot`).
pub(super) fn split3(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    if !lw.arity(n, args, 2..=3, &format!("{n}(a, b, acc)"), span) {
        return None;
    }
    let what = format!("`{n}`");
    let (a, at) = lw.tile_arg(args[0], &what)?;
    let (b, bt) = lw.tile_arg(args[1], &what)?;
    if at.dtype() != Some(DType::F32) || bt.dtype() != Some(DType::F32) {
        lw.error(
            span,
            format!("{what} splits f32 factors, found {at} and {bt}: convert both with `as f32`"),
        );
        return None;
    }
    let acc_ty = lw.dot_acc_type(a, b, DotPrecision::Ieee, None, &what, span)?;
    let acc = match args.get(2) {
        Some(e) => {
            let v = lw.expr(e);
            if let Val::Ir(_, t) = &v
                && t != &acc_ty
            {
                lw.error(
                    e.loc(),
                    format!("the accumulator of {what} must be {acc_ty}, found {t}"),
                );
                return None;
            }
            let id =
                lw.coerce_to_type(&v, &acc_ty, e.loc(), &format!("the accumulator of {what}"))?;
            Some((id, acc_ty.clone(), e.loc()))
        }
        None => None,
    };
    let tf32 = n == "dot_tf32x3";
    let (a_hi, a_lo) = split(lw, a, tf32, span)?;
    let (b_hi, b_lo) = split(lw, b, tf32, span)?;
    let precision = if tf32 {
        DotPrecision::Tf32
    } else {
        DotPrecision::Ieee
    };
    let mut acc = acc;
    for (x, y) in [(a_lo, b_hi), (a_hi, b_lo), (a_hi, b_hi)] {
        let r = lw.dot_values(x, y, acc.take(), precision, &what, span)?;
        let t = lw.b.ty(r).clone();
        acc = Some((r, t, span));
    }
    acc.map(|(r, _, _)| lw.val(Some(r)))
}

/// `(hi, lo)` of the f32 tile `x`: `hi` rounded to TF32 (to nearest, ties away from zero, as
/// `dot_tf32` rounds) or to bf16, `lo = x - hi` (exact in f32; as bf16 for bf16x3).
fn split(lw: &mut Lower, x: ValueId, tf32: bool, span: Loc) -> Option<(ValueId, ValueId)> {
    let xv = lw.val(Some(x));
    if tf32 {
        let bits = lw.emit(
            Op::Bitcast {
                value: x,
                to: DType::U32,
            },
            span,
        );
        let bits = lw.val(bits);
        let half = Val::Int(WeakInt::Lit(0x1000));
        let up = lw.binary(BinaryOp::Add, &bits, &half, span, "+");
        let mask = Val::Int(WeakInt::Lit(0xffff_e000));
        let kept = lw.binary(BinaryOp::And, &up, &mask, span, "&");
        let (kept, _) = lw.typed(&kept, span)?;
        let hi = lw.emit(
            Op::Bitcast {
                value: kept,
                to: DType::F32,
            },
            span,
        )?;
        let hv = lw.val(Some(hi));
        let lo = lw.binary(BinaryOp::Sub, &xv, &hv, span, "-");
        let (lo, _) = lw.typed(&lo, span)?;
        Some((hi, lo))
    } else {
        let hi = lw.cast(xv.clone(), DType::BF16, span);
        let back = lw.cast(hi.clone(), DType::F32, span);
        let lo = lw.binary(BinaryOp::Sub, &xv, &back, span, "-");
        let lo = lw.cast(lo, DType::BF16, span);
        Some((lw.typed(&hi, span)?.0, lw.typed(&lo, span)?.0))
    }
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
        let (a, _) = self.tile_arg(args[0], &what)?;
        let (b, _) = self.tile_arg(args[1], &what)?;
        // The accumulator's expected type, for a literal or weak value to take; an f16 tile
        // asks f16 and fp8 factors for an f16 accumulation (Triton's `out_dtype`).
        let acc = match args.get(2) {
            Some(e) => {
                let v = self.expr(e);
                let given = match &v {
                    Val::Ir(_, t) => t.dtype(),
                    _ => None,
                };
                let acc_ty = self.dot_acc_type(a, b, precision, given, &what, span)?;
                if let Val::Ir(_, t) = &v
                    && t != &acc_ty
                {
                    let hint = if t.dtype() == Some(DType::F16) {
                        " (an f16 accumulator takes f16 and fp8 factors only: accumulate in f32 and convert the result with `as f16`)"
                    } else {
                        ""
                    };
                    self.error(
                        e.loc(),
                        format!("the accumulator of {what} must be {acc_ty}, found {t}{hint}"),
                    );
                    return None;
                }
                let id = self.coerce_to_type(
                    &v,
                    &acc_ty,
                    e.loc(),
                    &format!("the accumulator of {what}"),
                )?;
                Some((id, acc_ty, e.loc()))
            }
            None => None,
        };
        let r = self.dot_values(a, b, acc, precision, &what, span)?;
        Some(self.val(Some(r)))
    }

    /// The accumulator type of `a x b` (checking the factors' ranks, dtypes and shapes):
    /// `[M, N]`, or `[B, M, N]` for batched `[B, M, K] x [B, K, N]` factors, of the dtype
    /// `dot` accumulates the factors in, or of `given` where `dot` may accumulate in that
    /// dtype too (f16 for f16 and fp8 factors).
    fn dot_acc_type(
        &mut self,
        a: ValueId,
        b: ValueId,
        precision: DotPrecision,
        given: Option<DType>,
        what: &str,
        span: Loc,
    ) -> Option<Type> {
        let (at, bt) = (self.b.ty(a).clone(), self.b.ty(b).clone());
        let rank = at.rank();
        if !(rank == 2 || rank == 3) || bt.rank() != rank {
            self.error(
                span,
                format!(
                    "{what} multiplies 2-D tiles ([M, K] x [K, N]) or batches of them ([B, M, K] x [B, K, N]), found {at} and {bt}"
                ),
            );
            return None;
        }
        if at.elem != bt.elem {
            self.error(span, format!("{what} needs both factors of one dtype, found {at} and {bt}; convert one with `as`"));
            return None;
        }
        let (mi, ki) = (rank - 2, rank - 1);
        if at.shape[ki] != bt.shape[mi] {
            let expected = if rank == 3 {
                "[B, M, K] x [B, K, N]"
            } else {
                "[M, K] x [K, N]"
            };
            self.error(
                span,
                format!(
                    "shape mismatch in {what}: {at} x {bt}: the inner dimensions {} and {} differ (expected {expected})",
                    at.shape[ki], bt.shape[mi]
                ),
            );
            return None;
        }
        if rank == 3 && at.shape[0] != bt.shape[0] {
            self.error(
                span,
                format!(
                    "shape mismatch in {what}: {at} x {bt}: the batch sizes {} and {} differ (expected [B, M, K] x [B, K, N])",
                    at.shape[0], bt.shape[0]
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
        let Some(default) = kernel_core::verify::dot_acc_dtype(d) else {
            self.error(
                span,
                format!("`dot` supports f16, bf16, f32, f64, fp8 and 8-bit integers, found {at}"),
            );
            return None;
        };
        let acc_d = match given {
            Some(g) if kernel_core::verify::dot_acc_allowed(d, g) => g,
            _ => default,
        };
        let mut shape = at.shape[..ki].to_vec();
        shape.push(bt.shape[ki].clone());
        Some(Type::tile(acc_d, shape))
    }

    /// `acc + a x b` (a zero accumulator when `acc` is absent), after the checks of
    /// [`Lower::dot_acc_type`]; a given accumulator must have its type.
    pub(super) fn dot_values(
        &mut self,
        a: ValueId,
        b: ValueId,
        acc: Option<(ValueId, Type, Loc)>,
        precision: DotPrecision,
        what: &str,
        span: Loc,
    ) -> Option<ValueId> {
        let given = acc.as_ref().and_then(|(_, t, _)| t.dtype());
        let acc_ty = self.dot_acc_type(a, b, precision, given, what, span)?;
        let acc = match acc {
            Some((id, t, loc)) => {
                if t != acc_ty {
                    self.error(
                        loc,
                        format!("the accumulator of {what} must be {acc_ty}, found {t}"),
                    );
                    return None;
                }
                id
            }
            None => {
                let acc_d = acc_ty.dtype()?;
                let zero = if acc_d == DType::I32 {
                    Val::Int(WeakInt::Lit(0))
                } else {
                    Val::Float(0.0)
                };
                let z = self.materialize(&zero, acc_d, span)?;
                self.broadcast_to(z, &Type::scalar(acc_d), &acc_ty.shape, span)?
            }
        };
        self.emit(
            Op::Dot {
                a,
                b,
                acc,
                precision,
            },
            span,
        )
    }
}
