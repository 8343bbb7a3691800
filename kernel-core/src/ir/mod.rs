//! The tile IR: what `#[kernel]` produces, what the verifier checks, what the interpreter runs
//! and what every backend lowers.
//!
//! # Shape of the IR
//! A [`Kernel`] is one program of a grid, written over *tiles*: n-dimensional blocks of
//! elements whose shapes are known at compile time, either as numbers or as the names of
//! const-generic parameters (`[BM, BK]`). A scalar is a tile of rank 0.
//!
//! Expressions are in SSA form: every [`Inst`] with a result defines a fresh [`ValueId`], whose
//! [`Type`] is recorded in [`Kernel::values`]. Control flow is structured (`for`, `while`,
//! `if`, each owning nested [`Block`]s), as in Triton's TTIR, and state that crosses loop
//! iterations lives in mutable *variables* ([`VarId`], [`Kernel::vars`]) read and written by
//! [`Op::VarLoad`] and [`Op::VarStore`]. Variables keep the macro simple (a Rust `let mut` is a
//! variable) and map one to one onto registers in CUDA C and `var`s in WGSL.
//!
//! The IR is strict: operands of a binary op have *exactly* the same type. Broadcasting,
//! weakly typed literals and dtype promotion are resolved by the front end, which inserts
//! [`Op::Broadcast`], [`Op::ExpandDims`] and [`Op::Cast`] where needed. This keeps every
//! backend free of typing rules.
//!
//! A value defined in a block is visible in that block after its definition and in blocks
//! nested inside it, never outside.
//!
//! # Semantics (the contract every backend must meet)
//! - Integer arithmetic wraps (two's complement) at the dtype's width. Division and remainder
//!   truncate toward zero (as Rust and C); division by zero is defined as 0 for both (the
//!   interpreter, CUDA and WGSL agree on that only if the backends guard it, so they do).
//!   Shifts use the shift amount modulo the bit width.
//! - Float arithmetic is IEEE: each op rounds its exact result to the dtype (round to nearest
//!   even). f16/bf16 ops behave as if computed in f32 and rounded once. fp8 tiles support only
//!   `Cast`, `Bitcast`, `Load`, `Store`, `Select` and data movement: arithmetic on them is an
//!   error (cast to f16/f32 first).
//! - Math functions (`exp`, `erf`...) are computed in at least f32 precision; results may
//!   differ between backends by a few ulps.
//! - `min`/`max` on floats return the non-NaN operand when exactly one is NaN (IEEE minNum).
//!   Reductions `max`/`min` propagate like a fold of that rule.
//! - Casts float→int saturate, NaN→0 (Rust's `as`); int→float rounds to nearest even;
//!   float→fp8 E4M3 saturates to ±448 (NaN stays NaN); float→fp8 E5M2 rounds to nearest even
//!   with overflow to infinity. `bool`→number gives 0/1; number→`bool` is `x != 0`.
//! - Float→float casts keep a NaN's sign and the top bits of its payload, signaling or quiet
//!   (f16 → f32 shifts the 10 payload bits up by 13); a payload that does not fit gives the
//!   quiet NaN. Arithmetic on NaNs gives some NaN, payload unspecified.
//! - Masked-off lanes of a `load` yield `other` (or 0 when absent) and never touch memory;
//!   masked-off lanes of a `store` or atomic do nothing. Every active lane's address must lie
//!   inside its buffer: otherwise the launch fails with an out-of-bounds error and no
//!   out-of-bounds memory is read or written.
//! - Pointer arithmetic counts in elements of the pointee dtype, as in Triton and C.
//! - `atomic_cas` compares bit patterns (`-0.0 != 0.0`, a NaN matches itself).
//! - Random numbers: a 32-bit seed is sign-extended to 64 bits (as Triton does) and the two
//!   halves are the Philox key; offsets are truncated to `u32` (Triton switches to 64-bit
//!   Philox for 64-bit offsets; oxtile does not yet).
//! - `fma` on f16/bf16 is an f32 fma rounded once to the dtype; `dot` does one fused
//!   multiply-add per k in the accumulator's dtype (a backend matches it with `fmaf`).

mod op;
pub(crate) mod table;
mod types;
pub(crate) mod visit;

pub use op::*;
pub use table::{
    ArgReduceOp, AtomicOp, AtomicOrder, AtomicScope, BinaryOp, CacheOp, CmpOp, DotPrecision, Evict,
    OperandClass, RandKind, ReduceOp, UnaryOp,
};
pub use types::*;

/// What an [`Op::Fold`] computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FoldKind {
    /// One result per line: the fold of the whole line (`reduce_with`).
    Reduce,
    /// An inclusive scan: element `k` is the fold of elements `0..=k` (`scan_with`).
    Scan,
}

impl FoldKind {
    /// The keyword of the IR text and of diagnostics.
    pub fn name(self) -> &'static str {
        match self {
            FoldKind::Reduce => "reduce_with",
            FoldKind::Scan => "scan_with",
        }
    }
}

