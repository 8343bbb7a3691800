//! WGSL expressions for one element of the elementwise ops, casts, bit conversions and
//! literals, each matching the interpreter (`kernel_core::interp::ops`) for every dtype that
//! fits in a 32-bit register.
//!
//! Every builder takes operand expressions in register form (see `layout::Reg`) and returns
//! an expression in register form. Operand expressions may be evaluated more than once, so
//! callers pass names or simple indexings, never expressions with side effects.

use kernel_core::ir::{BinaryOp, CmpOp, ConstValue, Kernel, Op, UnaryOp, ValueId};
use kernel_core::{DType, numeric};

use super::layout::Reg;
use super::math::{Helper, Helpers};

/// Keeps an integer register inside its dtype's range (two's complement wrapping).
pub(crate) fn wrap(d: DType, x: &str) -> String {
    match d {
        DType::I8 => format!("(({x} << 24u) >> 24u)"),
        DType::I16 => format!("(({x} << 16u) >> 16u)"),
        DType::U8 => format!("({x} & 0xffu)"),
        DType::U16 => format!("({x} & 0xffffu)"),
        _ => x.to_string(),
    }
}

/// Rounds an f32 register to a narrow float dtype (identity for f32).
pub(crate) fn round(d: DType, x: &str, h: &mut Helpers) -> String {
    match d {
        DType::F16 => {
            h.need(Helper::SmallFloat);
            format!("ox_decode(ox_encode({x}, 5u, 10u, false), 5u, 10u, false)")
        }
        DType::BF16 => {
            h.need(Helper::Bf16);
            format!("bitcast<f32>(ox_enc_bf16({x}) << 16u)")
        }
        DType::F8E4M3 => {
            h.need(Helper::SmallFloat);
            format!("ox_decode(ox_encode({x}, 4u, 3u, true), 4u, 3u, true)")
        }
        DType::F8E5M2 => {
            h.need(Helper::SmallFloat);
            format!("ox_decode(ox_encode({x}, 5u, 2u, false), 5u, 2u, false)")
        }
        _ => x.to_string(),
    }
}

