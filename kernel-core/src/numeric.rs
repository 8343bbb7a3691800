//! Numeric helpers shared by the interpreter, the runtime and backends' tests: correctly
//! rounded conversions between `f32`/`f64` and the narrow float formats (f16, bf16, fp8 E4M3
//! and E5M2), the error function, and the Philox4x32-10 generator behind `rand`/`randn`/
//! `randint`.
//!
//! # Why this module exists
//! The interpreter defines the semantics every backend must match bit for bit where the IR
//! promises exactness (casts, loads and stores of narrow floats, random numbers), so these
//! conversions must be *correctly rounded*, not merely close:
//! - `half`'s `f32 -> f16/bf16` conversions are correct (round to nearest even on all the
//!   bits), but its `f64 -> f16/bf16` conversions drop the low 32 mantissa bits before
//!   rounding, so a value slightly above a rounding midpoint can round down. The `f64`
//!   conversions here round in a single step instead.
//! - fp8 has no Rust type; [`F8E4M3`] and [`F8E5M2`] carry bit patterns and this module
//!   converts them.
//! - Philox must reproduce Triton's `tl.randint`/`tl.rand`/`tl.randn` exactly, so that a kernel
//!   ported from Triton draws the same numbers on every backend.

use crate::dtype::{F8E4M3, F8E5M2};
use half::{bf16, f16};

// ---------------------------------------------------------------------------------------------
// A generic binary float format, used for the correctly rounded f64 -> narrow conversions.
// ---------------------------------------------------------------------------------------------

/// How a format treats the all-ones exponent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Special {
    /// IEEE 754: all-ones exponent is infinity (mantissa 0) or NaN; overflow rounds to
    /// infinity.
    Ieee,
    /// OCP "fn" (finite, one NaN): the all-ones exponent holds normal numbers except the
    /// all-ones mantissa, which is NaN; no infinities; conversions saturate to the largest
    /// finite value.
    FiniteSaturating,
}

/// A binary floating-point format with a sign bit, `exp_bits` exponent bits and `man_bits`
/// stored mantissa bits.
#[derive(Clone, Copy, Debug)]
struct Format {
    exp_bits: u32,
    man_bits: u32,
    bias: i32,
    special: Special,
}

const FMT_F16: Format = Format {
    exp_bits: 5,
    man_bits: 10,
    bias: 15,
    special: Special::Ieee,
};
const FMT_BF16: Format = Format {
    exp_bits: 8,
    man_bits: 7,
    bias: 127,
    special: Special::Ieee,
};
const FMT_E4M3: Format = Format {
    exp_bits: 4,
    man_bits: 3,
    bias: 7,
    special: Special::FiniteSaturating,
};
const FMT_E5M2: Format = Format {
    exp_bits: 5,
    man_bits: 2,
    bias: 15,
    special: Special::Ieee,
};

/// `2^k` for `k` in the normal range of f64, built from its bits (exact, no libm).
fn pow2(k: i32) -> f64 {
    debug_assert!((-1022..=1023).contains(&k));
    f64::from_bits(((k + 1023) as u64) << 52)
}

impl Format {
    fn sign_bit(self) -> u32 {
        1 << (self.exp_bits + self.man_bits)
    }

    fn exp_max_field(self) -> u32 {
        (1 << self.exp_bits) - 1
    }

    fn man_mask(self) -> u32 {
        (1 << self.man_bits) - 1
    }

    /// The largest finite value's bit pattern (positive).
    fn max_finite_bits(self) -> u32 {
        match self.special {
            Special::Ieee => ((self.exp_max_field() - 1) << self.man_bits) | self.man_mask(),
            Special::FiniteSaturating => {
                (self.exp_max_field() << self.man_bits) | (self.man_mask() - 1)
            }
        }
    }

    /// The canonical NaN (quiet for IEEE formats), without sign.
    fn nan_bits(self) -> u32 {
        match self.special {
            Special::Ieee => (self.exp_max_field() << self.man_bits) | (1 << (self.man_bits - 1)),
            Special::FiniteSaturating => (self.exp_max_field() << self.man_bits) | self.man_mask(),
        }
    }

    /// A NaN's pattern without sign. IEEE formats keep the top mantissa bits of the f64
    /// payload, so that narrow NaNs decoded by [`Format::decode`] round-trip bit for bit
    /// (a load/store copy of f16 data is exact); a payload that vanishes becomes the quiet NaN.
    fn encode_nan(self, x: f64) -> u32 {
        match self.special {
            Special::Ieee => {
                let payload = ((x.to_bits() >> (52 - self.man_bits)) as u32) & self.man_mask();
                if payload == 0 {
                    self.nan_bits()
                } else {
                    (self.exp_max_field() << self.man_bits) | payload
                }
            }
            Special::FiniteSaturating => self.nan_bits(),
        }
    }

