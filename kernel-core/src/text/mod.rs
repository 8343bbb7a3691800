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
//! kernel   := "kernel" "@" name consts? "(" (param ("," param)*)? ")" "{" file? decl* func* inst* "}"
//! file     := "file" string                the source file the locations point into
//! consts   := "<" name ":" dtype ("," name ":" dtype)* ">"
//! param    := name ":" type "=" value
//! decl     := "var" var ":" type          variables, declared in order $0, $1, ...
//!           | "type" value ":" type       the type of a value no instruction defines
//! func     := "fn" integer "@" name "|" (value ":" type ("," value ":" type)*)? "|" block
//!             "yield" (value ("," value)*)?  a device function, numbered in order from 0
//! inst     := (value ":" type "=")? op loc?
//!           | results "=" ("reduce_with" | "scan_with") "axis" integer "(" values ")"
//!             "|" value ":" type ("," value ":" type)* "|" block "yield" values loc?
//!           | (results "=")? "call" integer "@" name "(" values? ")" loc?
//! results  := value ":" type ("," value ":" type)*
//! values   := value ("," value)*
//! loc      := "@" integer ":" integer      source line and column (after a block op's
//!                                          last `}`)
//! block    := "{" inst* "}"
//! type     := "*"? dtype ("[" dim ("," dim)* "]")?       as `Type`'s Display: *f16[BM, 32]
//! shape    := "[" (dim ("," dim)*)? "]"                   `[]` is the scalar shape
//! dim      := integer | name | "(" dim ("+" | "-" | "*" | "/" | "mod") dim ")"
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
//! | `Unary` | `neg %v`, `exp %v`, ... (the names of [`UnaryOp::name`](crate::ir::UnaryOp::name)) |
//! | `Binary` | `add %a, %b`, `shl %a, %b`, ... (the names of [`BinaryOp::name`](crate::ir::BinaryOp::name)) |
//! | `Cmp` | `cmp lt %a, %b` ([`CmpOp::name`](crate::ir::CmpOp::name)) |
//! | `Fma`, `Select` | `fma %a, %b, %c`, `select %cond, %a, %b` |
//! | `Cast`, `Bitcast` | `cast %v to f16`, `bitcast %v to u32` |
//! | `PtrAdd` | `ptr_add %p, %offsets` |
//! | `Load` | `load %p [mask %m] [other %o]` |
//! | `Store` | `store %p, %v [mask %m]` |
//! | `Atomic` | `atomic add %p, %v [mask %m]` ([`AtomicOp::name`](crate::ir::AtomicOp::name)) |
//! | `AtomicCas` | `atomic_cas %p, %cmp, %v [mask %m]` |
//! | `Reduce`, `Scan` | `reduce sum %v axis 0`, `scan sum %v axis 1` ([`ReduceOp::name`](crate::ir::ReduceOp::name)) |
//! | `ArgReduce` | `argmax %v axis 0`, `argmin %v axis 0` |
//! | `Dot` | `dot %a, %b, %acc`, `dot tf32 %a, %b, %acc` ([`dot_precision_name`]) |
//! | `Rand` | `rand uniform %seed, %offsets` (`int`, `uniform`, `normal`) |
//! | `VarInit`, `VarLoad`, `VarStore` | `var_init $0, %v`, `var_load $0`, `var_store $0, %v` |
//! | `For` | `for %i: i32 in %start..%end step %step [unroll] block` |
//! | `While` | `while block cond %c do block` |
//! | `If` | `if %c block [else block]` (the printer omits an empty `else`) |
//! | `Return` | `return` |
//! | `Barrier` | `debug_barrier` |
//! | `Assert` | `assert %c, "message"` |
//! | `Print` | `print "prefix", %a, %b` |
//! | `Fold` | `%r: f32[4] = reduce_with axis 1 (%v) \|%a: f32, %b: f32\| { ... } yield %y`, `scan_with` |
//! | `Call` | `%r: f32[B] = call 0 @gelu (%x)` (the function's index, then its name) |
//! | `StaticAssert` | `static_assert eq (BLOCK mod 16) 0, "message"` (dims; `mod` is `%`) |
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

use crate::ir::{ConstValue, DotPrecision, Kernel};

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
    (p != DotPrecision::Ieee).then(|| p.name())
}

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
