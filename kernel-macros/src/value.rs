//! Front-end values and the typing rules a user sees: weakly typed literals, broadcasting of
//! symbolic shapes, and dtype agreement.
//!
//! Literals and const generics are *weak*: `x + 1.0` takes `x`'s dtype, as in Triton, so one
//! kernel body works for f16 and f32. Two typed values of different dtypes never mix
//! silently: that is an error asking for an explicit `as` cast, as in Rust.

use crate::loc::Loc;
use kernel_core::ir::{ConstValue, DType, Dim, Elem, Op, Type, ValueId, shape_to_string};

use crate::lower::Lower;

/// A weakly typed integer: a literal or the value of an integer const generic.
#[derive(Clone, Debug)]
pub enum WeakInt {
    /// An integer literal.
    Lit(i128),
    /// A const generic parameter, by name.
    Param(String),
}

/// What an expression evaluates to in the front end.
#[derive(Clone, Debug)]
pub enum Val {
    /// An IR value with its type.
    Ir(ValueId, Type),
    /// A weakly typed integer.
    Int(WeakInt),
    /// A weakly typed float literal.
    Float(f64),
    /// A 2-D tensor descriptor (`tensor_desc(...)`), by index into the kernel's table. It
    /// exists only in the front end: its loads and stores lower to masked pointer tiles.
    Desc(usize),
    /// The result of an expression that already produced an error: it type-checks with
    /// anything, so one mistake gives one message.
    Poison,
}

/// The message for a tensor descriptor used as a value.
pub const DESC_NOT_VALUE: &str = "a tensor descriptor is not a value: read and write tiles with `desc.load([row, col])` and `desc.store([row, col], tile)`";

/// Describes a value's type for messages.
pub fn describe(v: &Val, lower: &Lower) -> String {
    match v {
        Val::Ir(_, t) => t.to_string(),
        Val::Int(WeakInt::Lit(n)) => format!("integer literal `{n}`"),
        Val::Int(WeakInt::Param(p)) => format!("const generic `{p}`"),
        Val::Float(f) => format!("float literal `{f:?}`"),
        Val::Desc(_) => "a tensor descriptor".into(),
        Val::Poison => {
            let _ = lower;
            "<error>".into()
        }
    }
}

/// Broadcasts two symbolic shapes (numpy rules, aligned from the right).
pub fn broadcast_shapes(a: &[Dim], b: &[Dim]) -> Result<Vec<Dim>, String> {
    let n = a.len().max(b.len());
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let da = (i + a.len()).checked_sub(n).map(|j| &a[j]);
        let db = (i + b.len()).checked_sub(n).map(|j| &b[j]);
        let d = match (da, db) {
            (Some(x), None) | (None, Some(x)) => x.clone(),
            (Some(x), Some(y)) if x == y => x.clone(),
            (Some(Dim::Const(1)), Some(y)) => y.clone(),
            (Some(x), Some(Dim::Const(1))) => x.clone(),
            (Some(x), Some(y)) => {
                return Err(format!(
                    "shapes {} and {} do not broadcast: dimension {x} against {y} (dimensions must be equal or 1)",
                    shape_to_string(a),
                    shape_to_string(b)
                ));
            }
            (None, None) => unreachable!("i < max(len)"),
        };
        out.push(d);
    }
    Ok(out)
}

/// True if `from` broadcasts to exactly `to`.
pub fn broadcasts_to(from: &[Dim], to: &[Dim]) -> bool {
    broadcast_shapes(from, to).is_ok_and(|s| s == to)
}

impl Lower {
    /// Materializes a weak value as a scalar of `dtype`; reports literals that do not fit.
    pub fn materialize(&mut self, v: &Val, dtype: DType, span: Loc) -> Option<ValueId> {
        match v {
            Val::Ir(id, _) => Some(*id),
            Val::Poison => None,
            Val::Desc(_) => {
                self.error(span, DESC_NOT_VALUE);
                None
            }
            Val::Int(WeakInt::Lit(n)) => {
                let value = if dtype.is_float() {
                    ConstValue::Float(*n as f64)
                } else if dtype.is_bool() {
                    self.error(
                        span,
                        format!("expected a `bool`, found integer literal `{n}`"),
                    );
                    return None;
                } else {
                    if !int_fits(*n, dtype) {
                        self.error(
                            span,
                            format!("integer literal `{n}` does not fit in `{dtype}`"),
                        );
                        return None;
                    }
                    ConstValue::Int(*n)
                };
                self.emit(Op::Const { value, dtype }, span)
            }
            Val::Int(WeakInt::Param(name)) => {
                if dtype.is_int() {
                    self.emit(
                        Op::ConstParam {
                            name: name.clone(),
                            dtype,
                        },
                        span,
                    )
                } else if dtype.is_float() {
                    let i = self.emit(
                        Op::ConstParam {
                            name: name.clone(),
                            dtype: DType::I64,
                        },
                        span,
                    )?;
                    self.emit(
                        Op::Cast {
                            value: i,
                            to: dtype,
                        },
                        span,
                    )
                } else {
                    self.error(
                        span,
                        format!("expected a `{dtype}`, found const generic `{name}`"),
                    );
                    None
                }
            }
            Val::Float(f) => {
                if !dtype.is_float() {
                    self.error(
                        span,
                        format!(
                            "float literal `{f:?}` used where a `{dtype}` is expected; write an integer or cast with `as`"
                        ),
                    );
                    return None;
                }
                if dtype.is_fp8() {
                    self.error(
                        span,
                        format!("`{dtype}` is a storage type: compute in f16 or f32 and cast the result with `as {dtype}`"),
                    );
                    return None;
                }
                self.emit(
                    Op::Const {
                        value: ConstValue::Float(*f),
                        dtype,
                    },
                    span,
                )
            }
        }
    }

