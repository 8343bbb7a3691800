//! Tiles in closed form: index arithmetic without a vector per op.
//!
//! A kernel's loads and stores are addressed by tiles of integers and pointers built from
//! `arange`, splats, broadcasts, `+`, `-` and `*` by a constant (`row * stride + cols`), and
//! masked by comparisons of such tiles with a bound. Stored element by element (an `i128` or a
//! pointer per lane, a fresh vector per op) these cost the interpreter more than the
//! arithmetic they feed. Every one of them is an *affine* function of the element's index:
//! `base + Σ strides[d] · i_d`. The executor keeps such values in that form ([`Lazy`]) as
//! long as the ops on them keep it, and only writes out the elements ([`Lazy::tile`], once,
//! cached) when an op without a closed-form rule asks for them.
//!
//! The closed form is exact, never an approximation: a value is kept in it only when every
//! element lies inside its dtype's range (integers) or inside `i64` (pointer offsets), where
//! the element-at-a-time definition's wrapping is the identity; otherwise the op takes the
//! general path, which wraps. So every result, and every error, is the one the general path
//! computes: the tests run every filetest both ways and compare the bits.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::ir::Elem;

use super::ops::numel;
use super::value::{Data, Ptr, Tile, Val, int_range};

/// What a [`Lazy`] value's elements are.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Form {
    /// An integer tile: the element at index `(i_0, …)` is `base + Σ strides[d] · i_d`.
    Affine { base: i128, strides: Vec<i128> },
    /// A pointer tile into parameter `param`, its offsets affine as in [`Form::Affine`].
    Ptr {
        param: u32,
        base: i128,
        strides: Vec<i128>,
    },
    /// Every element equal (float and bool tiles; integer ones are [`Form::Affine`]).
    Splat(Val),
}

/// A tile in closed form, with its elements written out on first demand.
#[derive(Debug)]
pub(crate) struct Lazy {
    pub elem: Elem,
    pub shape: Vec<usize>,
    pub form: Form,
    tile: OnceCell<Rc<Tile>>,
}

impl Lazy {
    /// The value `form` of type `elem[shape]`, or `None` when the closed form would not be
    /// exact (an element outside the dtype's range, or an offset outside `i64`), the tile is
    /// empty, or the form does not fit the type.
    pub fn new(elem: Elem, shape: Vec<usize>, form: Form) -> Option<Lazy> {
        let n = numel(&shape)?;
        if n == 0 {
            return None;
        }
        let ok = match (&form, elem) {
            (Form::Affine { base, strides }, Elem::Scalar(d)) if d.is_int() => {
                strides.len() == shape.len() && {
                    let (lo, hi) = int_range(d);
                    bounds(*base, strides, &shape).is_some_and(|(a, b)| a >= lo && b <= hi)
                }
            }
            (Form::Ptr { base, strides, .. }, Elem::Ptr(_)) => {
                strides.len() == shape.len()
                    && bounds(*base, strides, &shape).is_some_and(|(a, b)| {
                        a >= i128::from(i64::MIN) && b <= i128::from(i64::MAX)
                    })
            }
            (Form::Splat(Val::Float(_)), Elem::Scalar(d)) => d.is_float(),
            (Form::Splat(Val::Bool(_)), Elem::Scalar(d)) => d.is_bool(),
            _ => false,
        };
        ok.then(|| Lazy {
            elem,
            shape,
            form,
            tile: OnceCell::new(),
        })
    }

    /// A scalar tile seen in closed form (its tile already written out).
    pub fn of_scalar(t: &Rc<Tile>) -> Option<Lazy> {
        if !t.shape.is_empty() {
            return None;
        }
        let form = match (t.elem, &t.data) {
            (Elem::Scalar(d), Data::Int(v)) if d.is_int() => Form::Affine {
                base: v[0],
                strides: Vec::new(),
            },
            (Elem::Ptr(_), Data::Ptr(p)) => Form::Ptr {
                param: p[0].param,
                base: i128::from(p[0].offset),
                strides: Vec::new(),
            },
            (Elem::Scalar(_), Data::Float(v)) => Form::Splat(Val::Float(v[0])),
            (Elem::Scalar(_), Data::Bool(v)) => Form::Splat(Val::Bool(v[0])),
            _ => return None,
        };
        let lazy = Lazy::new(t.elem, Vec::new(), form)?;
        let _ = lazy.tile.set(t.clone());
        Some(lazy)
    }