/// `op x` on a value of dtype `d`.
pub(crate) fn unary(op: UnaryOp, d: DType, x: &str, h: &mut Helpers) -> Result<String, String> {
    let bad = || format!("`{}` on {d}", op.name());
    if d.is_bool() {
        return match op {
            UnaryOp::Not => Ok(format!("(!{x})")),
            _ => Err(bad()),
        };
    }
    if d.is_int() && d.bits() == 64 {
        let signed = d.is_signed_int();
        return match op {
            UnaryOp::Neg if signed => Ok(format!("(-{x})")),
            UnaryOp::Neg => Ok(format!("(0lu - {x})")),
            UnaryOp::Not => Ok(format!("(~{x})")),
            // `abs` of i64 is written out: GLSL.std.450's SAbs is only sure for 32 bits.
            UnaryOp::Abs if signed => Ok(format!("select({x}, -{x}, {x} < 0li)")),
            UnaryOp::Abs => Ok(x.to_string()),
            // WGSL counts bits of 32-bit integers only: the two words of the pattern.
            UnaryOp::Clz | UnaryOp::Popc => {
                let b = if signed {
                    format!("bitcast<u64>({x})")
                } else {
                    x.to_string()
                };
                let (hi, lo) = (
                    format!("u32({b} >> 32u)"),
                    format!("u32({b} & 0xfffffffflu)"),
                );
                let n = if op == UnaryOp::Clz {
                    format!(
                        "select(countLeadingZeros({hi}), 32u + countLeadingZeros({lo}), {hi} == 0u)"
                    )
                } else {
                    format!("(countOneBits({hi}) + countOneBits({lo}))")
                };
                Ok(format!("{}({n})", if signed { "i64" } else { "u64" }))
            }
            _ => Err(bad()),
        };
    }
    if d == DType::F64 {
        return unary_f64(op, x, h);
    }
    if d.is_int() {
        let signed = d.is_signed_int();
        let r = match op {
            UnaryOp::Neg if signed => format!("(-{x})"),
            UnaryOp::Neg => format!("(0u - {x})"),
            UnaryOp::Not => format!("(~{x})"),
            UnaryOp::Abs if signed => format!("abs({x})"),
            UnaryOp::Abs => return Ok(x.to_string()),
            // On the pattern in the dtype's width, at most 32 bits: the count fits any
            // integer dtype, so no wrapping.
            UnaryOp::Clz | UnaryOp::Popc => {
                let mut b = if signed {
                    format!("bitcast<u32>({x})")
                } else {
                    x.to_string()
                };
                if d.bits() < 32 {
                    b = format!("({b} & {}u)", (1u64 << d.bits()) - 1);
                }
                let n = if op == UnaryOp::Clz {
                    format!("(countLeadingZeros({b}) - {}u)", 32 - d.bits())
                } else {
                    format!("countOneBits({b})")
                };
                return Ok(format!("{}({n})", if signed { "i32" } else { "u32" }));
            }
            _ => return Err(bad()),
        };
        return Ok(wrap(d, &r));
    }
    if d.is_fp8() {
        return Err(bad());
    }
    // Floats: computed in f32, rounded once to the dtype. Sign changes, floor and ceil are
    // exact in every format, so they skip the rounding.
    let (r, exact) = match op {
        UnaryOp::Neg => (format!("(-{x})"), true),
        UnaryOp::Abs => (format!("abs({x})"), true),
        UnaryOp::Floor => (format!("floor({x})"), true),
        UnaryOp::Ceil => (format!("ceil({x})"), true),
        // WGSL's `round` takes halfway cases to the even integer.
        UnaryOp::Round => (format!("round({x})"), true),
        // From `floor`, which drivers compute exactly (see `Round` of f64): the sign of a
        // zero result is the operand's.
        UnaryOp::Trunc => (
            format!("select(-floor(-{x}), floor({x}), {x} >= 0.0f)"),
            true,
        ),
        UnaryOp::Exp => (format!("exp({x})"), false),
        UnaryOp::Exp2 => (format!("exp2({x})"), false),
        UnaryOp::Log => {
            h.need(Helper::Log);
            (format!("ox_log({x})"), false)
        }
        UnaryOp::Log2 => {
            h.need(Helper::Log);
            (format!("ox_log2({x})"), false)
        }
        UnaryOp::Sqrt => (format!("sqrt({x})"), false),
        UnaryOp::Rsqrt => {
            h.need(Helper::Rsqrt);
            (format!("ox_rsqrt({x})"), false)
        }
        UnaryOp::Sin => {
            h.need(Helper::SinCos);
            (format!("ox_sin({x})"), false)
        }
        UnaryOp::Cos => {
            h.need(Helper::SinCos);
            (format!("ox_cos({x})"), false)
        }
        UnaryOp::Tanh => {
            h.need(Helper::Tanh);
            (format!("ox_tanh({x})"), false)
        }
        UnaryOp::Sigmoid => (format!("(1.0f / (1.0f + exp(-{x})))"), false),
        UnaryOp::Erf => {
            h.need(Helper::Erf);
            (format!("ox_erf({x})"), false)
        }
        // fdlibm's functions as musl writes them for f32 (see `libm32`).
        UnaryOp::Erfc => (call(h, Helper::Erfc, "ox_erfc", x), false),
        UnaryOp::Asin => (call(h, Helper::AsinAcos, "ox_asin", x), false),
        UnaryOp::Acos => (call(h, Helper::AsinAcos, "ox_acos", x), false),
        UnaryOp::Atan => (call(h, Helper::Atan, "ox_atan", x), false),
        UnaryOp::Sinh => (call(h, Helper::Hyperbolic, "ox_sinh", x), false),
        UnaryOp::Cosh => (call(h, Helper::Hyperbolic, "ox_cosh", x), false),
        UnaryOp::Asinh => (call(h, Helper::InverseHyperbolic, "ox_asinh", x), false),
        UnaryOp::Acosh => (call(h, Helper::InverseHyperbolic, "ox_acosh", x), false),
        UnaryOp::Atanh => (call(h, Helper::InverseHyperbolic, "ox_atanh", x), false),
        UnaryOp::Log1p => (call(h, Helper::Log1p, "ox_log1p", x), false),
        UnaryOp::Expm1 => (call(h, Helper::Expm1, "ox_expm1", x), false),
        UnaryOp::Cbrt => (call(h, Helper::Cbrt, "ox_cbrt", x), false),
        UnaryOp::Not | UnaryOp::Clz | UnaryOp::Popc => return Err(bad()),
    };
    Ok(if exact { r } else { round(d, &r, h) })
}

/// `f(x)` of the helper `helper`, marking it used.
fn call(h: &mut Helpers, helper: Helper, f: &str, x: &str) -> String {
    h.need(helper);
    format!("{f}({x})")
}

