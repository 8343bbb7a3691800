//! Tiles as the interpreter holds them, and the per-dtype rules for rounding, wrapping,
//! casting and encoding single elements.

use crate::dtype::{DType, F8E4M3, F8E5M2};
use crate::ir::Elem;
use crate::numeric;

/// A pointer element: which buffer parameter it was derived from, and an element offset.
///
/// Keeping the parameter (rather than a raw address) is what lets an out-of-bounds error name
/// the argument, and makes it impossible for pointer arithmetic to wander into another buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ptr {
    /// Index into `Kernel::params`.
    pub param: u32,
    /// Offset in elements of the pointee dtype (wraps at 64 bits, like an address).
    pub offset: i64,
}

/// The elements of a tile, in row-major order.
///
/// One variant per *kind* of element rather than per dtype: every float dtype is held as the
/// exact `f64` of its value (rounded to the dtype after every op), every integer dtype as an
/// `i128` kept inside the dtype's range (wrapped after every op). This keeps each op to one
/// code path per kind while staying exact, since `f64` holds every f16/bf16/f32/fp8 value and
/// `i128` every `i64`/`u64` value and every product of two of them.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Data {
    Bool(Vec<bool>),
    Int(Vec<i128>),
    Float(Vec<f64>),
    Ptr(Vec<Ptr>),
}

/// One element of any kind (used where code is generic over kinds: memory, printing).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Val {
    Bool(bool),
    Int(i128),
    Float(f64),
    Ptr(Ptr),
}

impl Data {
    pub fn len(&self) -> usize {
        match self {
            Data::Bool(v) => v.len(),
            Data::Int(v) => v.len(),
            Data::Float(v) => v.len(),
            Data::Ptr(v) => v.len(),
        }
    }

    pub fn get(&self, i: usize) -> Val {
        match self {
            Data::Bool(v) => Val::Bool(v[i]),
            Data::Int(v) => Val::Int(v[i]),
            Data::Float(v) => Val::Float(v[i]),
            Data::Ptr(v) => Val::Ptr(v[i]),
        }
    }

    /// The elements at `idx`, in that order.
    pub fn gather(&self, idx: &[usize]) -> Data {
        match self {
            Data::Bool(v) => Data::Bool(idx.iter().map(|&i| v[i]).collect()),
            Data::Int(v) => Data::Int(idx.iter().map(|&i| v[i]).collect()),
            Data::Float(v) => Data::Float(idx.iter().map(|&i| v[i]).collect()),
            Data::Ptr(v) => Data::Ptr(idx.iter().map(|&i| v[i]).collect()),
        }
    }

    /// `n` copies of the first element (of a one-element vector: a splat).
    pub fn splat(&self, n: usize) -> Data {
        match self {
            Data::Bool(v) => Data::Bool(vec![v[0]; n]),
            Data::Int(v) => Data::Int(vec![v[0]; n]),
            Data::Float(v) => Data::Float(vec![v[0]; n]),
            Data::Ptr(v) => Data::Ptr(vec![v[0]; n]),
        }
    }

    /// An empty vector of the same kind.
    pub fn empty_like(&self, cap: usize) -> Data {
        match self {
            Data::Bool(_) => Data::Bool(Vec::with_capacity(cap)),
            Data::Int(_) => Data::Int(Vec::with_capacity(cap)),
            Data::Float(_) => Data::Float(Vec::with_capacity(cap)),
            Data::Ptr(_) => Data::Ptr(Vec::with_capacity(cap)),
        }
    }

    /// Appends an element of the same kind (callers guarantee the kind matches).
    pub fn push(&mut self, v: Val) {
        match (self, v) {
            (Data::Bool(d), Val::Bool(x)) => d.push(x),
            (Data::Int(d), Val::Int(x)) => d.push(x),
            (Data::Float(d), Val::Float(x)) => d.push(x),
            (Data::Ptr(d), Val::Ptr(x)) => d.push(x),
            _ => debug_assert!(false, "Data::push of the wrong kind"),
        }
    }
}

// ---- recycled float vectors ------------------------------------------------------------

