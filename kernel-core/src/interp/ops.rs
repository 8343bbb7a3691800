//! Pure tile operations: shapes, elementwise math, casts, reductions, scans, dot.
//!
//! Each returns `Err(message)` when the operands break the IR's typing rules (something the
//! verifier rejects, so only malformed IR gets there); the executor turns the message into a
//! [`crate::runtime::LaunchError::InvalidIr`] naming the instruction.

use crate::dtype::DType;
use crate::ir::{ArgReduceOp, BinaryOp, CmpOp, DotPrecision, Elem, ReduceOp, UnaryOp};
use crate::numeric;

use super::fast;
use super::value::{
    Data, Ptr, Tile, Val, float_to_int, from_bits, int_to_float, round_arith, round_cast, to_bits,
    wrap,
};

pub(crate) type OpResult = Result<Tile, String>;

/// Row-major strides of a shape.
pub(crate) fn strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1usize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// Number of elements of a shape, `None` on overflow.
pub(crate) fn numel(shape: &[usize]) -> Option<usize> {
    shape.iter().try_fold(1usize, |a, &d| a.checked_mul(d))
}

/// Calls `f` with every multi-index of `shape` in row-major order.
fn for_each_index(shape: &[usize], mut f: impl FnMut(&[usize])) {
    let n = numel(shape).unwrap_or(0);
    let mut idx = vec![0usize; shape.len()];
    for _ in 0..n {
        f(&idx);
        for d in (0..shape.len()).rev() {
            idx[d] += 1;
            if idx[d] < shape[d] {
                break;
            }
            idx[d] = 0;
        }
    }
}

fn float_dtype(t: &Tile, what: &str) -> Result<DType, String> {
    match t.elem {
        Elem::Scalar(d) if d.is_fp8() => Err(format!(
            "{what} on fp8 ({d}) is not allowed: cast to f16 or f32 first"
        )),
        Elem::Scalar(d) => Ok(d),
        Elem::Ptr(_) => Err(format!("{what} on pointers")),
    }
}

fn same_shape(a: &Tile, b: &Tile, what: &str) -> Result<(), String> {
    if a.shape != b.shape || a.elem != b.elem {
        return Err(format!(
            "{what}: operands differ ({:?}{:?} vs {:?}{:?})",
            a.elem, a.shape, b.elem, b.shape
        ));
    }
    Ok(())
}

// ---- shapes ----------------------------------------------------------------------------------

/// Broadcast `t` to `shape` (operand dims aligned from the right; each equal or 1).
pub(crate) fn broadcast(t: &Tile, shape: &[usize]) -> OpResult {
    let r = t.shape.len();
    let n = shape.len();
    if r > n {
        return Err(format!("broadcast of rank {r} to rank {n}"));
    }
    for (j, &d) in t.shape.iter().enumerate() {
        let target = shape[n - r + j];
        if d != target && d != 1 {
            return Err(format!("broadcast of {:?} to {:?}", t.shape, shape));
        }
    }
    let total = numel(shape).ok_or("shape too large")?;
    if t.data.len() == total {
        // Only axes of length 1 added: the same elements in the same order.
        return Ok(Tile {
            elem: t.elem,
            shape: shape.to_vec(),
            data: t.data.clone(),
        });
    }
    if t.data.len() == 1 {
        return Ok(Tile {
            elem: t.elem,
            shape: shape.to_vec(),
            data: t.data.splat(total),
        });
    }
    let mut from = vec![1usize; n - r];
    from.extend_from_slice(&t.shape);
    let idx = fast::broadcast_index(&from, shape);
    Ok(Tile {
        elem: t.elem,
        shape: shape.to_vec(),
        data: t.data.gather(&idx),
    })
}

/// Permute dims: result dim `i` is operand dim `perm[i]`.
pub(crate) fn permute(t: &Tile, perm: &[u32]) -> OpResult {
    let r = t.shape.len();
    let mut seen = vec![false; r];
    if perm.len() != r
        || perm
            .iter()
            .any(|&p| (p as usize) >= r || std::mem::replace(&mut seen[p as usize], true))
    {
        return Err(format!("{perm:?} is not a permutation of 0..{r}"));
    }
    let in_strides = strides(&t.shape);
    let shape: Vec<usize> = perm.iter().map(|&p| t.shape[p as usize]).collect();
    let mut idx = Vec::with_capacity(t.data.len());
    for_each_index(&shape, |o| {
        idx.push(
            o.iter()
                .zip(perm)
                .map(|(&oi, &p)| oi * in_strides[p as usize])
                .sum(),
        );
    });
    Ok(Tile {
        elem: t.elem,
        shape,
        data: t.data.gather(&idx),
    })
}