/// `op x` on an f64: what Vulkan has in 64 bits (`abs`, `floor`, `sqrt`...), and this
/// module's own versions of what GLSL.std.450 has only for 32 bits (`exp`, `log`, `sin`,
/// `tanh`...: fdlibm's algorithms, see `math64`).
fn unary_f64(op: UnaryOp, x: &str, h: &mut Helpers) -> Result<String, String> {
    Ok(match op {
        UnaryOp::Neg => format!("(-{x})"),
        UnaryOp::Abs => format!("abs({x})"),
        UnaryOp::Floor => format!("floor({x})"),
        UnaryOp::Ceil => format!("ceil({x})"),
        UnaryOp::Round => call(h, Helper::Round64, "ox_round64", x),
        UnaryOp::Trunc => format!("select(-floor(-{x}), floor({x}), {x} >= 0.0lf)"),
        UnaryOp::Sqrt => format!("sqrt({x})"),
        UnaryOp::Rsqrt => format!("(1.0lf / sqrt({x}))"),
        UnaryOp::Exp => call(h, Helper::Float64, "ox_exp64", x),
        UnaryOp::Exp2 => call(h, Helper::Float64, "ox_exp2_64", x),
        UnaryOp::Sigmoid => {
            h.need(Helper::Float64);
            format!("(1.0lf / (1.0lf + ox_exp64(-{x})))")
        }
        UnaryOp::Log => call(h, Helper::Log64, "ox_log64", x),
        UnaryOp::Log2 => call(h, Helper::Log64, "ox_log2_64", x),
        UnaryOp::Sin => call(h, Helper::SinCos64, "ox_sin64", x),
        UnaryOp::Cos => call(h, Helper::SinCos64, "ox_cos64", x),
        UnaryOp::Tanh => call(h, Helper::Tanh64, "ox_tanh64", x),
        UnaryOp::Erf => call(h, Helper::Erf64, "ox_erf64", x),
        UnaryOp::Erfc => call(h, Helper::ErfcF64, "ox_erfc64", x),
        UnaryOp::Asin => call(h, Helper::AsinAcosF64, "ox_asin64", x),
        UnaryOp::Acos => call(h, Helper::AsinAcosF64, "ox_acos64", x),
        UnaryOp::Atan => call(h, Helper::AtanF64, "ox_atan64", x),
        UnaryOp::Sinh => call(h, Helper::HyperbolicF64, "ox_sinh64", x),
        UnaryOp::Cosh => call(h, Helper::HyperbolicF64, "ox_cosh64", x),
        UnaryOp::Asinh => call(h, Helper::InverseHyperbolicF64, "ox_asinh64", x),
        UnaryOp::Acosh => call(h, Helper::InverseHyperbolicF64, "ox_acosh64", x),
        UnaryOp::Atanh => call(h, Helper::InverseHyperbolicF64, "ox_atanh64", x),
        UnaryOp::Log1p => call(h, Helper::Log1pF64, "ox_log1p64", x),
        UnaryOp::Expm1 => call(h, Helper::Expm1F64, "ox_expm1_64", x),
        UnaryOp::Cbrt => call(h, Helper::CbrtF64, "ox_cbrt64", x),
        UnaryOp::Not | UnaryOp::Clz | UnaryOp::Popc => {
            return Err(format!("`{}` on f64", op.name()));
        }
    })
}

/// `a op b` on 64-bit integers (`signed`: i64, else u64).
fn binary_int64(op: BinaryOp, signed: bool, a: &str, b: &str) -> Option<String> {
    let (zero, one) = if signed {
        ("0li", "1li")
    } else {
        ("0lu", "1lu")
    };
    let amount = if signed {
        format!("u32(bitcast<u64>({b}) & 63lu)")
    } else {
        format!("u32({b} & 63lu)")
    };
    Some(match op {
        BinaryOp::Add => format!("({a} + {b})"),
        BinaryOp::Sub => format!("({a} - {b})"),
        BinaryOp::Mul => format!("({a} * {b})"),
        // Division by 0 is 0; MIN / -1 wraps to MIN and MIN % -1 is 0. SPIR-V leaves both
        // undefined, so the divisor is made safe (1) first and the cases selected after.
        BinaryOp::Div if signed => format!(
            "select(select({a} / select({b}, {one}, {b} == {zero} || {b} == -1li), -{a}, \
             {b} == -1li), {zero}, {b} == {zero})"
        ),
        BinaryOp::Rem if signed => format!(
            "select({a} % select({b}, {one}, {b} == {zero} || {b} == -1li), {zero}, \
             {b} == {zero} || {b} == -1li)"
        ),
        BinaryOp::Div => {
            format!("select({a} / select({b}, {one}, {b} == {zero}), {zero}, {b} == {zero})")
        }
        BinaryOp::Rem => {
            format!("select({a} % select({b}, {one}, {b} == {zero}), {zero}, {b} == {zero})")
        }
        BinaryOp::And => format!("({a} & {b})"),
        BinaryOp::Or => format!("({a} | {b})"),
        BinaryOp::Xor => format!("({a} ^ {b})"),
        BinaryOp::Shl => format!("({a} << {amount})"),
        BinaryOp::Shr => format!("({a} >> {amount})"),
        // Written out: GLSL.std.450's SMin/UMin... are only sure for 32 bits.
        BinaryOp::Min => format!("select({b}, {a}, {a} < {b})"),
        BinaryOp::Max => format!("select({b}, {a}, {a} > {b})"),
        // WGSL has no 128-bit product (refused: the book's support table says so).
        BinaryOp::Pow | BinaryOp::MulHi | BinaryOp::Atan2 | BinaryOp::DivRn | BinaryOp::FastDiv => {
            return None;
        }
    })
}

