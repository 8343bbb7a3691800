//! The op table: every family of functions an IR op is parameterized by (the unary math
//! functions, the binary operators, comparisons, reductions, atomics, random kinds, dot
//! precisions), declared once each.
//!
//! Each family is written with [`family!`], which takes the enum, its doc comments and, per
//! member, its name in the IR text (and for the elementwise families the class of dtypes its
//! operands must have) and derives from that one declaration:
//! - the enum itself;
//! - `ALL`, every member in declaration order (what parsers, tests and sweeps iterate);
//! - `name()`, the member's name in the text and in diagnostics;
//! - `from_name()`, the parser's lookup;
//! - `operand_class()` where the family has classes: what the verifier checks.
//!
//! Adding a member is therefore one line here: the printer, the parser, the verifier's class
//! check and every test that sweeps `ALL` pick it up, and every `match` over the family
//! elsewhere (the interpreter, each backend) fails to compile until it handles the new
//! member. Before this table the names, the "every op" lists and the classes were kept by
//! hand in four places, and forgetting the list made the printer write text the parser
//! rejected, silently.
//!
//! [`DType`] is declared with the same macro.

use super::DType;

/// Counts token trees (the members of a family), for the length of `ALL`.
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + $crate::ir::table::count!($($tail)*) };
}
pub(crate) use count;

/// Declares a family (see the [module docs](self)). Members are written
/// `Variant = "name"` or, in a family with operand classes, `Variant = "name": Class` (a
/// variant of [`OperandClass`]); the derives are the caller's.
macro_rules! family {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal : $class:ident, )*
        }
    ) => {
        $crate::ir::table::family! {
            $(#[$meta])*
            pub enum $name { $( $(#[$vmeta])* $variant = $text, )* }
        }

        impl $name {
            /// The class of dtypes this function's operands must have (the verifier's rule;
            /// fp8 is in no class: arithmetic on it needs a cast first).
            pub const fn operand_class(self) -> $crate::ir::OperandClass {
                match self {
                    $( $name::$variant => $crate::ir::OperandClass::$class, )*
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )*
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            /// Every member, in declaration order.
            pub const ALL: [$name; $crate::ir::table::count!($($variant)*)] =
                [$( $name::$variant, )*];

            /// The member's name in the IR text and in diagnostics.
            pub const fn name(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )*
                }
            }

            /// The member called `name` in the text (the inverse of `name()`).
            pub fn from_name(name: &str) -> Option<$name> {
                match name {
                    $( $text => Some($name::$variant), )*
                    _ => None,
                }
            }
        }
    };
}
pub(crate) use family;

/// A class of dtypes, as the verifier checks operands against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperandClass {
    /// Integers and floats (not `bool`, not fp8).
    Number,
    /// Floats (not fp8).
    Float,
    /// Integers and `bool`.
    IntOrBool,
    /// Integers.
    Int,
}

impl OperandClass {
    /// How a diagnostic names the class: "needs {name} operand".
    pub fn name(self) -> &'static str {
        match self {
            OperandClass::Number => "a number (integer or float)",
            OperandClass::Float => "a float",
            OperandClass::IntOrBool => "an integer or bool",
            OperandClass::Int => "an integer",
        }
    }

    /// Whether `d` belongs to the class.
    pub fn contains(self, d: DType) -> bool {
        match self {
            OperandClass::Number => (d.is_int() || d.is_float()) && !d.is_fp8(),
            OperandClass::Float => d.is_float() && !d.is_fp8(),
            OperandClass::IntOrBool => d.is_int() || d.is_bool(),
            OperandClass::Int => d.is_int(),
        }
    }
}

