//! C expressions for elementwise ops, casts, bit conversions and literals, written so that
//! CUDA C computes exactly what the interpreter does (see the crate's module docs): wrapping
//! integer arithmetic in unsigned types (signed overflow is undefined in C), guarded division,
//! shift amounts modulo the width, `__f*_rn` intrinsics for float arithmetic (never
//! contracted), rounding of narrow floats after every op, saturating float→int helpers.
//! Under fast math, [`fast_unary`] and [`fast_binary`] give the f32 forms that may contract
//! or approximate.
//!
//! Operand strings are names or array elements (pure, cheap), so an expression may repeat
//! them.

use kernel_core::ir::{BinaryOp, CmpOp, ConstValue, UnaryOp};
use kernel_core::{DType, numeric};

use super::layout::{reg_type, wide_type};

/// The unsigned C type of an integer dtype's width.
fn utype(d: DType) -> &'static str {
    match d.bits() {
        8 => "u8",
        16 => "u16",
        32 => "u32",
        _ => "u64",
    }
}

/// `x` (an f32 register expression, the result of arithmetic) rounded to the narrow float
/// dtype `d` (no-op for f32). A NaN comes out as some NaN: the IR leaves the bits of
/// arithmetic's NaNs unspecified, so f16 takes the bare hardware conversions (see
/// [`round_exact`] for data movement).
pub(crate) fn round(d: DType, x: &str) -> String {
    match d {
        DType::F16 => format!("ox_rnd_f16_arith({x})"),
        _ => round_exact(d, x),
    }
}

/// `x` rounded to the narrow float dtype `d`, a NaN keeping its sign and the top bits of its
/// payload as the interpreter's casts do: for casts whose NaN bits may be observed
/// (`kernel_core::analysis::exact_nans`).
pub(crate) fn round_exact(d: DType, x: &str) -> String {
    match d {
        DType::F16 => format!("ox_rnd_f16({x})"),
        DType::BF16 => format!("ox_rnd_bf16({x})"),
        DType::F8E4M3 => format!("ox_rnd_e4m3({x})"),
        DType::F8E5M2 => format!("ox_rnd_e5m2({x})"),
        _ => x.to_string(),
    }
}

/// Integer arithmetic `a op b` wrapped to dtype `d` through its wide unsigned type.
fn wrapping(d: DType, a: &str, op: &str, b: &str) -> String {
    let (t, u, w) = (reg_type(d), utype(d), wide_type(d));
    format!("(({t})(({w})({u}){a} {op} ({w})({u}){b}))")
}