/// `a op b` on f64.
fn binary_f64(op: BinaryOp, a: &str, b: &str, h: &mut Helpers) -> Result<String, String> {
    Ok(match op {
        BinaryOp::Add => format!("({a} + {b})"),
        BinaryOp::Sub => format!("({a} - {b})"),
        BinaryOp::Mul => format!("({a} * {b})"),
        // WGSL has no fast division: `fdiv` divides as `/` does.
        BinaryOp::Div | BinaryOp::DivRn | BinaryOp::FastDiv => format!("({a} / {b})"),
        BinaryOp::Min => {
            h.need(Helper::Float64);
            format!("ox_fmin64({a}, {b})")
        }
        BinaryOp::Max => {
            h.need(Helper::Float64);
            format!("ox_fmax64({a}, {b})")
        }
        // Exact, as Rust's `%` (the interpreter's).
        BinaryOp::Rem => {
            h.need(Helper::Fmod64);
            format!("ox_fmod64({a}, {b})")
        }
        BinaryOp::Pow => {
            h.need(Helper::Pow64);
            format!("ox_pow64({a}, {b})")
        }
        BinaryOp::Atan2 => {
            h.need(Helper::AtanF64);
            format!("ox_atan2_64({a}, {b})")
        }
        BinaryOp::And
        | BinaryOp::Or
        | BinaryOp::Xor
        | BinaryOp::Shl
        | BinaryOp::Shr
        | BinaryOp::MulHi => {
            return Err(format!("`{}` on f64", op.name()));
        }
    })
}

/// The shift amount of `b` for a dtype of `bits` bits: modulo the width, as a `u32`.
fn shift_amount(d: DType, b: &str) -> String {
    let amount = if d.is_signed_int() {
        format!("bitcast<u32>({b})")
    } else {
        b.to_string()
    };
    format!("({amount} & {}u)", d.bits() - 1)
}

/// `a op b` on values of dtype `d`.
pub(crate) fn binary(
    op: BinaryOp,
    d: DType,
    a: &str,
    b: &str,
    h: &mut Helpers,
) -> Result<String, String> {
    let bad = || format!("`{}` on {d}", op.name());
    if d.is_bool() {
        return match op {
            BinaryOp::And => Ok(format!("({a} && {b})")),
            BinaryOp::Or => Ok(format!("({a} || {b})")),
            BinaryOp::Xor => Ok(format!("({a} != {b})")),
            _ => Err(bad()),
        };
    }
    if d.is_int() && d.bits() == 64 {
        return binary_int64(op, d.is_signed_int(), a, b).ok_or_else(bad);
    }
    if d == DType::F64 {
        return binary_f64(op, a, b, h);
    }
    if d.is_int() {
        let zero = if d.is_signed_int() { "0i" } else { "0u" };
        let r = match op {
            BinaryOp::Add => format!("({a} + {b})"),
            BinaryOp::Sub => format!("({a} - {b})"),
            BinaryOp::Mul => format!("({a} * {b})"),
            // WGSL gives the dividend for a zero divisor; the IR defines 0.
            BinaryOp::Div => format!("select({a} / {b}, {zero}, {b} == {zero})"),
            BinaryOp::Rem => format!("select({a} % {b}, {zero}, {b} == {zero})"),
            BinaryOp::And => format!("({a} & {b})"),
            BinaryOp::Or => format!("({a} | {b})"),
            BinaryOp::Xor => format!("({a} ^ {b})"),
            BinaryOp::Shl => format!("({a} << {})", shift_amount(d, b)),
            BinaryOp::Shr => format!("({a} >> {})", shift_amount(d, b)),
            BinaryOp::Min => format!("min({a}, {b})"),
            BinaryOp::Max => format!("max({a}, {b})"),
            // The double-width product's high half: 8- and 16-bit products fit 32 bits;
            // 32-bit ones from 16-bit halves (`ox_mulhilo`, no 64-bit integers needed), the
            // signed high word corrected from the unsigned one.
            BinaryOp::MulHi if d.bits() < 32 => format!("(({a} * {b}) >> {}u)", d.bits()),
            BinaryOp::MulHi if d.is_signed_int() => {
                h.need(Helper::MulHiLo);
                format!(
                    "bitcast<i32>(ox_mulhilo(bitcast<u32>({a}), bitcast<u32>({b})).x \
                     - select(0u, bitcast<u32>({b}), {a} < 0i) - select(0u, bitcast<u32>({a}), {b} < 0i))"
                )
            }
            BinaryOp::MulHi => {
                h.need(Helper::MulHiLo);
                format!("ox_mulhilo({a}, {b}).x")
            }
            BinaryOp::Pow | BinaryOp::Atan2 | BinaryOp::DivRn | BinaryOp::FastDiv => {
                return Err(bad());
            }
        };
        return Ok(wrap(d, &r));
    }
    if d.is_fp8() {
        return Err(bad());
    }
    let (r, exact) = match op {
        BinaryOp::Add => (format!("({a} + {b})"), false),
        BinaryOp::Sub => (format!("({a} - {b})"), false),
        BinaryOp::Mul => (format!("({a} * {b})"), false),
        // WGSL has no fast division: `fdiv` divides as `/` does.
        BinaryOp::Div | BinaryOp::DivRn | BinaryOp::FastDiv => (format!("({a} / {b})"), false),
        BinaryOp::Atan2 => {
            h.need(Helper::Atan);
            (format!("ox_atan2({a}, {b})"), false)
        }
        BinaryOp::Rem => {
            h.need(Helper::Fmod);
            // fmod is exact, so its result is already in the dtype.
            (format!("ox_fmod({a}, {b})"), true)
        }
        BinaryOp::Min => {
            h.need(Helper::MinMax);
            (format!("ox_fmin({a}, {b})"), true)
        }
        BinaryOp::Max => {
            h.need(Helper::MinMax);
            (format!("ox_fmax({a}, {b})"), true)
        }
        BinaryOp::Pow => {
            h.need(Helper::Pow);
            (format!("ox_pow({a}, {b})"), false)
        }
        BinaryOp::And
        | BinaryOp::Or
        | BinaryOp::Xor
        | BinaryOp::Shl
        | BinaryOp::Shr
        | BinaryOp::MulHi => {
            return Err(bad());
        }
    };
    Ok(if exact { r } else { round(d, &r, h) })
}