    /// Rounds `x` to this format (round to nearest, ties to even) in a single step.
    fn encode(self, x: f64) -> u32 {
        let sign = if x.is_sign_negative() {
            self.sign_bit()
        } else {
            0
        };
        if x.is_nan() {
            return sign | self.encode_nan(x);
        }
        let a = x.abs();
        if a.is_infinite() {
            return sign
                | match self.special {
                    Special::Ieee => self.exp_max_field() << self.man_bits,
                    Special::FiniteSaturating => self.max_finite_bits(),
                };
        }
        if a == 0.0 {
            return sign;
        }
        let m = self.man_bits as i32;
        let emin = 1 - self.bias;
        // Unbiased exponent of `a` (f64 subnormals give -1023, far below every emin here).
        let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
        let mut eq = e.max(emin);
        // Scale so that one unit in the last place of the target is 1, then round: the
        // scaling is by a power of two, hence exact, and `round_ties_even` is the only
        // rounding step.
        let mut n = (a * pow2(m - eq)).round_ties_even() as u64;
        if n == 1u64 << (m + 1) {
            // Rounded up to the next binade.
            n >>= 1;
            eq += 1;
        }
        let (exp_field, man) = if n < (1u64 << m) {
            // Subnormal (only possible at eq == emin), or zero after rounding.
            (0u32, n as u32)
        } else {
            ((eq + self.bias) as u32, (n as u32) & self.man_mask())
        };
        let overflow = match self.special {
            Special::Ieee => exp_field >= self.exp_max_field(),
            Special::FiniteSaturating => {
                exp_field > self.exp_max_field()
                    || (exp_field == self.exp_max_field() && man == self.man_mask())
            }
        };
        if overflow {
            return sign
                | match self.special {
                    Special::Ieee => self.exp_max_field() << self.man_bits,
                    Special::FiniteSaturating => self.max_finite_bits(),
                };
        }
        sign | (exp_field << self.man_bits) | man
    }

    /// The exact value of a bit pattern.
    fn decode(self, bits: u32) -> f64 {
        let neg = bits & self.sign_bit() != 0;
        let exp_field = (bits >> self.man_bits) & self.exp_max_field();
        let man = bits & self.man_mask();
        let m = self.man_bits as i32;
        let mag = if exp_field == self.exp_max_field()
            && (self.special == Special::Ieee || man == self.man_mask())
        {
            if self.special == Special::Ieee && man == 0 {
                f64::INFINITY
            } else {
                // Keep the payload in the top mantissa bits (see `encode_nan`); the sign is
                // applied below.
                f64::from_bits((0x7ffu64 << 52) | ((man as u64) << (52 - m)))
            }
        } else if exp_field == 0 {
            man as f64 * pow2(1 - self.bias - m)
        } else {
            ((1u32 << m) | man) as f64 * pow2(exp_field as i32 - self.bias - m)
        };
        if neg { -mag } else { mag }
    }
}

// ---------------------------------------------------------------------------------------------
// f16 / bf16
// ---------------------------------------------------------------------------------------------

/// `f32` → `f64` (exact). A NaN keeps its sign and its payload in the top mantissa bits,
/// signaling or quiet, as a GPU's register copy does: Rust's `as` may quiet a signaling NaN
/// (x86's `cvtss2sd` does), which would make a load/store copy of f32 data inexact.
#[inline]
pub fn f32_to_f64(x: f32) -> f64 {
    if x.is_nan() {
        let b = x.to_bits() as u64;
        f64::from_bits(((b & 0x8000_0000) << 32) | 0x7ff0_0000_0000_0000 | ((b & 0x7f_ffff) << 29))
    } else {
        x as f64
    }
}

/// `f64` → `f32`, round to nearest even; overflow gives ±inf. A NaN keeps its sign and the
/// top 23 bits of its payload (so [`f32_to_f64`] round-trips, and a signaling NaN stays
/// signaling); a payload that vanishes becomes the quiet NaN, as for the narrow formats.
#[inline]
pub fn f64_to_f32(x: f64) -> f32 {
    if x.is_nan() {
        let b = x.to_bits();
        let payload = ((b >> 29) & 0x7f_ffff) as u32;
        let payload = if payload == 0 { 0x40_0000 } else { payload };
        f32::from_bits(((b >> 32) as u32 & 0x8000_0000) | 0x7f80_0000 | payload)
    } else {
        x as f32
    }
}

/// `f16` → `f32` (exact).
pub fn f16_to_f32(x: f16) -> f32 {
    x.to_f32()
}

/// `f16` → `f64` (exact; a NaN keeps its payload in the top mantissa bits, so that
/// [`f64_to_f16`] gives back the same bits).
#[inline]
pub fn f16_to_f64(x: f16) -> f64 {
    FMT_F16.decode(x.to_bits() as u32)
}