/// `op x` on a value of dtype `d`.
pub(crate) fn unary(op: UnaryOp, d: DType, x: &str) -> Result<String, String> {
    let bad = || format!("`{}` on {d}", op.name());
    if d.is_bool() {
        return match op {
            UnaryOp::Not => Ok(format!("(!{x})")),
            _ => Err(bad()),
        };
    }
    if d.is_int() {
        let t = reg_type(d);
        let neg = wrapping(d, "0", "-", x);
        return Ok(match op {
            UnaryOp::Neg => neg,
            UnaryOp::Not => format!("(({t})(~{x}))"),
            UnaryOp::Abs if d.is_signed_int() => format!("({x} < 0 ? {neg} : {x})"),
            UnaryOp::Abs => x.to_string(),
            // On the pattern in the dtype's width (`(u8)x` for 8 bits); `__clz` counts
            // from bit 31, so narrower widths subtract the bits above them.
            UnaryOp::Clz if d.bits() == 64 => format!("(({t})__clzll((long long)({x})))"),
            UnaryOp::Clz => format!(
                "(({t})(__clz((int)(u32)({}){x}) - {}))",
                utype(d),
                32 - d.bits()
            ),
            UnaryOp::Popc if d.bits() == 64 => {
                format!("(({t})__popcll((unsigned long long)({x})))")
            }
            UnaryOp::Popc => format!("(({t})__popc((unsigned)({})({x})))", utype(d)),
            _ => return Err(bad()),
        });
    }
    if d.is_fp8() {
        return Err(bad());
    }
    if d == DType::F64 {
        return Ok(match op {
            UnaryOp::Neg => format!("(-{x})"),
            UnaryOp::Abs => format!("fabs({x})"),
            UnaryOp::Floor => format!("floor({x})"),
            UnaryOp::Ceil => format!("ceil({x})"),
            UnaryOp::Round => format!("rint({x})"),
            UnaryOp::Trunc => format!("trunc({x})"),
            UnaryOp::Exp => format!("exp({x})"),
            UnaryOp::Exp2 => format!("exp2({x})"),
            UnaryOp::Log => format!("log({x})"),
            UnaryOp::Log2 => format!("log2({x})"),
            UnaryOp::Sqrt => format!("__dsqrt_rn({x})"),
            UnaryOp::Rsqrt => format!("__ddiv_rn(1.0, __dsqrt_rn({x}))"),
            UnaryOp::Sin => format!("sin({x})"),
            UnaryOp::Cos => format!("cos({x})"),
            UnaryOp::Tanh => format!("tanh({x})"),
            UnaryOp::Sigmoid => format!("__ddiv_rn(1.0, __dadd_rn(1.0, exp(-{x})))"),
            UnaryOp::Erf => format!("erf({x})"),
            UnaryOp::Erfc
            | UnaryOp::Asin
            | UnaryOp::Acos
            | UnaryOp::Atan
            | UnaryOp::Sinh
            | UnaryOp::Cosh
            | UnaryOp::Asinh
            | UnaryOp::Acosh
            | UnaryOp::Atanh
            | UnaryOp::Log1p
            | UnaryOp::Expm1
            | UnaryOp::Cbrt => format!("{}({x})", op.name()),
            UnaryOp::Not | UnaryOp::Clz | UnaryOp::Popc => return Err(bad()),
        });
    }
    // f32 registers (f32, f16, bf16): computed in f32, rounded once to the dtype. Sign
    // changes, floor and ceil are exact in every format.
    let (r, exact) = match op {
        UnaryOp::Neg => (format!("(-{x})"), true),
        UnaryOp::Abs => (format!("fabsf({x})"), true),
        UnaryOp::Floor => (format!("floorf({x})"), true),
        UnaryOp::Ceil => (format!("ceilf({x})"), true),
        // `rint` rounds in the current mode, round-to-nearest-even on the GPU (`cvt.rni`);
        // `roundf` would take halfway cases away from zero.
        UnaryOp::Round => (format!("rintf({x})"), true),
        UnaryOp::Trunc => (format!("truncf({x})"), true),
        UnaryOp::Exp => (format!("expf({x})"), false),
        UnaryOp::Exp2 => (format!("exp2f({x})"), false),
        UnaryOp::Log => (format!("logf({x})"), false),
        UnaryOp::Log2 => (format!("log2f({x})"), false),
        UnaryOp::Sqrt => (format!("__fsqrt_rn({x})"), false),
        UnaryOp::Rsqrt => (format!("__frsqrt_rn({x})"), false),
        UnaryOp::Sin => (format!("sinf({x})"), false),
        UnaryOp::Cos => (format!("cosf({x})"), false),
        UnaryOp::Tanh => (format!("tanhf({x})"), false),
        UnaryOp::Sigmoid => (
            format!("__fdiv_rn(1.0f, __fadd_rn(1.0f, expf(-{x})))"),
            false,
        ),
        UnaryOp::Erf => (format!("erff({x})"), false),
        // CUDA's math library: the C names with an `f`.
        UnaryOp::Erfc
        | UnaryOp::Asin
        | UnaryOp::Acos
        | UnaryOp::Atan
        | UnaryOp::Sinh
        | UnaryOp::Cosh
        | UnaryOp::Asinh
        | UnaryOp::Acosh
        | UnaryOp::Atanh
        | UnaryOp::Log1p
        | UnaryOp::Expm1
        | UnaryOp::Cbrt => (format!("{}f({x})", op.name()), false),
        UnaryOp::Not | UnaryOp::Clz | UnaryOp::Popc => return Err(bad()),
    };
    Ok(if exact { r } else { round(d, &r) })
}

