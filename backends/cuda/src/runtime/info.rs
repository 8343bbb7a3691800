//! What a launch runs with ([`LaunchInfo`]), readable after it, and the warning logged when
//! that is less than the launch asked for.

use std::collections::HashMap;
use std::sync::Arc;

use kernel_core::runtime::{Device, LaunchOptions};

use crate::codegen::Stages;

/// What the CUDA backend (or its emulator) compiled for a launch of a kernel: the
/// configuration it runs with, which may be less than the launch's options asked for (see
/// [`LaunchInfo::stages`]).
///
/// Read it after a launch with [`crate::last_launch`] (any CUDA device, emulated or not),
/// [`super::CudaBackend::last_launch`] or [`crate::emu::EmuBackend::last_launch`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LaunchInfo {
    /// The kernel's name.
    pub kernel: String,
    /// The architecture its code was generated for (`sm_<arch>`).
    pub arch: u32,
    /// The launch's options as given (`None`: the backend's choice).
    pub options: LaunchOptions,
    /// Warps per program.
    pub num_warps: u32,
    /// Bytes of dynamic shared memory per program.
    pub shared_bytes: u32,
    /// The software-pipelining depth: the one requested (the launch's `num_stages`, else
    /// the backend's default, 3 on sm_80 and later and 2 before), the one used (the
    /// smallest of any pipelined loop; 0 when none is, which includes every kernel under
    /// `OXTILE_CUDA_PIPELINE=0`) and, when shared memory made it smaller, why.
    pub stages: Stages,
}

impl LaunchInfo {
    /// Logs, once per compiled specialization (this is called when it is compiled), that
    /// the kernel got fewer pipeline stages than requested: a `log` warning when the launch
    /// asked for them, a debug note when they were the backend's default.
    pub(crate) fn report(&self) {
        let Some(why) = &self.stages.shortfall else {
            return;
        };
        let used = match self.stages.chosen {
            0 => "no software pipelining".to_string(),
            1 => "1 pipeline stage".to_string(),
            n => format!("{n} pipeline stages"),
        };
        let (kernel, requested, arch) = (&self.kernel, self.stages.requested, self.arch);
        if self.options.num_stages.is_some() {
            log::warn!(
                "kernel `{kernel}` runs with {used} on sm_{arch}, not the num_stages = \
                 {requested} its launch requested: with {requested}, {why}; use smaller \
                 blocks or fewer stages"
            );
        } else {
            log::debug!(
                "kernel `{kernel}` runs with {used} on sm_{arch}, not the default \
                 num_stages = {requested}: with {requested}, {why}"
            );
        }
    }
}

/// The [`LaunchInfo`] of the latest launch of each kernel name on a backend.
#[derive(Default)]
pub(crate) struct LastLaunches(HashMap<String, Arc<LaunchInfo>>);

impl LastLaunches {
    /// Records a launch of `info`'s kernel.
    pub fn record(&mut self, info: &Arc<LaunchInfo>) {
        match self.0.get_mut(&info.kernel) {
            Some(last) => {
                if !Arc::ptr_eq(last, info) {
                    *last = info.clone();
                }
            }
            None => {
                self.0.insert(info.kernel.clone(), info.clone());
            }
        }
    }

    /// The latest launch of `kernel`.
    pub fn get(&self, kernel: &str) -> Option<LaunchInfo> {
        self.0.get(kernel).map(|i| LaunchInfo::clone(i))
    }
}

/// What the latest launch of the kernel named `kernel` on `device` (a CUDA device,
/// emulated or not) compiled and ran with; `None` when it has not launched there or
/// `device` is not a CUDA device.
///
/// ```ignore
/// let opts = LaunchOptions::new().num_stages(4);
/// matmul::<128, 128, 64>::launch_with(&dev, grid, &opts, &a, &b, &c, m, n, k)?;
/// let info = oxtile::cuda::last_launch(&dev, "matmul").expect("launched on CUDA");
/// if let Some(why) = info.stages.shortfall {
///     eprintln!("{} stages, not {}: {why}", info.stages.chosen, info.stages.requested);
/// }
/// ```
pub fn last_launch(device: &Device, kernel: &str) -> Option<LaunchInfo> {
    let any = device.backend().as_any()?;
    if let Some(b) = any.downcast_ref::<super::CudaBackend>() {
        return b.last_launch(kernel);
    }
    any.downcast_ref::<super::EmuBackend>()?.last_launch(kernel)
}