/// Float tiles of at least this many elements are recycled.
const RECYCLE_MIN: usize = 256;
/// Bytes of float vectors each thread keeps for reuse, at most.
const RECYCLE_BYTES: usize = 8 << 20;

thread_local! {
    /// Float vectors of tiles that died, for the next tiles of the program (or of the next
    /// program on this thread) and their capacities' sum. A fresh vector per op costs a page
    /// fault per 4 KiB once the allocator has handed the pages back to the OS between ops,
    /// which it does for vectors this size: that was a sixth of a softmax's time.
    static FLOATS: std::cell::RefCell<(Vec<Vec<f64>>, usize)> =
        const { std::cell::RefCell::new((Vec::new(), 0)) };
}

/// An empty float vector with room for `n` elements, recycled when one is at hand.
pub(crate) fn floats(n: usize) -> Vec<f64> {
    if n >= RECYCLE_MIN {
        let found = FLOATS.with(|f| {
            let (pool, bytes) = &mut *f.borrow_mut();
            let i = pool.iter().rposition(|v| v.capacity() >= n)?;
            let v = pool.swap_remove(i);
            *bytes -= v.capacity() * 8;
            Some(v)
        });
        if let Some(v) = found {
            return v;
        }
    }
    Vec::with_capacity(n)
}

/// Keeps the float vector of a tile nothing else holds, for [`floats`].
pub(crate) fn recycle(t: std::rc::Rc<Tile>) {
    if let Ok(Tile {
        data: Data::Float(mut v),
        ..
    }) = std::rc::Rc::try_unwrap(t)
        && v.capacity() >= RECYCLE_MIN
    {
        v.clear();
        FLOATS.with(|f| {
            let (pool, bytes) = &mut *f.borrow_mut();
            if *bytes + v.capacity() * 8 <= RECYCLE_BYTES {
                *bytes += v.capacity() * 8;
                pool.push(v);
            }
        });
    }
}

/// A tile (a scalar is a tile of shape `[]` with one element).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Tile {
    pub elem: Elem,
    pub shape: Vec<usize>,
    pub data: Data,
}

impl Tile {
    pub fn scalar_of(d: DType, v: Val) -> Tile {
        let mut data = empty_data(Elem::Scalar(d), 1);
        data.push(v);
        Tile {
            elem: Elem::Scalar(d),
            shape: Vec::new(),
            data,
        }
    }
}

/// An empty data vector of the kind that holds `elem`.
pub(crate) fn empty_data(elem: Elem, cap: usize) -> Data {
    match elem {
        Elem::Ptr(_) => Data::Ptr(Vec::with_capacity(cap)),
        Elem::Scalar(d) if d.is_bool() => Data::Bool(Vec::with_capacity(cap)),
        Elem::Scalar(d) if d.is_float() => Data::Float(Vec::with_capacity(cap)),
        Elem::Scalar(_) => Data::Int(Vec::with_capacity(cap)),
    }
}

/// True if `data` is the kind that holds `elem`.
pub(crate) fn kind_matches(elem: Elem, data: &Data) -> bool {
    matches!(
        (elem, data),
        (Elem::Ptr(_), Data::Ptr(_))
            | (Elem::Scalar(DType::Bool), Data::Bool(_))
            | (Elem::Scalar(_), Data::Float(_))
            | (Elem::Scalar(_), Data::Int(_))
    ) && match (elem, data) {
        (Elem::Scalar(d), Data::Float(_)) => d.is_float(),
        (Elem::Scalar(d), Data::Int(_)) => d.is_int(),
        _ => true,
    }
}

/// The zero of a dtype (what masked-off lanes of a load without `other` and of atomics get).
pub(crate) fn zero(d: DType) -> Val {
    if d.is_bool() {
        Val::Bool(false)
    } else if d.is_float() {
        Val::Float(0.0)
    } else {
        Val::Int(0)
    }
}

// ---- integers --------------------------------------------------------------------------------

/// Smallest and largest value of an integer dtype (callers pass integer dtypes only).
pub(crate) fn int_range(d: DType) -> (i128, i128) {
    d.int_range().unwrap_or((0, 1))
}