/// `a op b` for a comparison; IEEE semantics for floats (`!=` is true on NaN).
pub(crate) fn cmp(op: CmpOp, d: DType, a: &str, b: &str) -> String {
    if d.is_bool() {
        // false < true.
        return match op {
            CmpOp::Eq => format!("({a} == {b})"),
            CmpOp::Ne => format!("({a} != {b})"),
            CmpOp::Lt => format!("(!{a} && {b})"),
            CmpOp::Le => format!("(!{a} || {b})"),
            CmpOp::Gt => format!("({a} && !{b})"),
            CmpOp::Ge => format!("({a} || !{b})"),
        };
    }
    match op {
        CmpOp::Eq => format!("({a} == {b})"),
        // Written as a negated equality: naga lowers float `!=` to an ordered comparison,
        // which is false on NaN.
        CmpOp::Ne if d.is_float() => format!("(!({a} == {b}))"),
        CmpOp::Ne => format!("({a} != {b})"),
        CmpOp::Lt => format!("({a} < {b})"),
        CmpOp::Le => format!("({a} <= {b})"),
        CmpOp::Gt => format!("({a} > {b})"),
        CmpOp::Ge => format!("({a} >= {b})"),
    }
}

/// Significand bits (implicit bit included) of a float dtype of at most 32 bits.
fn precision(d: DType) -> u32 {
    match d {
        DType::F32 => 24,
        DType::F16 => 11,
        DType::BF16 => 8,
        DType::F8E4M3 => 4,
        DType::F8E5M2 => 3,
        _ => 24,
    }
}

/// Value conversion from `from` to `to` (rules of `kernel_core::ir`'s module docs).
pub(crate) fn cast(from: DType, to: DType, x: &str, h: &mut Helpers) -> String {
    let to_reg = Reg::of(to);
    if from == to {
        return x.to_string();
    }
    if from.bits() == 64 || to.bits() == 64 {
        return cast64(from, to, x, h);
    }
    if from.is_bool() {
        return match to_reg {
            Reg::Bool => x.to_string(),
            Reg::I32 => format!("select(0i, 1i, {x})"),
            Reg::U32 => format!("select(0u, 1u, {x})"),
            Reg::F32 => format!("select(0.0f, 1.0f, {x})"),
            Reg::I64 | Reg::U64 | Reg::F64 => unreachable!("64-bit casts go through cast64"),
        };
    }
    if from.is_int() {
        let signed = from.is_signed_int();
        return match to_reg {
            Reg::Bool => format!("({x} != {})", if signed { "0i" } else { "0u" }),
            Reg::I32 if signed => wrap(to, x),
            Reg::I32 => wrap(to, &format!("bitcast<i32>({x})")),
            Reg::U32 if signed => wrap(to, &format!("bitcast<u32>({x})")),
            Reg::U32 => wrap(to, x),
            Reg::F32 => {
                // Round the integer once to the target's precision (exactly, in integer
                // arithmetic), then only the range is left to handle.
                h.need(Helper::IntToFloat);
                let f = if signed {
                    format!("ox_i2f_prec({x}, {}u)", precision(to))
                } else {
                    format!("ox_u2f_prec({x}, {}u)", precision(to))
                };
                round(to, &f, h)
            }
            Reg::I64 | Reg::U64 | Reg::F64 => unreachable!("64-bit casts go through cast64"),
        };
    }
    // From a float (an exact value of `from` in an f32 register).
    match to {
        DType::Bool => format!("(!({x} == 0.0f))"),
        DType::I32 | DType::I16 | DType::I8 => {
            h.need(Helper::FloatToInt);
            let (lo, hi) = to.int_range().unwrap_or((0, 0));
            if to == DType::I32 {
                format!("ox_f2i({x})")
            } else {
                format!("clamp(ox_f2i({x}), {lo}i, {hi}i)")
            }
        }
        DType::U32 | DType::U16 | DType::U8 => {
            h.need(Helper::FloatToInt);
            if to == DType::U32 {
                format!("ox_f2u({x})")
            } else {
                let (_, hi) = to.int_range().unwrap_or((0, 0));
                format!("min(ox_f2u({x}), {hi}u)")
            }
        }
        _ => round(to, x, h),
    }
}

