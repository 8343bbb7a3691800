//! Types of IR values: an element (a dtype or a pointer to one) and a symbolic shape.

use std::fmt;

pub use crate::dtype::DType;

/// One dimension of a tile shape: a number, or the name of a const generic parameter.
///
/// Shapes stay symbolic until specialization so the macro can check `[BM, BK] x [BK, BN]`
/// without knowing `BK`. Two dims are equal only if they are the same number or the same name:
/// `BK` and `32` are different dims at compile time even if `BK` is later 32.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dim {
    /// A known extent.
    Const(u64),
    /// The extent named by a const generic parameter.
    Sym(String),
    /// Arithmetic on two dims (`BLOCK / 2`, `BM + BN`), evaluated at specialization. Like
    /// names, expressions are equal at compile time only when they are written alike, up
    /// to the order of the operands of `+` and `*` ([`Dim::op`] orders them): `BM + BN` is
    /// `BN + BM`, but `(A + B) + C` and `A + (B + C)` are different dims until
    /// specialization.
    Op(DimOp, Box<Dim>, Box<Dim>),
}

/// The arithmetic of a [`Dim::Op`], on non-negative integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DimOp {
    /// `a + b`.
    Add,
    /// `a - b` (an error at specialization when `b > a`).
    Sub,
    /// `a * b`.
    Mul,
    /// `a / b`, rounded down (an error at specialization when `b` is 0).
    Div,
    /// `a % b` (an error at specialization when `b` is 0).
    Rem,
}

impl DimOp {
    /// The operator as written: `+`, `-`, `*`, `/`.
    pub fn symbol(self) -> &'static str {
        match self {
            DimOp::Add => "+",
            DimOp::Sub => "-",
            DimOp::Mul => "*",
            DimOp::Div => "/",
            DimOp::Rem => "%",
        }
    }

    /// The operator of a symbol.
    pub fn from_symbol(s: &str) -> Option<DimOp> {
        Some(match s {
            "+" => DimOp::Add,
            "-" => DimOp::Sub,
            "*" => DimOp::Mul,
            "/" => DimOp::Div,
            "%" => DimOp::Rem,
            _ => return None,
        })
    }

    /// `a op b`, or why it has no value.
    pub fn apply(self, a: u64, b: u64) -> Result<u64, String> {
        let r = match self {
            DimOp::Add => a.checked_add(b),
            DimOp::Sub => a.checked_sub(b),
            DimOp::Mul => a.checked_mul(b),
            DimOp::Div | DimOp::Rem if b == 0 => {
                return Err(format!("{a} {} 0 divides by zero", self.symbol()));
            }
            DimOp::Div => Some(a / b),
            DimOp::Rem => Some(a % b),
        };
        r.ok_or_else(|| format!("{a} {} {b} is out of range", self.symbol()))
    }
}

impl Dim {
    /// The extent, if known.
    pub fn as_const(&self) -> Option<u64> {
        match self {
            Dim::Const(n) => Some(*n),
            Dim::Sym(_) | Dim::Op(..) => None,
        }
    }

    /// `a op b`, folded when both are numbers (and the result is one); the operands of `+`
    /// and `*` in a canonical order (numbers first), so that `2 * C` and `C * 2` are one dim.
    pub fn op(op: DimOp, a: Dim, b: Dim) -> Dim {
        if let (Some(x), Some(y)) = (a.as_const(), b.as_const())
            && let Ok(v) = op.apply(x, y)
        {
            return Dim::Const(v);
        }
        let (a, b) = match op {
            DimOp::Add | DimOp::Mul if b < a => (b, a),
            _ => (a, b),
        };
        Dim::Op(op, Box::new(a), Box::new(b))
    }

    /// Calls `f` on every const generic name the dim mentions.
    pub fn each_sym(&self, f: &mut impl FnMut(&str)) {
        match self {
            Dim::Const(_) => {}
            Dim::Sym(s) => f(s),
            Dim::Op(_, a, b) => {
                a.each_sym(f);
                b.each_sym(f);
            }
        }
    }

