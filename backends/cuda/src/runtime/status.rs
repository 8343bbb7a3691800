//! Decoding the status words a kernel leaves behind into a [`LaunchError`].
//!
//! Every generated kernel takes, as its last parameter, a pointer to 16 `u32` status words
//! that are zero before the launch. A failing program writes a code and its details there
//! (the protocol is [`crate::codegen::status`]); the first failure wins. This module is pure
//! (words and launch metadata in, error out) so that it is tested without a GPU.

use std::sync::Arc;

use kernel_core::runtime::{Access, LaunchError, ProgramId};

use crate::codegen::status;

/// What the decoder needs to name a kernel's failure: its name, its parameters' names (the
/// status words carry a parameter index) and its assertion messages (they carry a message
/// index). Shared by every launch of one compiled kernel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KernelMeta {
    /// The kernel's name.
    pub kernel: String,
    /// Each parameter's name, in order.
    pub params: Vec<String>,
    /// Whether each parameter is a buffer.
    pub is_buffer: Vec<bool>,
    /// The `device_assert` messages, by index.
    pub messages: Vec<String>,
}

/// One launch that may have written a status slot: the kernel and its buffers' lengths.
#[derive(Debug, Clone)]
pub(crate) struct LaunchRecord {
    /// The kernel.
    pub meta: Arc<KernelMeta>,
    /// Per parameter: the buffer's length in elements (0 for scalars).
    pub lens: Vec<u64>,
}

/// Turns status words into the launch's result.
///
/// `candidates` are the launches that may have written these words, oldest first; usually
/// exactly one (see `Pending` in the backend for when there are more). With several, the
/// error names every kernel that fits the report (`"a" or "b"`), with the details of the
/// most recent one: the status words do not say which launch wrote them.
pub(crate) fn decode(words: &[u32], candidates: &[LaunchRecord]) -> Result<(), LaunchError> {
    let word = |i: usize| words.get(i).copied().unwrap_or(0);
    let code = word(0);
    if code == 0 {
        return Ok(());
    }
    let program = ProgramId {
        x: word(5),
        y: word(6),
        z: word(7),
    };
    let index = word(1) as usize;
    let fits = |r: &&LaunchRecord| match code {
        status::OUT_OF_BOUNDS => r.meta.is_buffer.get(index).copied().unwrap_or(false),
        status::ASSERT => index < r.meta.messages.len(),
        _ => true,
    };
    let mut fitting: Vec<&LaunchRecord> = candidates.iter().filter(fits).collect();
    if fitting.is_empty() {
        fitting = candidates.iter().collect();
    }
    let kernel = join_distinct(fitting.iter().map(|r| r.meta.kernel.as_str()));
    let kernel = if kernel.is_empty() {
        "<unknown kernel>".to_string()
    } else {
        kernel
    };
    let latest = fitting.last();
    let i64_at = |lo: usize| ((word(lo + 1) as u64) << 32 | word(lo) as u64) as i64;
    match code {
        status::OUT_OF_BOUNDS => Err(LaunchError::OutOfBounds {
            kernel,
            arg: {
                let arg = join_distinct(
                    fitting
                        .iter()
                        .filter_map(|r| r.meta.params.get(index).map(String::as_str)),
                );
                if arg.is_empty() {
                    format!("#{index}")
                } else {
                    arg
                }
            },
            access: match word(4) {
                0 => Access::Load,
                1 => Access::Store,
                _ => Access::Atomic,
            },
            offset: i64_at(2),
            len: latest
                .and_then(|r| r.lens.get(index))
                .map_or(0, |&l| usize::try_from(l).unwrap_or(usize::MAX)),
            program,
        }),
        status::ASSERT => Err(LaunchError::AssertionFailed {
            kernel,
            message: join_distinct(
                fitting
                    .iter()
                    .filter_map(|r| r.meta.messages.get(index).map(String::as_str)),
            ),
            program,
        }),
        status::BAD_LOOP_STEP => Err(LaunchError::BadLoopStep {
            kernel,
            step: i64_at(2) as i128,
            program,
        }),
        other => Err(LaunchError::Backend {
            kernel,
            backend: "cuda".into(),
            message: format!("the kernel reported an unknown status code {other}"),
        }),
    }
}