family! {
    /// Elementwise operations of one operand. Result type = operand type.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum UnaryOp {
        /// `-x` (numbers; wraps for integers).
        Neg = "neg": Number,
        /// `!x`: logical not on `bool`, bitwise not on integers.
        Not = "not": IntOrBool,
        /// `|x|` (numbers; wraps for `iN::MIN`).
        Abs = "abs": Number,
        /// `e^x` (floats).
        Exp = "exp": Float,
        /// `2^x` (floats).
        Exp2 = "exp2": Float,
        /// Natural log (floats).
        Log = "log": Float,
        /// Base-2 log (floats).
        Log2 = "log2": Float,
        /// Square root (floats).
        Sqrt = "sqrt": Float,
        /// `1/sqrt(x)` (floats).
        Rsqrt = "rsqrt": Float,
        /// Sine (floats).
        Sin = "sin": Float,
        /// Cosine (floats).
        Cos = "cos": Float,
        /// Hyperbolic tangent (floats).
        Tanh = "tanh": Float,
        /// Round toward -inf (floats).
        Floor = "floor": Float,
        /// Round toward +inf (floats).
        Ceil = "ceil": Float,
        /// Round to the nearest integer, halfway cases to the even one (floats; `torch.round`,
        /// Rust's `round_ties_even`).
        Round = "round": Float,
        /// Round toward zero (floats).
        Trunc = "trunc": Float,
        /// `1 / (1 + e^-x)` (floats).
        Sigmoid = "sigmoid": Float,
        /// The error function (floats).
        Erf = "erf": Float,
        /// The complementary error function `1 - erf(x)`, accurate where it is tiny (floats).
        Erfc = "erfc": Float,
        /// Arcsine, in `[-pi/2, pi/2]` (floats).
        Asin = "asin": Float,
        /// Arccosine, in `[0, pi]` (floats).
        Acos = "acos": Float,
        /// Arctangent, in `[-pi/2, pi/2]` (floats).
        Atan = "atan": Float,
        /// Hyperbolic sine (floats).
        Sinh = "sinh": Float,
        /// Hyperbolic cosine (floats).
        Cosh = "cosh": Float,
        /// Inverse hyperbolic sine (floats).
        Asinh = "asinh": Float,
        /// Inverse hyperbolic cosine, NaN below 1 (floats).
        Acosh = "acosh": Float,
        /// Inverse hyperbolic tangent, NaN outside `[-1, 1]` (floats).
        Atanh = "atanh": Float,
        /// `ln(1 + x)`, accurate near 0 (floats).
        Log1p = "log1p": Float,
        /// `e^x - 1`, accurate near 0 (floats).
        Expm1 = "expm1": Float,
        /// Cube root, odd (floats).
        Cbrt = "cbrt": Float,
        /// The number of leading zero bits of the two's complement pattern in the dtype's
        /// width (integers; the width for 0): CUDA's `__clz`, Triton's `libdevice.clz`.
        Clz = "clz": Int,
        /// The number of one bits of the two's complement pattern in the dtype's width
        /// (integers): CUDA's `__popc`, Triton's `libdevice.popc`.
        Popc = "popc": Int,
    }
}

family! {
    /// Elementwise operations of two operands of identical type. Result type = operand type.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum BinaryOp {
        /// `a + b` (numbers).
        Add = "add": Number,
        /// `a - b` (numbers).
        Sub = "sub": Number,
        /// `a * b` (numbers).
        Mul = "mul": Number,
        /// `a / b` (numbers; integer division truncates, `x / 0 == 0`).
        Div = "div": Number,
        /// `a % b` (numbers; sign of `a` as in Rust, `x % 0 == 0`; `fmod` for floats).
        Rem = "rem": Number,
        /// `a & b` (integers, bool).
        And = "and": IntOrBool,
        /// `a | b` (integers, bool).
        Or = "or": IntOrBool,
        /// `a ^ b` (integers, bool).
        Xor = "xor": IntOrBool,
        /// `a << b` (integers; amount modulo the width).
        Shl = "shl": Int,
        /// `a >> b` (integers; arithmetic for signed, logical for unsigned; amount modulo width).
        Shr = "shr": Int,
        /// Minimum (numbers; IEEE minNum for floats).
        Min = "min": Number,
        /// Maximum (numbers; IEEE maxNum for floats).
        Max = "max": Number,
        /// `a^b` (floats).
        Pow = "pow": Float,
        /// The high half of the double-width product (integers; signed for signed dtypes):
        /// CUDA's `__umulhi`/`__mulhi`, Triton's `umulhi`.
        MulHi = "umulhi": Int,
        /// The angle of the point `(b, a)`: `atan2(y = a, x = b)` in `[-pi, pi]`, C's
        /// quadrant rules (floats).
        Atan2 = "atan2": Float,
        /// `a / b` correctly rounded even under fast math (floats; Triton's `div_rn`).
        DivRn = "div_rn": Float,
        /// `a / b` that a backend may approximate within 2 ulps (CUDA's `div.full.f32`
        /// for f32, f16 and bf16); correctly rounded on the interpreter and on CUDA for f64
        /// (floats; Triton's `fdiv`).
        FastDiv = "fdiv": Float,
    }
}

family! {
    /// Comparisons of two operands of identical non-pointer type. Result: `bool` of the same
    /// shape. Any dtype but fp8 compares (`bool` included).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum CmpOp {
        /// `==`.
        Eq = "eq",
        /// `!=`.
        Ne = "ne",
        /// `<`.
        Lt = "lt",
        /// `<=`.
        Le = "le",
        /// `>`.
        Gt = "gt",
        /// `>=`.
        Ge = "ge",
    }
}