/// `a op b` on values of dtype `d`.
pub(crate) fn binary(op: BinaryOp, d: DType, a: &str, b: &str) -> Result<String, String> {
    let bad = || format!("`{}` on {d}", op.name());
    if d.is_bool() {
        return match op {
            BinaryOp::And => Ok(format!("({a} && {b})")),
            BinaryOp::Or => Ok(format!("({a} || {b})")),
            BinaryOp::Xor => Ok(format!("({a} != {b})")),
            _ => Err(bad()),
        };
    }
    if d.is_int() {
        let t = reg_type(d);
        let bits = d.bits();
        let shift = format!("((u32){b} & {}u)", bits - 1);
        return Ok(match op {
            BinaryOp::Add => wrapping(d, a, "+", b),
            BinaryOp::Sub => wrapping(d, a, "-", b),
            BinaryOp::Mul => wrapping(d, a, "*", b),
            // By zero: 0 (the IR's definition). MIN / -1 wraps to MIN, as negation does.
            BinaryOp::Div if d.is_signed_int() => format!(
                "({b} == 0 ? ({t})0 : {b} == ({t})-1 ? {} : ({t})({a} / {b}))",
                wrapping(d, "0", "-", a)
            ),
            BinaryOp::Div => format!("({b} == 0 ? ({t})0 : ({t})({a} / {b}))"),
            BinaryOp::Rem if d.is_signed_int() => {
                format!("(({b} == 0 || {b} == ({t})-1) ? ({t})0 : ({t})({a} % {b}))")
            }
            BinaryOp::Rem => format!("({b} == 0 ? ({t})0 : ({t})({a} % {b}))"),
            BinaryOp::And => format!("(({t})({a} & {b}))"),
            BinaryOp::Or => format!("(({t})({a} | {b}))"),
            BinaryOp::Xor => format!("(({t})({a} ^ {b}))"),
            BinaryOp::Shl => format!("(({t})(({})({}){a} << {shift}))", wide_type(d), utype(d)),
            // Arithmetic for signed operands (CUDA's `>>` on signed values), logical else.
            BinaryOp::Shr => format!("(({t})({a} >> {shift}))"),
            BinaryOp::Min => format!("({a} < {b} ? {a} : {b})"),
            BinaryOp::Max => format!("({a} > {b} ? {a} : {b})"),
            // The double-width product's high half; 8- and 16-bit products fit 32 bits.
            BinaryOp::MulHi => match (bits, d.is_signed_int()) {
                (64, true) => format!("__mul64hi({a}, {b})"),
                (64, false) => format!("__umul64hi({a}, {b})"),
                (32, true) => format!("__mulhi({a}, {b})"),
                (32, false) => format!("__umulhi({a}, {b})"),
                (_, true) => format!("(({t})(((int){a} * (int){b}) >> {bits}))"),
                (_, false) => format!("(({t})(((unsigned){a} * (unsigned){b}) >> {bits}))"),
            },
            BinaryOp::Pow | BinaryOp::Atan2 | BinaryOp::DivRn | BinaryOp::FastDiv => {
                return Err(bad());
            }
        });
    }
    if d.is_fp8() {
        return Err(bad());
    }
    if d == DType::F64 {
        return Ok(match op {
            BinaryOp::Add => format!("__dadd_rn({a}, {b})"),
            BinaryOp::Sub => format!("__dsub_rn({a}, {b})"),
            BinaryOp::Mul => format!("__dmul_rn({a}, {b})"),
            BinaryOp::Div | BinaryOp::DivRn | BinaryOp::FastDiv => format!("__ddiv_rn({a}, {b})"),
            BinaryOp::Rem => format!("fmod({a}, {b})"),
            BinaryOp::Atan2 => format!("atan2({a}, {b})"),
            BinaryOp::Min => format!("fmin({a}, {b})"),
            BinaryOp::Max => format!("fmax({a}, {b})"),
            BinaryOp::Pow => format!("pow({a}, {b})"),
            _ => return Err(bad()),
        });
    }
    let (r, exact) = match op {
        BinaryOp::Add => (format!("__fadd_rn({a}, {b})"), false),
        BinaryOp::Sub => (format!("__fsub_rn({a}, {b})"), false),
        BinaryOp::Mul => (format!("__fmul_rn({a}, {b})"), false),
        BinaryOp::Div | BinaryOp::DivRn => (format!("__fdiv_rn({a}, {b})"), false),
        // `div.full.f32` (the fast-math prelude's), whatever the options.
        BinaryOp::FastDiv => (format!("ox_div_full({a}, {b})"), false),
        BinaryOp::Atan2 => (format!("atan2f({a}, {b})"), false),
        // fmod is exact, so its result is already in the dtype; fminf/fmaxf are IEEE
        // minNum/maxNum.
        BinaryOp::Rem => (format!("fmodf({a}, {b})"), true),
        BinaryOp::Min => (format!("fminf({a}, {b})"), true),
        BinaryOp::Max => (format!("fmaxf({a}, {b})"), true),
        BinaryOp::Pow => (format!("powf({a}, {b})"), false),
        _ => return Err(bad()),
    };
    Ok(if exact { r } else { round(d, &r) })
}

