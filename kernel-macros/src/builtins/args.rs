//! Reading a builtin's arguments: arity, compile-time integers, shapes, axes, pointers
//! and masks, each with a diagnostic that says what was expected.

use kernel_core::ir::{DType, Dim, DimOp, Elem, Type, ValueId};
use syn::{Expr, GenericArgument};

use crate::loc::{Loc, Located};
use crate::lower::Lower;
use crate::signature::dtype_of_type;
use crate::value::{Val, describe};

impl Lower {
    pub(super) fn arity(
        &mut self,
        name: &str,
        args: &[&Expr],
        range: std::ops::RangeInclusive<usize>,
        usage: &str,
        span: Loc,
    ) -> bool {
        if range.contains(&args.len()) {
            return true;
        }
        let n = if range.start() == range.end() {
            format!("{}", range.start())
        } else {
            format!("{} to {}", range.start(), range.end())
        };
        self.error(
            span,
            format!(
                "`{name}` takes {n} argument(s), {} given: `{usage}`",
                args.len()
            ),
        );
        false
    }

    pub(super) fn one_type_arg(
        &mut self,
        name: &str,
        generics: &[&GenericArgument],
        span: Loc,
    ) -> Option<DType> {
        match generics {
            [GenericArgument::Type(t)] => match dtype_of_type(t) {
                Some(d) => Some(d),
                None => {
                    self.error(t.loc(), format!("expected a dtype in `{name}::<...>`"));
                    None
                }
            },
            _ => {
                self.error(
                    span,
                    format!("`{name}` needs its dtype: `{name}::<f32>(...)`"),
                );
                None
            }
        }
    }

    /// A compile-time integer argument (a literal, possibly negated).
    pub(super) fn const_int(&mut self, e: &Expr, what: &str) -> Option<i64> {
        match self.peek_const_int(e) {
            Some(n) => Some(n),
            None => {
                self.error(e.loc(), format!("{what} must be an integer literal"));
                None
            }
        }
    }

