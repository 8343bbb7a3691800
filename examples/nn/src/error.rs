//! The errors of the ops.

use std::fmt;

use oxtile::LaunchError;
use oxtile::runtime::RuntimeError;

/// Why an op did not run, or failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum NnError {
    /// An argument's shape does not fit the op (or the others), or its view does not fit
    /// its buffer; nothing was launched.
    Shape {
        /// The op (`"softmax"`).
        op: &'static str,
        /// The argument (`"out"`).
        arg: &'static str,
        /// What is wrong, with the numbers.
        message: String,
    },
    /// The launch failed (see [`LaunchError`]: out-of-bounds accesses in checked mode, a
    /// device error...).
    Launch {
        /// The op whose kernel failed.
        op: &'static str,
        /// The launch's error, which names the kernel (boxed: a `LaunchError` is large, and
        /// every op returns this type).
        source: Box<LaunchError>,
    },
    /// A device operation of the op's own failed (the allocation of scratch memory).
    Device {
        /// The op.
        op: &'static str,
        /// The device's error.
        source: RuntimeError,
    },
}

impl NnError {
    pub(crate) fn shape(op: &'static str, arg: &'static str, message: impl Into<String>) -> Self {
        NnError::Shape {
            op,
            arg,
            message: message.into(),
        }
    }
}

impl NnError {
    /// Fails unless `buf` holds `want` elements, one per `each` (`"row"`, `"column"`,
    /// `"query"`): the check of every per-row and per-column argument (weights, biases,
    /// targets, scales, statistics).
    pub(crate) fn expect_len<E: oxtile::Element>(
        op: &'static str,
        arg: &'static str,
        buf: &oxtile::Buffer<E>,
        want: usize,
        each: &str,
    ) -> Result<(), NnError> {
        if buf.len() != want {
            return Err(NnError::shape(
                op,
                arg,
                format!(
                    "has {} elements, expected one per {each} ({want})",
                    buf.len()
                ),
            ));
        }
        Ok(())
    }

    /// A launch error of `op`, for `map_err`.
    pub(crate) fn launch(op: &'static str) -> impl FnOnce(LaunchError) -> NnError {
        move |source| NnError::Launch {
            op,
            source: Box::new(source),
        }
    }
}

impl fmt::Display for NnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NnError::Shape { op, arg, message } => write!(f, "{op}: argument `{arg}`: {message}"),
            NnError::Launch { op, source } => write!(f, "{op}: {source}"),
            NnError::Device { op, source } => write!(f, "{op}: {source}"),
        }
    }
}

impl std::error::Error for NnError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            NnError::Launch { source, .. } => Some(source.as_ref()),
            NnError::Device { source, .. } => Some(source),
            NnError::Shape { .. } => None,
        }
    }
}