/// log2(e) as the f32 literal `exp` multiplies by under fast math.
const LOG2_E: &str = "1.44269504f";

/// Whether fast math changes ops on values of dtype `d`: the f32 registers (f32, and
/// f16/bf16 computed in f32). f64 stays exact; fp8 has no arithmetic.
fn fast_dtype(d: DType) -> bool {
    matches!(d, DType::F32 | DType::F16 | DType::BF16)
}

/// `op x` under fast math (see the module docs of `codegen`), or `None` when fast math
/// does not change it (then [`unary`] is the expression).
pub(crate) fn fast_unary(op: UnaryOp, d: DType, x: &str) -> Option<String> {
    if !fast_dtype(d) {
        return None;
    }
    let r = match op {
        UnaryOp::Exp2 => format!("ox_ex2_approx({x})"),
        // A plain multiply: NVRTC may fold it into an FMA with what computed `x`.
        UnaryOp::Exp => format!("ox_ex2_approx({x} * {LOG2_E})"),
        _ => return None,
    };
    Some(round(d, &r))
}

/// `a op b` under fast math (see the module docs of `codegen`), or `None` when fast math
/// does not change it (then [`binary`] is the expression).
pub(crate) fn fast_binary(op: BinaryOp, d: DType, a: &str, b: &str) -> Option<String> {
    if !fast_dtype(d) {
        return None;
    }
    // Plain operators: `mul.f32`/`add.f32` without a rounding mode, which ptxas may contract
    // (the `__f*_rn` intrinsics emit `.rn` forms, which it may not).
    let r = match op {
        BinaryOp::Add => format!("({a} + {b})"),
        BinaryOp::Sub => format!("({a} - {b})"),
        BinaryOp::Mul => format!("({a} * {b})"),
        BinaryOp::Div => format!("ox_div_full({a}, {b})"),
        _ => return None,
    };
    Some(round(d, &r))
}

/// `fma(a, b, c)` of dtype `d`: fused in f32 (f64 for f64), rounded once to the dtype.
pub(crate) fn fma(d: DType, a: &str, b: &str, c: &str) -> Result<String, String> {
    match d {
        DType::F64 => Ok(format!("fma({a}, {b}, {c})")),
        DType::F32 | DType::F16 | DType::BF16 => Ok(round(d, &format!("fmaf({a}, {b}, {c})"))),
        _ => Err(format!("fma on {d}")),
    }
}

/// `a op b` for a comparison; IEEE semantics for floats (`!=` is true on NaN).
pub(crate) fn cmp(op: CmpOp, a: &str, b: &str) -> String {
    let o = match op {
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
    };
    format!("({a} {o} {b})")
}

