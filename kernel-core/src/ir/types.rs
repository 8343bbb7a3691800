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
}

impl Dim {
    /// The extent, if known.
    pub fn as_const(&self) -> Option<u64> {
        match self {
            Dim::Const(n) => Some(*n),
            Dim::Sym(_) => None,
        }
    }
}

impl fmt::Display for Dim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dim::Const(n) => write!(f, "{n}"),
            Dim::Sym(s) => f.write_str(s),
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