/// [`cast`] where `from` or `to` is a 64-bit dtype (and they differ).
fn cast64(from: DType, to: DType, x: &str, h: &mut Helpers) -> String {
    let from_reg = Reg::of(from);
    let to_reg = Reg::of(to);
    if from.is_bool() {
        return format!("select({}, {}, {x})", to_reg.zero(), one(to_reg));
    }
    if to.is_bool() {
        return if from.is_float() {
            format!("(!({x} == {}))", from_reg.zero())
        } else {
            format!("({x} != {})", from_reg.zero())
        };
    }
    if from.is_int() && to.is_int() {
        return match (from_reg, to_reg) {
            (Reg::I32, Reg::I64) => format!("i64({x})"),
            // Zero-extended first: naga lowers `i64(u32)` to a sign-extending conversion
            // (`OpSConvert`), which turned 0x8000_0000u into -2^31 on lavapipe.
            (Reg::U32, Reg::I64) => format!("bitcast<i64>(u64({x}))"),
            (Reg::I32, Reg::U64) => format!("bitcast<u64>(i64({x}))"),
            (Reg::U32, Reg::U64) => format!("u64({x})"),
            (Reg::I64, Reg::U64) | (Reg::U64, Reg::I64) => {
                format!("bitcast<{}>({x})", to_reg.wgsl())
            }
            // Narrowing keeps the low bits (masked first, so the conversion is exact).
            (_, Reg::I32) => wrap(to, &format!("bitcast<i32>({})", from_reg.to_words64(x).0)),
            (_, _) => wrap(to, &from_reg.to_words64(x).0),
        };
    }
    if from.is_int() {
        // To a float.
        if from_reg.wide() {
            let s = if from.is_signed_int() { "i" } else { "u" };
            if to == DType::F64 {
                h.need(Helper::Float64);
                return format!("ox_{s}64_to_f64({x})");
            }
            h.need(Helper::Int64);
            let f = format!("ox_{s}64_to_f32_prec({x}, {}u)", precision(to));
            return round(to, &f, h);
        }
        // A 32-bit integer is exact in f64.
        return format!("f64({x})");
    }
    // From a float.
    if from == DType::F64 {
        h.need(Helper::Float64);
        return match to {
            DType::F32 => format!("f32({x})"),
            // Through f32 rounded to odd: rounding that again to the narrow format is the
            // single rounding the interpreter does.
            DType::F16 | DType::BF16 | DType::F8E4M3 | DType::F8E5M2 => {
                round(to, &format!("ox_f64_to_f32_odd({x})"), h)
            }
            DType::I64 => format!("ox_f64_to_i64({x})"),
            DType::U64 => format!("ox_f64_to_u64({x})"),
            DType::I32 => format!("ox_f64_to_i32({x})"),
            DType::U32 => format!("ox_f64_to_u32({x})"),
            DType::I16 | DType::I8 => {
                let (lo, hi) = to.int_range().unwrap_or((0, 0));
                format!("clamp(ox_f64_to_i32({x}), {lo}i, {hi}i)")
            }
            _ => {
                let (_, hi) = to.int_range().unwrap_or((0, 0));
                format!("min(ox_f64_to_u32({x}), {hi}u)")
            }
        };
    }
    // From a float held in f32 (exact in f64).
    h.need(Helper::Float64);
    match to {
        DType::I64 => format!("ox_f64_to_i64(f64({x}))"),
        DType::U64 => format!("ox_f64_to_u64(f64({x}))"),
        _ => format!("f64({x})"),
    }
}

/// The register's one.
fn one(r: Reg) -> &'static str {
    match r {
        Reg::Bool => "true",
        Reg::I32 => "1i",
        Reg::U32 => "1u",
        Reg::F32 => "1.0f",
        Reg::I64 => "1li",
        Reg::U64 => "1lu",
        Reg::F64 => "1.0lf",
    }
}