/// Value conversion from `from` to `to` (rules of `kernel_core::ir`'s module docs). With
/// `exact_nan` false (the result's NaN bits are never observed, see
/// `kernel_core::analysis::exact_nans`), a float NaN may come out as any NaN.
pub(crate) fn cast(from: DType, to: DType, x: &str, exact_nan: bool) -> String {
    if from == to {
        return x.to_string();
    }
    let t = reg_type(to);
    if from.is_bool() {
        return match to {
            DType::F64 => format!("({x} ? 1.0 : 0.0)"),
            _ if to.is_float() => format!("({x} ? 1.0f : 0.0f)"),
            _ => format!("(({t})({x} ? 1 : 0))"),
        };
    }
    if from.is_int() {
        return match to {
            DType::Bool => format!("({x} != 0)"),
            _ if to.is_int() => format!("(({t})({x}))"),
            DType::F64 => format!("((f64)({x}))"),
            DType::F32 => format!("((f32)({x}))"),
            // Through f32 is a single rounding for formats whose largest finite value is
            // below 2^24 (every integer there is exact in f32; beyond, both overflow alike).
            DType::F16 | DType::F8E4M3 | DType::F8E5M2 => round(to, &format!("((f32)({x}))")),
            // bf16 has f32's range: round the integer to 8 significant bits first.
            _ if from.is_signed_int() => format!("ox_s2bf16((i64)({x}))"),
            _ => format!("ox_u2bf16((u64)({x}))"),
        };
    }
    // From a float.
    if to.is_bool() {
        return format!("({x} != 0)");
    }
    if to.is_int() {
        let (lo, hi) = to.int_range().unwrap_or((0, 0));
        return if to.is_signed_int() {
            format!(
                "(({t})ox_f2s((f64)({x}), {}, {}))",
                int_literal(DType::I64, lo),
                int_literal(DType::I64, hi)
            )
        } else {
            format!("(({t})ox_f2u((f64)({x}), {}))", int_literal(DType::U64, hi))
        };
    }
    if from == DType::F64 {
        return match to {
            DType::F32 => format!("((f32)({x}))"),
            DType::F16 => format!("ox_d2f16({x})"),
            DType::BF16 => format!("ox_d2bf16({x})"),
            DType::F8E4M3 => format!("ox_d2e4m3({x})"),
            _ => format!("ox_d2e5m2({x})"),
        };
    }
    if to == DType::F64 {
        return format!("((f64)({x}))");
    }
    if exact_nan {
        round_exact(to, x)
    } else {
        round(to, x)
    }
}

/// The bit pattern of a register of dtype `d`, as the unsigned type of its width.
pub(crate) fn to_bits(d: DType, x: &str) -> String {
    match d {
        DType::Bool => format!("((u8)({x} ? 1 : 0))"),
        DType::F32 => format!("__float_as_uint({x})"),
        DType::F64 => format!("((u64)__double_as_longlong({x}))"),
        DType::F16 => format!("ox_f16_bits({x})"),
        DType::BF16 => format!("ox_bf16_bits({x})"),
        DType::F8E4M3 => format!("ox_e4m3_bits({x})"),
        DType::F8E5M2 => format!("ox_e5m2_bits({x})"),
        _ => format!("(({})({x}))", utype(d)),
    }
}

/// The register of dtype `d` whose bit pattern is `b` (an unsigned expression of at least
/// the dtype's width; higher bits are ignored).
pub(crate) fn from_bits(d: DType, b: &str) -> String {
    match d {
        DType::Bool => format!("(({b} & 0xff) != 0)"),
        DType::F32 => format!("__uint_as_float((u32)({b}))"),
        DType::F64 => format!("__longlong_as_double((i64)({b}))"),
        DType::F16 => format!("ox_f16_val((u16)({b}))"),
        DType::BF16 => format!("ox_bf16_val((u16)({b}))"),
        DType::F8E4M3 => format!("ox_e4m3_val((u8)({b}))"),
        DType::F8E5M2 => format!("ox_e5m2_val((u8)({b}))"),
        _ => format!("(({})({}({b})))", reg_type(d), utype(d)),
    }
}