/// `gather` along `axis`: result element `o` is `t`'s element at `o` with coordinate
/// `axis` replaced by `index[o]` clamped into `0..n` (the IR's definition).
pub(crate) fn gather(t: &Tile, index: &Tile, axis: u32) -> OpResult {
    let a = axis as usize;
    let Data::Int(ix) = &index.data else {
        return Err("the index of `gather` is not an integer tile".into());
    };
    if a >= t.shape.len()
        || index.shape.len() != t.shape.len()
        || (0..t.shape.len()).any(|d| d != a && t.shape[d] != index.shape[d])
    {
        return Err(format!(
            "`gather` of {:?} by {:?} along axis {axis}",
            t.shape, index.shape
        ));
    }
    let n = t.shape[a] as i128;
    if n == 0 {
        return Err("`gather` from an empty axis".into());
    }
    let in_strides = strides(&t.shape);
    let mut idx = Vec::with_capacity(ix.len());
    let mut k = 0;
    for_each_index(&index.shape, |o| {
        let at = ix[k].clamp(0, n - 1) as usize;
        k += 1;
        idx.push(
            o.iter()
                .enumerate()
                .map(|(d, &od)| if d == a { at } else { od } * in_strides[d])
                .sum(),
        );
    });
    Ok(Tile {
        elem: t.elem,
        shape: index.shape.clone(),
        data: t.data.gather(&idx),
    })
}

/// The sort key of a float (see [`crate::ir::Op::Sort`]): IEEE's total order on the value
/// with a NaN's sign cleared, as an unsigned integer.
pub(crate) fn float_sort_key(x: f64) -> u64 {
    let b = if x.is_nan() { x.abs() } else { x }.to_bits();
    if b >> 63 == 1 { !b } else { b | 1 << 63 }
}

/// `sort` of each line along `axis`, stably (see [`crate::ir::Op::Sort`]).
pub(crate) fn sort(t: &Tile, axis: u32, descending: bool) -> OpResult {
    let a = axis as usize;
    if a >= t.shape.len() {
        return Err(format!("`sort` along axis {axis} of {:?}", t.shape));
    }
    let n = t.shape[a];
    let inner: usize = t.shape[a + 1..].iter().product();
    let outer: usize = t.shape[..a].iter().product();
    let keys: Vec<i128> = match &t.data {
        Data::Bool(v) => v.iter().map(|&b| b as i128).collect(),
        Data::Int(v) => v.clone(),
        Data::Float(v) => v.iter().map(|&x| float_sort_key(x) as i128).collect(),
        Data::Ptr(_) => return Err("`sort` of pointers".into()),
    };
    let mut idx: Vec<usize> = (0..t.data.len()).collect();
    for o in 0..outer {
        for q in 0..inner {
            let base = o * n * inner + q;
            let mut line: Vec<usize> = (0..n).map(|j| base + j * inner).collect();
            // Stable: equal keys keep their order.
            if descending {
                line.sort_by_key(|&x| std::cmp::Reverse(keys[x]));
            } else {
                line.sort_by_key(|&x| keys[x]);
            }
            for (j, src) in line.into_iter().enumerate() {
                idx[base + j * inner] = src;
            }
        }
    }
    Ok(Tile {
        elem: t.elem,
        shape: t.shape.clone(),
        data: t.data.gather(&idx),
    })
}

/// `histogram`: per bin `b` in `0..bins`, the number of elements of `t` equal to `b` whose
/// `mask` element is true.
pub(crate) fn histogram(t: &Tile, mask: Option<&Tile>, bins: u64) -> OpResult {
    let Data::Int(v) = &t.data else {
        return Err("`histogram` of a non-integer tile".into());
    };
    let m = match mask.map(|m| &m.data) {
        Some(Data::Bool(m)) if m.len() == v.len() => Some(m),
        None => None,
        _ => return Err("`histogram` mask is not a `bool` tile of the operand's shape".into()),
    };
    let mut counts = vec![0i128; bins as usize];
    for (i, &x) in v.iter().enumerate() {
        if (0..bins as i128).contains(&x) && m.is_none_or(|m| m[i]) {
            counts[x as usize] += 1;
        }
    }
    Ok(Tile {
        elem: Elem::Scalar(DType::I32),
        shape: vec![bins as usize],
        data: Data::Int(counts),
    })
}

// ---- elementwise -----------------------------------------------------------------------------