/// `f32` → `f16`, round to nearest even; overflow gives ±inf, NaN stays NaN.
pub fn f32_to_f16(x: f32) -> f16 {
    // `half`'s f32 path rounds on all 23 mantissa bits (checked by the tests below).
    f16::from_f32(x)
}

/// `f64` → `f16` in one correctly rounded step (unlike `half::f16::from_f64`, which truncates
/// the low mantissa bits first and can round a value just above a midpoint down).
#[inline]
pub fn f64_to_f16(x: f64) -> f16 {
    f16::from_bits(FMT_F16.encode(x) as u16)
}

/// `bf16` → `f32` (exact).
pub fn bf16_to_f32(x: bf16) -> f32 {
    x.to_f32()
}

/// `bf16` → `f64` (exact; NaN payloads round-trip through [`f64_to_bf16`]).
#[inline]
pub fn bf16_to_f64(x: bf16) -> f64 {
    FMT_BF16.decode(x.to_bits() as u32)
}

/// `f32` → `bf16`, round to nearest even; overflow gives ±inf, NaN stays NaN.
pub fn f32_to_bf16(x: f32) -> bf16 {
    bf16::from_f32(x)
}

/// `f64` → `bf16` in one correctly rounded step (see [`f64_to_f16`] for why not `half`'s).
#[inline]
pub fn f64_to_bf16(x: f64) -> bf16 {
    bf16::from_bits(FMT_BF16.encode(x) as u16)
}

// ---------------------------------------------------------------------------------------------
// fp8
// ---------------------------------------------------------------------------------------------

/// `f64` → fp8 E4M3 (OCP E4M3FN): round to nearest even, saturating to ±448 (infinities
/// included, since the format has none), NaN → NaN (`S.1111.111`, sign kept).
pub fn f64_to_e4m3(x: f64) -> F8E4M3 {
    F8E4M3(FMT_E4M3.encode(x) as u8)
}

/// `f32` → fp8 E4M3; same rules as [`f64_to_e4m3`] (the widening is exact, so this is a
/// single rounding).
pub fn f32_to_e4m3(x: f32) -> F8E4M3 {
    f64_to_e4m3(x as f64)
}

/// fp8 E4M3 → `f64` (exact).
pub fn e4m3_to_f64(x: F8E4M3) -> f64 {
    FMT_E4M3.decode(x.0 as u32)
}

/// fp8 E4M3 → `f32` (exact).
pub fn e4m3_to_f32(x: F8E4M3) -> f32 {
    e4m3_to_f64(x) as f32
}

/// `f64` → fp8 E5M2: IEEE-like, round to nearest even, overflow to ±inf; a NaN stays NaN
/// (sign and top payload bits kept, else the quiet NaN `S.11111.10`).
pub fn f64_to_e5m2(x: f64) -> F8E5M2 {
    F8E5M2(FMT_E5M2.encode(x) as u8)
}

/// `f32` → fp8 E5M2; same rules as [`f64_to_e5m2`].
pub fn f32_to_e5m2(x: f32) -> F8E5M2 {
    f64_to_e5m2(x as f64)
}

/// fp8 E5M2 → `f64` (exact).
pub fn e5m2_to_f64(x: F8E5M2) -> f64 {
    FMT_E5M2.decode(x.0 as u32)
}

/// fp8 E5M2 → `f32` (exact).
pub fn e5m2_to_f32(x: F8E5M2) -> f32 {
    e5m2_to_f64(x) as f32
}

impl F8E4M3 {
    /// The largest finite value, 448.
    pub const MAX: F8E4M3 = F8E4M3(0x7e);

    /// Converts from `f32` (see [`f32_to_e4m3`]).
    pub fn from_f32(x: f32) -> Self {
        f32_to_e4m3(x)
    }
    /// Converts from `f64` (see [`f64_to_e4m3`]).
    pub fn from_f64(x: f64) -> Self {
        f64_to_e4m3(x)
    }
    /// The exact value as `f32`.
    pub fn to_f32(self) -> f32 {
        e4m3_to_f32(self)
    }
    /// The exact value as `f64`.
    pub fn to_f64(self) -> f64 {
        e4m3_to_f64(self)
    }
    /// True for the two NaN patterns (`S.1111.111`).
    pub fn is_nan(self) -> bool {
        self.0 & 0x7f == 0x7f
    }
}

impl F8E5M2 {
    /// The largest finite value, 57344.
    pub const MAX: F8E5M2 = F8E5M2(0x7b);