    /// The value with each name's value from `value`, or why it has none.
    pub fn eval(&self, value: &impl Fn(&str) -> Result<u64, String>) -> Result<u64, String> {
        match self {
            Dim::Const(n) => Ok(*n),
            Dim::Sym(s) => value(s),
            Dim::Op(op, a, b) => op.apply(a.eval(value)?, b.eval(value)?),
        }
    }
}

impl fmt::Display for Dim {
    /// `32`, `BLOCK`, `(BLOCK / 2)`: an expression in parentheses.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dim::Const(n) => write!(f, "{n}"),
            Dim::Sym(s) => f.write_str(s),
            Dim::Op(op, a, b) => write!(f, "({a} {} {b})", op.symbol()),
        }
    }
}

/// The element of a tile: a value of some dtype, or a pointer into a buffer of some dtype.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Elem {
    /// A plain value.
    Scalar(DType),
    /// A pointer to elements of the dtype (a buffer argument plus an element offset).
    Ptr(DType),
}

impl fmt::Display for Elem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Elem::Scalar(d) => write!(f, "{d}"),
            Elem::Ptr(d) => write!(f, "*{d}"),
        }
    }
}

/// The type of a value: an element and a shape (empty for a scalar).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Type {
    /// What each element is.
    pub elem: Elem,
    /// The tile shape, outermost dimension first; empty for a scalar.
    pub shape: Vec<Dim>,
}

impl Type {
    /// A scalar of a dtype.
    pub fn scalar(d: DType) -> Type {
        Type {
            elem: Elem::Scalar(d),
            shape: Vec::new(),
        }
    }

    /// A tile of a dtype.
    pub fn tile(d: DType, shape: Vec<Dim>) -> Type {
        Type {
            elem: Elem::Scalar(d),
            shape,
        }
    }

    /// A scalar pointer.
    pub fn ptr(d: DType) -> Type {
        Type {
            elem: Elem::Ptr(d),
            shape: Vec::new(),
        }
    }

    /// The same element with another shape.
    pub fn with_shape(&self, shape: Vec<Dim>) -> Type {
        Type {
            elem: self.elem,
            shape,
        }
    }

    /// The same shape with another element.
    pub fn with_elem(&self, elem: Elem) -> Type {
        Type {
            elem,
            shape: self.shape.clone(),
        }
    }

    /// The number of elements (1 for a scalar), or `None` while a dimension is symbolic or
    /// when the product does not fit a `u64`.
    pub fn numel(&self) -> Option<u64> {
        self.shape
            .iter()
            .try_fold(1u64, |n, d| n.checked_mul(d.as_const()?))
    }

    /// The dtype of a non-pointer value, `None` for pointers.
    pub fn dtype(&self) -> Option<DType> {
        match self.elem {
            Elem::Scalar(d) => Some(d),
            Elem::Ptr(_) => None,
        }
    }

    /// The pointee dtype of a pointer value.
    pub fn pointee(&self) -> Option<DType> {
        match self.elem {
            Elem::Ptr(d) => Some(d),
            Elem::Scalar(_) => None,
        }
    }

    /// True for rank 0.
    pub fn is_scalar(&self) -> bool {
        self.shape.is_empty()
    }

    /// Number of dimensions.
    pub fn rank(&self) -> usize {
        self.shape.len()
    }
}

/// Formats a shape as `[A, 32]`.
pub fn shape_to_string(shape: &[Dim]) -> String {
    let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    format!("[{}]", parts.join(", "))
}

impl fmt::Display for Type {
    /// `f32` for a scalar, `f32[BM, BN]` for a tile, `*f16[BLOCK]` for a tile of pointers.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.elem)?;
        if !self.shape.is_empty() {
            let parts: Vec<String> = self.shape.iter().map(|d| d.to_string()).collect();
            write!(f, "[{}]", parts.join(", "))?;
        }
        Ok(())
    }
}