fn unary_float(op: UnaryOp, x: f64) -> Option<f64> {
    Some(match op {
        UnaryOp::Neg => -x,
        UnaryOp::Abs => x.abs(),
        UnaryOp::Exp => x.exp(),
        UnaryOp::Exp2 => x.exp2(),
        UnaryOp::Log => x.ln(),
        UnaryOp::Log2 => x.log2(),
        UnaryOp::Sqrt => x.sqrt(),
        UnaryOp::Rsqrt => 1.0 / x.sqrt(),
        UnaryOp::Sin => x.sin(),
        UnaryOp::Cos => x.cos(),
        UnaryOp::Tanh => x.tanh(),
        UnaryOp::Floor => x.floor(),
        UnaryOp::Ceil => x.ceil(),
        UnaryOp::Round => x.round_ties_even(),
        UnaryOp::Trunc => x.trunc(),
        UnaryOp::Sigmoid => 1.0 / (1.0 + (-x).exp()),
        UnaryOp::Erf => numeric::erf(x),
        // fdlibm's (through the `libm` crate), each within an ulp of the exact value: the
        // host's C library differs from platform to platform, and Rust's own `asinh`,
        // `acosh` and `atanh` are formulas that lose accuracy near their edges.
        UnaryOp::Erfc => libm::erfc(x),
        UnaryOp::Asin => libm::asin(x),
        UnaryOp::Acos => libm::acos(x),
        UnaryOp::Atan => libm::atan(x),
        UnaryOp::Sinh => libm::sinh(x),
        UnaryOp::Cosh => libm::cosh(x),
        UnaryOp::Asinh => libm::asinh(x),
        // musl's formula (the crate's) gives a number for x <= -2; acosh is NaN below 1.
        UnaryOp::Acosh if x < 1.0 => f64::NAN,
        UnaryOp::Acosh => libm::acosh(x),
        UnaryOp::Atanh => libm::atanh(x),
        UnaryOp::Log1p => libm::log1p(x),
        UnaryOp::Expm1 => libm::expm1(x),
        UnaryOp::Cbrt => libm::cbrt(x),
        UnaryOp::Not | UnaryOp::Clz | UnaryOp::Popc => return None,
    })
}

/// `op` applied elementwise.
pub(crate) fn unary(op: UnaryOp, t: &Tile) -> OpResult {
    let bad = || format!("{op:?} is not defined on {}", t.elem);
    let data = match &t.data {
        Data::Float(v) => {
            let d = float_dtype(t, &format!("{op:?}"))?;
            let mut out = super::value::floats(v.len());
            for &x in v {
                out.push(round_arith(d, unary_float(op, x).ok_or_else(bad)?));
            }
            Data::Float(out)
        }
        Data::Int(v) => {
            let d = t.elem_dtype();
            // The bit pattern in the dtype's width, for the bit counts.
            let bits = d.bits();
            let pattern = move |a: i128| (a as u128) & ((1u128 << bits) - 1);
            let f: Box<dyn Fn(i128) -> i128> = match op {
                UnaryOp::Neg => Box::new(|a: i128| a.wrapping_neg()),
                UnaryOp::Not => Box::new(|a: i128| !a),
                UnaryOp::Abs => Box::new(|a: i128| a.wrapping_abs()),
                UnaryOp::Clz => Box::new(move |a: i128| {
                    i128::from(pattern(a).leading_zeros()) - (128 - i128::from(bits))
                }),
                UnaryOp::Popc => Box::new(move |a: i128| i128::from(pattern(a).count_ones())),
                _ => return Err(bad()),
            };
            Data::Int(v.iter().map(|&a| wrap(d, f(a))).collect())
        }
        Data::Bool(v) => match op {
            UnaryOp::Not => Data::Bool(v.iter().map(|&b| !b).collect()),
            _ => return Err(bad()),
        },
        Data::Ptr(_) => return Err(bad()),
    };
    Ok(Tile {
        elem: t.elem,
        shape: t.shape.clone(),
        data,
    })
}

impl Tile {
    /// The dtype of a non-pointer tile (pointer tiles give their pointee; callers only ask
    /// after matching a non-pointer data kind).
    pub fn elem_dtype(&self) -> DType {
        match self.elem {
            Elem::Scalar(d) | Elem::Ptr(d) => d,
        }
    }
}

