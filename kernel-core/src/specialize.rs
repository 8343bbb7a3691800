//! Specialization: substitutes const generic values into a kernel.
//! (Being written: signatures are fixed, bodies come next.)

use crate::ir::Kernel;

/// Why a kernel cannot be specialized with the given constants.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot specialize kernel `{kernel}`: {message}")]
pub struct SpecializeError {
    /// The kernel's name.
    pub kernel: String,
    /// What is wrong (a constant out of range, a zero dim, a reshape of the wrong size...).
    pub message: String,
}

/// Replaces every const generic by its value (`consts[i]` for `kernel.consts[i]`, bools as
/// 0/1): [`crate::ir::Dim::Sym`] become [`crate::ir::Dim::Const`], [`crate::ir::Op::ConstParam`]
/// become [`crate::ir::Op::Const`]. The result has no symbols left and passes the verifier.
pub fn specialize(kernel: &Kernel, consts: &[i64]) -> Result<Kernel, SpecializeError> {
    let _ = (kernel, consts);
    todo!()
}