    /// Converts from `f32` (see [`f32_to_e5m2`]).
    pub fn from_f32(x: f32) -> Self {
        f32_to_e5m2(x)
    }
    /// Converts from `f64` (see [`f64_to_e5m2`]).
    pub fn from_f64(x: f64) -> Self {
        f64_to_e5m2(x)
    }
    /// The exact value as `f32`.
    pub fn to_f32(self) -> f32 {
        e5m2_to_f32(self)
    }
    /// The exact value as `f64`.
    pub fn to_f64(self) -> f64 {
        e5m2_to_f64(self)
    }
    /// True for the NaN patterns (`S.11111.xx` with a nonzero mantissa).
    pub fn is_nan(self) -> bool {
        self.0 & 0x7f > 0x7c
    }
}

// ---------------------------------------------------------------------------------------------
// TF32
// ---------------------------------------------------------------------------------------------

/// Rounds an `f32` to TF32 (1 sign, 8 exponent and 10 mantissa bits, held in an `f32` whose
/// low 13 bits are zero), to nearest with ties away from zero, as PTX `cvt.rna.tf32.f32`
/// does: for a finite `x`, `bits = (bits + 0x1000) & 0xffffe000` (a carry into the exponent
/// is the correct rounding, up to infinity past the largest TF32 value). Infinities are
/// returned as they are, and so are NaNs (the hardware instruction may clear a NaN's low
/// payload bits; a NaN factor makes a NaN product either way).
///
/// This is the factor rounding of `dot` with [`crate::ir::DotPrecision::Tf32`].
pub fn round_tf32(x: f32) -> f32 {
    let bits = x.to_bits();
    if bits & 0x7fff_ffff >= 0x7f80_0000 {
        return x;
    }
    // The largest finite magnitude, 0x7f7fffff, plus 0x1000 stays below 2^32 for either sign.
    f32::from_bits((bits + 0x1000) & 0xffff_e000)
}

// ---------------------------------------------------------------------------------------------
// erf
// ---------------------------------------------------------------------------------------------

/// The error function in f64, within an ulp: fdlibm's (FreeBSD's `s_erf.c`, through the
/// `libm` crate).
///
/// Rust's standard library has no `erf`, and this one is the reference every backend's is
/// measured against, so it must be the most accurate of them. oxtile's own earlier version
/// (a power series times `exp(-x²)` below 2.5, a continued fraction above) was off by up to
/// 10 ulps (erf(2.3878) and erf(1.2949023356503588): the rounding of `exp` and of a long
/// sum add up); fdlibm's rational approximations on five intervals are within 0.82 ulp of
/// the exact value (measured against a 200-bit `erf` on 26,000 random arguments, and against
/// the double-double series of the test below, which pins 1 ulp, on a sweep of 0..5).
pub fn erf(x: f64) -> f64 {
    libm::erf(x)
}

// ---------------------------------------------------------------------------------------------
// Philox4x32-10
// ---------------------------------------------------------------------------------------------

/// Philox key increment (golden ratio), as in Random123 and Triton.
pub const PHILOX_KEY_A: u32 = 0x9E37_79B9;
/// Philox key increment (√3 − 1), as in Random123 and Triton.
pub const PHILOX_KEY_B: u32 = 0xBB67_AE85;
/// Philox round multiplier applied to counter word 0.
pub const PHILOX_ROUND_A: u32 = 0xD251_1F53;
/// Philox round multiplier applied to counter word 2.
pub const PHILOX_ROUND_B: u32 = 0xCD9E_8D57;
/// Rounds of Philox4x32 used by Triton's default (`N_ROUNDS_DEFAULT = 10`).
pub const PHILOX_ROUNDS: u32 = 10;

/// Philox4x32 with 10 rounds (Salmon et al., Random123), as written in Triton's
/// `philox_impl`: each round computes
/// `c0' = hi(B·c2) ^ c1 ^ k0, c1' = lo(B·c2), c2' = hi(A·c0) ^ c3 ^ k1, c3' = lo(A·c0)`
/// and then bumps the key by `(KEY_A, KEY_B)`.
pub fn philox4x32_10(counter: [u32; 4], key: [u32; 2]) -> [u32; 4] {
    let [mut c0, mut c1, mut c2, mut c3] = counter;
    let [mut k0, mut k1] = key;
    for _ in 0..PHILOX_ROUNDS {
        let pa = PHILOX_ROUND_A as u64 * c0 as u64;
        let pb = PHILOX_ROUND_B as u64 * c2 as u64;
        let (n0, n1, n2, n3) = (
            (pb >> 32) as u32 ^ c1 ^ k0,
            pb as u32,
            (pa >> 32) as u32 ^ c3 ^ k1,
            pa as u32,
        );
        (c0, c1, c2, c3) = (n0, n1, n2, n3);
        k0 = k0.wrapping_add(PHILOX_KEY_A);
        k1 = k1.wrapping_add(PHILOX_KEY_B);
    }
    [c0, c1, c2, c3]
}