/// Wraps `v` to the dtype's width (two's complement), as the hardware does.
#[inline]
pub(crate) fn wrap(d: DType, v: i128) -> i128 {
    let bits = d.bits();
    let m = v & ((1i128 << bits) - 1);
    if d.is_signed_int() && m >= 1i128 << (bits - 1) {
        m - (1i128 << bits)
    } else {
        m
    }
}

// ---- floats ----------------------------------------------------------------------------------

/// Rounds the result of an arithmetic op (computed in f64) to the dtype.
///
/// f16/bf16 go through f32, implementing "as if computed in f32 and rounded once to the
/// dtype": for `+ - * / sqrt` of f32/f16/bf16 operands, rounding the f64 result to f32 is the
/// correctly rounded f32 result (53 ≥ 2·24 + 2 makes the double rounding innocuous), and the
/// same argument takes it on to f16/bf16.
#[inline]
pub(crate) fn round_arith(d: DType, x: f64) -> f64 {
    match d {
        DType::F64 => x,
        DType::F32 => x as f32 as f64,
        DType::F16 => numeric::f16_to_f64(numeric::f32_to_f16(x as f32)),
        DType::BF16 => numeric::bf16_to_f64(numeric::f32_to_bf16(x as f32)),
        DType::F8E4M3 => numeric::f64_to_e4m3(x).to_f64(),
        DType::F8E5M2 => numeric::f64_to_e5m2(x).to_f64(),
        _ => x,
    }
}

/// Rounds a value to a float dtype in one step (casts): nearest even; E4M3 saturates. A
/// NaN keeps its sign and top payload bits, signaling or not (as the narrow formats do).
#[inline]
pub(crate) fn round_cast(d: DType, x: f64) -> f64 {
    match d {
        DType::F64 => x,
        DType::F32 => numeric::f32_to_f64(numeric::f64_to_f32(x)),
        DType::F16 => numeric::f16_to_f64(numeric::f64_to_f16(x)),
        DType::BF16 => numeric::bf16_to_f64(numeric::f64_to_bf16(x)),
        DType::F8E4M3 => numeric::f64_to_e4m3(x).to_f64(),
        DType::F8E5M2 => numeric::f64_to_e5m2(x).to_f64(),
        _ => x,
    }
}

/// Significand bits (implicit bit included) of a float dtype.
fn precision(d: DType) -> u32 {
    match d {
        DType::F64 => 53,
        DType::F32 => 24,
        DType::F16 => 11,
        DType::BF16 => 8,
        DType::F8E4M3 => 4,
        DType::F8E5M2 => 3,
        _ => 53,
    }
}

/// Integer → float, correctly rounded (nearest even).
///
/// Going through `as f64` first would round twice for magnitudes above 2^53, so the
/// magnitude is first rounded to the target's precision exactly on integers; the result is
/// then exactly representable in f64 and only range handling (overflow to inf, or E4M3
/// saturation) remains for [`round_cast`].
pub(crate) fn int_to_float(d: DType, v: i128) -> f64 {
    let neg = v < 0;
    let m = v.unsigned_abs();
    let p = precision(d);
    let nbits = 128 - m.leading_zeros();
    let rounded = if nbits <= p {
        m
    } else {
        let shift = nbits - p;
        let q = m >> shift;
        let rem = m & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let q = if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        };
        // `q` has at most p + 1 bits, so this is exact in f64 below.
        q << shift
    };
    let x = rounded as f64;
    round_cast(d, if neg { -x } else { x })
}

/// Float → integer: truncate toward zero, saturate at the dtype's range, NaN → 0 (Rust's
/// `as`).
pub(crate) fn float_to_int(d: DType, x: f64) -> i128 {
    let (lo, hi) = int_range(d);
    // `as i128` already truncates, saturates at i128's range and maps NaN to 0.
    (x as i128).clamp(lo, hi)
}

// ---- bits --------------------------------------------------------------------------------