impl CmpOp {
    /// Whether `a op b` holds (IEEE for floats: every comparison with a NaN is false but
    /// `!=`).
    pub fn holds<T: PartialOrd>(self, a: T, b: T) -> bool {
        match self {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }

    /// The operator as Rust writes it: `==`, `!=`, `<`, `<=`, `>`, `>=`.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

family! {
    /// Combining functions of reductions and scans.
    ///
    /// # Precision
    /// Sums and products of f16 and bf16 accumulate in f32 and round to the operand's dtype
    /// once, at the end (a scan rounds each element's f32 prefix once); see
    /// [`ReduceOp::accumulator`]. Integer sums and products wrap in the operand's own dtype (an
    /// `i8` sum of 200 ones is -56): cast to a wider integer first for a wider sum. f32 and f64
    /// combine in their own precision. Max, min and the bitwise ops are exact in any dtype.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ReduceOp {
        /// Sum (numbers; f16/bf16 accumulate in f32, integers wrap in their dtype).
        Sum = "sum": Number,
        /// Product (numbers; f16/bf16 accumulate in f32, integers wrap in their dtype).
        Prod = "prod": Number,
        /// Maximum (numbers; NaN-ignoring like [`BinaryOp::Max`]).
        Max = "max": Number,
        /// Minimum (numbers).
        Min = "min": Number,
        /// Bitwise/logical and (integers, bool).
        And = "and": IntOrBool,
        /// Bitwise/logical or (integers, bool).
        Or = "or": IntOrBool,
        /// Bitwise/logical xor (integers, bool).
        Xor = "xor": IntOrBool,
    }
}

impl ReduceOp {
    /// The dtype a reduction or scan of `d` values combines in: f32 for sums and products
    /// of f16 and bf16, `d` otherwise. The result keeps dtype `d`: the accumulator is
    /// rounded to it once per result element.
    ///
    /// Rounding a narrow sum after every step stalls it: 256 + 1 is 256 in bf16, so 512
    /// bf16 ones would sum to 256 and a bf16 `cumsum` of ones would stop at 256.
    /// Accumulating in f32 and rounding once (as PyTorch does, and Triton for bf16 scans)
    /// gives 512, and lets a backend that combines in a tree stay within a small bound of
    /// the reference order (see [`super::Op::Reduce`]). fp8 values cannot be reduced at all
    /// (the verifier rejects arithmetic on them).
    pub fn accumulator(self, d: DType) -> DType {
        match (self, d) {
            (ReduceOp::Sum | ReduceOp::Prod, DType::F16 | DType::BF16) => DType::F32,
            _ => d,
        }
    }
}

family! {
    /// Index-returning reductions (their names are the op's keyword in the text).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ArgReduceOp {
        /// Index of the largest element; the first one on ties. NaN counts as larger than all.
        ArgMax = "argmax",
        /// Index of the smallest element; the first one on ties. NaN counts as smaller than all.
        ArgMin = "argmin",
    }
}

family! {
    /// Read-modify-write atomics. Which dtypes each allows is
    /// [`crate::verify`]'s `atomic_allows`: it depends on widths, not on a class.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum AtomicOp {
        /// `*p += v` (32/64-bit integers, f32, f64, f16).
        Add = "add",
        /// `*p = max(*p, v)` (32/64-bit integers, f32).
        Max = "max",
        /// `*p = min(*p, v)` (32/64-bit integers, f32).
        Min = "min",
        /// `*p &= v` (32/64-bit integers).
        And = "and",
        /// `*p |= v` (32/64-bit integers).
        Or = "or",
        /// `*p ^= v` (32/64-bit integers).
        Xor = "xor",
        /// `*p = v` (exchange; any 32- or 64-bit dtype).
        Xchg = "xchg",
    }
}

family! {
    /// The memory order an atomic asks for (Rust's `std::sync::atomic::Ordering`, Triton's
    /// `sem=`): which of the program's other memory accesses it orders.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum AtomicOrder {
        /// None asked: acquire-release where programs pass data through memory beside the
        /// atomics (the CUDA backend fences them there), relaxed elsewhere.
        #[default]
        Auto = "auto",
        /// No ordering: only the update itself is atomic.
        Relaxed = "relaxed",
        /// Later accesses of the program happen after it (taking a lock).
        Acquire = "acquire",
        /// Earlier accesses of the program happen before it (releasing a lock).
        Release = "release",
        /// Both (Triton's default `acq_rel`).
        AcqRel = "acq_rel",
        /// Both, and one total order of all such atomics.
        SeqCst = "seq_cst",
    }
}

family! {
    /// Whose accesses an atomic is atomic and ordered with (Triton's `scope=`).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum AtomicScope {
        /// Every program of the launch (the device).
        #[default]
        Gpu = "gpu",
        /// The program's own lanes only (a CUDA block): another program's update of the
        /// same element may be lost. A backend may give a wider scope.
        Cta = "cta",
        /// The device, other devices and the host (memory they share).
        Sys = "sys",
    }
}