/// The bit pattern of a register of dtype `d`, in the low `d.bits()` bits of a `u32`.
pub(crate) fn to_bits(d: DType, x: &str, h: &mut Helpers) -> String {
    match d {
        DType::Bool => format!("select(0u, 1u, {x})"),
        DType::I32 | DType::F32 => format!("bitcast<u32>({x})"),
        DType::U32 => x.to_string(),
        DType::I8 => format!("(bitcast<u32>({x}) & 0xffu)"),
        DType::I16 => format!("(bitcast<u32>({x}) & 0xffffu)"),
        DType::U8 | DType::U16 => x.to_string(),
        DType::F16 => {
            h.need(Helper::SmallFloat);
            format!("ox_encode({x}, 5u, 10u, false)")
        }
        DType::BF16 => format!("(bitcast<u32>({x}) >> 16u)"),
        DType::F8E4M3 => {
            h.need(Helper::SmallFloat);
            format!("ox_encode({x}, 4u, 3u, true)")
        }
        DType::F8E5M2 => {
            h.need(Helper::SmallFloat);
            format!("ox_encode({x}, 5u, 2u, false)")
        }
        DType::I64 | DType::U64 | DType::F64 => "0u".to_string(),
    }
}

/// The register of dtype `d` whose bit pattern is the low `d.bits()` bits of the `u32` `b`
/// (higher bits must be zero).
pub(crate) fn from_bits(d: DType, b: &str, h: &mut Helpers) -> String {
    match d {
        DType::Bool => format!("({b} != 0u)"),
        DType::I32 => format!("bitcast<i32>({b})"),
        DType::F32 => format!("bitcast<f32>({b})"),
        DType::U32 | DType::U8 | DType::U16 => b.to_string(),
        DType::I8 => format!("((bitcast<i32>({b}) << 24u) >> 24u)"),
        DType::I16 => format!("((bitcast<i32>({b}) << 16u) >> 16u)"),
        DType::F16 => {
            h.need(Helper::SmallFloat);
            format!("ox_decode({b}, 5u, 10u, false)")
        }
        DType::BF16 => format!("bitcast<f32>({b} << 16u)"),
        DType::F8E4M3 => {
            h.need(Helper::SmallFloat);
            format!("ox_decode({b}, 4u, 3u, true)")
        }
        DType::F8E5M2 => {
            h.need(Helper::SmallFloat);
            format!("ox_decode({b}, 5u, 2u, false)")
        }
        DType::I64 | DType::U64 | DType::F64 => "0u".to_string(),
    }
}

/// Bit reinterpretation from `from` to `to` (same width, neither `bool`).
pub(crate) fn bitcast(from: DType, to: DType, x: &str, h: &mut Helpers) -> String {
    if from == to {
        return x.to_string();
    }
    if from.bits() == 64 {
        return format!("bitcast<{}>({x})", Reg::of(to).wgsl());
    }
    let bits = to_bits(from, x, h);
    from_bits(to, &bits, h)
}

/// An f32 literal with exactly the bits of `x`.
pub(crate) fn f32_literal(x: f32) -> String {
    if x.is_normal() {
        // Rust prints the shortest decimal that parses back to the same f32.
        let s = format!("{x:?}");
        if s.contains('e') || s.contains('.') {
            format!("{s}f")
        } else {
            format!("{s}.0f")
        }
    } else if x == 0.0 && x.is_sign_positive() {
        "0.0f".to_string()
    } else {
        format!("bitcast<f32>({:#010x}u)", x.to_bits())
    }
}

/// An f64 literal with exactly the bits of `x`.
pub(crate) fn f64_literal(x: f64) -> String {
    if x.is_normal() {
        let s = format!("{x:?}");
        if s.contains('e') || s.contains('.') {
            format!("{s}lf")
        } else {
            format!("{s}.0lf")
        }
    } else if x == 0.0 && x.is_sign_positive() {
        "0.0lf".to_string()
    } else {
        format!("bitcast<f64>({:#018x}lu)", x.to_bits())
    }
}