/// `a op b` on floats of dtype `d` (operands exact in `d`), rounded to `d`.
#[inline]
pub(crate) fn binary_float(op: BinaryOp, d: DType, a: f64, b: f64) -> Option<f64> {
    let r = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul => a * b,
        // `fdiv` may approximate; the reference divides exactly.
        BinaryOp::Div | BinaryOp::DivRn | BinaryOp::FastDiv => a / b,
        BinaryOp::Rem => a % b,
        BinaryOp::Atan2 => libm::atan2(a, b),
        // `f64::min`/`max` are IEEE minNum/maxNum: a single NaN operand is ignored.
        BinaryOp::Min => a.min(b),
        BinaryOp::Max => a.max(b),
        BinaryOp::Pow => a.powf(b),
        BinaryOp::And
        | BinaryOp::Or
        | BinaryOp::Xor
        | BinaryOp::Shl
        | BinaryOp::Shr
        | BinaryOp::MulHi => {
            return None;
        }
    };
    Some(round_arith(d, r))
}

/// `a op b` on integers of dtype `d` (operands inside `d`'s range), wrapped to `d`.
pub(crate) fn binary_int(op: BinaryOp, d: DType, a: i128, b: i128) -> Option<i128> {
    let bits = d.bits() as i128;
    let r = match op {
        BinaryOp::Add => a.wrapping_add(b),
        BinaryOp::Sub => a.wrapping_sub(b),
        BinaryOp::Mul => a.wrapping_mul(b),
        // Truncating division and remainder; by zero both give 0 (the IR's definition).
        // `wrap` turns `MIN / -1` into `MIN`, as two's complement hardware does.
        BinaryOp::Div if b == 0 => 0,
        BinaryOp::Div => a / b,
        BinaryOp::Rem if b == 0 => 0,
        BinaryOp::Rem => a % b,
        BinaryOp::And => a & b,
        BinaryOp::Or => a | b,
        BinaryOp::Xor => a ^ b,
        // Shift amounts are taken modulo the width (negative amounts too).
        BinaryOp::Shl => a.wrapping_shl(b.rem_euclid(bits) as u32),
        BinaryOp::Shr => a >> b.rem_euclid(bits),
        BinaryOp::Min => a.min(b),
        BinaryOp::Max => a.max(b),
        // The exact product's high half: in u128 for unsigned operands (a product of two
        // u64 exceeds i128), in i128 for signed ones, whose `>>` floors as hardware's does.
        BinaryOp::MulHi if d.is_unsigned_int() => ((a as u128 * b as u128) >> bits) as i128,
        BinaryOp::MulHi => (a * b) >> bits,
        BinaryOp::Pow | BinaryOp::Atan2 | BinaryOp::DivRn | BinaryOp::FastDiv => return None,
    };
    Some(wrap(d, r))
}

fn binary_bool(op: BinaryOp, a: bool, b: bool) -> Option<bool> {
    match op {
        BinaryOp::And => Some(a & b),
        BinaryOp::Or => Some(a | b),
        BinaryOp::Xor => Some(a ^ b),
        _ => None,
    }
}

/// `a op b` on one element of any kind (used by reductions, scans and atomics).
pub(crate) fn binary_val(op: BinaryOp, d: DType, a: Val, b: Val) -> Option<Val> {
    match (a, b) {
        (Val::Float(x), Val::Float(y)) if !d.is_fp8() => binary_float(op, d, x, y).map(Val::Float),
        (Val::Int(x), Val::Int(y)) => binary_int(op, d, x, y).map(Val::Int),
        (Val::Bool(x), Val::Bool(y)) => binary_bool(op, x, y).map(Val::Bool),
        _ => None,
    }
}

/// `lhs op rhs` elementwise (same type).
pub(crate) fn binary(op: BinaryOp, lhs: &Tile, rhs: &Tile) -> OpResult {
    same_shape(lhs, rhs, &format!("{op:?}"))?;
    let bad = || format!("{op:?} is not defined on {}", lhs.elem);
    let data = match (&lhs.data, &rhs.data) {
        (Data::Float(a), Data::Float(b)) => {
            let d = float_dtype(lhs, &format!("{op:?}"))?;
            if let Some(out) = fast::binary_float(op, d, a, b) {
                Data::Float(out)
            } else {
                let mut out = Vec::with_capacity(a.len());
                for (&x, &y) in a.iter().zip(b) {
                    out.push(binary_float(op, d, x, y).ok_or_else(bad)?);
                }
                Data::Float(out)
            }
        }
        (Data::Int(a), Data::Int(b)) => {
            let d = lhs.elem_dtype();
            let mut out = Vec::with_capacity(a.len());
            for (&x, &y) in a.iter().zip(b) {
                out.push(binary_int(op, d, x, y).ok_or_else(bad)?);
            }
            Data::Int(out)
        }
        (Data::Bool(a), Data::Bool(b)) => {
            let mut out = Vec::with_capacity(a.len());
            for (&x, &y) in a.iter().zip(b) {
                out.push(binary_bool(op, x, y).ok_or_else(bad)?);
            }
            Data::Bool(out)
        }
        _ => return Err(bad()),
    };
    Ok(Tile {
        elem: lhs.elem,
        shape: lhs.shape.clone(),
        data,
    })
}

