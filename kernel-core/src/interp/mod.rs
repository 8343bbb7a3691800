//! The reference CPU interpreter: the executable definition of the IR's semantics, which
//! every backend is tested against.
//!
//! # Execution model
//! [`run`] executes a *specialized* kernel (no symbolic dims, no const parameters left) over
//! a grid, one program at a time — x fastest, then y, then z — and each program runs to
//! completion before the next starts. Consequences, all deliberate:
//! - Results are deterministic: atomics are applied lane by lane in row-major order within a
//!   program and program by program across the grid; stores to one address keep the highest
//!   lane's value.
//! - Spin locks built from `atomic_cas`/`atomic_xchg` in a `while` loop work: a program
//!   always finds the lock released by the programs before it.
//! - A `while` loop ends only through its condition (or a `return` or an error inside it):
//!   there is no iteration limit or timeout, as on a GPU. A kernel whose program waits for a
//!   *later* program (a flag set by program 1 awaited by program 0) never terminates here,
//!   just as it may deadlock on a GPU that does not schedule both at once.
//!
//! # Values
//! Tiles are dense row-major arrays. Floats are held as the exact `f64` of their value and
//! rounded to their dtype after every op (f16/bf16 as if computed in f32 and rounded once;
//! math functions computed in f64, then rounded), integers as `i128` wrapped to their dtype
//! after every op, pointers as (parameter index, element offset): a pointer always knows
//! which argument it came from, so an out-of-bounds access names it and can never reach
//! another buffer. NaN payloads are not preserved through arithmetic (IEEE does not promise
//! it either), but data movement (load, store, select, bitcast, broadcast...) keeps a NaN's
//! bits: every float format carries its payload in the f64's top mantissa bits (see
//! [`crate::numeric::f16_to_f64`] and [`crate::numeric::f32_to_f64`]), signaling NaNs
//! included; Rust's `as` between f32 and f64 is not used for data, since it may quiet them.
//!
//! # Memory safety
//! Every active lane of a load, store or atomic is checked against its buffer's length before
//! that op touches memory; the first offending lane (row-major) becomes a
//! [`LaunchError::OutOfBounds`] naming the kernel, the parameter, the element offset, the
//! buffer length, the kind of access and the program. Nothing out of bounds is ever read or
//! written, and an op that fails writes nothing (earlier ops and programs keep their effects,
//! as on a GPU).
//!
//! # Robustness
//! IR that breaks the typing rules (which [`crate::verify`] rejects) yields
//! [`LaunchError::InvalidIr`], never a panic: every computed value is checked against its
//! declared type.

mod exec;
mod ops;
mod value;

use crate::ir::Kernel;
use crate::runtime::{Grid, LaunchError, ScalarValue};

/// One argument of [`run`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InterpArg {
    /// A buffer parameter: the index of its bytes in `run`'s `memory`. Several parameters
    /// may share a slot (aliasing buffers, as an in-place kernel does).
    Buffer(usize),
    /// A scalar parameter.
    Scalar(ScalarValue),
}

/// Runs a specialized kernel over `grid`.
///
/// `args` follow `kernel.params`; buffer arguments index `memory`, each slot holding the
/// little-endian bytes of a whole buffer (its length in elements is the byte length divided
/// by the pointee's size). Arguments are checked against the parameters (count, kind,
/// dtype); the grid is not (zero programs simply run nothing), since [`crate::runtime`]
/// applies hardware limits before calling a backend.
pub fn run(
    kernel: &Kernel,
    grid: Grid,
    args: &[InterpArg],
    memory: &mut [&mut [u8]],
) -> Result<(), LaunchError> {
    exec::Machine::new(kernel, grid, args, memory)?.run()
}
