//! The operations of the tile IR. Each variant documents its operand types and result type;
//! the verifier ([`crate::verify`]) enforces exactly these rules.

use super::{
    ArgReduceOp, AtomicOp, AtomicOrder, AtomicScope, BinaryOp, Block, CacheOp, CmpOp, DType, Dim,
    DotPrecision, Evict, FoldKind, RandKind, ReduceOp, UnaryOp, ValueId, VarId,
};

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

/// How a `for` loop is unrolled: a hint to the code generator, which never changes results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Unroll {
    /// The code generator's choice.
    #[default]
    Auto,
    /// Completely, the bounds being compile-time constants (Triton's `static_range`).
    Full,
    /// By this factor (`.unroll(n)`, Triton's `loop_unroll_factor`); 1 keeps it rolled.
    By(u32),
}

/// How a load or store asks the memory system to cache its lines: hints (Triton's
/// `cache_modifier` and `eviction_policy`) that never change results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AccessHint {
    /// The cache operator.
    pub cache: CacheOp,
    /// The eviction priority.
    pub evict: Evict,
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
        /// The tile (or scalar) that gains a dimension.
        value: ValueId,
        /// Where the new dim goes.
        axis: u32,
    },
    /// Reinterprets the elements in row-major order with a new shape of the same (known at
    /// specialization) element count.
    Reshape {
        /// The tile whose elements are reinterpreted.
        value: ValueId,
        /// New shape.
        shape: Vec<Dim>,
    },
    /// Permutes dimensions: result dim `i` is operand dim `perm[i]`. `[1, 0]` is a transpose.
    Permute {
        /// The tile whose dimensions are permuted.
        value: ValueId,
        /// A permutation of `0..rank`.
        perm: Vec<u32>,
    },

    /// Gathers along `axis`: result element `i` is `src`'s element at `i` with coordinate
    /// `axis` replaced by `index[i]` (Triton's `tl.gather`, NumPy's `take_along_axis`). The
    /// result has `index`'s shape and `src`'s dtype; the two shapes agree on every other
    /// axis. An index outside `0..n` (`n` the extent of `src` along `axis`) reads the element
    /// at the index clamped into that range: defined everywhere, and the front end asserts
    /// the range before (see the book).
    Gather {
        /// The tile gathered from.
        src: ValueId,
        /// Integer positions along `axis`, one per result element.
        index: ValueId,
        /// The axis.
        axis: u32,
    },

    /// Counts the elements of a 1-D integer tile per value: result element `b` (an `i32`,
    /// `b` in `0..bins`) is the number of elements equal to `b` whose `mask` element is
    /// true; values outside `0..bins` count nowhere (Triton's `tl.histogram`).
    Histogram {
        /// The 1-D integer tile counted.
        value: ValueId,
        /// Which elements count (a `bool` tile of `value`'s shape); all when absent.
        mask: Option<ValueId>,
        /// The number of bins: the result is `i32[bins]`.
        bins: Dim,
    },

    /// Sorts each line along `axis`, ascending (or `descending`), stably: floats by value
    /// with `-0.0` before `0.0` and NaNs after `+inf` (before `+inf` descending), NaNs among
    /// themselves by their bits, sign ignored; `false` before `true`. The order is total, so
    /// the result is one tile whatever the algorithm (Triton's `tl.sort`).
    Sort {
        /// The tile sorted.
        value: ValueId,
        /// The axis along which each line is sorted.
        axis: u32,
        /// Largest first.
        descending: bool,
    },

    /// `value` itself, with facts the code generator may rely on (Triton's `tl.multiple_of`
    /// and `tl.max_contiguous`). `multiple_of = n`: a scalar is a multiple of `n`; along a
    /// tile's last axis, so is each element that starts a run of consecutive values (the
    /// first, and any that is not its left neighbour plus one). `max_contiguous = c`: each
    /// aligned run of `c` elements along the last axis counts up by one. The front end
    /// checks both in an `if checked` block before it; a backend may use them (aligned
    /// vector accesses) and never checks them.
    Hint {
        /// The integer scalar or tile the facts are about.
        value: ValueId,
        /// Its elements' divisor (1: none claimed); a constant once specialized.
        multiple_of: Dim,
        /// Its runs' length along the last axis (1: none claimed).
        max_contiguous: Dim,
    },
    /// Whether the launch is checked (bounds-checked mode, a `bool` scalar): what the front
    /// end's checks of hints and `assume` branch on, so that an unchecked launch pays nothing
    /// for them. The interpreter and WGSL always check.
    Checked,

    // ---- elementwise ---------------------------------------------------------------------
    /// See [`UnaryOp`].
    Unary {
        /// The function.
        op: UnaryOp,
        /// The operand; the result has its type.
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
        /// The pointers read, one per lane (shape S).
        ptr: ValueId,
        /// Which lanes are active (all when absent).
        mask: Option<ValueId>,
        /// Value of inactive lanes.
        other: Option<ValueId>,
        /// How to cache the lines read.
        hint: AccessHint,
    },
    /// Stores `value` (pointee dtype, shape S) through `ptr` (shape S) where `mask` holds.
    /// When several lanes write one address, the highest lane in row-major order wins.
    Store {
        /// The pointers written, one per lane (shape S).
        ptr: ValueId,
        /// What to write.
        value: ValueId,
        /// Which lanes are active.
        mask: Option<ValueId>,
        /// How to cache the lines written.
        hint: AccessHint,
    },
    /// Atomic read-modify-write per active lane; result: the old values (pointee dtype,
    /// shape S; 0 in inactive lanes). Lanes are applied in row-major order.
    Atomic {
        /// The combining function.
        op: AtomicOp,
        /// The pointers updated, one per lane (shape S).
        ptr: ValueId,
        /// The operand combined into memory (pointee dtype, shape S).
        value: ValueId,
        /// Which lanes are active.
        mask: Option<ValueId>,
        /// The memory order asked for.
        order: AtomicOrder,
        /// The scope asked for.
        scope: AtomicScope,
    },
    /// Atomic compare-and-swap per lane: `old = *p; if old == cmp { *p = value }`.
    /// Result: the old values. 32- and 64-bit dtypes.
    AtomicCas {
        /// The pointers compared and swapped, one per lane (shape S).
        ptr: ValueId,
        /// Expected values.
        cmp: ValueId,
        /// New values.
        value: ValueId,
        /// Which lanes are active.
        mask: Option<ValueId>,
        /// The memory order asked for.
        order: AtomicOrder,
        /// The scope asked for.
        scope: AtomicScope,
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
        /// Index of the largest or of the smallest element.
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
    /// Reduces (or scans) `values` along `axis` with a combine function written as IR:
    /// Triton's `tl.reduce(x, axis, combine_fn)` and `tl.associative_scan(x, axis,
    /// combine_fn)`, for one tile or a tuple of tiles combined together (a value-and-index
    /// argmax). The `n` operands are tiles of one shape (rank ≥ 1, no pointers). `body`
    /// computes the combination of two elements: it sees the `2n` scalars `params` (the
    /// running values `a0..an`, then the next elements `b0..bn`, each of its operand's
    /// dtype) and nothing else of the kernel, holds only computing ops (constants, const
    /// generics, elementwise ops on scalars), and ends with the `n` scalars `yields` (same
    /// dtypes). The op defines `results` (it has no [`Inst::result`]): for
    /// [`FoldKind::Reduce`] the operands' shape without `axis`, for [`FoldKind::Scan`] their
    /// shape.
    ///
    /// Each line folds in ascending index order, `f(f(f(x0, x1), x2), x3)…`, and a scan's
    /// element `k` is the fold of elements `0..=k`. Every backend follows this order
    /// exactly, so the combine need not be associative or commutative and results are bit
    /// for bit the interpreter's (Triton requires an associative combine and leaves the
    /// order open).
    ///
    /// [`Inst::result`]: super::Inst::result
    Fold {
        /// Reduce or scan.
        kind: FoldKind,
        /// The operands (tiles of one shape).
        values: Vec<ValueId>,
        /// The axis folded.
        axis: u32,
        /// The body's parameters: the running values, then the next elements.
        params: Vec<ValueId>,
        /// The combine function.
        body: Block,
        /// The combined values, defined at the top level of `body` (or parameters).
        yields: Vec<ValueId>,
        /// The results, one per operand.
        results: Vec<ValueId>,
    },
    /// Matrix product `a @ b + acc`. `a: T[M, K]`, `b: T[K, N]`, `acc: A[M, N]`. T float with
    /// A = f32 (or f64 when T = f64), or T an 8-bit integer with A = `i32`. Products are
    /// accumulated in A in ascending K order (one fused multiply-add per k). Result:
    /// `A[M, N]`.
    ///
    /// Batched: `a: T[B, M, K]`, `b: T[B, K, N]`, `acc: A[B, M, N]`, one product per index
    /// of the leading axis (Triton's 3-D `tl.dot`).
    ///
    /// For f16 and fp8 factors A may be f16 (Triton's `out_dtype=tl.float16`): each step is
    /// then the f32 fused multiply-add rounded to f16 (what the interpreter computes), but the
    /// result is only defined up to the rounding of an f16 accumulation, since tensor cores
    /// keep their partial sums at their own precision between roundings to f16: a backend may
    /// return any result within `K` f16 roundings of the sum of the exact products with
    /// `acc`, that is `|r - s| <= K * 2^-11 * (|acc| + sum |a b|)` elementwise (overflow
    /// aside).
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
        /// The tile the products are added to (`[M, N]`, the accumulator dtype).
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
    /// with that dtype. `unroll` and `stages` are hints to the code generator.
    For {
        /// The loop index, visible in `body`.
        index: ValueId,
        /// First value.
        start: ValueId,
        /// Exclusive bound.
        end: ValueId,
        /// What the index grows by each iteration (positive, or the launch fails).
        step: ValueId,
        /// The body.
        body: Block,
        /// How to unroll: a hint, as `stages` is; neither changes results.
        unroll: Unroll,
        /// The software-pipelining depth of the `dot` operands loaded in the body (Triton's
        /// `tl.range(..., num_stages=n)`); the launch's `num_stages` when absent.
        stages: Option<u32>,
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

    /// Calls device function `func` (an index into [`super::Kernel::functions`]) with `args`
    /// (of its parameters' types); defines `results` (of its results' types; the op has no
    /// [`super::Inst::result`]). Only before specialization, which inlines every call.
    Call {
        /// The function's index.
        func: u32,
        /// The arguments.
        args: Vec<ValueId>,
        /// The values the call defines.
        results: Vec<ValueId>,
    },

    /// A compile-time condition on the const generics: `lhs op rhs` (dims, so arithmetic on
    /// literals and const generics). Specialization evaluates it and fails with `message`
    /// where it does not hold, then removes it: a specialized kernel has none.
    StaticAssert {
        /// Left side.
        lhs: Dim,
        /// The comparison.
        op: CmpOp,
        /// Right side.
        rhs: Dim,
        /// Why it must hold.
        message: String,
    },

    /// Triton's `debug_barrier`: every lane of the program reaches this point, and sees
    /// every lane's earlier stores (to any buffer), before any goes on. The interpreter runs
    /// a program's lanes in step, so it does nothing there; GPU backends emit a workgroup
    /// barrier with a memory fence.
    Barrier,

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
    /// The op's leading keyword in the text, used in diagnostics: the function name for
    /// [`Op::Unary`], [`Op::Binary`] and [`Op::ArgReduce`] (`add`, `argmax`), else the op's own
    /// keyword (`cmp`, `reduce`, `load`, `for`...).
    pub fn name(&self) -> &'static str {
        match self {
            Op::ProgramId { .. } => "program_id",
            Op::NumPrograms { .. } => "num_programs",
            Op::Const { .. } => "const",
            Op::ConstParam { .. } => "const_param",
            Op::Arange { .. } => "arange",
            Op::Broadcast { .. } => "broadcast",
            Op::ExpandDims { .. } => "expand_dims",
            Op::Reshape { .. } => "reshape",
            Op::Permute { .. } => "permute",
            Op::Gather { .. } => "gather",
            Op::Histogram { .. } => "histogram",
            Op::Sort { .. } => "sort",
            Op::Hint { .. } => "hint",
            Op::Checked => "checked",
            Op::Unary { op, .. } => op.name(),
            Op::Binary { op, .. } => op.name(),
            Op::Cmp { .. } => "cmp",
            Op::Fma { .. } => "fma",
            Op::Select { .. } => "select",
            Op::Cast { .. } => "cast",
            Op::Bitcast { .. } => "bitcast",
            Op::PtrAdd { .. } => "ptr_add",
            Op::Load { .. } => "load",
            Op::Store { .. } => "store",
            Op::Atomic { .. } => "atomic",
            Op::AtomicCas { .. } => "atomic_cas",
            Op::Reduce { .. } => "reduce",
            Op::ArgReduce { op, .. } => op.name(),
            Op::Scan { .. } => "scan",
            Op::Fold { kind, .. } => kind.name(),
            Op::Call { .. } => "call",
            Op::StaticAssert { .. } => "static_assert",
            Op::Barrier => "debug_barrier",
            Op::Dot { .. } => "dot",
            Op::Rand { .. } => "rand",
            Op::VarInit { .. } => "var_init",
            Op::VarLoad { .. } => "var_load",
            Op::VarStore { .. } => "var_store",
            Op::For { .. } => "for",
            Op::While { .. } => "while",
            Op::If { .. } => "if",
            Op::Return => "return",
            Op::Assert { .. } => "assert",
            Op::Print { .. } => "print",
        }
    }

    /// The operands the op reads, in the order its variant declares them (not counting its
    /// nested blocks or a `for` index; a `while`'s condition is read by the loop, not by the
    /// op, and is not listed; nor are a `fold`'s `yields`, read at the end of its body:
    /// see [`Op::values_read_by_body_end`]).
    pub fn operands(&self) -> Vec<ValueId> {
        match self {
            Op::Checked
            | Op::ProgramId { .. }
            | Op::NumPrograms { .. }
            | Op::Const { .. }
            | Op::ConstParam { .. }
            | Op::Arange { .. }
            | Op::VarLoad { .. }
            | Op::StaticAssert { .. }
            | Op::Barrier
            | Op::Return => vec![],
            Op::Broadcast { value, .. }
            | Op::ExpandDims { value, .. }
            | Op::Reshape { value, .. }
            | Op::Permute { value, .. }
            | Op::Sort { value, .. }
            | Op::Hint { value, .. }
            | Op::Unary { value, .. }
            | Op::Cast { value, .. }
            | Op::Bitcast { value, .. }
            | Op::Reduce { value, .. }
            | Op::ArgReduce { value, .. }
            | Op::Scan { value, .. }
            | Op::VarStore { value, .. }
            | Op::VarInit { init: value, .. } => vec![*value],
            Op::Binary { lhs, rhs, .. } | Op::Cmp { lhs, rhs, .. } => vec![*lhs, *rhs],
            Op::Gather { src, index, .. } => vec![*src, *index],
            Op::Histogram { value, mask, .. } => {
                [Some(*value), *mask].into_iter().flatten().collect()
            }
            Op::Fma { a, b, c } => vec![*a, *b, *c],
            Op::Dot { a, b, acc, .. } => vec![*a, *b, *acc],
            Op::Select {
                cond,
                on_true,
                on_false,
            } => vec![*cond, *on_true, *on_false],
            Op::PtrAdd { ptr, offset } => vec![*ptr, *offset],
            Op::Load {
                ptr, mask, other, ..
            } => [Some(*ptr), *mask, *other].into_iter().flatten().collect(),
            Op::Store {
                ptr, value, mask, ..
            }
            | Op::Atomic {
                ptr, value, mask, ..
            } => [Some(*ptr), Some(*value), *mask]
                .into_iter()
                .flatten()
                .collect(),
            Op::AtomicCas {
                ptr,
                cmp,
                value,
                mask,
                ..
            } => [Some(*ptr), Some(*cmp), Some(*value), *mask]
                .into_iter()
                .flatten()
                .collect(),
            Op::Rand { seed, offset, .. } => vec![*seed, *offset],
            Op::For {
                start, end, step, ..
            } => vec![*start, *end, *step],
            Op::While { .. } => vec![],
            Op::If { cond, .. } | Op::Assert { cond, .. } => vec![*cond],
            Op::Print { values, .. } | Op::Fold { values, .. } => values.clone(),
            Op::Call { args, .. } => args.clone(),
        }
    }

    /// Whether the op is *elementwise*: result element `i` depends only on element `i` of
    /// each operand, all of one shape (a scalar operand of [`Op::Select`] or [`Op::PtrAdd`]
    /// has been broadcast by the front end), with no memory access and no state. These are
    /// [`Op::Unary`], [`Op::Binary`], [`Op::Cmp`], [`Op::Fma`], [`Op::Select`], [`Op::Cast`],
    /// [`Op::Bitcast`] and [`Op::PtrAdd`]: the ops a backend may evaluate per element in
    /// whatever layout its operands are held, or recompute where it needs them.
    pub fn is_elementwise(&self) -> bool {
        match self {
            Op::Unary { .. }
            | Op::Binary { .. }
            | Op::Cmp { .. }
            | Op::Fma { .. }
            | Op::Select { .. }
            | Op::Cast { .. }
            | Op::Bitcast { .. }
            | Op::PtrAdd { .. } => true,
            Op::ProgramId { .. }
            | Op::NumPrograms { .. }
            | Op::Const { .. }
            | Op::ConstParam { .. }
            | Op::Arange { .. }
            | Op::Broadcast { .. }
            | Op::ExpandDims { .. }
            | Op::Reshape { .. }
            | Op::Permute { .. }
            | Op::Gather { .. }
            | Op::Histogram { .. }
            | Op::Sort { .. }
            | Op::Hint { .. }
            | Op::Checked
            | Op::Load { .. }
            | Op::Store { .. }
            | Op::Atomic { .. }
            | Op::AtomicCas { .. }
            | Op::Reduce { .. }
            | Op::ArgReduce { .. }
            | Op::Scan { .. }
            | Op::Fold { .. }
            | Op::Call { .. }
            | Op::StaticAssert { .. }
            | Op::Barrier
            | Op::Dot { .. }
            | Op::Rand { .. }
            | Op::VarInit { .. }
            | Op::VarLoad { .. }
            | Op::VarStore { .. }
            | Op::For { .. }
            | Op::While { .. }
            | Op::If { .. }
            | Op::Return
            | Op::Assert { .. }
            | Op::Print { .. } => false,
        }
    }

    /// The values an op reads at the end of one of its blocks rather than before it: a
    /// `while`'s condition and a `fold`'s yields. Passes that count uses add these to
    /// [`Op::operands`].
    pub fn values_read_by_body_end(&self) -> Vec<ValueId> {
        match self {
            Op::While { cond, .. } => vec![*cond],
            Op::Fold { yields, .. } => yields.clone(),
            _ => Vec::new(),
        }
    }

    /// The values an op defines besides [`super::Inst::result`], in the order the text
    /// prints them: a `for` index, and a `fold`'s results and then its parameters (visible
    /// in its body).
    pub fn extra_defs(&self) -> Vec<ValueId> {
        match self {
            Op::For { index, .. } => vec![*index],
            Op::Fold {
                params, results, ..
            } => results.iter().chain(params).copied().collect(),
            Op::Call { results, .. } => results.clone(),
            _ => Vec::new(),
        }
    }

    /// The fields of an [`Op::Fold`], borrowed (`None` for any other op): what every runner
    /// of a fold takes.
    pub fn as_fold(&self) -> Option<FoldRef<'_>> {
        match self {
            Op::Fold {
                kind,
                values,
                axis,
                params,
                body,
                yields,
                results,
            } => Some(FoldRef {
                kind: *kind,
                values,
                axis: *axis,
                params,
                body,
                yields,
                results,
            }),
            _ => None,
        }
    }

    /// Whether a combine function's body ([`Op::Fold`]) may hold the op: constants, const
    /// generics and elementwise ops on values (not pointers).
    pub fn computes(&self) -> bool {
        (self.is_elementwise() && !matches!(self, Op::PtrAdd { .. }))
            || matches!(self, Op::Const { .. } | Op::ConstParam { .. })
    }

    /// [`Op::blocks`], mutable.
    pub fn blocks_mut(&mut self) -> Vec<&mut Block> {
        match self {
            Op::For { body, .. } | Op::Fold { body, .. } => vec![body],
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

    /// The nested blocks of a control-flow op (and a `fold`'s body), in program order.
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
            Op::Fold { body, .. } => vec![body],
            _ => Vec::new(),
        }
    }
}

/// The fields of an [`Op::Fold`], borrowed ([`Op::as_fold`]).
#[derive(Clone, Copy, Debug)]
pub struct FoldRef<'a> {
    /// Reduce or scan.
    pub kind: FoldKind,
    /// The operands.
    pub values: &'a [ValueId],
    /// The axis folded.
    pub axis: u32,
    /// The body's parameters: the running values, then the next elements.
    pub params: &'a [ValueId],
    /// The combine function.
    pub body: &'a Block,
    /// The combined values.
    pub yields: &'a [ValueId],
    /// The results.
    pub results: &'a [ValueId],
}
