//! The operations of the tile IR. Each variant documents its operand types and result type;
//! the verifier ([`crate::verify`]) enforces exactly these rules.

use super::{Block, DType, Dim, ValueId, VarId};

/// A literal constant.
///
/// Equality compares floats by their bits, so a kernel holding a NaN constant equals itself
/// and `0.0` differs from `-0.0`: two kernels are equal exactly when they print the same.
#[derive(Clone, Copy, Debug)]
pub enum ConstValue {
    /// A signed or unsigned integer, carried in 128 bits so that every `u64` and `i64` fits.
    Int(i128),
    /// A float, carried as f64 (exact for every narrower float).
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
}

impl PartialEq for ConstValue {
    fn eq(&self, other: &ConstValue) -> bool {
        match (self, other) {
            (ConstValue::Int(a), ConstValue::Int(b)) => a == b,
            (ConstValue::Float(a), ConstValue::Float(b)) => a.to_bits() == b.to_bits(),
            (ConstValue::Bool(a), ConstValue::Bool(b)) => a == b,
            _ => false,
        }
    }
}

/// Elementwise operations of one operand. Result type = operand type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `-x` (numbers; wraps for integers).
    Neg,
    /// `!x`: logical not on `bool`, bitwise not on integers.
    Not,
    /// `|x|` (numbers; wraps for `iN::MIN`).
    Abs,
    /// `e^x` (floats).
    Exp,
    /// `2^x` (floats).
    Exp2,
    /// Natural log (floats).
    Log,
    /// Base-2 log (floats).
    Log2,
    /// Square root (floats).
    Sqrt,
    /// `1/sqrt(x)` (floats).
    Rsqrt,
    /// Sine (floats).
    Sin,
    /// Cosine (floats).
    Cos,
    /// Hyperbolic tangent (floats).
    Tanh,
    /// Round toward -inf (floats).
    Floor,
    /// Round toward +inf (floats).
    Ceil,
    /// `1 / (1 + e^-x)` (floats).
    Sigmoid,
    /// The error function (floats).
    Erf,
}

/// Elementwise operations of two operands of identical type. Result type = operand type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `a + b` (numbers).
    Add,
    /// `a - b` (numbers).
    Sub,
    /// `a * b` (numbers).
    Mul,
    /// `a / b` (numbers; integer division truncates, `x / 0 == 0`).
    Div,
    /// `a % b` (numbers; sign of `a` as in Rust, `x % 0 == 0`; `fmod` for floats).
    Rem,
    /// `a & b` (integers, bool).
    And,
    /// `a | b` (integers, bool).
    Or,
    /// `a ^ b` (integers, bool).
    Xor,
    /// `a << b` (integers; amount modulo the width).
    Shl,
    /// `a >> b` (integers; arithmetic for signed, logical for unsigned; amount modulo width).
    Shr,
    /// Minimum (numbers; IEEE minNum for floats).
    Min,
    /// Maximum (numbers; IEEE maxNum for floats).
    Max,
    /// `a^b` (floats).
    Pow,
}

/// Comparisons of two operands of identical non-pointer type. Result: `bool` of the same shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `==`.
    Eq,
    /// `!=`.
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
}

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
    Sum,
    /// Product (numbers; f16/bf16 accumulate in f32, integers wrap in their dtype).
    Prod,
    /// Maximum (numbers; NaN-ignoring like [`BinaryOp::Max`]).
    Max,
    /// Minimum (numbers).
    Min,
    /// Bitwise/logical and (integers, bool).
    And,
    /// Bitwise/logical or (integers, bool).
    Or,
    /// Bitwise/logical xor (integers, bool).
    Xor,
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
    /// the reference order (see [`Op::Reduce`]). fp8 values cannot be reduced at all (the
    /// verifier rejects arithmetic on them).
    pub fn accumulator(self, d: DType) -> DType {
        match (self, d) {
            (ReduceOp::Sum | ReduceOp::Prod, DType::F16 | DType::BF16) => DType::F32,
            _ => d,
        }
    }
}

/// Index-returning reductions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgReduceOp {
    /// Index of the largest element; the first one on ties. NaN counts as larger than all.
    ArgMax,
    /// Index of the smallest element; the first one on ties. NaN counts as smaller than all.
    ArgMin,
}

/// Read-modify-write atomics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AtomicOp {
    /// `*p += v` (32/64-bit integers, f32, f64, f16).
    Add,
    /// `*p = max(*p, v)` (32/64-bit integers, f32).
    Max,
    /// `*p = min(*p, v)` (32/64-bit integers, f32).
    Min,
    /// `*p &= v` (32/64-bit integers).
    And,
    /// `*p |= v` (32/64-bit integers).
    Or,
    /// `*p ^= v` (32/64-bit integers).
    Xor,
    /// `*p = v` (exchange; any 32- or 64-bit dtype).
    Xchg,
}

