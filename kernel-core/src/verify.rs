//! The verifier: checks that IR obeys the typing and scoping rules documented on
//! [`crate::ir::Op`]. (Being written: signatures are fixed, bodies come next.)

use crate::ir::{Kernel, Op, Type};

/// One rule the IR breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct VerifyError {
    /// What is wrong, naming the instruction.
    pub message: String,
}

/// Checks a whole kernel; returns every error found.
pub fn verify(kernel: &Kernel) -> Result<(), Vec<VerifyError>> {
    let _ = kernel;
    todo!()
}

/// The result type of `op` given the types of values and variables, or why `op` is ill-typed.
/// `Ok(None)` for ops without a result. Shared by the verifier and the macro's IR builder.
pub fn result_type(values: &[Type], vars: &[Type], op: &Op) -> Result<Option<Type>, String> {
    let _ = (values, vars, op);
    todo!()
}