/// Comparison elementwise; IEEE semantics for floats (every comparison with NaN is false
/// except `!=`).
pub(crate) fn cmp(op: CmpOp, lhs: &Tile, rhs: &Tile) -> OpResult {
    same_shape(lhs, rhs, &format!("{op:?}"))?;
    let out: Vec<bool> = match (&lhs.data, &rhs.data) {
        (Data::Float(a), Data::Float(b)) => {
            a.iter().zip(b).map(|(&x, &y)| op.holds(x, y)).collect()
        }
        (Data::Int(a), Data::Int(b)) => a.iter().zip(b).map(|(&x, &y)| op.holds(x, y)).collect(),
        (Data::Bool(a), Data::Bool(b)) => a.iter().zip(b).map(|(&x, &y)| op.holds(x, y)).collect(),
        _ => return Err(format!("{op:?} is not defined on {}", lhs.elem)),
    };
    Ok(Tile {
        elem: Elem::Scalar(DType::Bool),
        shape: lhs.shape.clone(),
        data: Data::Bool(out),
    })
}

/// Fused `a * b + c` with one rounding (f16/bf16: fused in f32, then rounded to the dtype).
pub(crate) fn fma(a: &Tile, b: &Tile, c: &Tile) -> OpResult {
    same_shape(a, b, "fma")?;
    same_shape(a, c, "fma")?;
    let d = float_dtype(a, "fma")?;
    let (Data::Float(x), Data::Float(y), Data::Float(z)) = (&a.data, &b.data, &c.data) else {
        return Err(format!("fma is not defined on {}", a.elem));
    };
    let out = x
        .iter()
        .zip(y)
        .zip(z)
        .map(|((&x, &y), &z)| fma_one(d, x, y, z))
        .collect();
    Ok(Tile {
        elem: a.elem,
        shape: a.shape.clone(),
        data: Data::Float(out),
    })
}

/// One fused multiply-add in dtype `d`.
#[inline]
pub(crate) fn fma_one(d: DType, x: f64, y: f64, z: f64) -> f64 {
    match d {
        DType::F64 => x.mul_add(y, z),
        _ => round_arith(d, (x as f32).mul_add(y as f32, z as f32) as f64),
    }
}

/// `cond ? a : b` elementwise.
pub(crate) fn select(cond: &Tile, a: &Tile, b: &Tile) -> OpResult {
    same_shape(a, b, "select")?;
    let Data::Bool(c) = &cond.data else {
        return Err("select condition is not bool".into());
    };
    if cond.shape != a.shape {
        return Err(format!(
            "select condition shape {:?} differs from {:?}",
            cond.shape, a.shape
        ));
    }
    let data = match (&a.data, &b.data) {
        (Data::Bool(x), Data::Bool(y)) => Data::Bool(pick(c, x, y)),
        (Data::Int(x), Data::Int(y)) => Data::Int(pick(c, x, y)),
        (Data::Float(x), Data::Float(y)) => Data::Float(pick(c, x, y)),
        (Data::Ptr(x), Data::Ptr(y)) => Data::Ptr(pick(c, x, y)),
        _ => return Err("select operands of different kinds".into()),
    };
    Ok(Tile {
        elem: a.elem,
        shape: a.shape.clone(),
        data,
    })
}

fn pick<T: Copy>(c: &[bool], x: &[T], y: &[T]) -> Vec<T> {
    c.iter()
        .zip(x.iter().zip(y))
        .map(|(&c, (&x, &y))| if c { x } else { y })
        .collect()
}