    /// A typed IR value for `v`, choosing `i32`/`f32` for weak values (a const generic of an
    /// explicit dtype takes that dtype).
    pub fn typed(&mut self, v: &Val, span: Loc) -> Option<(ValueId, Type)> {
        match v {
            Val::Ir(id, t) => Some((*id, t.clone())),
            Val::Poison => None,
            Val::Desc(_) => {
                self.error(span, DESC_NOT_VALUE);
                None
            }
            Val::Int(w) => {
                let d = self.weak_int_dtype(w).unwrap_or(DType::I32);
                let id = self.materialize(v, d, span)?;
                Some((id, Type::scalar(d)))
            }
            Val::Float(_) => {
                let id = self.materialize(v, DType::F32, span)?;
                Some((id, Type::scalar(DType::F32)))
            }
        }
    }

    /// Broadcasts an IR value to `shape` (no-op if it already has it).
    pub fn broadcast_to(
        &mut self,
        id: ValueId,
        ty: &Type,
        shape: &[Dim],
        span: Loc,
    ) -> Option<ValueId> {
        if ty.shape == shape {
            return Some(id);
        }
        self.emit(
            Op::Broadcast {
                value: id,
                shape: shape.to_vec(),
            },
            span,
        )
    }

    /// Converts `v` to exactly `ty`: weak literals take its dtype and smaller shapes are
    /// broadcast. Anything else is reported, naming `what` is being written.
    pub fn coerce_to_type(&mut self, v: &Val, ty: &Type, span: Loc, what: &str) -> Option<ValueId> {
        match v {
            Val::Poison => None,
            Val::Ir(id, t) => {
                if t.elem != ty.elem {
                    let fix = match ty.elem {
                        Elem::Scalar(d) => format!("; convert with `as {d}`"),
                        Elem::Ptr(_) => String::new(),
                    };
                    self.error(
                        span,
                        format!(
                            "mismatched dtypes: {what} expects {} values, found {t}{fix}",
                            ty.elem
                        ),
                    );
                    return None;
                }
                if !crate::value::broadcasts_to(&t.shape, &ty.shape) {
                    self.error(
                        span,
                        format!("shape mismatch: {what} expects {ty}, found {t}"),
                    );
                    return None;
                }
                self.broadcast_to(*id, t, &ty.shape, span)
            }
            _ => {
                let Elem::Scalar(d) = ty.elem else {
                    self.error(
                        span,
                        format!("{what} is a pointer; found {}", describe(v, self)),
                    );
                    return None;
                };
                let id = self.materialize(v, d, span)?;
                self.broadcast_to(id, &Type::scalar(d), &ty.shape, span)
            }
        }
    }

    /// Brings two operands to one dtype and one shape for an elementwise op. `what` names
    /// the operation in messages. Returns both IR values and their common type.
    pub fn unify(
        &mut self,
        a: &Val,
        b: &Val,
        what: &str,
        span: Loc,
    ) -> Option<(ValueId, ValueId, Type)> {
        let elem = match (a, b) {
            (Val::Poison, _) | (_, Val::Poison) => return None,
            (Val::Desc(_), _) | (_, Val::Desc(_)) => {
                self.error(span, DESC_NOT_VALUE);
                return None;
            }
            (Val::Ir(_, ta), Val::Ir(_, tb)) => {
                if ta.elem != tb.elem {
                    self.error(
                        span,
                        format!(
                            "mismatched dtypes in {what}: {} and {}; convert one side with `as`",
                            ta.elem, tb.elem
                        ),
                    );
                    return None;
                }
                ta.elem
            }
            (Val::Ir(_, t), _) | (_, Val::Ir(_, t)) => t.elem,
            _ => Elem::Scalar(self.weak_dtype(&[a, b], what, span)?),
        };
        let Elem::Scalar(dtype) = elem else {
            self.error(
                span,
                format!("{what} is not defined on pointers; offset a pointer with `+`"),
            );
            return None;
        };
        let sa = shape_of(a);
        let sb = shape_of(b);
        let shape = match broadcast_shapes(&sa, &sb) {
            Ok(s) => s,
            Err(m) => {
                self.error(span, format!("shape mismatch in {what}: {m}"));
                return None;
            }
        };
        let ia = self.materialize(a, dtype, span)?;
        let ib = self.materialize(b, dtype, span)?;
        let ta = Type::tile(dtype, sa);
        let tb = Type::tile(dtype, sb);
        let ia = self.broadcast_to(ia, &ta, &shape, span)?;
        let ib = self.broadcast_to(ib, &tb, &shape, span)?;
        Some((ia, ib, Type::tile(dtype, shape)))
    }
}

/// The shape of a front-end value (weak values are scalars).
pub fn shape_of(v: &Val) -> Vec<Dim> {
    match v {
        Val::Ir(_, t) => t.shape.clone(),
        _ => Vec::new(),
    }
}

/// True if the integer literal `n` is representable in `dtype`.
pub fn int_fits(n: i128, dtype: DType) -> bool {
    dtype
        .int_range()
        .is_some_and(|(lo, hi)| (lo..=hi).contains(&n))
}