    /// The elements, written out (once; later calls share the tile).
    pub fn tile(&self) -> Rc<Tile> {
        self.tile
            .get_or_init(|| {
                let n = numel(&self.shape).unwrap_or(0);
                let data = match &self.form {
                    Form::Affine { base, strides } => {
                        let mut v = Vec::with_capacity(n);
                        for_each(*base, strides, &self.shape, |x| v.push(x));
                        Data::Int(v)
                    }
                    Form::Ptr {
                        param,
                        base,
                        strides,
                    } => {
                        let mut v = Vec::with_capacity(n);
                        // Inside i64: `Lazy::new` checked every offset.
                        for_each(*base, strides, &self.shape, |x| {
                            v.push(Ptr {
                                param: *param,
                                offset: x as i64,
                            })
                        });
                        Data::Ptr(v)
                    }
                    Form::Splat(Val::Float(x)) => Data::Float(vec![*x; n]),
                    Form::Splat(Val::Bool(b)) => Data::Bool(vec![*b; n]),
                    Form::Splat(Val::Int(i)) => Data::Int(vec![*i; n]),
                    Form::Splat(Val::Ptr(p)) => Data::Ptr(vec![*p; n]),
                };
                Rc::new(Tile {
                    elem: self.elem,
                    shape: self.shape.clone(),
                    data,
                })
            })
            .clone()
    }

    /// The affine integer form's `(base, strides)`.
    pub fn affine(&self) -> Option<(i128, &[i128])> {
        match &self.form {
            Form::Affine { base, strides } => Some((*base, strides)),
            _ => None,
        }
    }

    /// The splat's element, if every element is known equal.
    pub fn splat(&self) -> Option<Val> {
        match &self.form {
            Form::Splat(v) => Some(*v),
            Form::Affine { base, strides } if strides.iter().all(|&s| s == 0) => {
                Some(Val::Int(*base))
            }
            _ => None,
        }
    }
}

/// The smallest and largest of `base + Σ strides[d] · i_d` over `shape` (`None` on an
/// overflow of `i128`, which no in-range operands reach, or an empty shape).
pub(crate) fn bounds(base: i128, strides: &[i128], shape: &[usize]) -> Option<(i128, i128)> {
    let (mut lo, mut hi) = (base, base);
    for (&s, &n) in strides.iter().zip(shape) {
        let last = i128::try_from(n.checked_sub(1)?).ok()?;
        let span = s.checked_mul(last)?;
        if span < 0 {
            lo = lo.checked_add(span)?;
        } else {
            hi = hi.checked_add(span)?;
        }
    }
    Some((lo, hi))
}

/// Calls `f` with `base + Σ strides[d] · i_d` for every index of `shape`, in row-major
/// order. The caller guarantees (by [`bounds`]) that no partial sum overflows.
pub(crate) fn for_each(base: i128, strides: &[i128], shape: &[usize], mut f: impl FnMut(i128)) {
    let rank = shape.len();
    if rank == 0 {
        f(base);
        return;
    }
    if shape.contains(&0) {
        return;
    }
    let (inner_n, inner_s) = (shape[rank - 1], strides[rank - 1]);
    let mut idx = vec![0usize; rank - 1];
    let mut row = base;
    loop {
        let mut x = row;
        for _ in 0..inner_n {
            f(x);
            x += inner_s;
        }
        // The odometer over the outer dims.
        let mut d = rank - 1;
        loop {
            if d == 0 {
                return;
            }
            d -= 1;
            idx[d] += 1;
            row += strides[d];
            if idx[d] < shape[d] {
                break;
            }
            row -= strides[d] * shape[d] as i128;
            idx[d] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::DType;

    #[test]
    fn for_each_walks_row_major() {
        let mut got = Vec::new();
        for_each(5, &[10, 1, 100], &[2, 2, 3], |x| got.push(x));
        let mut want = Vec::new();
        for i in 0..2 {
            for j in 0..2 {
                for k in 0..3 {
                    want.push(5 + 10 * i + j + 100 * k);
                }
            }
        }
        assert_eq!(got, want);
    }

    #[test]
    fn only_exact_forms_are_kept() {
        let i32t = Elem::Scalar(DType::I32);
        // 0, 2^30, 2^31: the last wraps in i32, so no closed form.
        let over = Form::Affine {
            base: 0,
            strides: vec![1 << 30],
        };
        assert!(Lazy::new(i32t, vec![3], over).is_none());
        let fits = Form::Affine {
            base: -5,
            strides: vec![-1, 3],
        };
        let l = Lazy::new(i32t, vec![2, 3], fits).unwrap();
        let Data::Int(v) = &l.tile().data else {
            panic!("int")
        };
        assert_eq!(v, &[-5, -2, 1, -6, -3, 0]);
        assert_eq!(bounds(-5, &[-1, 3], &[2, 3]), Some((-6, 1)));
        assert!(Lazy::new(i32t, vec![0], Form::Splat(Val::Float(1.0))).is_none());
    }
}