/// What a Philox-based random op returns for each offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RandKind {
    /// `u32`: the first word of Philox4x32-10 of (seed, offset), as Triton's `randint`.
    Int,
    /// `f32` uniform in [0, 1): the `Int` word, as Triton's `rand` (`u32_to_uniform_float`).
    Uniform,
    /// `f32` standard normal: Box–Muller on the first two words, as Triton's `randn`.
    Normal,
}

/// The precision of the factors of a [`Op::Dot`] (Triton's `input_precision`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DotPrecision {
    /// The factors as they are: exact products (f16/bf16/fp8/f32/f64 products are exact in
    /// the f32 or f64 accumulator before it rounds).
    #[default]
    Ieee,
    /// `f32` factors rounded to TF32 (10 mantissa bits, round to nearest, ties away from
    /// zero) before they are multiplied: the input format of TF32 tensor cores. Faster on
    /// NVIDIA GPUs from sm_80, at about 3 significant decimal digits per factor.
    Tf32,
}

/// An operation. Operand and result types are documented per variant. "Same shape" and
/// "same type" mean exact equality of [`super::Type`]s.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    // ---- values from the launch ----------------------------------------------------------
    /// Index of this program along `axis` (0, 1 or 2). Result: `i32`.
    ProgramId {
        /// Grid axis.
        axis: u8,
    },
    /// Number of programs along `axis` (0, 1 or 2). Result: `i32`.
    NumPrograms {
        /// Grid axis.
        axis: u8,
    },
    /// A literal. Result: scalar of `dtype`; the value must fit the dtype.
    Const {
        /// The value.
        value: ConstValue,
        /// Its dtype.
        dtype: DType,
    },
    /// The value of a const generic parameter, converted to `dtype` (an integer type or
    /// `bool`). Result: scalar of `dtype`. Replaced by [`Op::Const`] at specialization.
    ConstParam {
        /// The parameter's name.
        name: String,
        /// The dtype at which it is used.
        dtype: DType,
    },

    // ---- tile creation and shape ---------------------------------------------------------
    /// `[0, 1, ..., len-1]`. Result: `i32[len]`.
    Arange {
        /// Number of elements.
        len: Dim,
    },
    /// Broadcasts `value` to `shape`. Operand rank r ≤ len(shape); aligned from the right,
    /// each operand dim equals the target dim or is `1`. Result: operand element, `shape`.
    /// A scalar operand gives a splat (`full`, `zeros`).
    Broadcast {
        /// Operand (tile or scalar, pointers allowed).
        value: ValueId,
        /// Target shape.
        shape: Vec<Dim>,
    },
    /// Inserts a dimension of extent 1 before dim `axis` (`0..=rank`): Triton's `x[:, None]`.
    ExpandDims {
        /// Operand.
        value: ValueId,
        /// Where the new dim goes.
        axis: u32,
    },
    /// Reinterprets the elements in row-major order with a new shape of the same (known at
    /// specialization) element count.
    Reshape {
        /// Operand.
        value: ValueId,
        /// New shape.
        shape: Vec<Dim>,
    },
    /// Permutes dimensions: result dim `i` is operand dim `perm[i]`. `[1, 0]` is a transpose.
    Permute {
        /// Operand.
        value: ValueId,
        /// A permutation of `0..rank`.
        perm: Vec<u32>,
    },

    // ---- elementwise ---------------------------------------------------------------------
    /// See [`UnaryOp`].
    Unary {
        /// The function.
        op: UnaryOp,
        /// Operand.
        value: ValueId,
    },
    /// See [`BinaryOp`]. Operands have the same type.
    Binary {
        /// The function.
        op: BinaryOp,
        /// Left operand.
        lhs: ValueId,
        /// Right operand.
        rhs: ValueId,
    },
    /// See [`CmpOp`]. Operands have the same type; result is `bool` of that shape.
    Cmp {
        /// The predicate.
        op: CmpOp,
        /// Left operand.
        lhs: ValueId,
        /// Right operand.
        rhs: ValueId,
    },
    /// `a * b + c`, fused (one rounding). Floats; all three of the same type.
    Fma {
        /// `a`.
        a: ValueId,
        /// `b`.
        b: ValueId,
        /// `c`.
        c: ValueId,
    },
    /// `cond ? a : b` elementwise. `cond` is `bool` of the same shape as `a` and `b`, which
    /// have the same type (pointers allowed).
    Select {
        /// The condition.
        cond: ValueId,
        /// Taken where `cond`.
        on_true: ValueId,
        /// Taken elsewhere.
        on_false: ValueId,
    },
    /// Converts values to `to` (rules in the module docs of [`crate::ir`]). Same shape.
    Cast {
        /// Operand (non-pointer).
        value: ValueId,
        /// Target dtype.
        to: DType,
    },
    /// Reinterprets the bits as `to`, which has the same width (not `bool`). Same shape.
    Bitcast {
        /// Operand (non-pointer).
        value: ValueId,
        /// Target dtype.
        to: DType,
    },
    /// `ptr + offset` elementwise, in elements. `ptr` is a pointer value, `offset` an integer
    /// value of the same shape. Result: the pointer type.
    PtrAdd {
        /// The pointers.
        ptr: ValueId,
        /// The offsets (any integer dtype).
        offset: ValueId,
    },

    // ---- memory --------------------------------------------------------------------------
    /// Loads through `ptr` (pointer tile of shape S). `mask`: `bool[S]`; `other`: value of
    /// the pointee dtype and shape S for masked-off lanes (0 when absent). Result: pointee
    /// dtype, shape S.
    Load {
        /// Addresses.
        ptr: ValueId,
        /// Which lanes are active (all when absent).
        mask: Option<ValueId>,
        /// Value of inactive lanes.
        other: Option<ValueId>,
    },
    /// Stores `value` (pointee dtype, shape S) through `ptr` (shape S) where `mask` holds.
    /// When several lanes write one address, the highest lane in row-major order wins.
    Store {
        /// Addresses.
        ptr: ValueId,
        /// What to write.
        value: ValueId,
        /// Which lanes are active.
        mask: Option<ValueId>,
    },
    /// Atomic read-modify-write per active lane; result: the old values (pointee dtype,
    /// shape S; 0 in inactive lanes). Lanes are applied in row-major order.
    Atomic {
        /// The combining function.
        op: AtomicOp,
        /// Addresses.
        ptr: ValueId,
        /// Operand.
        value: ValueId,
        /// Which lanes are active.
        mask: Option<ValueId>,
    },
    /// Atomic compare-and-swap per lane: `old = *p; if old == cmp { *p = value }`.
    /// Result: the old values. 32- and 64-bit dtypes.
    AtomicCas {
        /// Addresses.
        ptr: ValueId,
        /// Expected values.
        cmp: ValueId,
        /// New values.
        value: ValueId,
        /// Which lanes are active.
        mask: Option<ValueId>,
    },

    // ---- reductions, scans, dot ----------------------------------------------------------
    /// Reduces `value` along `axis`, removing that dimension. Result: same dtype.
    ///
    /// The reference semantics (the interpreter's) fold each line in ascending index order,
    /// `((x0 ∘ x1) ∘ x2) ∘ …`, in the [`ReduceOp::accumulator`] dtype (f32 for f16/bf16
    /// sums and products, rounded once to the operand's dtype at the end; the operand's own
    /// dtype otherwise, integers wrapping). Backends fold float sums and products along
    /// axes of at most 32 elements in exactly this order, bit for bit; longer axes may
    /// combine in a tree. A sum accumulated in f32 in any order is within
    /// `(n − 1) · 2⁻²⁴ · Σ|xᵢ|` of the exact sum, so a tree's accumulator is within twice
    /// that of the reference's; an f16/bf16 result then rounds once, so the two results
    /// differ by at most that plus one ulp of the result's dtype. Order-independent ops
    /// (max, min, integer and bitwise ones) give the same result in any order.
    Reduce {
        /// The combining function.
        op: ReduceOp,
        /// Operand (rank ≥ 1).
        value: ValueId,
        /// The axis removed.
        axis: u32,
    },
    /// Index of the max/min along `axis`, removing that dimension. Result: `i32`.
    ArgReduce {
        /// Which.
        op: ArgReduceOp,
        /// Operand (rank ≥ 1, numbers).
        value: ValueId,
        /// The axis removed.
        axis: u32,
    },
    /// Inclusive scan along `axis` (`cumsum` for `Sum`). Result: same type.
    ///
    /// Element `k` is the ascending fold of elements `0..=k` as in [`Op::Reduce`]: the
    /// running value is held in the [`ReduceOp::accumulator`] dtype (f32 for f16/bf16 sums
    /// and products) and each output element is that prefix rounded once to the operand's
    /// dtype, so a bf16 `cumsum` of ones gives every count rounded to bf16 (…, 255, 256,
    /// 256, 258, …) instead of stopping at 256.
    Scan {
        /// The combining function.
        op: ReduceOp,
        /// Operand (rank ≥ 1).
        value: ValueId,
        /// The scanned axis.
        axis: u32,
    },
    /// Matrix product `a @ b + acc`. `a: T[M, K]`, `b: T[K, N]`, `acc: A[M, N]`. T float with
    /// A = f32 (or f64 when T = f64), or T an 8-bit integer with A = `i32`. Products are
    /// accumulated in A in ascending K order (one fused multiply-add per k). Result:
    /// `A[M, N]`.
    ///
    /// With [`DotPrecision::Tf32`] (only for `f32` factors), each factor element is first
    /// rounded to TF32 by [`crate::numeric::round_tf32`]: to nearest with ties away from
    /// zero, keeping 10 of the 23 stored mantissa bits, as PTX `cvt.rna.tf32.f32` does
    /// (infinities stay, NaNs stay NaNs); the rounded products are then accumulated in f32 in
    /// ascending K order as above. A product of two TF32 values is exact in f32, so this is
    /// what a tensor core computes up to the order of its additions, and it lets the CUDA
    /// backend use TF32 tensor cores where exact f32 products would rule them out.
    Dot {
        /// Left factor.
        a: ValueId,
        /// Right factor.
        b: ValueId,
        /// Accumulator.
        acc: ValueId,
        /// How the factors are rounded before they are multiplied.
        precision: DotPrecision,
    },

    // ---- random numbers ------------------------------------------------------------------
    /// Philox4x32-10 counter-based random numbers, reproducible on every backend: key = `seed`
    /// (a `u32`/`i32`/`u64`/`i64` scalar; 64-bit seeds use both halves), counter = the offset
    /// (integer tile of shape S, as u32). Result: shape S of `u32`, or `f32` for `Uniform` and
    /// `Normal`.
    Rand {
        /// What is returned.
        kind: RandKind,
        /// Scalar seed.
        seed: ValueId,
        /// Per-element counters.
        offset: ValueId,
    },

    // ---- variables and control flow ------------------------------------------------------
    /// Initializes variable `var` with `init` (same type as the variable).
    VarInit {
        /// The variable.
        var: VarId,
        /// Its first value.
        init: ValueId,
    },
    /// Reads the current value of `var`. Result: the variable's type.
    VarLoad {
        /// The variable.
        var: VarId,
    },
    /// Overwrites `var` (same type).
    VarStore {
        /// The variable.
        var: VarId,
        /// The new value.
        value: ValueId,
    },
    /// `for index in (start..end).step_by(step)`: `start`, `end`, `step` are scalars of one
    /// integer dtype, `step > 0` (a launch error otherwise); `index` is defined inside `body`
    /// with that dtype. `unroll` asks backends to unroll (bounds are then constants).
    For {
        /// The loop index, visible in `body`.
        index: ValueId,
        /// First value.
        start: ValueId,
        /// Exclusive bound.
        end: ValueId,
        /// Increment.
        step: ValueId,
        /// The body.
        body: Block,
        /// Unroll at compile time (Triton's `static_range`).
        unroll: bool,
    },
    /// `while cond { body }`: runs `cond_block`, then tests `cond` (a `bool` scalar defined
    /// in `cond_block`); if true runs `body` and repeats. Values defined in `cond_block` are
    /// not visible in `body`: pass what the body needs through a variable.
    While {
        /// Computes the condition.
        cond_block: Block,
        /// The condition value, defined in `cond_block`.
        cond: ValueId,
        /// The body.
        body: Block,
    },
    /// `if cond { then } else { otherwise }` on a `bool` scalar.
    If {
        /// The condition.
        cond: ValueId,
        /// Run when true.
        then_block: Block,
        /// Run when false.
        else_block: Block,
    },
    /// Ends this program (Rust `return;`).
    Return,

    // ---- debugging -----------------------------------------------------------------------
    /// Fails the launch with `message` if any element of `cond` (a `bool` tile or scalar) is
    /// false.
    Assert {
        /// The checked condition.
        cond: ValueId,
        /// Text for the error.
        message: String,
    },
    /// Prints `prefix` and the values, with the program id, to the host's standard output.
    Print {
        /// Text before the values.
        prefix: String,
        /// Values to print.
        values: Vec<ValueId>,
    },
}

impl Op {
    /// The nested blocks of a control-flow op, in program order.
    pub fn blocks(&self) -> Vec<&Block> {
        match self {
            Op::For { body, .. } => vec![body],
            Op::While {
                cond_block, body, ..
            } => vec![cond_block, body],
            Op::If {
                then_block,
                else_block,
                ..
            } => vec![then_block, else_block],
            _ => Vec::new(),
        }
    }
}
