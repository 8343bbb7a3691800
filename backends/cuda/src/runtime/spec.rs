//! What a launch specializes on, and the code generation that follows from it: shared by
//! the CUDA backend and its CPU emulation ([`crate::emu::EmuBackend`]), so that both compile
//! exactly the same CUDA C for the same launch.

use kernel_core::ir::Kernel;
use kernel_core::runtime::{Arg, LaunchError, LaunchOptions};

use crate::codegen::{self, CodegenError, CudaSource, Shortfall};

use super::info::LaunchInfo;
use super::params::{self, ArgFact};

/// The key of a compiled-kernel cache: everything the generated code depends on besides the
/// device's architecture. The launch options are kept as given (`None` = the backend's
/// default) so that computing the key needs no look at the IR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct SpecKey {
    pub ir: u64,
    pub num_warps: Option<u32>,
    pub num_stages: Option<u32>,
    pub checked: bool,
    /// `LaunchOptions::fast_math`: the generated code differs (see `codegen::Options`).
    pub fast_math: bool,
    pub aligned: u64,
    /// Bit `i`: buffer argument `i` shares memory with another buffer argument.
    pub aliased: u64,
    /// Bit `i`: integer scalar argument `i` is 1 (Triton's `equal_to_1`).
    pub ones: u64,
}

/// What a backend knows of one buffer argument.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BufferFact {
    /// Its base address is 16-byte aligned.
    pub aligned16: bool,
    /// The bytes it spans, `start..end` in any address space common to the launch's
    /// buffers: buffers whose spans overlap alias.
    pub span: (u64, u64),
}

/// The aliasing mask of a launch: bit `i` for a buffer argument whose span overlaps another
/// one's (parameters past the 64th count as aliased: conservative).
fn aliased_mask(spans: &[Option<(u64, u64)>]) -> u64 {
    let mut mask = 0u64;
    for (i, a) in spans.iter().enumerate() {
        let Some(a) = a else { continue };
        let overlaps = spans
            .iter()
            .enumerate()
            .any(|(j, b)| j != i && b.is_some_and(|b| a.0 < b.1 && b.0 < a.1));
        if overlaps && i < 64 {
            mask |= 1 << i;
        }
    }
    mask
}