/// Identifier of an SSA value: its index into [`Kernel::values`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueId(pub u32);

/// Identifier of a mutable variable: its index into [`Kernel::vars`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VarId(pub u32);

impl ValueId {
    /// The index into [`Kernel::values`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl VarId {
    /// The index into [`Kernel::vars`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A compile-time constant parameter of a kernel (a Rust const generic).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ConstParam {
    /// Its name (`BLOCK`), which may appear in shapes as [`Dim::Sym`].
    pub name: String,
    /// Its type as declared: an integer type or `bool`. Values are carried as `i64`.
    pub dtype: DType,
}

/// A runtime parameter of a kernel: a pointer to a buffer, or a scalar.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Param {
    /// The name in the Rust source, used in error messages ("argument `x`").
    pub name: String,
    /// A rank-0 type: `Elem::Ptr(d)` for a buffer of `d`, `Elem::Scalar(d)` for a scalar.
    pub ty: Type,
    /// The SSA value that stands for this parameter in the body.
    pub value: ValueId,
}

/// A sequence of instructions.
pub type Block = Vec<Inst>;

/// One instruction: an operation and, when it produces one, the value it defines.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    /// The value defined, if the op has a result.
    pub result: Option<ValueId>,
    /// What it does.
    pub op: Op,
    /// Where in the kernel's source it comes from (`None` for IR written by hand or made
    /// by a pass that has no source to point at).
    pub loc: Option<SrcLoc>,
}

impl Inst {
    /// An instruction with no source location.
    pub fn new(result: Option<ValueId>, op: Op) -> Inst {
        Inst {
            result,
            op,
            loc: None,
        }
    }
}

/// Where an instruction comes from in the kernel's Rust source: the 1-based line and column
/// (in characters) of the first token of the expression or statement it lowers, in the file
/// [`Kernel::file`] names. The macro records one for every instruction, the text form keeps
/// it (`@line:col` after the instruction), and diagnostics print it as `file:line:col`, as
/// rustc does, so an error found at specialization, in a backend or at run time points at
/// the user's line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SrcLoc {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

impl SrcLoc {
    /// As diagnostics print it: `file:line:col`, or `line:col` when the file is unknown.
    pub fn in_file(self, file: Option<&str>) -> String {
        match file {
            Some(f) => format!("{f}:{self}"),
            None => self.to_string(),
        }
    }
}

/// ` at src/kernels.rs:42:9` for an error that knows where its op is (a location as
/// [`Kernel::source_of`] gives it), else nothing: how every error type prints one.
pub(crate) fn at_suffix(at: &Option<String>) -> String {
    at.as_ref().map(|a| format!(" at {a}")).unwrap_or_default()
}

impl std::fmt::Display for SrcLoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// A kernel: the unit the macro emits, the runtime specializes and backends compile.
#[derive(Clone, Debug, PartialEq)]
pub struct Kernel {
    /// The Rust function's name.
    pub name: String,
    /// Const generic parameters, in declaration order.
    pub consts: Vec<ConstParam>,
    /// Runtime parameters, in declaration order.
    pub params: Vec<Param>,
    /// The type of every SSA value, indexed by [`ValueId`].
    pub values: Vec<Type>,
    /// The type of every variable, indexed by [`VarId`].
    pub vars: Vec<Type>,
    /// The body.
    pub body: Block,
    /// The source file the kernel is written in, as rustc names it (`src/kernels.rs`), when
    /// the instructions carry locations.
    pub file: Option<String>,
    /// The device functions ([`Op::Call`]) the body calls, each instance lowered once for
    /// the dtypes and dimensions it is called with. Specialization inlines them; a
    /// specialized kernel has none.
    pub functions: Vec<Function>,
}

/// A device function (`#[kernel_fn]`) as the IR holds it until specialization: one instance
/// of it, for one set of dtypes and dimensions, called by [`Op::Call`].
///
/// Its values live in the kernel's value table (and its variables in the kernel's), but it
/// sees only its own: its `params` and what its body defines. It may call the functions
/// before it in [`Kernel::functions`] (so never itself: device functions are not
/// recursive), and may not `return` (which ends the program). Its `results` are values of
/// its body's top level, or parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// The name in the Rust source (`gelu`), for the text and diagnostics.
    pub name: String,
    /// The parameters, values defined by the function and visible in its body.
    pub params: Vec<ValueId>,
    /// The body.
    pub body: Block,
    /// The returned values.
    pub results: Vec<ValueId>,
}

impl Kernel {
    /// The type of a value.
    ///
    /// # Panics
    /// If `v` does not belong to this kernel (a bug in whoever built the IR; the verifier
    /// rejects such IR before anything calls this on user input).
    pub fn ty(&self, v: ValueId) -> &Type {
        &self.values[v.index()]
    }

    /// Where an instruction is, as diagnostics print it: `src/kernels.rs:42:17` (or
    /// `42:17` when the file is unknown); `None` without a location.
    pub fn source_of(&self, inst: &Inst) -> Option<String> {
        Some(inst.loc?.in_file(self.file.as_deref()))
    }
}