family! {
    /// Where a load or store asks the memory system to keep its lines (Triton's
    /// `cache_modifier`, PTX's cache operators): a hint, which never changes results.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum CacheOp {
        /// The backend's choice.
        #[default]
        Default = "default",
        /// Cache at every level (`.ca`; loads).
        All = "ca",
        /// Cache in L2, not L1 (`.cg`; loads and stores).
        Global = "cg",
        /// Streaming, likely touched once: evicted first (`.cs`; loads and stores).
        Streaming = "cs",
        /// The last use of the line (`.lu`; loads).
        LastUse = "lu",
        /// Fetch again, cache nothing (`.cv`; loads).
        Volatile = "cv",
        /// Write back (`.wb`; stores).
        WriteBack = "wb",
        /// Write through to memory (`.wt`; stores).
        WriteThrough = "wt",
    }
}

family! {
    /// Which lines a load or store asks the cache to evict first (Triton's
    /// `eviction_policy`): a hint, which never changes results.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Evict {
        /// The backend's choice.
        #[default]
        Normal = "evict_normal",
        /// These lines first (data used once).
        First = "evict_first",
        /// These lines last (data used again).
        Last = "evict_last",
    }
}

family! {
    /// What a Philox-based random op returns for each offset.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum RandKind {
        /// `u32`: the first word of Philox4x32-10 of (seed, offset), as Triton's `randint`.
        Int = "int",
        /// `f32` uniform in [0, 1): the `Int` word, as Triton's `rand` (`u32_to_uniform_float`).
        Uniform = "uniform",
        /// `f32` standard normal: Box–Muller on the first two words, as Triton's `randn`.
        Normal = "normal",
    }
}

family! {
    /// The precision of the factors of a [`super::Op::Dot`] (Triton's `input_precision`).
    /// The text writes the default, `ieee`, as a plain `dot` (see
    /// [`crate::text::dot_precision_name`]).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum DotPrecision {
        /// The factors as they are: exact products (f16/bf16/fp8/f32/f64 products are exact in
        /// the f32 or f64 accumulator before it rounds).
        #[default]
        Ieee = "ieee",
        /// `f32` factors rounded to TF32 (10 mantissa bits, round to nearest, ties away from
        /// zero) before they are multiplied: the input format of TF32 tensor cores. Faster on
        /// NVIDIA GPUs from sm_80, at about 3 significant decimal digits per factor.
        Tf32 = "tf32",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every family's names are distinct, plain identifiers, and read back to their member.
    #[test]
    fn names_round_trip_and_are_distinct() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            name: impl Fn(T) -> &'static str,
            from: impl Fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for &m in all {
                let n = name(m);
                assert!(crate::text::is_plain_name(n), "{m:?}: `{n}`");
                assert!(seen.insert(n), "{m:?}: `{n}` named twice");
                assert_eq!(from(n), Some(m));
            }
            assert_eq!(from("no_such_member"), None);
        }
        check(&UnaryOp::ALL, UnaryOp::name, UnaryOp::from_name);
        check(&BinaryOp::ALL, BinaryOp::name, BinaryOp::from_name);
        check(&CmpOp::ALL, CmpOp::name, CmpOp::from_name);
        check(&ReduceOp::ALL, ReduceOp::name, ReduceOp::from_name);
        check(&ArgReduceOp::ALL, ArgReduceOp::name, ArgReduceOp::from_name);
        check(&AtomicOp::ALL, AtomicOp::name, AtomicOp::from_name);
        check(&RandKind::ALL, RandKind::name, RandKind::from_name);
        check(
            &DotPrecision::ALL,
            DotPrecision::name,
            DotPrecision::from_name,
        );
        check(&DType::ALL, DType::name, DType::from_name);
    }

    /// The classes are the verifier's rules as documented on each member.
    #[test]
    fn classes_match_the_documented_rules() {
        assert_eq!(UnaryOp::Exp.operand_class(), OperandClass::Float);
        assert_eq!(UnaryOp::Not.operand_class(), OperandClass::IntOrBool);
        assert_eq!(BinaryOp::Shl.operand_class(), OperandClass::Int);
        assert_eq!(ReduceOp::Xor.operand_class(), OperandClass::IntOrBool);
        for class in [
            OperandClass::Number,
            OperandClass::Float,
            OperandClass::IntOrBool,
            OperandClass::Int,
        ] {
            assert!(!class.contains(DType::F8E4M3) && !class.contains(DType::F8E5M2));
        }
        assert!(OperandClass::Number.contains(DType::BF16));
        assert!(!OperandClass::Number.contains(DType::Bool));
    }
}
