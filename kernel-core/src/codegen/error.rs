//! The error a lowering returns: one type for every backend, naming it, so that the CUDA and
//! WGSL generators (and a third) report a refusal alike.

use crate::ir::at_suffix;

/// Why a kernel could not be lowered to a backend's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodegenError {
    /// The kernel uses something this backend cannot (yet) express.
    #[error(
        "kernel `{kernel}`: `{op}`{} is not supported by the {backend} backend: {why}",
        at_suffix(.at)
    )]
    Unsupported {
        /// The backend (`CUDA`, `WGSL`).
        backend: &'static str,
        /// The kernel's name.
        kernel: String,
        /// The op's mnemonic (as in the IR text), or `parameter`.
        op: &'static str,
        /// What is missing.
        why: String,
        /// Where the op is in the kernel's source (`src/kernels.rs:42:9`), when known.
        at: Option<String>,
    },
    /// An op needs more on-chip memory than a program may have.
    #[error(
        "kernel `{kernel}`: `{op}`{} on a tile of {elems} elements needs {needed_bytes} bytes \
         of {memory}, more than the {limit_bytes} a program may have: use smaller blocks",
        at_suffix(.at)
    )]
    TooLarge {
        /// The backend (`CUDA`, `WGSL`).
        backend: &'static str,
        /// The memory (`shared memory`, `workgroup memory`).
        memory: &'static str,
        /// The kernel's name.
        kernel: String,
        /// The op's mnemonic.
        op: &'static str,
        /// Elements of the tile involved.
        elems: u64,
        /// Bytes needed.
        needed_bytes: u64,
        /// Bytes available (the architecture's or the device's limit).
        limit_bytes: u32,
        /// Where the op is in the kernel's source, when known.
        at: Option<String>,
    },
    /// The kernel still has symbolic shapes or const generics.
    #[error("kernel `{kernel}` is not specialized: {what}")]
    NotSpecialized {
        /// The kernel's name.
        kernel: String,
        /// What is still symbolic.
        what: String,
    },
    /// The IR breaks the rules the verifier enforces, or the options are invalid.
    #[error("kernel `{kernel}`: invalid IR: {message}")]
    InvalidIr {
        /// The kernel's name.
        kernel: String,
        /// What is wrong.
        message: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_backend_and_the_memory() {
        let e = CodegenError::Unsupported {
            backend: "WGSL",
            kernel: "k".into(),
            op: "print",
            why: "no host channel".into(),
            at: None,
        };
        assert_eq!(
            e.to_string(),
            "kernel `k`: `print` is not supported by the WGSL backend: no host channel"
        );
        let e = CodegenError::TooLarge {
            backend: "CUDA",
            memory: "shared memory",
            kernel: "k".into(),
            op: "permute",
            elems: 65536,
            needed_bytes: 262_144,
            limit_bytes: 232_448,
            at: Some("src/k.rs:7:13".into()),
        };
        assert!(
            e.to_string()
                .contains("`permute` at src/k.rs:7:13 on a tile of 65536 elements needs 262144 bytes of shared memory, more than the 232448"),
            "{e}"
        );
    }
}