/// The four Philox words for `(seed, offset)` as Triton's `randint4x`: key = (low, high) 32
/// bits of the seed (a signed 32-bit seed is sign-extended first, as Triton's cast to
/// `uint64` does), counter = `(offset, 0, 0, 0)`.
pub fn randint4x(seed: u64, offset: u32) -> [u32; 4] {
    philox4x32_10([offset, 0, 0, 0], [seed as u32, (seed >> 32) as u32])
}

/// Triton's `tl.randint(seed, offset)`: the first Philox word.
pub fn randint(seed: u64, offset: u32) -> u32 {
    randint4x(seed, offset)[0]
}

/// Triton's `uint_to_uniform_float` for 32-bit words: reinterpret as `i32`, fold negatives
/// onto `[0, 2^31)` by `-x - 1`, and scale by a constant just below `2^-31`, so the result
/// lies in `[0, 1)` (the largest word maps to `1 - 2^-24`, not 1).
pub fn uint_to_uniform_float(x: u32) -> f32 {
    let i = x as i32;
    // `-i - 1` in two's complement, written as `!i` so `i32::MIN` cannot overflow.
    let i = if i < 0 { !i } else { i };
    i as f32 * UNIFORM_SCALE
}

/// Triton's scale `4.6566127342e-10` rounded to f32 (that is `2^-31 - 2^-55`), written by its
/// bits because the decimal literal has more digits than an f32 holds.
const UNIFORM_SCALE: f32 = f32::from_bits(0x2fff_ffff);

/// Triton's `tl.rand(seed, offset)`: a uniform `f32` in `[0, 1)`.
pub fn rand_uniform(seed: u64, offset: u32) -> f32 {
    uint_to_uniform_float(randint(seed, offset))
}

