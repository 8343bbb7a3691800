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
//! [`run_parallel`] (the `cpu` device) runs the same programs on several threads: each
//! program's results are unchanged, only races and atomics between programs lose the
//! sequential order. The hottest ops run as whole-tile loops (`fast`), equal bit for bit to
//! their element-at-a-time definitions.
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
mod fast;
mod lazy;
mod memory;
mod ops;
mod value;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use crate::ir::Kernel;
use crate::runtime::{Grid, LaunchError, ScalarValue};
use memory::Memory;

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
    let memory = Memory::new(memory, kernel, args);
    exec::Machine::new(kernel, grid, args, &memory)?.run()
}

/// [`run`] with every value stored element by element, none in closed form (the
/// executor's shortcut for index arithmetic): the same bits, slower. For the tests that
/// check that the shortcut changes nothing.
#[doc(hidden)]
pub fn run_element_wise(
    kernel: &Kernel,
    grid: Grid,
    args: &[InterpArg],
    memory: &mut [&mut [u8]],
) -> Result<(), LaunchError> {
    let memory = Memory::new(memory, kernel, args);
    let mut machine = exec::Machine::new(kernel, grid, args, &memory)?;
    machine.closed_forms = false;
    machine.run()
}

/// Runs a specialized kernel over `grid` as [`run`] does, with its programs spread over
/// `threads` threads: the CPU device's launch.
///
/// Each program still runs to completion on one thread and computes what it computes under
/// [`run`], bit for bit; what changes is the order of programs relative to each other. Stores
/// of different programs to one address race (which one stays is unspecified, as on a GPU);
/// atomics are applied one element at a time under a lock, so they never lose an update,
/// but the order of a float `atomic_add`'s terms, and so its rounding, varies between runs.
/// Programs are handed out in [`run`]'s order (x fastest), so a program waiting on a lock
/// held by an earlier one makes progress, as with [`run`]. A failing program stops the
/// handing out; the error returned is that of the first program, in that order, that
/// failed (every program before it ran). `threads <= 1` is [`run`].
pub fn run_parallel(
    kernel: &Kernel,
    grid: Grid,
    args: &[InterpArg],
    memory: &mut [&mut [u8]],
    threads: usize,
) -> Result<(), LaunchError> {
    let memory = Memory::new(memory, kernel, args);
    // Checks the arguments once, before any thread starts.
    let mut first = exec::Machine::new(kernel, grid, args, &memory)?;
    let programs = first.programs();
    let threads = threads.min(usize::try_from(programs).unwrap_or(usize::MAX));
    if threads <= 1 {
        return first.run();
    }
    drop(first);
    let next = AtomicU64::new(0);
    let failed: Mutex<Option<(u64, LaunchError)>> = Mutex::new(None);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                // The arguments were checked above; a machine per thread (its values are
                // its own).
                let Ok(mut machine) = exec::Machine::new(kernel, grid, args, &memory) else {
                    return;
                };
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= programs {
                        break;
                    }
                    if let Err(e) = machine.run_program(i) {
                        stop.store(true, Ordering::Relaxed);
                        let mut f = failed.lock().unwrap_or_else(PoisonError::into_inner);
                        if f.as_ref().is_none_or(|(j, _)| i < *j) {
                            *f = Some((i, e));
                        }
                    }
                }
            });
        }
    });
    match failed.into_inner().unwrap_or_else(PoisonError::into_inner) {
        Some((_, e)) => Err(e),
        None => Ok(()),
    }
}
