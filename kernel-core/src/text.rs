//! The textual form of the IR: a printer and a parser that round-trip.
//! (Being written: signatures are fixed, bodies come next.)

use crate::ir::Kernel;

/// An error from [`parse_kernel`], with the 1-based line and column where it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("IR parse error at {line}:{col}: {message}")]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What was expected.
    pub message: String,
}

/// Prints a kernel in the textual form.
pub fn print_kernel(kernel: &Kernel) -> String {
    let _ = kernel;
    todo!()
}

/// Parses the textual form produced by [`print_kernel`].
pub fn parse_kernel(text: &str) -> Result<Kernel, ParseError> {
    let _ = text;
    todo!()
}

/// A stable 64-bit hash of a kernel (FNV-1a of its printed text), used in cache keys.
pub fn kernel_hash(kernel: &Kernel) -> u64 {
    let _ = kernel;
    todo!()
}