/// The register value of a buffer element `m` (of the memory type of `d`).
pub(crate) fn from_mem(d: DType, m: &str) -> String {
    match d {
        DType::Bool => format!("({m} != 0)"),
        DType::F16 => format!("ox_f16_val({m})"),
        DType::BF16 => format!("ox_bf16_val({m})"),
        DType::F8E4M3 => format!("ox_e4m3_val({m})"),
        DType::F8E5M2 => format!("ox_e5m2_val({m})"),
        _ => m.to_string(),
    }
}

/// [`from_mem`], or for f16 with `exact_nan` false the bare hardware conversion (a NaN's
/// payload is lost: for loads whose NaN bits are never observed).
pub(crate) fn from_mem_as(d: DType, m: &str, exact_nan: bool) -> String {
    match d {
        DType::F16 if !exact_nan => format!("ox_cvt_f32_f16({m})"),
        _ => from_mem(d, m),
    }
}

/// [`to_mem`], or for f16 with `exact_nan` false the bare hardware conversion (a NaN
/// becomes the canonical one: for stored values whose NaN bits are unspecified).
pub(crate) fn to_mem_as(d: DType, x: &str, exact_nan: bool) -> String {
    match d {
        DType::F16 if !exact_nan => format!("ox_f16_raw({x})"),
        _ => to_mem(d, x),
    }
}

/// A C statement declaring `u32 name`: f32 registers `x0` and `x1` as two 16-bit values of
/// `d` (f16 or bf16), `x0` in the low half. f16 goes through the packed hardware
/// conversion, redone value by value (payload kept) only with `exact_nan` and a NaN among
/// the two. The stores of `dot` fragments (pairs of columns, and the epilogue's staging)
/// use it.
pub(crate) fn pack_pair16(d: DType, name: &str, x0: &str, x1: &str, exact_nan: bool) -> String {
    match d {
        DType::F16 if exact_nan => format!(
            "u32 {name} = ox_cvt_f16x2_f32({x0}, {x1}); \
             if (ox_f16x2_nan({name})) {name} = (u32)ox_f16_bits({x0}) | ((u32)ox_f16_bits({x1}) << 16);"
        ),
        DType::F16 => format!("const u32 {name} = ox_cvt_f16x2_f32({x0}, {x1});"),
        _ => {
            format!("const u32 {name} = (u32)ox_bf16_bits({x0}) | ((u32)ox_bf16_bits({x1}) << 16);")
        }
    }
}

/// The memory representation of register value `x` of dtype `d`.
pub(crate) fn to_mem(d: DType, x: &str) -> String {
    match d {
        DType::Bool => format!("((u8)({x} ? 1 : 0))"),
        DType::F16 | DType::BF16 | DType::F8E4M3 | DType::F8E5M2 => to_bits(d, x),
        _ => x.to_string(),
    }
}

/// The bit-reinterpretation from `from` to `to` (same width, neither `bool`).
pub(crate) fn bitcast(from: DType, to: DType, x: &str) -> String {
    if from == to {
        return x.to_string();
    }
    from_bits(to, &to_bits(from, x))
}

/// A C literal of integer value `i` in dtype `d` (in range).
pub(crate) fn int_literal(d: DType, i: i128) -> String {
    let t = reg_type(d);
    match d {
        DType::I64 if i == i64::MIN as i128 => "((i64)0x8000000000000000ull)".to_string(),
        DType::I64 => format!("((i64){i}ll)"),
        DType::U64 => format!("((u64){i}ull)"),
        DType::I32 if i == i32::MIN as i128 => "((i32)0x80000000u)".to_string(),
        DType::U32 => format!("{i}u"),
        _ if i < 0 => format!("(({t})({i}))"),
        DType::I32 => format!("{i}"),
        _ => format!("(({t}){i})"),
    }
}

/// An f32 literal with exactly the bits of `x`.
pub(crate) fn f32_literal(x: f32) -> String {
    if x.is_normal() || (x == 0.0 && x.is_sign_positive()) {
        // Rust prints the shortest decimal that parses back to the same f32.
        let s = format!("{x:?}");
        if s.contains('e') || s.contains('.') {
            format!("{s}f")
        } else {
            format!("{s}.0f")
        }
    } else {
        format!("__uint_as_float({:#010x}u)", x.to_bits())
    }
}

