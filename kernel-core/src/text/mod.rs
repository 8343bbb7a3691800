//! The textual form of the IR: a printer and a parser that round-trip.
//!
//! The macro embeds this text in the user's crate, the runtime parses it back at the first
//! launch, `OXTILE_DUMP_IR=1` prints it, and [`kernel_hash`] hashes it. It reads like MLIR or
//! Cranelift IR: one instruction per line, the defined value and its type on the left.
//!
//! # Example
//! ```text
//! kernel @vector_add<BLOCK: u64>(x: *f32 = %0, out: *f32 = %1, n: i32 = %2) {
//!   var $0: f32[BLOCK]
//!   %3: i32 = program_id 0
//!   %4: i32[BLOCK] = arange BLOCK
//!   %5: i32 = const_param i32 BLOCK
//!   %6: i32 = mul %3, %5
//!   %7: i32[BLOCK] = broadcast %6 to [BLOCK]
//!   %8: i32[BLOCK] = add %7, %4
//!   %9: i32[BLOCK] = broadcast %2 to [BLOCK]
//!   %10: bool[BLOCK] = cmp lt %8, %9
//!   %11: *f32[BLOCK] = broadcast %0 to [BLOCK]
//!   %12: *f32[BLOCK] = ptr_add %11, %8
//!   %13: f32[BLOCK] = load %12 mask %10
//!   var_init $0, %13
//!   %14: i32 = const i32 0
//!   %15: i32 = const i32 4
//!   %16: i32 = const i32 1
//!   for %17: i32 in %14..%15 step %16 unroll {
//!     %18: f32[BLOCK] = var_load $0
//!     %19: f32[BLOCK] = exp %18
//!     var_store $0, %19
//!   }
//!   %20: bool = cmp gt %2, %14
//!   if %20 {
//!     %21: f32[BLOCK] = var_load $0
//!     %22: *f32[BLOCK] = broadcast %1 to [BLOCK]
//!     %23: *f32[BLOCK] = ptr_add %22, %8
//!     store %23, %21 mask %10
//!   } else {
//!     assert %20, "n must be \"positive\"\n"
//!   }
//! }
//! ```
//!
//! # Grammar
//! Whitespace (newlines included) separates tokens and is otherwise insignificant; `//`
//! starts a comment that runs to the end of the line. The printer emits exactly one layout
//! (two spaces of indentation per block level, one instruction per line, a final newline),
//! so `print_kernel(&parse_kernel(text)?) == text` for every printed `text`. Blocks nest at
//! most 256 levels deep (deeper input is a parse error, not a stack overflow).
//!
//! ```text
//! kernel   := "kernel" "@" name consts? "(" (param ("," param)*)? ")" "{" decl* inst* "}"
//! consts   := "<" name ":" dtype ("," name ":" dtype)* ">"
//! param    := name ":" type "=" value
//! decl     := "var" var ":" type          variables, declared in order $0, $1, ...
//!           | "type" value ":" type       the type of a value no instruction defines
//! inst     := (value ":" type "=")? op
//! block    := "{" inst* "}"
//! type     := "*"? dtype ("[" dim ("," dim)* "]")?       as `Type`'s Display: *f16[BM, 32]
//! shape    := "[" (dim ("," dim)*)? "]"                   `[]` is the scalar shape
//! dim      := integer | name
//! name     := identifier | string                         a string for any other text
//! value    := "%" digits            var := "$" digits
//! string   := '"' ... '"'  with escapes \\ \" \n \r \t \0 \u{hex}; every control
//!             character is printed as an escape, every other character as itself
//! ```
//!
//! The ops, with `%v` for a value and `[mask %m]` for an optional part:
//!
//! | op | text |
//! |----|------|
//! | `ProgramId`, `NumPrograms` | `program_id 0`, `num_programs 2` |
//! | `Const` | `const f32 0.5`, `const i64 -3`, `const bool true` |
//! | `ConstParam` | `const_param u64 BLOCK` |
//! | `Arange` | `arange BLOCK` |
//! | `Broadcast`, `Reshape` | `broadcast %v to [BM, 1]`, `reshape %v to [64]` |
//! | `ExpandDims`, `Permute` | `expand_dims %v axis 1`, `permute %v [1, 0]` |
//! | `Unary` | `neg %v`, `exp %v`, ... (the names of [`unary_name`]) |
//! | `Binary` | `add %a, %b`, `shl %a, %b`, ... (the names of [`binary_name`]) |
//! | `Cmp` | `cmp lt %a, %b` ([`cmp_name`]) |
//! | `Fma`, `Select` | `fma %a, %b, %c`, `select %cond, %a, %b` |
//! | `Cast`, `Bitcast` | `cast %v to f16`, `bitcast %v to u32` |
//! | `PtrAdd` | `ptr_add %p, %offsets` |
//! | `Load` | `load %p [mask %m] [other %o]` |
//! | `Store` | `store %p, %v [mask %m]` |
//! | `Atomic` | `atomic add %p, %v [mask %m]` ([`atomic_name`]) |
//! | `AtomicCas` | `atomic_cas %p, %cmp, %v [mask %m]` |
//! | `Reduce`, `Scan` | `reduce sum %v axis 0`, `scan sum %v axis 1` ([`reduce_name`]) |
//! | `ArgReduce` | `argmax %v axis 0`, `argmin %v axis 0` |
//! | `Dot` | `dot %a, %b, %acc`, `dot tf32 %a, %b, %acc` ([`dot_precision_name`]) |
//! | `Rand` | `rand uniform %seed, %offsets` (`int`, `uniform`, `normal`) |
//! | `VarInit`, `VarLoad`, `VarStore` | `var_init $0, %v`, `var_load $0`, `var_store $0, %v` |
//! | `For` | `for %i: i32 in %start..%end step %step [unroll] block` |
//! | `While` | `while block cond %c do block` |
//! | `If` | `if %c block [else block]` (the printer omits an empty `else`) |
//! | `Return` | `return` |
//! | `Assert` | `assert %c, "message"` |
//! | `Print` | `print "prefix", %a, %b` |
//!
//! # Constants
//! A `Const`'s value is written as the kind it has ([`ConstValue`]): an integer literal
//! (any `i128`) for `Int`, `true`/`false` for `Bool`, and for `Float` either the shortest
//! decimal that reads back to the same `f64` (always with a `.` or an exponent: `1.0`, `-0.0`,
//! `1e-7`), `inf`, `-inf`, or `nan:0x7ff8000000000000` (the NaN's full bit pattern, sign and
//! payload included). Every `f64` therefore round-trips bit for bit.
//!
//! # Values and their types
//! Value ids are printed as they are (`%17`), not renumbered: they need not be dense in
//! program order. The parser rebuilds [`Kernel::values`] indexed by id, taking each value's
//! type from a `type` declaration if there is one, else from the instruction (or `for` index)
//! that defines it, else from the parameter it stands for. The printer emits a `type`
//! declaration for every id that no instruction defines and no parameter of the same type
//! stands for (values that valid IR never has), so `values` round-trips exactly, holes
//! included. Every id below `values.len()` must get a type; two conflicting types given at
//! instruction sites or declarations are a parse error. Variable ids are printed as they are;
//! their types come from the `var` declarations.
//!
//! `parse_kernel(&print_kernel(k)) == Ok(k)` holds for every kernel whose defining ids (results,
//! `for` indices, parameters) lie inside `values`: every valid kernel, and any invalid one that
//! a type error, scoping error or bad operand made invalid. The printer never panics; where a
//! defined id has no type it prints `?`, which the parser rejects.