/// Value conversion to `to` (rules in the module docs of [`crate::ir`]).
pub(crate) fn cast(t: &Tile, to: DType) -> OpResult {
    let data = match &t.data {
        Data::Bool(v) => {
            if to.is_bool() {
                Data::Bool(v.clone())
            } else if to.is_float() {
                Data::Float(v.iter().map(|&b| b as u8 as f64).collect())
            } else {
                Data::Int(v.iter().map(|&b| b as i128).collect())
            }
        }
        Data::Int(v) => {
            if to.is_bool() {
                Data::Bool(v.iter().map(|&x| x != 0).collect())
            } else if to.is_float() {
                Data::Float(v.iter().map(|&x| int_to_float(to, x)).collect())
            } else {
                Data::Int(v.iter().map(|&x| wrap(to, x)).collect())
            }
        }
        Data::Float(v) => {
            if to.is_bool() {
                Data::Bool(v.iter().map(|&x| x != 0.0).collect())
            } else if to.is_float() {
                Data::Float(v.iter().map(|&x| round_cast(to, x)).collect())
            } else {
                Data::Int(v.iter().map(|&x| float_to_int(to, x)).collect())
            }
        }
        Data::Ptr(_) => return Err("cast of a pointer".into()),
    };
    Ok(Tile {
        elem: Elem::Scalar(to),
        shape: t.shape.clone(),
        data,
    })
}

/// Bit reinterpretation to a dtype of the same width.
pub(crate) fn bitcast(t: &Tile, to: DType) -> OpResult {
    let Elem::Scalar(from) = t.elem else {
        return Err("bitcast of a pointer".into());
    };
    if from.is_bool() || to.is_bool() || from.size_bytes() != to.size_bytes() {
        return Err(format!("bitcast from {from} to {to}"));
    }
    let mut data = super::value::empty_data(Elem::Scalar(to), t.data.len());
    for i in 0..t.data.len() {
        data.push(from_bits(to, to_bits(from, t.data.get(i))));
    }
    Ok(Tile {
        elem: Elem::Scalar(to),
        shape: t.shape.clone(),
        data,
    })
}

/// `ptr + offset` elementwise, in elements (64-bit wrapping, like an address).
pub(crate) fn ptr_add(ptr: &Tile, offset: &Tile) -> OpResult {
    let (Data::Ptr(p), Data::Int(o)) = (&ptr.data, &offset.data) else {
        return Err("ptr_add needs a pointer and an integer operand".into());
    };
    if ptr.shape != offset.shape {
        return Err(format!(
            "ptr_add shapes differ: {:?} vs {:?}",
            ptr.shape, offset.shape
        ));
    }
    let out = p
        .iter()
        .zip(o)
        .map(|(p, &o)| Ptr {
            param: p.param,
            offset: p.offset.wrapping_add(o as i64),
        })
        .collect();
    Ok(Tile {
        elem: ptr.elem,
        shape: ptr.shape.clone(),
        data: Data::Ptr(out),
    })
}

// ---- reductions and scans ----------------------------------------------------------------

fn reduce_binary(op: ReduceOp) -> BinaryOp {
    match op {
        ReduceOp::Sum => BinaryOp::Add,
        ReduceOp::Prod => BinaryOp::Mul,
        ReduceOp::Max => BinaryOp::Max,
        ReduceOp::Min => BinaryOp::Min,
        ReduceOp::And => BinaryOp::And,
        ReduceOp::Or => BinaryOp::Or,
        ReduceOp::Xor => BinaryOp::Xor,
    }
}

/// `(outer, n, inner)` of `shape` around `axis`.
pub(crate) fn split_axis(shape: &[usize], axis: u32) -> Result<(usize, usize, usize), String> {
    let axis = axis as usize;
    if axis >= shape.len() {
        return Err(format!("axis {axis} out of range for rank {}", shape.len()));
    }
    let outer = shape[..axis].iter().product();
    let inner = shape[axis + 1..].iter().product();
    Ok((outer, shape[axis], inner))
}

fn check_combinable(t: &Tile, op: BinaryOp) -> Result<DType, String> {
    let d = match t.elem {
        Elem::Scalar(d) => d,
        Elem::Ptr(_) => return Err(format!("{op:?} reduction on pointers")),
    };
    if d.is_fp8() {
        return Err(format!("{op:?} reduction on fp8 ({d})"));
    }
    // Probe the op on two zeros so an undefined combination fails before any work.
    let z = super::value::zero(d);
    binary_val(op, d, z, z).ok_or_else(|| format!("{op:?} is not defined on {d}"))?;
    Ok(d)
}

/// Rounds an accumulator value of dtype `acc` to the result dtype `d` (once).
fn finish(d: DType, acc: DType, v: Val) -> Val {
    match v {
        Val::Float(x) => Val::Float(finish_float(d, acc, x)),
        _ => v,
    }
}

/// [`finish`] of a float.
fn finish_float(d: DType, acc: DType, x: f64) -> f64 {
    if acc != d { round_cast(d, x) } else { x }
}