/// An f64 literal with exactly the bits of `x`.
pub(crate) fn f64_literal(x: f64) -> String {
    if x.is_normal() || (x == 0.0 && x.is_sign_positive()) {
        let s = format!("{x:?}");
        if s.contains('e') || s.contains('.') {
            s
        } else {
            format!("{s}.0")
        }
    } else {
        format!("__longlong_as_double({:#018x}ll)", x.to_bits())
    }
}

/// The register literal of a constant of dtype `d` (the value as the interpreter's constant:
/// rounded to a float dtype, inside an integer dtype's range).
pub(crate) fn literal(value: ConstValue, d: DType) -> Result<String, String> {
    let float = |x: f64| -> String {
        match d {
            DType::F64 => f64_literal(x),
            DType::F16 => f32_literal(numeric::f64_to_f16(x).to_f32()),
            DType::BF16 => f32_literal(numeric::f64_to_bf16(x).to_f32()),
            DType::F8E4M3 => f32_literal(numeric::f64_to_e4m3(x).to_f32()),
            DType::F8E5M2 => f32_literal(numeric::f64_to_e5m2(x).to_f32()),
            _ => f32_literal(x as f32),
        }
    };
    let int = |i: i128| -> Result<String, String> {
        let (lo, hi) = d
            .int_range()
            .ok_or_else(|| format!("integer constant of dtype {d}"))?;
        if i < lo || i > hi {
            return Err(format!("constant {i} does not fit {d}"));
        }
        Ok(int_literal(d, i))
    };
    // Integers above 2^53 must round once to the float dtype, as the interpreter does.
    let int_float = |i: i128| -> String {
        let x = int_to_f64_rounded(d, i);
        float(x)
    };
    match (value, d) {
        (ConstValue::Bool(b), DType::Bool) => Ok(b.to_string()),
        (ConstValue::Int(i), DType::Bool) => Ok((i != 0).to_string()),
        (ConstValue::Int(i), d) if d.is_int() => int(i),
        (ConstValue::Bool(b), d) if d.is_int() => int(b as i128),
        (ConstValue::Int(i), d) if d.is_float() => Ok(int_float(i)),
        (ConstValue::Bool(b), d) if d.is_float() => Ok(float(b as u8 as f64)),
        (ConstValue::Float(x), d) if d.is_float() => Ok(float(x)),
        (v, d) => Err(format!("constant {v:?} of dtype {d}")),
    }
}

/// An integer rounded to the precision of float dtype `d` exactly, as an f64 (then exact, so
/// only the range is left for the final conversion).
fn int_to_f64_rounded(d: DType, v: i128) -> f64 {
    let p = match d {
        DType::F64 => 53,
        DType::F32 => 24,
        DType::F16 => 11,
        DType::BF16 => 8,
        DType::F8E4M3 => 4,
        _ => 3,
    };
    let neg = v < 0;
    let m = v.unsigned_abs();
    let nbits = 128 - m.leading_zeros();
    let r = if nbits <= p {
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
        q << shift
    };
    let x = r as f64;
    if neg { -x } else { x }
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
        assert_eq!(f32_literal(-0.0), "__uint_as_float(0x80000000u)");
        assert_eq!(f32_literal(f32::INFINITY), "__uint_as_float(0x7f800000u)");
        assert_eq!(f64_literal(0.1), "0.1");
        assert_eq!(f64_literal(2.0), "2.0");
    }

    #[test]
    fn literals_round_to_the_dtype() {
        assert_eq!(
            literal(ConstValue::Float(0.1), DType::F16).unwrap(),
            f32_literal(half::f16::from_f64(0.1).to_f32())
        );
        assert_eq!(
            literal(ConstValue::Int(i32::MIN as i128), DType::I32).unwrap(),
            "((i32)0x80000000u)"
        );
        assert_eq!(
            literal(ConstValue::Int(-5), DType::I8).unwrap(),
            "((i8)(-5))"
        );
        assert!(literal(ConstValue::Int(300), DType::U8).is_err());
        assert_eq!(literal(ConstValue::Int(1), DType::Bool).unwrap(), "true");
    }
}