mod parse;
mod print;

/// The deepest nesting of blocks (`for`, `while`, `if` bodies, not counting the kernel's own)
/// that [`parse_kernel`] accepts, so that no input overflows its stack. `#[kernel]` refuses
/// deeper code at compile time.
pub const MAX_BLOCK_DEPTH: usize = 256;

use crate::ir::{
    ArgReduceOp, AtomicOp, BinaryOp, CmpOp, ConstValue, DotPrecision, Kernel, Op, RandKind,
    ReduceOp, UnaryOp,
};

/// An error from [`parse_kernel`], with the 1-based line and column where it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("IR parse error at {line}:{col}: {message}")]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub col: usize,
    /// What was expected.
    pub message: String,
}

/// Prints a kernel in the textual form described in the [module docs](self).
pub fn print_kernel(kernel: &Kernel) -> String {
    print::print_kernel(kernel)
}

/// Parses the textual form produced by [`print_kernel`]. The result is not verified: run
/// [`crate::verify::verify`] on it.
pub fn parse_kernel(text: &str) -> Result<Kernel, ParseError> {
    parse::parse_kernel(text)
}

/// A stable 64-bit hash of a kernel (FNV-1a of its printed text), used in cache keys.
pub fn kernel_hash(kernel: &Kernel) -> u64 {
    fnv1a_64(print_kernel(kernel).as_bytes())
}