/// The bit pattern of an element of dtype `d`, in the low `d.bits()` bits.
pub(crate) fn to_bits(d: DType, v: Val) -> u64 {
    match v {
        Val::Bool(b) => b as u64,
        Val::Int(i) => {
            let bits = (i as u64) & mask(d);
            if d.is_bool() { (i != 0) as u64 } else { bits }
        }
        Val::Float(x) => match d {
            DType::F64 => x.to_bits(),
            DType::F32 => numeric::f64_to_f32(x).to_bits() as u64,
            DType::F16 => numeric::f64_to_f16(x).to_bits() as u64,
            DType::BF16 => numeric::f64_to_bf16(x).to_bits() as u64,
            DType::F8E4M3 => numeric::f64_to_e4m3(x).0 as u64,
            DType::F8E5M2 => numeric::f64_to_e5m2(x).0 as u64,
            _ => 0,
        },
        Val::Ptr(p) => p.offset as u64,
    }
}

fn mask(d: DType) -> u64 {
    if d.bits() >= 64 {
        u64::MAX
    } else {
        (1u64 << d.bits()) - 1
    }
}

/// The element of dtype `d` whose bit pattern is the low `d.bits()` bits of `bits`.
#[inline]
pub(crate) fn from_bits(d: DType, bits: u64) -> Val {
    let bits = bits & mask(d);
    match d {
        DType::Bool => Val::Bool(bits != 0),
        DType::F64 => Val::Float(f64::from_bits(bits)),
        DType::F32 => Val::Float(numeric::f32_to_f64(f32::from_bits(bits as u32))),
        DType::F16 => Val::Float(numeric::f16_to_f64(half::f16::from_bits(bits as u16))),
        DType::BF16 => Val::Float(numeric::bf16_to_f64(half::bf16::from_bits(bits as u16))),
        DType::F8E4M3 => Val::Float(F8E4M3(bits as u8).to_f64()),
        DType::F8E5M2 => Val::Float(F8E5M2(bits as u8).to_f64()),
        _ => Val::Int(wrap(d, bits as i128)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_and_ranges() {
        assert_eq!(wrap(DType::I8, 128), -128);
        assert_eq!(wrap(DType::U8, -1), 255);
        assert_eq!(wrap(DType::I64, i64::MAX as i128 + 1), i64::MIN as i128);
        assert_eq!(wrap(DType::U64, -1), u64::MAX as i128);
        assert_eq!(int_range(DType::I16), (-32768, 32767));
    }

    #[test]
    fn int_to_float_single_rounding() {
        // 2^24 + 1 ties to even (2^24); 2^24 + 3 ties up to 2^24 + 4.
        assert_eq!(int_to_float(DType::F32, (1 << 24) + 1), 16777216.0);
        assert_eq!(int_to_float(DType::F32, (1 << 24) + 3), 16777220.0);
        // Just above the midpoint of 2^60 and 2^60 + 2^53 (adjacent bf16 values): must round
        // up, while the detour through f64 loses the +1, ties, and rounds to even (down).
        let v: i128 = (1 << 60) + (1 << 52) + 1;
        let up = ((1u64 << 60) + (1u64 << 53)) as f64;
        assert_eq!(int_to_float(DType::BF16, v), up);
        assert_eq!(round_cast(DType::BF16, v as f64), (1u64 << 60) as f64);
        assert_eq!(int_to_float(DType::F16, 70000), f64::INFINITY);
        assert_eq!(int_to_float(DType::F8E4M3, 1000), 448.0);
        assert_eq!(int_to_float(DType::F8E5M2, -100000), f64::NEG_INFINITY);
        assert_eq!(int_to_float(DType::F64, i64::MIN as i128), i64::MIN as f64);
    }

    #[test]
    fn float_to_int_saturates() {
        assert_eq!(float_to_int(DType::I8, 1e9), 127);
        assert_eq!(float_to_int(DType::U8, -3.7), 0);
        assert_eq!(float_to_int(DType::I32, -2.9), -2);
        assert_eq!(float_to_int(DType::I32, f64::NAN), 0);
        assert_eq!(float_to_int(DType::U64, 1e30), u64::MAX as i128);
    }

    #[test]
    fn bits_round_trip() {
        for d in DType::ALL {
            let v = match zero(d) {
                Val::Float(_) => Val::Float(-1.5),
                Val::Int(_) if d.is_signed_int() => Val::Int(-5),
                Val::Int(_) => Val::Int(5),
                other => other,
            };
            assert_eq!(from_bits(d, to_bits(d, v)), v, "{d}");
        }
    }
}
