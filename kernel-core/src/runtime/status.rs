//! The status protocol by which a GPU backend's kernels report a failure, and its decoding
//! into a [`LaunchError`]: one word layout for every backend (CUDA and wgpu write it, each
//! in its own language), so one decoder and its tests serve both.
//!
//! Every generated kernel takes [`WORDS`] `u32` status words that are zero before the
//! launch. `status[0]` stays 0 while no error happened; the first failing program of the
//! launch writes its code there (compare-and-swap from 0, so the first error wins), then the
//! details. For every code, `status[5..8]` is the failing program's id (x, y, z), and
//! `status[8]` the *site*: 0 when unknown, else 1 + the index in [`KernelMeta::sites`] of
//! the source location of the failing access, assertion or loop. After recording an error a
//! program does no further memory writes. This module is pure (words
//! and launch metadata in, error out), so it is tested without a GPU.

use std::sync::Arc;

use super::{Access, LaunchError, ProgramId};

/// Words in the status buffer.
pub const WORDS: u32 = 16;
/// An out-of-bounds access: `status[1]` is the parameter index of the buffer, `status[2]`
/// and `status[3]` the low and high 32 bits of the element offset as an `i64` (it may be
/// negative), `status[4]` the access ([`ACCESS_LOAD`], [`ACCESS_STORE`] or
/// [`ACCESS_ATOMIC`]).
pub const OUT_OF_BOUNDS: u32 = 1;
/// A failed `device_assert`: `status[1]` is the index of its message in the kernel's
/// messages ([`KernelMeta::messages`]).
pub const ASSERT: u32 = 2;
/// A `for` loop with a step ≤ 0: `status[2]` and `status[3]` are the low and high 32 bits
/// of the step as an `i64` (a narrower step sign-extended).
pub const BAD_LOOP_STEP: u32 = 3;
/// The driver ended a loop before its end (llvmpipe's loop budget; the wgpu backend probes
/// for it): the program's results cannot be trusted.
pub const LOOP_LIMIT: u32 = 4;
/// The loop budget [`LOOP_LIMIT`] reports: llvmpipe's, in back-edges per invocation.
pub const LOOP_BUDGET: u64 = 65_535;
/// `status[4]` of an out-of-bounds load.
pub const ACCESS_LOAD: u32 = 0;
/// `status[4]` of an out-of-bounds store.
pub const ACCESS_STORE: u32 = 1;
/// `status[4]` of an out-of-bounds atomic.
pub const ACCESS_ATOMIC: u32 = 2;

/// What the decoder needs to name a kernel's failure: its name, its parameters' names (the
/// status words carry a parameter index), its assertion messages (they carry a message
/// index) and the device. Shared by every launch of one compiled kernel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KernelMeta {
    /// The kernel's name.
    pub kernel: String,
    /// Each parameter's name, in order.
    pub params: Vec<String>,
    /// Whether each parameter is a buffer.
    pub is_buffer: Vec<bool>,
    /// The `device_assert` messages, by index.
    pub messages: Vec<String>,
    /// Source locations (`src/kernels.rs:42:9`) the status words' site (`status[8]`) points
    /// at, by index: the accesses, assertions and loops that may fail, where the kernel's IR
    /// has locations.
    pub sites: Vec<String>,
    /// The device's name, for errors about the device itself ([`LOOP_LIMIT`]).
    pub device: String,
}

/// The status site (`status[8]`) a code generator writes for an op at source location `at`,
/// registering the location in the kernel's `sites` (one entry per distinct location): 0
/// without a location, else 1 + its index.
pub fn site(sites: &mut Vec<String>, at: Option<&str>) -> u32 {
    let Some(at) = at else { return 0 };
    let i = match sites.iter().position(|s| s == at) {
        Some(i) => i,
        None => {
            sites.push(at.to_string());
            sites.len() - 1
        }
    };
    i as u32 + 1
}

/// One launch that may have written a status slot: the kernel and its buffers' lengths.
#[derive(Debug, Clone)]
pub struct LaunchRecord {
    /// The kernel.
    pub meta: Arc<KernelMeta>,
    /// Per parameter: the buffer's length in elements (0 for scalars).
    pub lens: Vec<usize>,
}