    pub(crate) fn peek_const_int(&self, e: &Expr) -> Option<i64> {
        match e {
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(i),
                ..
            }) => i.base10_parse().ok(),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => {
                self.peek_const_int(&u.expr).map(|n| -n)
            }
            Expr::Paren(p) => self.peek_const_int(&p.expr),
            _ => None,
        }
    }

    /// A shape dimension: an integer literal or a const generic name.
    pub(super) fn dim(&mut self, e: &Expr) -> Option<Dim> {
        self.dim_expr(e, false)
    }

    /// [`Lower::dim`], or with `zero` an integer expression of literals and const generics
    /// that may be 0 (a side of `static_assert`).
    pub(super) fn dim_expr(&mut self, e: &Expr, zero: bool) -> Option<Dim> {
        match e {
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(i),
                ..
            }) => match i.base10_parse::<u64>() {
                Ok(0) if zero => Some(Dim::Const(0)),
                Ok(0) | Err(_) => {
                    self.error(e.loc(), "a shape dimension must be a positive integer");
                    None
                }
                Ok(n) => Some(Dim::Const(n)),
            },
            Expr::Path(p) if p.path.get_ident().is_some() => {
                let name = p.path.get_ident().expect("checked").to_string();
                if let Some(d) = self.fn_dim(&name) {
                    return Some(d);
                }
                match self.const_dtype(&name) {
                    Some(d) if d.is_int() => Some(Dim::Sym(name)),
                    _ => {
                        self.error(
                            e.loc(),
                            format!("`{name}` is not a const generic: shape dimensions must be integer literals or const generic parameters"),
                        );
                        None
                    }
                }
            }
            Expr::Paren(p) => self.dim_expr(&p.expr, zero),
            // `BLOCK / 2`, `BM + BN`: evaluated at specialization (folded now when both sides
            // are numbers).
            Expr::Binary(b) => {
                let op = match b.op {
                    syn::BinOp::Add(_) => DimOp::Add,
                    syn::BinOp::Sub(_) => DimOp::Sub,
                    syn::BinOp::Mul(_) => DimOp::Mul,
                    syn::BinOp::Div(_) => DimOp::Div,
                    syn::BinOp::Rem(_) => DimOp::Rem,
                    _ => {
                        self.error(
                            e.loc(),
                            "a shape dimension's arithmetic is `+`, `-`, `*`, `/` (rounding down) or `%`",
                        );
                        return None;
                    }
                };
                let (l, r) = (
                    self.dim_expr(&b.left, zero)?,
                    self.dim_expr(&b.right, zero)?,
                );
                if let (Some(x), Some(y)) = (l.as_const(), r.as_const()) {
                    return match op.apply(x, y) {
                        Ok(0) if zero => Some(Dim::Const(0)),
                        Ok(0) => {
                            self.error(
                                e.loc(),
                                "this shape dimension is 0; dimensions must be at least 1",
                            );
                            None
                        }
                        Ok(v) => Some(Dim::Const(v)),
                        Err(why) => {
                            self.error(
                                e.loc(),
                                format!("this shape dimension has no value: {why}"),
                            );
                            None
                        }
                    };
                }
                Some(Dim::op(op, l, r))
            }
            _ => {
                self.error(
                    e.loc(),
                    "a shape dimension must be an integer literal, a const generic parameter or arithmetic on them (`BLOCK / 2`, `BM + BN`)",
                );
                None
            }
        }
    }

    /// A shape: `[A, 32]`.
    pub(crate) fn shape(&mut self, e: &Expr) -> Option<Vec<Dim>> {
        let Expr::Array(a) = e else {
            self.error(
                e.loc(),
                "expected a shape: an array of dimensions like `[BM, BN]`",
            );
            return None;
        };
        let mut out = Vec::new();
        for el in &a.elems {
            out.push(self.dim(el)?);
        }
        Some(out)
    }

    /// An IR tile argument (weak literals are rejected: `what` needs a tile).
    pub(super) fn tile_arg(&mut self, e: &Expr, what: &str) -> Option<(ValueId, Type)> {
        match self.expr(e) {
            Val::Ir(id, t) => Some((id, t)),
            Val::Poison => None,
            other => {
                let d = describe(&other, self);
                self.error(e.loc(), format!("{what} needs a tile, found {d}"));
                None
            }
        }
    }

    /// An axis argument resolved against a rank (negative counts from the end).
    pub(super) fn axis(&mut self, e: &Expr, rank: usize) -> Option<u32> {
        let a = self.const_int(e, "an axis")?;
        let r = rank as i64;
        let resolved = if a < 0 { a + r } else { a };
        if !(0..r).contains(&resolved) {
            self.error(
                e.loc(),
                format!("axis {a} is out of range for a tile of rank {rank}"),
            );
            return None;
        }
        Some(resolved as u32)
    }

    pub(super) fn float_tile(&mut self, v: Val, name: &str, span: Loc) -> Option<(ValueId, Type)> {
        let (id, t) = self.typed(&v, span)?;
        match t.dtype() {
            Some(d) if d.is_float() && !d.is_fp8() => Some((id, t)),
            _ => {
                self.error(
                    span,
                    format!("`{name}` needs a float (f16, bf16, f32, f64), found {t}"),
                );
                None
            }
        }
    }

    /// Lowers a call to a builtin.
    pub(super) fn string_lit(&mut self, e: &Expr) -> Option<String> {
        match e {
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => {
                self.error(e.loc(), "expected a string literal");
                None
            }
        }
    }

    pub(super) fn ptr_arg(&mut self, e: &Expr, name: &str) -> Option<(ValueId, Type)> {
        let v = self.expr(e);
        self.ptr_val(v, e, name)
    }

    pub(super) fn ptr_val(&mut self, v: Val, e: &Expr, name: &str) -> Option<(ValueId, Type)> {
        match v {
            Val::Ir(id, t) if matches!(t.elem, Elem::Ptr(_)) => Some((id, t)),
            Val::Poison => None,
            other => {
                let d = describe(&other, self);
                self.error(e.loc(), format!("the first argument of `{name}` must be a pointer (a `Ptr<T>` parameter plus offsets), found {d}"));
                None
            }
        }
    }

    pub(super) fn mask_arg(&mut self, e: Option<&Expr>, pt: &Type) -> Option<Option<ValueId>> {
        let Some(e) = e else { return Some(None) };
        let v = self.expr(e);
        match &v {
            Val::Ir(_, t) if t.dtype() != Some(DType::Bool) => {
                self.error(e.loc(), format!("a mask must be `bool`, found {t}"));
                None
            }
            Val::Ir(_, t) if !crate::value::broadcasts_to(&t.shape, &pt.shape) => {
                self.error(
                    e.loc(),
                    format!("mask shape mismatch: the mask is {t} but the pointers are {pt}"),
                );
                None
            }
            Val::Ir(..) => {
                let ty = Type::tile(DType::Bool, pt.shape.clone());
                Some(Some(self.coerce_to_type(&v, &ty, e.loc(), "the mask")?))
            }
            Val::Poison => None,
            other => {
                let d = describe(other, self);
                self.error(e.loc(), format!("a mask must be a `bool` tile, found {d}"));
                None
            }
        }
    }
}