/// The 64-bit FNV-1a hash of `bytes`: stable across Rust versions and platforms.
pub fn fnv1a_64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// The name of a unary op in the text (`neg`, `exp2`, `rsqrt`...).
pub fn unary_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "neg",
        UnaryOp::Not => "not",
        UnaryOp::Abs => "abs",
        UnaryOp::Exp => "exp",
        UnaryOp::Exp2 => "exp2",
        UnaryOp::Log => "log",
        UnaryOp::Log2 => "log2",
        UnaryOp::Sqrt => "sqrt",
        UnaryOp::Rsqrt => "rsqrt",
        UnaryOp::Sin => "sin",
        UnaryOp::Cos => "cos",
        UnaryOp::Tanh => "tanh",
        UnaryOp::Floor => "floor",
        UnaryOp::Ceil => "ceil",
        UnaryOp::Sigmoid => "sigmoid",
        UnaryOp::Erf => "erf",
    }
}

/// Every unary op, in declaration order.
pub const UNARY_OPS: [UnaryOp; 16] = [
    UnaryOp::Neg,
    UnaryOp::Not,
    UnaryOp::Abs,
    UnaryOp::Exp,
    UnaryOp::Exp2,
    UnaryOp::Log,
    UnaryOp::Log2,
    UnaryOp::Sqrt,
    UnaryOp::Rsqrt,
    UnaryOp::Sin,
    UnaryOp::Cos,
    UnaryOp::Tanh,
    UnaryOp::Floor,
    UnaryOp::Ceil,
    UnaryOp::Sigmoid,
    UnaryOp::Erf,
];

/// The name of a binary op in the text (`add`, `shl`, `pow`...).
pub fn binary_name(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "add",
        BinaryOp::Sub => "sub",
        BinaryOp::Mul => "mul",
        BinaryOp::Div => "div",
        BinaryOp::Rem => "rem",
        BinaryOp::And => "and",
        BinaryOp::Or => "or",
        BinaryOp::Xor => "xor",
        BinaryOp::Shl => "shl",
        BinaryOp::Shr => "shr",
        BinaryOp::Min => "min",
        BinaryOp::Max => "max",
        BinaryOp::Pow => "pow",
    }
}

/// Every binary op, in declaration order.
pub const BINARY_OPS: [BinaryOp; 13] = [
    BinaryOp::Add,
    BinaryOp::Sub,
    BinaryOp::Mul,
    BinaryOp::Div,
    BinaryOp::Rem,
    BinaryOp::And,
    BinaryOp::Or,
    BinaryOp::Xor,
    BinaryOp::Shl,
    BinaryOp::Shr,
    BinaryOp::Min,
    BinaryOp::Max,
    BinaryOp::Pow,
];

/// The name of a comparison in the text (`eq`, `lt`...).
pub fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "eq",
        CmpOp::Ne => "ne",
        CmpOp::Lt => "lt",
        CmpOp::Le => "le",
        CmpOp::Gt => "gt",
        CmpOp::Ge => "ge",
    }
}

/// Every comparison, in declaration order.
pub const CMP_OPS: [CmpOp; 6] = [
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Gt,
    CmpOp::Ge,
];

/// The name of a reduction or scan function in the text (`sum`, `max`...).
pub fn reduce_name(op: ReduceOp) -> &'static str {
    match op {
        ReduceOp::Sum => "sum",
        ReduceOp::Prod => "prod",
        ReduceOp::Max => "max",
        ReduceOp::Min => "min",
        ReduceOp::And => "and",
        ReduceOp::Or => "or",
        ReduceOp::Xor => "xor",
    }
}

/// Every reduction function, in declaration order.
pub const REDUCE_OPS: [ReduceOp; 7] = [
    ReduceOp::Sum,
    ReduceOp::Prod,
    ReduceOp::Max,
    ReduceOp::Min,
    ReduceOp::And,
    ReduceOp::Or,
    ReduceOp::Xor,
];

