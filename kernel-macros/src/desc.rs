//! 2-D tensor descriptors: Triton's block pointers / `make_tensor_descriptor`.
//!
//! `tensor_desc(ptr, [rows, cols], [row_stride, col_stride], [BR, BC])` describes a row-major
//! (or any strided) matrix in a buffer and the tile shape read from it. `desc.load([r, c])`
//! reads the `[BR, BC]` tile whose top-left element is `(r, c)`, with zeros outside the
//! matrix; `desc.store([r, c], tile)` writes only the elements inside it. The boundary check
//! is always on, so a tile at the ragged edge of a matrix needs no hand-written mask.
//!
//! Descriptors live only in the front end: a load is lowered to the masked pointer tile a
//! Triton user would have written by hand. That keeps every backend correct for free; a
//! backend that has bulk tensor copies (Hopper's TMA) can recognise the pattern later.

use crate::loc::{Loc, Located};
use kernel_core::ir::{BinaryOp, CmpOp, DType, Dim, Op, Type, ValueId};
use syn::Expr;

use crate::lower::Lower;
use crate::value::{Val, WeakInt};

/// A descriptor: where the matrix is, how big it is, and the tile shape.
#[derive(Clone, Debug)]
pub struct Desc {
    base: (ValueId, Type),
    extent: [Val; 2],
    stride: [Val; 2],
    block: [Dim; 2],
}

impl Lower {
    /// `tensor_desc(ptr, [rows, cols], [row_stride, col_stride], [BR, BC])`.
    pub fn tensor_desc(&mut self, args: &[&Expr], span: Loc) -> Option<Val> {
        if args.len() != 4 {
            self.error(
                span,
                format!(
                    "`tensor_desc` takes 4 arguments, {} given: `tensor_desc(ptr, [rows, cols], [row_stride, col_stride], [BR, BC])`",
                    args.len()
                ),
            );
            return None;
        }
        let base = match self.expr(args[0]) {
            Val::Ir(id, t) if t.pointee().is_some() && t.is_scalar() => (id, t),
            Val::Poison => return None,
            _ => {
                self.error(
                    args[0].loc(),
                    "the first argument of `tensor_desc` must be a `Ptr<T>` parameter (plus a scalar offset)",
                );
                return None;
            }
        };
        let extent = self.int_pair(args[1], "the matrix shape")?;
        let stride = self.int_pair(args[2], "the strides")?;
        let block = self.shape(args[3])?;
        let [b0, b1] = <[Dim; 2]>::try_from(block).ok().or_else(|| {
            self.error(
                args[3].loc(),
                "a tensor descriptor's tile shape has 2 dimensions: `[BR, BC]`",
            );
            None
        })?;
        self.descs.push(Desc {
            base,
            extent,
            stride,
            block: [b0, b1],
        });
        Some(Val::Desc(self.descs.len() - 1))
    }

    /// Two integer scalars written as `[a, b]`.
    fn int_pair(&mut self, e: &Expr, what: &str) -> Option<[Val; 2]> {
        let Expr::Array(a) = e else {
            self.error(e.loc(), format!("expected {what} as `[a, b]`"));
            return None;
        };
        if a.elems.len() != 2 {
            self.error(e.loc(), format!("expected {what} as two values `[a, b]`"));
            return None;
        }
        let mut out = Vec::new();
        for el in &a.elems {
            let v = self.expr(el);
            match &v {
                Val::Int(_) => {}
                Val::Ir(_, t) if t.is_scalar() && t.dtype() == Some(DType::I32) => {}
                Val::Poison => return None,
                other => {
                    let d = crate::value::describe(other, self);
                    self.error(el.loc(), format!("{what} must be `i32` scalars, found {d}"));
                    return None;
                }
            }
            out.push(v);
        }
        let b = out.pop()?;
        let a = out.pop()?;
        Some([a, b])
    }

    /// The pointers and in-bounds mask of the tile at `offsets` (`[r, c]`).
    fn desc_tile(
        &mut self,
        d: usize,
        offsets: &Expr,
        span: Loc,
    ) -> Option<(ValueId, Type, ValueId)> {
        let desc = self.descs[d].clone();
        let [o0, o1] = self.int_pair(offsets, "the tile offsets")?;
        let mut ptr = Val::Ir(desc.base.0, desc.base.1.clone());
        let mut mask: Option<Val> = None;
        for axis in 0..2 {
            let len = desc.block[axis].clone();
            let ar = self.emit(Op::Arange { len }, span)?;
            let ar = self.val(Some(ar));
            let offset = if axis == 0 { &o0 } else { &o1 };
            let idx = self.binary(BinaryOp::Add, offset, &ar, span, "+");
            let Val::Ir(id, _) = idx else { return None };
            // Rows become [BR, 1], columns [1, BC].
            let id = self.emit(
                Op::ExpandDims {
                    value: id,
                    axis: 1 - axis as u32,
                },
                span,
            )?;
            let idx = self.val(Some(id));
            let step = self.binary(BinaryOp::Mul, &idx, &desc.stride[axis], span, "*");
            ptr = self.binary(BinaryOp::Add, &ptr, &step, span, "+");
            let lo = self.compare(CmpOp::Ge, &idx, &Val::Int(WeakInt::Lit(0)), span);
            let hi = self.compare(CmpOp::Lt, &idx, &desc.extent[axis], span);
            let inside = self.binary(BinaryOp::And, &lo, &hi, span, "&");
            mask = Some(match mask {
                None => inside,
                Some(m) => self.binary(BinaryOp::And, &m, &inside, span, "&"),
            });
        }
        let (Val::Ir(p, pt), Some(Val::Ir(m, _))) = (ptr, mask) else {
            return None;
        };
        Some((p, pt, m))
    }

    /// `desc.load([r, c])`.
    pub fn desc_load(&mut self, d: usize, rest: &[&Expr], span: Loc) -> Option<Val> {
        if rest.len() != 1 {
            self.error(
                span,
                "a descriptor load takes the tile's offsets: `desc.load([row, col])`",
            );
            return None;
        }
        let (ptr, _, mask) = self.desc_tile(d, rest[0], span)?;
        let r = self.emit(
            Op::Load {
                ptr,
                mask: Some(mask),
                other: None,
                hint: Default::default(),
            },
            span,
        );
        Some(self.val(r))
    }

    /// `desc.store([r, c], tile)`.
    pub fn desc_store(&mut self, d: usize, rest: &[&Expr], span: Loc) {
        if rest.len() != 2 {
            self.error(
                span,
                "a descriptor store takes offsets and a tile: `desc.store([row, col], tile)`",
            );
            return;
        }
        let Some((ptr, pt, mask)) = self.desc_tile(d, rest[0], span) else {
            return;
        };
        let v = self.expr(rest[1]);
        let Some(pointee) = pt.pointee() else { return };
        let ty = Type::tile(pointee, pt.shape.clone());
        let Some(value) = self.coerce_to_type(
            &v,
            &ty,
            rest[1].loc(),
            &format!("a store through a descriptor of {ty}"),
        ) else {
            return;
        };
        self.emit_void(
            Op::Store {
                ptr,
                value,
                mask: Some(mask),
                hint: Default::default(),
            },
            span,
        );
    }
}