/// The register literal of a constant of dtype `d` (the value as the interpreter's constant:
/// rounded to a float dtype, inside an integer dtype's range).
pub(crate) fn literal(value: ConstValue, d: DType) -> Result<String, String> {
    let float = |x: f64| -> f32 {
        match d {
            DType::F16 => numeric::f64_to_f16(x).to_f32(),
            DType::BF16 => numeric::f64_to_bf16(x).to_f32(),
            DType::F8E4M3 => numeric::f64_to_e4m3(x).to_f32(),
            DType::F8E5M2 => numeric::f64_to_e5m2(x).to_f32(),
            _ => x as f32,
        }
    };
    let int = |i: i128| -> Result<String, String> {
        let (lo, hi) = d
            .int_range()
            .ok_or_else(|| format!("integer constant of dtype {d}"))?;
        if i < lo || i > hi {
            return Err(format!("constant {i} does not fit {d}"));
        }
        Ok(if d == DType::I64 {
            if i == i64::MIN as i128 {
                "bitcast<i64>(0x8000000000000000lu)".to_string()
            } else {
                format!("{i}li")
            }
        } else if d == DType::U64 {
            format!("{i}lu")
        } else if d.is_signed_int() {
            if i == i32::MIN as i128 {
                "bitcast<i32>(0x80000000u)".to_string()
            } else {
                format!("{i}i")
            }
        } else {
            format!("{i}u")
        })
    };
    match (value, d) {
        (ConstValue::Int(i), DType::F64) => Ok(f64_literal(i as f64)),
        (ConstValue::Bool(b), DType::F64) => Ok(f64_literal(b as u8 as f64)),
        (ConstValue::Float(x), DType::F64) => Ok(f64_literal(x)),
        (ConstValue::Bool(b), DType::Bool) => Ok(b.to_string()),
        (ConstValue::Int(i), DType::Bool) => Ok((i != 0).to_string()),
        (ConstValue::Int(i), d) if d.is_int() => int(i),
        (ConstValue::Bool(b), d) if d.is_int() => int(b as i128),
        (ConstValue::Int(i), d) if d.is_float() => Ok(f32_literal(float(i as f64))),
        (ConstValue::Bool(b), d) if d.is_float() => Ok(f32_literal(b as u8 as f32)),
        (ConstValue::Float(x), d) if d.is_float() => Ok(f32_literal(float(x))),
        (v, d) => Err(format!("constant {v:?} of dtype {d}")),
    }
}

/// The expression of an elementwise op other than `ptr_add` on one element, given its
/// operands' expressions (`a`, in [`Op::operands`] order): what the emitter computes per
/// slot of a tile, and what a combine function's body (`fold`) computes on scalars.
pub(crate) fn elementwise(
    k: &Kernel,
    op: &Op,
    a: &[String],
    h: &mut Helpers,
) -> Result<String, String> {
    let dtype = |v: ValueId| {
        k.ty(v)
            .dtype()
            .ok_or_else(|| format!("%{} is a pointer", v.0))
    };
    match op {
        Op::Unary { op: u, value } => unary(*u, dtype(*value)?, &a[0], h),
        Op::Binary { op: b, lhs, .. } => binary(*b, dtype(*lhs)?, &a[0], &a[1], h),
        Op::Cmp { op: c, lhs, .. } => Ok(cmp(*c, dtype(*lhs)?, &a[0], &a[1])),
        Op::Fma { a: x, .. } => {
            let d = dtype(*x)?;
            if !d.is_float() || d.is_fp8() {
                return Err(format!("fma on {d}"));
            }
            if d == DType::F64 {
                // Vulkan's `fma` need not be fused (lavapipe's is not): rounded once in
                // integer arithmetic instead.
                h.need(Helper::Fma64);
                return Ok(format!("ox_fma64({}, {}, {})", a[0], a[1], a[2]));
            }
            // Rounded once in f32 (exactly, whatever the device's `fma` does), then to the
            // dtype, as the interpreter's `fma_one`.
            h.need(Helper::Fma);
            let f = format!("ox_fma({}, {}, {})", a[0], a[1], a[2]);
            Ok(round(d, &f, h))
        }
        Op::Select { .. } => Ok(format!("select({}, {}, {})", a[2], a[1], a[0])),
        Op::Cast { value, to } => Ok(cast(dtype(*value)?, *to, &a[0], h)),
        Op::Bitcast { value, to } => Ok(bitcast(dtype(*value)?, *to, &a[0], h)),
        other => Err(format!(
            "`{}` is not an elementwise op on values",
            other.name()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_literals_are_exact() {
        assert_eq!(f32_literal(1.5), "1.5f");
        assert_eq!(f32_literal(-2.0), "-2.0f");
        assert_eq!(f32_literal(1e-7), "1e-7f");
        assert_eq!(f32_literal(0.0), "0.0f");
        assert_eq!(f32_literal(-0.0), "bitcast<f32>(0x80000000u)");
        assert_eq!(f32_literal(f32::INFINITY), "bitcast<f32>(0x7f800000u)");
        assert_eq!(f32_literal(1e10), "10000000000.0f");
    }

    #[test]
    fn literals_round_to_the_dtype() {
        assert_eq!(
            literal(ConstValue::Float(0.1), DType::F16).unwrap(),
            f32_literal(half::f16::from_f64(0.1).to_f32())
        );
        assert_eq!(
            literal(ConstValue::Int(i32::MIN as i128), DType::I32).unwrap(),
            "bitcast<i32>(0x80000000u)"
        );
        assert_eq!(literal(ConstValue::Int(-5), DType::I8).unwrap(), "-5i");
        assert!(literal(ConstValue::Int(300), DType::U8).is_err());
        assert_eq!(literal(ConstValue::Int(1), DType::Bool).unwrap(), "true");
    }
}