/// Folds `value` along `axis` in ascending index order, `((x0 ∘ x1) ∘ x2) ∘ …`, rounding
/// after every step to the [`ReduceOp::accumulator`] dtype (f32 for f16/bf16 sums and
/// products), then once to the operand's dtype. The order is part of the semantics so that
/// float sums are reproducible; backends that reduce in trees differ within the bound that
/// [`crate::ir::Op::Reduce`] states.
pub(crate) fn reduce(op: ReduceOp, t: &Tile, axis: u32) -> OpResult {
    let bop = reduce_binary(op);
    let d = check_combinable(t, bop)?;
    let ad = op.accumulator(d);
    let (outer, n, inner) = split_axis(&t.shape, axis)?;
    if n == 0 {
        return Err("reduction over an empty axis".into());
    }
    if let Data::Float(v) = &t.data
        && let Some(out) =
            fast::reduce_float(bop, ad, v, (outer, n, inner), |x| finish_float(d, ad, x))
    {
        let mut shape = t.shape.clone();
        shape.remove(axis as usize);
        return Ok(Tile {
            elem: t.elem,
            shape,
            data: Data::Float(out),
        });
    }
    let mut data = t.data.empty_like(outer * inner);
    for o in 0..outer {
        for i in 0..inner {
            let mut acc = t.data.get(o * n * inner + i);
            for k in 1..n {
                let x = t.data.get((o * n + k) * inner + i);
                acc = binary_val(bop, ad, acc, x).ok_or("reduction combine failed")?;
            }
            data.push(finish(d, ad, acc));
        }
    }
    let mut shape = t.shape.clone();
    shape.remove(axis as usize);
    Ok(Tile {
        elem: t.elem,
        shape,
        data,
    })
}

/// Inclusive scan along `axis` with the same fold as [`reduce`]: the running value stays
/// in the [`ReduceOp::accumulator`] dtype and each output element is its prefix rounded
/// once to the operand's dtype.
pub(crate) fn scan(op: ReduceOp, t: &Tile, axis: u32) -> OpResult {
    let bop = reduce_binary(op);
    let d = check_combinable(t, bop)?;
    let ad = op.accumulator(d);
    let (outer, n, inner) = split_axis(&t.shape, axis)?;
    let mut out: Vec<Option<Val>> = vec![None; t.data.len()];
    for o in 0..outer {
        for i in 0..inner {
            let mut acc: Option<Val> = None;
            for k in 0..n {
                let at = (o * n + k) * inner + i;
                let x = t.data.get(at);
                let next = match acc {
                    None => x,
                    Some(a) => binary_val(bop, ad, a, x).ok_or("scan combine failed")?,
                };
                acc = Some(next);
                out[at] = Some(finish(d, ad, next));
            }
        }
    }
    let mut data = t.data.empty_like(out.len());
    for v in out.into_iter().flatten() {
        data.push(v);
    }
    Ok(Tile {
        elem: t.elem,
        shape: t.shape.clone(),
        data,
    })
}

/// Index of the max/min along `axis` (`i32`): the first index on ties; NaN counts as larger
/// than everything for argmax and smaller than everything for argmin, so the first NaN wins
/// either way.
pub(crate) fn arg_reduce(op: ArgReduceOp, t: &Tile, axis: u32) -> OpResult {
    let (outer, n, inner) = split_axis(&t.shape, axis)?;
    if n == 0 {
        return Err("argmax/argmin over an empty axis".into());
    }
    let better = |x: Val, best: Val| -> Result<bool, String> {
        Ok(match (x, best) {
            (Val::Float(x), Val::Float(b)) => {
                if b.is_nan() {
                    false
                } else if x.is_nan() {
                    true
                } else {
                    match op {
                        ArgReduceOp::ArgMax => x > b,
                        ArgReduceOp::ArgMin => x < b,
                    }
                }
            }
            (Val::Int(x), Val::Int(b)) => match op {
                ArgReduceOp::ArgMax => x > b,
                ArgReduceOp::ArgMin => x < b,
            },
            _ => return Err(format!("{op:?} is not defined on {}", t.elem)),
        })
    };
    let mut out = Vec::with_capacity(outer * inner);
    for o in 0..outer {
        for i in 0..inner {
            let mut best_k = 0usize;
            let mut best = t.data.get(o * n * inner + i);
            // Kind check even when n == 1.
            better(best, best)?;
            for k in 1..n {
                let x = t.data.get((o * n + k) * inner + i);
                if better(x, best)? {
                    best = x;
                    best_k = k;
                }
            }
            out.push(best_k as i128);
        }
    }
    let mut shape = t.shape.clone();
    shape.remove(axis as usize);
    Ok(Tile {
        elem: Elem::Scalar(DType::I32),
        shape,
        data: Data::Int(out),
    })
}