impl SpecKey {
    /// The specialization of one launch. `buffer` gives what the backend knows of a buffer
    /// argument (`None`: the buffer is not the backend's, which is an error, as the message
    /// of the returned `LaunchError::Backend` says).
    pub fn of_launch(
        kernel: &Kernel,
        key: u64,
        args: &[Arg<'_>],
        options: &LaunchOptions,
        checked: bool,
        backend: &str,
        buffer: impl Fn(&kernel_core::runtime::RawBuffer) -> Option<BufferFact>,
    ) -> Result<SpecKey, LaunchError> {
        let mut facts_ok = true;
        let facts: Vec<Option<BufferFact>> = args
            .iter()
            .map(|a| match a {
                Arg::Buffer(raw) => {
                    let fact = buffer(raw);
                    facts_ok &= fact.is_some();
                    fact
                }
                Arg::Scalar(_) => None,
            })
            .collect();
        let aligned = params::aligned_mask(args.iter().zip(&facts).map(|(a, f)| ArgFact {
            aligned16: match a {
                Arg::Buffer(_) => f.is_some_and(|f| f.aligned16),
                Arg::Scalar(s) => params::scalar_divisible_by_16(s),
            },
        }));
        let ones = args
            .iter()
            .take(64)
            .enumerate()
            .filter(|(_, a)| matches!(a, Arg::Scalar(s) if params::scalar_is_one(s)))
            .fold(0u64, |m, (i, _)| m | 1 << i);
        let spans: Vec<Option<(u64, u64)>> = facts.iter().map(|f| f.map(|f| f.span)).collect();
        let aliased = aliased_mask(&spans);
        if !facts_ok {
            return Err(LaunchError::Backend {
                kernel: kernel.name.clone(),
                backend: backend.to_string(),
                message: "a buffer argument was not allocated by this backend".into(),
            });
        }
        Ok(SpecKey {
            ir: key,
            num_warps: options.num_warps,
            num_stages: options.num_stages,
            checked,
            fast_math: options.fast_math,
            aligned,
            aliased,
            ones,
        })
    }

    /// The code generator's options for this specialization on `arch`, with `stages` stages.
    pub fn codegen_options(&self, kernel: &Kernel, arch: u32, stages: u32) -> codegen::Options {
        codegen::Options {
            arch,
            num_warps: self
                .num_warps
                .unwrap_or_else(|| params::default_num_warps(kernel)),
            num_stages: if pipelining_disabled() { 0 } else { stages },
            checked: self.checked,
            aligned16: params::mask_to_vec(self.aligned, kernel.params.len()),
            aliased: params::mask_to_vec(self.aliased, kernel.params.len()),
            ones: params::mask_to_vec(self.ones, kernel.params.len()),
            max_shared_bytes: None,
            fast_math: self.fast_math,
        }
    }

    /// Generates the CUDA C of `kernel` for this specialization on `arch`, and what it
    /// runs with (logging, once per call, when that is fewer stages than requested: see
    /// [`LaunchInfo::report`]). Without an explicit `num_stages`, tries 3 stages, then
    /// fewer while the kernel needs more than `max_dynamic_shared` bytes of shared memory.
    pub fn generate(
        &self,
        kernel: &Kernel,
        arch: u32,
        max_dynamic_shared: u32,
    ) -> Result<(CudaSource, LaunchInfo), String> {
        let source = self.generate_source(kernel, arch, max_dynamic_shared)?;
        let info = LaunchInfo {
            kernel: kernel.name.clone(),
            arch,
            options: LaunchOptions {
                num_warps: self.num_warps,
                num_stages: self.num_stages,
                fast_math: self.fast_math,
            },
            num_warps: source.threads / 32,
            shared_bytes: source.shared_bytes,
            stages: source.stages.clone(),
        };
        info.report();
        Ok((source, info))
    }

    fn generate_source(
        &self,
        kernel: &Kernel,
        arch: u32,
        max_dynamic_shared: u32,
    ) -> Result<CudaSource, String> {
        let stages: &[u32] = match self.num_stages {
            Some(s) => &[s][..],
            None if arch >= 80 => &[3, 2, 1],
            None => &[2, 1],
        };
        let mut last_error = String::new();
        // Why the first depth tried did not fit, when a later one is used.
        let mut shortfall = None;
        for (i, &s) in stages.iter().enumerate() {
            let more = i + 1 < stages.len();
            let opts = codegen::Options {
                // Reductions too large for the device's shared memory are chunked to fit it.
                max_shared_bytes: Some(max_dynamic_shared),
                ..self.codegen_options(kernel, arch, s)
            };
            let mut source = match codegen::emit_cuda(kernel, &opts) {
                Ok(source) => source,
                Err(e @ CodegenError::TooLarge { .. }) if more => {
                    if let CodegenError::TooLarge {
                        needed_bytes,
                        limit_bytes,
                        ..
                    } = e
                    {
                        shortfall.get_or_insert(Shortfall::Kernel {
                            needed_bytes,
                            limit_bytes: limit_bytes.into(),
                        });
                    }
                    last_error = e.to_string();
                    continue;
                }
                Err(e) => return Err(format!("code generation failed: {e}")),
            };
            if source.shared_bytes > max_dynamic_shared {
                last_error = format!(
                    "the kernel needs {} bytes of shared memory with num_warps = {} and \
                     num_stages = {s}; the device allows {} per block (try smaller tiles or \
                     fewer stages)",
                    source.shared_bytes, opts.num_warps, max_dynamic_shared
                );
                if more {
                    shortfall.get_or_insert(Shortfall::Kernel {
                        needed_bytes: source.shared_bytes.into(),
                        limit_bytes: max_dynamic_shared.into(),
                    });
                    continue;
                }
                return Err(last_error);
            }
            if source.params.len() != kernel.params.len() {
                return Err(format!(
                    "the generated kernel has {} parameters, the IR {}",
                    source.params.len(),
                    kernel.params.len()
                ));
            }
            // Against the first depth tried, not this one.
            source.stages.requested = stages[0];
            source.stages.shortfall = shortfall.or(source.stages.shortfall);
            return Ok(source);
        }
        Err(last_error)
    }
}

/// `OXTILE_CUDA_PIPELINE=0`: no software pipelining of `dot` operands (codegen's
/// `num_stages` 0), to measure what it brings. Read once per process.
fn pipelining_disabled() -> bool {
    static OFF: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OFF.get_or_init(|| std::env::var("OXTILE_CUDA_PIPELINE").as_deref() == Ok("0"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_buffers_alias() {
        let spans = [
            Some((0, 16)),
            None,
            Some((16, 32)),
            Some((0, 16)),
            Some((20, 24)),
            Some((64, 65)),
        ];
        assert_eq!(aliased_mask(&spans), 0b11101);
        assert_eq!(aliased_mask(&[Some((0, 8)), Some((8, 16))]), 0);
    }
}