/// The name of an index-returning reduction in the text (`argmax`, `argmin`).
pub fn arg_reduce_name(op: ArgReduceOp) -> &'static str {
    match op {
        ArgReduceOp::ArgMax => "argmax",
        ArgReduceOp::ArgMin => "argmin",
    }
}

/// The name of an atomic function in the text (`add`, `xchg`...).
pub fn atomic_name(op: AtomicOp) -> &'static str {
    match op {
        AtomicOp::Add => "add",
        AtomicOp::Max => "max",
        AtomicOp::Min => "min",
        AtomicOp::And => "and",
        AtomicOp::Or => "or",
        AtomicOp::Xor => "xor",
        AtomicOp::Xchg => "xchg",
    }
}

/// Every atomic function, in declaration order.
pub const ATOMIC_OPS: [AtomicOp; 7] = [
    AtomicOp::Add,
    AtomicOp::Max,
    AtomicOp::Min,
    AtomicOp::And,
    AtomicOp::Or,
    AtomicOp::Xor,
    AtomicOp::Xchg,
];

/// The name of a random-number kind in the text (`int`, `uniform`, `normal`).
pub fn rand_name(kind: RandKind) -> &'static str {
    match kind {
        RandKind::Int => "int",
        RandKind::Uniform => "uniform",
        RandKind::Normal => "normal",
    }
}

/// The leading keyword of an op in the text, used in diagnostics: the function name for
/// [`Op::Unary`], [`Op::Binary`] and [`Op::ArgReduce`] (`add`, `argmax`), else the op's own
/// keyword (`cmp`, `reduce`, `load`, `for`...).
pub fn op_mnemonic(op: &Op) -> &'static str {
    match op {
        Op::ProgramId { .. } => "program_id",
        Op::NumPrograms { .. } => "num_programs",
        Op::Const { .. } => "const",
        Op::ConstParam { .. } => "const_param",
        Op::Arange { .. } => "arange",
        Op::Broadcast { .. } => "broadcast",
        Op::ExpandDims { .. } => "expand_dims",
        Op::Reshape { .. } => "reshape",
        Op::Permute { .. } => "permute",
        Op::Unary { op, .. } => unary_name(*op),
        Op::Binary { op, .. } => binary_name(*op),
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
        Op::ArgReduce { op, .. } => arg_reduce_name(*op),
        Op::Scan { .. } => "scan",
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

/// Formats a constant as the text writes it (see the [module docs](self#constants)).
pub fn const_value_to_string(value: ConstValue) -> String {
    match value {
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::Float(x) => float_to_string(x),
    }
}

/// Formats an `f64` so that it reads back bit for bit: the shortest round-tripping decimal
/// (always with a `.` or an exponent), `inf`, `-inf` or `nan:0x<16 hex digits>`.
pub fn float_to_string(x: f64) -> String {
    if x.is_nan() {
        format!("nan:0x{:016x}", x.to_bits())
    } else if x.is_infinite() {
        if x > 0.0 { "inf".into() } else { "-inf".into() }
    } else {
        // `Debug` gives the shortest decimal that reads back exactly, and always includes a
        // `.` or an `e`, so the parser can tell it from an integer.
        let s = format!("{x:?}");
        debug_assert!(s.contains(['.', 'e']));
        s
    }
}

/// Quotes a string for the text: `"` and `\` escaped, control characters as `\n`, `\r`,
/// `\t`, `\0` or `\u{..}`, every other character as itself.
pub fn quote_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The word a `dot` of this precision is printed with after `dot` (`tf32`), or `None` for
/// the default [`DotPrecision::Ieee`], printed as a plain `dot` (so the text, and the
/// [`kernel_hash`], of every kernel without a TF32 `dot` is what it was before precisions).
pub fn dot_precision_name(p: DotPrecision) -> Option<&'static str> {
    match p {
        DotPrecision::Ieee => None,
        DotPrecision::Tf32 => Some("tf32"),
    }
}

/// Every dot precision, in declaration order.
pub const DOT_PRECISIONS: [DotPrecision; 2] = [DotPrecision::Ieee, DotPrecision::Tf32];

/// True if `s` is printed bare as a name (`[A-Za-z_][A-Za-z0-9_]*`); other names are quoted.
pub fn is_plain_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Formats a name: bare if [`is_plain_name`], else quoted.
pub fn name_to_string(s: &str) -> String {
    if is_plain_name(s) {
        s.to_string()
    } else {
        quote_string(s)
    }
}