/// Turns status words into the launch's result; `backend` names the backend in an error
/// about an unknown code.
///
/// `candidates` are the launches that may have written these words, oldest first; usually
/// exactly one (a backend that reads status slots late may have several). With several, the
/// error names every kernel that fits the report (`"a" or "b"`), with the details of the
/// most recent one: the status words do not say which launch wrote them.
pub fn decode(
    words: &[u32],
    candidates: &[LaunchRecord],
    backend: &str,
) -> Result<(), LaunchError> {
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
        OUT_OF_BOUNDS => r.meta.is_buffer.get(index).copied().unwrap_or(false),
        ASSERT => index < r.meta.messages.len(),
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
    let at = match word(8) {
        0 => None,
        site => latest.and_then(|r| r.meta.sites.get(site as usize - 1).cloned()),
    };
    let i64_at = |lo: usize| ((word(lo + 1) as u64) << 32 | word(lo) as u64) as i64;
    match code {
        OUT_OF_BOUNDS => Err(LaunchError::OutOfBounds {
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
                ACCESS_LOAD => Access::Load,
                ACCESS_STORE => Access::Store,
                _ => Access::Atomic,
            },
            offset: i64_at(2),
            len: latest.and_then(|r| r.lens.get(index)).copied().unwrap_or(0),
            program,
            at,
        }),
        ASSERT => Err(LaunchError::AssertionFailed {
            kernel,
            message: join_distinct(
                fitting
                    .iter()
                    .filter_map(|r| r.meta.messages.get(index).map(String::as_str)),
            ),
            program,
            at: at.clone(),
        }),
        BAD_LOOP_STEP => Err(LaunchError::BadLoopStep {
            kernel,
            step: i64_at(2) as i128,
            program,
            at,
        }),
        LOOP_LIMIT => Err(LaunchError::LoopLimit {
            kernel,
            device: latest.map(|r| r.meta.device.clone()).unwrap_or_default(),
            limit: LOOP_BUDGET,
            program,
        }),
        other => Err(LaunchError::Backend {
            kernel,
            backend: backend.into(),
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

    fn record(kernel: &str, params: &[(&str, bool, usize)], messages: &[&str]) -> LaunchRecord {
        LaunchRecord {
            meta: Arc::new(KernelMeta {
                kernel: kernel.into(),
                params: params.iter().map(|p| p.0.to_string()).collect(),
                is_buffer: params.iter().map(|p| p.1).collect(),
                messages: messages.iter().map(|m| m.to_string()).collect(),
                sites: vec!["src/k.rs:3:5".into(), "src/k.rs:9:13".into()],
                device: "gpu (test)".into(),
            }),
            lens: params.iter().map(|p| p.2).collect(),
        }
    }

    fn words(w: &[(usize, u32)]) -> [u32; WORDS as usize] {
        let mut out = [0u32; WORDS as usize];
        for &(i, v) in w {
            out[i] = v;
        }
        out
    }

    #[test]
    fn zero_status_is_success() {
        assert_eq!(decode(&[0; WORDS as usize], &[], "cuda"), Ok(()));
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
            (0, OUT_OF_BOUNDS),
            (1, 1),
            (2, 0xffff_fffb),
            (3, 0xffff_ffff),
            (4, ACCESS_STORE),
            (5, 3),
            (6, 1),
            (7, 2),
        ]);
        assert_eq!(
            decode(&st, &[r], "cuda"),
            Err(LaunchError::OutOfBounds {
                kernel: "add".into(),
                arg: "out".into(),
                access: Access::Store,
                offset: -5,
                len: 12,
                program: ProgramId { x: 3, y: 1, z: 2 },
                at: None,
            })
        );
        // Offsets beyond i32 survive (5e9 = 0x1_2a05_f200; -3e9).
        let r = record("k", &[("p", true, 7)], &[]);
        let far = |lo: u32, hi: u32| match decode(
            &words(&[(0, OUT_OF_BOUNDS), (2, lo), (3, hi), (4, ACCESS_ATOMIC)]),
            std::slice::from_ref(&r),
            "wgpu",
        ) {
            Err(LaunchError::OutOfBounds { offset, access, .. }) => {
                assert_eq!(access, Access::Atomic);
                offset
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(far(0x2a05_f200, 1), 5_000_000_000);
        assert_eq!(far(0x4d2f_a200, 0xffff_ffff), -3_000_000_000);
        assert_eq!(far(7, 0), 7);
    }

    /// `status[8]` names the failing op's source location; 0 or an unknown site names none.
    #[test]
    fn the_site_word_names_the_source_location() {
        let r = record("k", &[("x", true, 4)], &[]);
        let one = std::slice::from_ref(&r);
        let at = |site: u32| match decode(
            &words(&[(0, OUT_OF_BOUNDS), (2, 9), (4, ACCESS_LOAD), (8, site)]),
            one,
            "cuda",
        ) {
            Err(e @ LaunchError::OutOfBounds { .. }) => {
                let LaunchError::OutOfBounds { ref at, .. } = e else {
                    unreachable!()
                };
                (at.clone(), e.to_string())
            }
            other => panic!("{other:?}"),
        };
        let (loc, text) = at(2);
        assert_eq!(loc.as_deref(), Some("src/k.rs:9:13"));
        assert!(text.ends_with(" at src/k.rs:9:13"), "{text}");
        assert_eq!(at(0).0, None);
        assert_eq!(at(3).0, None);
        let e = decode(&words(&[(0, BAD_LOOP_STEP), (8, 1)]), one, "wgpu").unwrap_err();
        assert!(e.to_string().ends_with(" at src/k.rs:3:5"), "{e}");
        // What code generators write there: one entry per distinct location.
        let mut sites = Vec::new();
        assert_eq!(site(&mut sites, None), 0);
        assert_eq!(site(&mut sites, Some("a.rs:1:1")), 1);
        assert_eq!(site(&mut sites, Some("a.rs:2:5")), 2);
        assert_eq!(site(&mut sites, Some("a.rs:1:1")), 1);
        assert_eq!(sites, ["a.rs:1:1", "a.rs:2:5"]);
    }

    #[test]
    fn assertion_loop_step_and_loop_limit() {
        let r = record("k", &[("x", true, 4)], &["x must be positive", "second"]);
        let one = std::slice::from_ref(&r);
        assert_eq!(
            decode(&words(&[(0, ASSERT), (1, 1), (5, 9)]), one, "cuda"),
            Err(LaunchError::AssertionFailed {
                kernel: "k".into(),
                message: "second".into(),
                program: ProgramId { x: 9, y: 0, z: 0 },
                at: None,
            })
        );
        assert_eq!(
            decode(
                &words(&[(0, BAD_LOOP_STEP), (2, 0xffff_fffe), (3, 0xffff_ffff)]),
                one,
                "cuda"
            ),
            Err(LaunchError::BadLoopStep {
                kernel: "k".into(),
                step: -2,
                program: ProgramId::default(),
                at: None,
            })
        );
        assert_eq!(
            decode(&words(&[(0, LOOP_LIMIT), (5, 3)]), one, "wgpu"),
            Err(LaunchError::LoopLimit {
                kernel: "k".into(),
                device: "gpu (test)".into(),
                limit: LOOP_BUDGET,
                program: ProgramId { x: 3, y: 0, z: 0 },
            })
        );
        match decode(&words(&[(0, 77)]), one, "wgpu") {
            Err(LaunchError::Backend {
                backend, message, ..
            }) => {
                assert_eq!(backend, "wgpu");
                assert!(message.contains("77"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn several_candidates_are_narrowed_then_named_together() {
        let a = record("a", &[("x", true, 4), ("n", false, 0)], &[]);
        let b = record("b", &[("s", false, 0), ("y", true, 8)], &["oops"]);
        let c = record("c", &[("z", true, 2), ("w", true, 3)], &[]);
        // Parameter 1 is a buffer only in `b` and `c`.
        let st = words(&[(0, OUT_OF_BOUNDS), (1, 1), (2, 9)]);
        match decode(&st, &[a.clone(), b.clone(), c.clone()], "cuda") {
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
        match decode(&words(&[(0, ASSERT)]), &[a, b, c], "cuda") {
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