/// Triton's `tl.randn(seed, offset)`: Box–Muller on the first two Philox words, in f32:
/// `u1 = max(1e-7, uniform(w0))`, `u2 = uniform(w1)`, `sqrt(-2 ln u1) · cos(2π u2)`.
pub fn randn(seed: u64, offset: u32) -> f32 {
    let w = randint4x(seed, offset);
    let u1 = uint_to_uniform_float(w[0]).max(1.0e-7);
    let u2 = uint_to_uniform_float(w[1]);
    // Triton's `6.283185307179586` becomes an f32 constant: 2π rounded to f32.
    let th = std::f32::consts::TAU * u2;
    let r = (-2.0f32 * u1.ln()).sqrt();
    r * th.cos()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference decoding of E4M3FN written from the OCP spec's table, independently of
    /// `Format::decode`.
    fn ref_e4m3(bits: u8) -> f64 {
        let s = if bits & 0x80 != 0 { -1.0 } else { 1.0 };
        let e = ((bits >> 3) & 0xf) as i32;
        let m = (bits & 7) as f64;
        if e == 15 && bits & 7 == 7 {
            return f64::NAN;
        }
        if e == 0 {
            s * (m / 8.0) * 2f64.powi(-6)
        } else {
            s * (1.0 + m / 8.0) * 2f64.powi(e - 7)
        }
    }

    /// Reference decoding of E5M2 (IEEE-like), independent of `Format::decode`.
    fn ref_e5m2(bits: u8) -> f64 {
        let s = if bits & 0x80 != 0 { -1.0 } else { 1.0 };
        let e = ((bits >> 2) & 0x1f) as i32;
        let m = (bits & 3) as f64;
        if e == 31 {
            return if m == 0.0 {
                s * f64::INFINITY
            } else {
                f64::NAN
            };
        }
        if e == 0 {
            s * (m / 4.0) * 2f64.powi(-14)
        } else {
            s * (1.0 + m / 4.0) * 2f64.powi(e - 15)
        }
    }

    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || (a == b && a.is_sign_negative() == b.is_sign_negative())
    }

    #[test]
    fn e4m3_decode_all_256_and_round_trip() {
        for b in 0..=255u8 {
            let v = e4m3_to_f64(F8E4M3(b));
            assert!(
                same(v, ref_e4m3(b)),
                "bits {b:#04x}: {v} vs {}",
                ref_e4m3(b)
            );
            assert!(same(e4m3_to_f32(F8E4M3(b)) as f64, v));
            // Round trip, NaN included (sign kept).
            assert_eq!(f64_to_e4m3(v).0, b, "round trip of {b:#04x} ({v})");
            assert_eq!(f32_to_e4m3(v as f32).0, b);
            assert_eq!(F8E4M3(b).is_nan(), v.is_nan());
        }
        assert_eq!(F8E4M3::MAX.to_f32(), 448.0);
        assert_eq!(e4m3_to_f64(F8E4M3(0x01)), 2f64.powi(-9));
    }

    #[test]
    fn e5m2_decode_all_256_and_round_trip() {
        for b in 0..=255u8 {
            let v = e5m2_to_f64(F8E5M2(b));
            assert!(same(v, ref_e5m2(b)), "bits {b:#04x}");
            assert_eq!(F8E5M2(b).is_nan(), v.is_nan());
            assert_eq!(f64_to_e5m2(v).0, b, "round trip of {b:#04x}");
        }
        assert_eq!(F8E5M2::MAX.to_f32(), 57344.0);
    }

    /// Brute-force nearest-even rounding over the finite values of a format (`values` sorted
    /// by magnitude: the nonnegative finite patterns), as an independent reference.
    fn brute_round(x: f64, values: &[(u8, f64)]) -> u8 {
        let a = x.abs();
        let mut best = values[0];
        for &(b, v) in values {
            let d = (v - a).abs();
            let db = (best.1 - a).abs();
            if d < db || (d == db && b & 1 == 0 && best.0 & 1 == 1) {
                best = (b, v);
            }
        }
        best.0 | if x.is_sign_negative() { 0x80 } else { 0 }
    }

    #[test]
    fn e4m3_rounding_matches_brute_force() {
        let vals: Vec<(u8, f64)> = (0..0x7fu8).map(|b| (b, ref_e4m3(b))).collect();
        // Every representable value, every midpoint, and points just around midpoints.
        let mut xs = Vec::new();
        for w in vals.windows(2) {
            let (lo, hi) = (w[0].1, w[1].1);
            let mid = (lo + hi) / 2.0;
            xs.extend([lo, mid, mid * (1.0 + 1e-12), mid * (1.0 - 1e-12), hi]);
        }
        for &x in &xs {
            for x in [x, -x] {
                let expect = brute_round(x, &vals);
                assert_eq!(f64_to_e4m3(x).0, expect, "x = {x}");
            }
        }
        // Saturation: above 448 and infinity go to ±448; NaN stays NaN.
        for x in [449.0, 463.9, 464.0, 480.0, 1e6, f64::INFINITY] {
            assert_eq!(f64_to_e4m3(x).0, 0x7e, "x = {x}");
            assert_eq!(f64_to_e4m3(-x).0, 0xfe);
        }
        assert!(f64_to_e4m3(f64::NAN).is_nan());
        // Underflow: half the smallest subnormal ties to 0, just above rounds up.
        assert_eq!(f64_to_e4m3(2f64.powi(-10)).0, 0);
        assert_eq!(f64_to_e4m3(2f64.powi(-10) * 1.000001).0, 1);
        assert_eq!(f64_to_e4m3(-1e-30).0, 0x80);
    }

    #[test]
    fn e5m2_rounding_matches_f16_truncation_reference() {
        // E5M2 is the top byte of f16, so RNE from any f16 value is "add 0x7f plus the kept
        // lsb, then shift", with a carry into the exponent naturally producing infinity.
        for h in 0..=u16::MAX {
            let x = f16::from_bits(h);
            if x.is_nan() {
                assert!(f32_to_e5m2(x.to_f32()).is_nan());
                continue;
            }
            let expect = ((h as u32 + 0x7f + ((h as u32 >> 8) & 1)) >> 8) as u8;
            assert_eq!(f32_to_e5m2(x.to_f32()).0, expect, "f16 bits {h:#06x}");
        }
        assert_eq!(f64_to_e5m2(1e9).0, 0x7c);
        assert_eq!(f64_to_e5m2(-f64::INFINITY).0, 0xfc);
        assert_eq!(f64_to_e5m2(61439.0).0, 0x7b);
        assert_eq!(f64_to_e5m2(61440.0).0, 0x7c);
    }

    #[test]
    fn f64_to_f16_is_correctly_rounded() {
        // Agrees with half's (correct) f32 path on every f32 obtained from f16 neighbours.
        for h in 0..0x7bffu16 {
            let lo = f16::from_bits(h).to_f64();
            let hi = f16::from_bits(h + 1).to_f64();
            let mid = (lo + hi) / 2.0;
            for x in [lo, mid, hi] {
                assert_eq!(f64_to_f16(x).to_bits(), f16::from_f32(x as f32).to_bits());
            }
            // A sticky bit below f32 precision: must round up, away from the tie.
            let above = mid + mid * 2f64.powi(-40);
            assert_eq!(
                f64_to_f16(above).to_bits(),
                h + 1,
                "just above mid of {h:#06x}"
            );
            let below = mid - mid * 2f64.powi(-40);
            assert_eq!(f64_to_f16(below).to_bits(), h, "just below mid of {h:#06x}");
        }
        assert!(f64_to_f16(f64::NAN).is_nan());
        assert_eq!(f64_to_f16(f64::NAN).to_bits(), 0x7e00);
        assert_eq!(f64_to_f16(1e10), f16::INFINITY);
        assert_eq!(f64_to_f16(65519.99), f16::MAX);
        assert_eq!(f64_to_f16(65520.0), f16::INFINITY);
    }

    #[test]
    fn every_f16_and_bf16_pattern_round_trips_through_f64() {
        for h in 0..=u16::MAX {
            let x = f16::from_bits(h);
            let v = f16_to_f64(x);
            assert_eq!(f64_to_f16(v).to_bits(), h, "f16 {h:#06x}");
            if !x.is_nan() {
                assert_eq!(v, x.to_f64());
            }
            let y = bf16::from_bits(h);
            let w = bf16_to_f64(y);
            assert_eq!(f64_to_bf16(w).to_bits(), h, "bf16 {h:#06x}");
            if !y.is_nan() {
                assert_eq!(w, y.to_f64());
            }
        }
    }

    #[test]
    fn f64_to_bf16_is_correctly_rounded() {
        for h in (0..0x7f80u16).step_by(7) {
            let lo = bf16::from_bits(h).to_f64();
            let hi = bf16::from_bits(h + 1).to_f64();
            let mid = (lo + hi) / 2.0;
            for x in [lo, mid, hi] {
                assert_eq!(f64_to_bf16(x).to_bits(), bf16::from_f32(x as f32).to_bits());
            }
            let above = mid + mid * 2f64.powi(-40);
            assert_eq!(f64_to_bf16(above).to_bits(), h + 1);
        }
        assert!(f64_to_bf16(f64::NAN).is_nan());
        assert_eq!(f64_to_bf16(1e300), bf16::INFINITY);
    }

    #[test]
    fn erf_known_values() {
        let cases = [
            (0.0, 0.0),
            (1e-10, 1.1283791670955126e-10),
            (0.5, 0.5204998778130465),
            (1.0, 0.8427007929497149),
            (2.0, 0.9953222650189527),
            (2.5, 0.999_593_047_982_555),
            (3.0, 0.9999779095030014),
            (4.0, 0.9999999845827421),
        ];
        for (x, e) in cases {
            let got = erf(x);
            assert!(
                (got - e).abs() <= 1e-12 * e.abs().max(1e-300) + 1e-15,
                "erf({x}) = {got}"
            );
            assert_eq!(erf(-x), -got);
        }
        assert_eq!(erf(10.0), 1.0);
        assert!(erf(f64::NAN).is_nan());
    }

    /// `erf(x)` for `0 <= x <= 5` as a double-double `(hi, lo)`: the Taylor series
    /// `2/√π Σ (-1)ⁿ x^{2n+1} / (n! (2n+1))` summed in about 106 bits. Its largest term is
    /// below 10⁹ at x = 5, so cancellation leaves some 80 bits: exact enough to judge an ulp.
    fn erf_dd(x: f64) -> (f64, f64) {
        fn two_sum(a: f64, b: f64) -> (f64, f64) {
            let s = a + b;
            let bb = s - a;
            (s, (a - (s - bb)) + (b - bb))
        }
        fn add(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
            let (s, e) = two_sum(a.0, b.0);
            let (s, e) = two_sum(s, e + a.1 + b.1);
            (s, e)
        }
        fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
            let p = a.0 * b.0;
            let e = a.0.mul_add(b.0, -p) + (a.0 * b.1 + a.1 * b.0);
            two_sum(p, e)
        }
        fn div(a: (f64, f64), d: f64) -> (f64, f64) {
            let q = a.0 / d;
            // The remainder a - q·d, exactly through fma, divided once more.
            let r = (-q).mul_add(d, a.0) + a.1;
            two_sum(q, r / d)
        }
        let x2 = mul((x, 0.0), (x, 0.0));
        let mut p = (x, 0.0); // x^{2n+1} / n!, with its sign
        let mut sum = (x, 0.0);
        for n in 1..400 {
            p = div(mul(p, x2), -(n as f64));
            let term = div(p, (2 * n + 1) as f64);
            sum = add(sum, term);
            if term.0.abs() < sum.0.abs() * 1e-40 {
                break;
            }
        }
        // 2/√π = 1.12837916709551257389615890312154517... as its nearest f64 and the rest.
        mul(
            sum,
            (std::f64::consts::FRAC_2_SQRT_PI, 1.533_545_961_316_588e-17),
        )
    }

    #[test]
    fn erf_is_within_an_ulp() {
        // Error of `got` in ulps of the exact value `(hi, lo)`.
        let ulps = |got: f64, (hi, lo): (f64, f64)| {
            let ulp = f64::from_bits(hi.abs().to_bits() + 1) - hi.abs();
            ((got - hi) - lo).abs() / ulp
        };
        // The argument of the issue (5 ulps off), every 1/4096 up to 5 and a few tiny ones.
        let mut xs = vec![
            1.294_902_335_650_358_8,
            2.387_792_023_111_256,
            1e-300,
            1e-20,
            1e-8,
        ];
        xs.extend((1..=5 * 4096).map(|i| i as f64 / 4096.0 + 1e-5));
        let mut worst = (0.0, 0.0);
        for x in xs {
            let e = ulps(erf(x), erf_dd(x));
            if e > worst.0 {
                worst = (e, x);
            }
            assert_eq!(erf(-x), -erf(x));
        }
        assert!(worst.0 <= 1.0, "erf({}) is {} ulps off", worst.1, worst.0);
        // Beyond the series: erf(5.5) = 1 - 7.36e-15 (the nearest f64, from a 200-bit
        // evaluation), and from 5.93 on erf rounds to 1.
        assert!((erf(5.5) - 0.999_999_999_999_992_7).abs() <= f64::EPSILON / 2.0);
        assert_eq!(erf(5.93), 1.0);
    }

    #[test]
    fn philox_known_answers() {
        // Random123 kat_vectors, philox4x32 with 10 rounds.
        assert_eq!(
            philox4x32_10([0; 4], [0; 2]),
            [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]
        );
        assert_eq!(
            philox4x32_10([u32::MAX; 4], [u32::MAX; 2]),
            [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]
        );
        assert_eq!(
            philox4x32_10(
                [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344],
                [0xa4093822, 0x299f31d0]
            ),
            [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1]
        );
    }

    #[test]
    fn uniform_scale_is_tritons_constant() {
        assert_eq!(UNIFORM_SCALE, "4.6566127342e-10".parse::<f32>().unwrap());
        assert_eq!(
            std::f32::consts::TAU,
            "6.283185307179586".parse::<f32>().unwrap()
        );
    }

    #[test]
    fn tf32_rounds_to_nearest_ties_away_from_zero() {
        let r = |bits: u32| round_tf32(f32::from_bits(bits)).to_bits();
        // Below, at and above the halfway point of the 13 dropped bits.
        assert_eq!(r(0x3f80_0fff), 0x3f80_0000);
        assert_eq!(r(0x3f80_1000), 0x3f80_2000); // a tie away from zero (to even: 0x3f800000)
        assert_eq!(r(0x3f80_1001), 0x3f80_2000);
        assert_eq!(r(0xbf80_1000), 0xbf80_2000); // negative ties also grow in magnitude
        assert_eq!(r(0x3f80_3000), 0x3f80_4000);
        // A carry into the exponent, and past the largest TF32 value to infinity.
        assert_eq!(r(0x3fff_ffff), 0x4000_0000);
        assert_eq!(r(0x7f7f_ffff), 0x7f80_0000);
        assert_eq!(r(0xff7f_ffff), 0xff80_0000);
        // Subnormals round the same way; zeros keep their sign.
        assert_eq!(r(0x0000_0fff), 0);
        assert_eq!(r(0x0000_1000), 0x0000_2000);
        assert_eq!(r(0x8000_0000), 0x8000_0000);
        // Infinities and NaNs (even one whose payload is all in the dropped bits) stay.
        assert_eq!(r(0x7f80_0000), 0x7f80_0000);
        assert_eq!(r(0xff80_0000), 0xff80_0000);
        assert!(round_tf32(f32::from_bits(0x7f80_0001)).is_nan());
        assert!(round_tf32(f32::NAN).is_nan());
        // Values already in TF32 are fixed points; 1/3 loses 13 bits.
        for x in [1.0f32, -0.5, 1.5, 3.0e-3, 65504.0] {
            let t = round_tf32(x);
            assert_eq!(round_tf32(t), t);
            assert_eq!(t.to_bits() & 0x1fff, 0);
        }
        assert_eq!(round_tf32(1.0 / 3.0), f32::from_bits(0x3eaa_a000));
    }

    #[test]
    fn uniform_range_and_edges() {
        assert_eq!(uint_to_uniform_float(0), 0.0);
        assert_eq!(uint_to_uniform_float(u32::MAX), 0.0); // -1 folds onto 0
        let top = uint_to_uniform_float(i32::MAX as u32);
        assert!(top < 1.0 && top > 0.9999999);
        assert_eq!(uint_to_uniform_float(0x8000_0000), top);
        for off in 0..1000 {
            let u = rand_uniform(42, off);
            assert!((0.0..1.0).contains(&u));
            assert!(randn(42, off).is_finite());
        }
        assert_eq!(randint(7, 3), randint4x(7, 3)[0]);
        // A negative 32-bit seed, sign-extended, uses both key words.
        assert_eq!(
            randint(-1i32 as i64 as u64, 0),
            philox4x32_10([0; 4], [u32::MAX; 2])[0]
        );
    }
}