/// `"a"`, `"a or b"`: distinct names in first-seen order.
fn join_distinct<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for n in names {
        if !seen.contains(&n) {
            seen.push(n);
        }
    }
    seen.join(" or ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kernel: &str, params: &[(&str, bool, u64)], messages: &[&str]) -> LaunchRecord {
        LaunchRecord {
            meta: Arc::new(KernelMeta {
                kernel: kernel.into(),
                params: params.iter().map(|p| p.0.to_string()).collect(),
                is_buffer: params.iter().map(|p| p.1).collect(),
                messages: messages.iter().map(|m| m.to_string()).collect(),
            }),
            lens: params.iter().map(|p| p.2).collect(),
        }
    }

    fn words(w: &[(usize, u32)]) -> [u32; 16] {
        let mut out = [0u32; 16];
        for &(i, v) in w {
            out[i] = v;
        }
        out
    }

    #[test]
    fn zero_status_is_success() {
        assert_eq!(decode(&[0; 16], &[]), Ok(()));
    }

    #[test]
    fn out_of_bounds_names_the_argument_offset_and_program() {
        let r = record(
            "add",
            &[("x", true, 10), ("out", true, 12), ("n", false, 0)],
            &[],
        );
        // offset -5 as i64: lo = 0xffff_fffb, hi = 0xffff_ffff
        let st = words(&[
            (0, status::OUT_OF_BOUNDS),
            (1, 1),
            (2, 0xffff_fffb),
            (3, 0xffff_ffff),
            (4, 1),
            (5, 3),
            (6, 1),
            (7, 2),
        ]);
        assert_eq!(
            decode(&st, &[r]),
            Err(LaunchError::OutOfBounds {
                kernel: "add".into(),
                arg: "out".into(),
                access: Access::Store,
                offset: -5,
                len: 12,
                program: ProgramId { x: 3, y: 1, z: 2 },
            })
        );
        // A large positive 64-bit offset survives.
        let r = record("k", &[("p", true, 7)], &[]);
        let st = words(&[(0, status::OUT_OF_BOUNDS), (2, 5), (3, 1), (4, 2)]);
        match decode(&st, &[r]) {
            Err(LaunchError::OutOfBounds { offset, access, .. }) => {
                assert_eq!(offset, (1i64 << 32) + 5);
                assert_eq!(access, Access::Atomic);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn assertion_and_loop_step() {
        let r = record("k", &[("x", true, 4)], &["x must be positive", "second"]);
        assert_eq!(
            decode(
                &words(&[(0, status::ASSERT), (1, 1), (5, 9)]),
                std::slice::from_ref(&r)
            ),
            Err(LaunchError::AssertionFailed {
                kernel: "k".into(),
                message: "second".into(),
                program: ProgramId { x: 9, y: 0, z: 0 },
            })
        );
        assert_eq!(
            decode(
                &words(&[
                    (0, status::BAD_LOOP_STEP),
                    (2, 0xffff_fffe),
                    (3, 0xffff_ffff)
                ]),
                std::slice::from_ref(&r)
            ),
            Err(LaunchError::BadLoopStep {
                kernel: "k".into(),
                step: -2,
                program: ProgramId::default(),
            })
        );
        assert!(matches!(
            decode(&words(&[(0, 77)]), &[r]),
            Err(LaunchError::Backend { .. })
        ));
    }

    #[test]
    fn several_candidates_are_narrowed_then_named_together() {
        let a = record("a", &[("x", true, 4), ("n", false, 0)], &[]);
        let b = record("b", &[("s", false, 0), ("y", true, 8)], &["oops"]);
        let c = record("c", &[("z", true, 2), ("w", true, 3)], &[]);
        // Parameter 1 is a buffer only in `b` and `c`.
        let st = words(&[(0, status::OUT_OF_BOUNDS), (1, 1), (2, 9)]);
        match decode(&st, &[a.clone(), b.clone(), c.clone()]) {
            Err(LaunchError::OutOfBounds {
                kernel, arg, len, ..
            }) => {
                assert_eq!(kernel, "b or c");
                assert_eq!(arg, "y or w");
                assert_eq!(len, 3, "the most recent fitting launch's length");
            }
            other => panic!("{other:?}"),
        }
        // Only `b` has an assertion message 0.
        match decode(&words(&[(0, status::ASSERT)]), &[a, b, c]) {
            Err(LaunchError::AssertionFailed {
                kernel, message, ..
            }) => {
                assert_eq!(kernel, "b");
                assert_eq!(message, "oops");
            }
            other => panic!("{other:?}"),
        }
    }
}