/// `a @ b + acc` (see [`Op::Dot`](crate::ir::Op::Dot)), one product per batch index for
/// 3-D tiles: one fused multiply-add per k in ascending order, in the accumulator's dtype
/// (products of f16/bf16/fp8 values are exact in f32, so for them this equals "exact
/// product, then add in f32"; an f16 accumulator rounds each step's f32 result to f16),
/// on the factors rounded to TF32 first when `precision` says so; integer accumulators wrap.
pub(crate) fn dot(a: &Tile, b: &Tile, acc: &Tile, precision: DotPrecision) -> OpResult {
    // `(batch, rows, cols)` of a 2-D or 3-D tile.
    let dims = |t: &Tile, what: &str| -> Result<[usize; 3], String> {
        match *t.shape.as_slice() {
            [r, c] => Ok([1, r, c]),
            [bt, r, c] => Ok([bt, r, c]),
            _ => Err(format!("dot {what} is neither 2-D nor 3-D")),
        }
    };
    let [nb, m, k] = dims(a, "operand a")?;
    let [nb2, k2, n] = dims(b, "operand b")?;
    let [nb3, m2, n2] = dims(acc, "accumulator")?;
    let same_rank = a.shape.len() == b.shape.len() && a.shape.len() == acc.shape.len();
    if !same_rank || nb != nb2 || nb != nb3 || k != k2 || m != m2 || n != n2 || a.elem != b.elem {
        return Err(format!(
            "dot shapes/types: a {}{:?}, b {}{:?}, acc {}{:?}",
            a.elem, a.shape, b.elem, b.shape, acc.elem, acc.shape
        ));
    }
    let ad = match acc.elem {
        Elem::Scalar(d) => d,
        Elem::Ptr(_) => return Err("dot accumulator is a pointer".into()),
    };
    let tf32 = precision == DotPrecision::Tf32;
    if tf32 && (a.elem != Elem::Scalar(DType::F32) || ad != DType::F32) {
        return Err(format!(
            "tf32 dot of {} with accumulator {}",
            a.elem, acc.elem
        ));
    }
    let data = match (&a.data, &b.data, &acc.data) {
        (Data::Float(x), Data::Float(y), Data::Float(c)) if ad.is_float() && !ad.is_fp8() => {
            // TF32: round each factor once (its values are exact f32 values held in f64).
            let rounded = |v: &[f64]| -> Vec<f64> {
                v.iter()
                    .map(|e| numeric::round_tf32(*e as f32) as f64)
                    .collect()
            };
            let (xr, yr);
            let (x, y) = if tf32 {
                (xr, yr) = (rounded(x), rounded(y));
                (&xr, &yr)
            } else {
                (x, y)
            };
            let mut out = c.clone();
            match ad {
                DType::F32 => fast::dot_f32(x, y, &mut out, (nb, m, k, n)),
                DType::F64 => fast::dot_f64(x, y, &mut out, (nb, m, k, n)),
                _ => {
                    for bt in 0..nb {
                        let (x, y) = (&x[bt * m * k..], &y[bt * k * n..]);
                        let out = &mut out[bt * m * n..];
                        for i in 0..m {
                            for j in 0..n {
                                let mut s = out[i * n + j];
                                for kk in 0..k {
                                    s = fma_one(ad, x[i * k + kk], y[kk * n + j], s);
                                }
                                out[i * n + j] = s;
                            }
                        }
                    }
                }
            }
            Data::Float(out)
        }
        (Data::Int(x), Data::Int(y), Data::Int(c)) => {
            let mut out = c.clone();
            for bt in 0..nb {
                let (x, y) = (&x[bt * m * k..], &y[bt * k * n..]);
                let out = &mut out[bt * m * n..];
                for i in 0..m {
                    for j in 0..n {
                        let mut s = out[i * n + j];
                        for kk in 0..k {
                            s = wrap(
                                ad,
                                s.wrapping_add(x[i * k + kk].wrapping_mul(y[kk * n + j])),
                            );
                        }
                        out[i * n + j] = s;
                    }
                }
            }
            Data::Int(out)
        }
        _ => {
            return Err(format!("dot of {} with accumulator {}", a.elem, acc.elem));
        }
    };
    Ok(Tile {
        elem: acc.elem,
        shape: acc.shape.clone(),
        data,
    })
}
