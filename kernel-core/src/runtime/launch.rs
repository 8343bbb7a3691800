//! Kernel definitions, their specialization cache, and `launch`.

use std::borrow::Cow;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::ir::{Elem, Kernel};

use super::{Arg, Device, Grid, LaunchError, LaunchOptions};

/// The largest grid along x (CUDA's limit, `2^31 - 1`).
pub const MAX_GRID_X: u32 = i32::MAX as u32;
/// The largest grid along y and z (CUDA's limit).
pub const MAX_GRID_YZ: u32 = 65535;

/// A specialization of a kernel: the kernel with its const generics substituted, and its
/// stable hash (the key of backends' compiled-kernel caches).
#[derive(Clone, Debug)]
pub struct Specialized {
    /// The specialized kernel (no symbols left; verified).
    pub kernel: Arc<Kernel>,
    /// [`crate::text::kernel_hash`] of `kernel`.
    pub key: u64,
    /// The element count of its largest tile (0 for scalars only), checked at each launch
    /// against the device's [`Backend::max_tile_elements`](super::Backend::max_tile_elements).
    pub max_tile: u64,
}

/// A kernel as the `#[kernel]` macro embeds it: a name and the IR text, parsed on first use,
/// with an in-memory cache of its specializations.
///
/// Constructible in a `static` (`const fn new`), so each kernel has exactly one definition
/// per program and its parse and specializations are shared by all launches. The cache is a
/// small `Vec` behind a mutex rather than a map because it must be const-constructible and a
/// kernel rarely has more than a handful of specializations, for which a linear scan of
/// short `Vec<i64>` keys is as fast as hashing.
#[derive(Debug)]
pub struct KernelDef {
    name: Cow<'static, str>,
    ir_text: Option<&'static str>,
    parsed: OnceLock<Result<Arc<Kernel>, LaunchError>>,
    specializations: Mutex<Vec<(Vec<i64>, Specialized)>>,
}

impl KernelDef {
    /// A definition from the kernel's name and its IR in the textual form of [`crate::text`].
    pub const fn new(name: &'static str, ir_text: &'static str) -> KernelDef {
        KernelDef {
            name: Cow::Borrowed(name),
            ir_text: Some(ir_text),
            parsed: OnceLock::new(),
            specializations: Mutex::new(Vec::new()),
        }
    }

    /// A definition from an already built kernel (IR made by code rather than by the macro:
    /// tests, generated kernels). No text is parsed.
    pub fn from_kernel(kernel: Kernel) -> KernelDef {
        KernelDef {
            name: Cow::Owned(kernel.name.clone()),
            ir_text: None,
            parsed: OnceLock::from(Ok(Arc::new(kernel))),
            specializations: Mutex::new(Vec::new()),
        }
    }

    /// The kernel's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The embedded IR text, if the definition was made from text.
    pub fn ir_text(&self) -> Option<&'static str> {
        self.ir_text
    }

    /// The unspecialized kernel, parsed on the first call. A parse error is an
    /// [`LaunchError::InvalidIr`], returned again by every later call.
    pub fn kernel(&self) -> Result<&Kernel, LaunchError> {
        let parsed = self.parsed.get_or_init(|| {
            let text = self.ir_text.unwrap_or_default();
            crate::text::parse_kernel(text)
                .map(Arc::new)
                .map_err(|e| LaunchError::InvalidIr {
                    kernel: self.name.to_string(),
                    message: e.to_string(),
                })
        });
        match parsed {
            Ok(k) => Ok(k),
            Err(e) => Err(e.clone()),
        }
    }

    /// The specialization for `consts` (one value per const generic, in declaration order;
    /// bools as 0/1), made on first request and cached.
    ///
    /// A new specialization is verified (so that a backend only ever sees well-typed IR) and,
    /// when the environment variable `OXTILE_DUMP_IR` is `1`, printed to standard error;
    /// when `OXTILE_DUMP_IR_DIR` names a directory, written there as
    /// `<kernel>-<key as 016x>.ir`.
    pub fn specialize(&self, consts: &[i64]) -> Result<Specialized, LaunchError> {
        if let Some(s) = self.cached(consts) {
            return Ok(s);
        }
        let kernel = self.kernel()?;
        let spec = crate::specialize::specialize(kernel, consts).map_err(|e| {
            LaunchError::Specialization {
                kernel: self.name.to_string(),
                message: e.message,
            }
        })?;
        if let Err(errors) = crate::verify::verify(&spec) {
            let messages: Vec<String> = errors.iter().map(|e| e.message.clone()).collect();
            return Err(LaunchError::InvalidIr {
                kernel: self.name.to_string(),
                message: format!(
                    "specialization with consts {consts:?} does not verify: {}",
                    messages.join("; ")
                ),
            });
        }
        let key = crate::text::kernel_hash(&spec);
        let mut cache = self
            .specializations
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // Another thread may have made the same specialization meanwhile: keep the first.
        if let Some((_, s)) = cache.iter().find(|(c, _)| c == consts) {
            return Ok(s.clone());
        }
        let dump = super::env::flag("OXTILE_DUMP_IR").map_err(|error| LaunchError::Env {
            kernel: self.name.to_string(),
            error,
        })?;
        if dump == Some(true) {
            eprintln!(
                "// oxtile: kernel `{}` specialized with consts {consts:?} (key {key:016x})\n{}",
                self.name,
                crate::text::print_kernel(&spec)
            );
        }
        if let Some(dir) = std::env::var_os("OXTILE_DUMP_IR_DIR").filter(|d| !d.is_empty()) {
            dump_ir_to_dir(std::path::Path::new(&dir), &spec, key);
        }
        let max_tile = crate::specialize::largest_tile(&spec).map_or(0, |(n, _)| n);
        let s = Specialized {
            kernel: Arc::new(spec),
            key,
            max_tile,
        };
        cache.push((consts.to_vec(), s.clone()));
        Ok(s)
    }

    fn cached(&self, consts: &[i64]) -> Option<Specialized> {
        let cache = self
            .specializations
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        cache
            .iter()
            .find(|(c, _)| c == consts)
            .map(|(_, s)| s.clone())
    }
}

/// Writes a new specialization to `<dir>/<kernel>-<key as 016x>.ir` (`OXTILE_DUMP_IR_DIR`):
/// how CI collects every kernel the test suite and the examples specialize, to compile them
/// for GPU targets on a machine without a GPU. A write failure is reported on stderr and
/// otherwise ignored: a debugging aid must not fail a launch.
fn dump_ir_to_dir(dir: &std::path::Path, spec: &Kernel, key: u64) {
    let path = dir.join(format!("{}-{key:016x}.ir", spec.name));
    let text = crate::text::print_kernel(spec);
    // Write to a temporary name and rename, so a reader never sees half a file even when
    // several test binaries dump the same kernel at once.
    let tmp = dir.join(format!(
        ".{}-{key:016x}.{}.tmp",
        spec.name,
        std::process::id()
    ));
    let result = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&tmp, text))
        .and_then(|()| std::fs::rename(&tmp, &path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        eprintln!(
            "oxtile: OXTILE_DUMP_IR_DIR: cannot write {}: {e}",
            path.display()
        );
    }
}

/// Launches `def` specialized for `consts` on `device` over `grid`.
///
/// Checks, in order, each with an error naming the kernel and the culprit: the IR parses;
/// the grid is within `1..=2^31-1` along x and `1..=65535` along y and z (CUDA's limits, so a
/// launch that works on the interpreter works on a GPU); the argument count; each argument's
/// kind and dtype against its parameter; that every buffer belongs to `device`; the
/// constants specialize. Then runs the cached specialization on the backend.
pub fn launch(
    device: &Device,
    def: &KernelDef,
    consts: &[i64],
    grid: Grid,
    args: &[Arg<'_>],
) -> Result<(), LaunchError> {
    launch_with(device, def, consts, grid, &LaunchOptions::new(), args)
}

/// [`launch`] with tuning options (`num_warps`, `num_stages`), which are range-checked
/// first ([`LaunchError::BadOption`]).
pub fn launch_with(
    device: &Device,
    def: &KernelDef,
    consts: &[i64],
    grid: Grid,
    options: &LaunchOptions,
    args: &[Arg<'_>],
) -> Result<(), LaunchError> {
    let kernel = def.kernel()?;
    check_options(def.name(), options)?;
    check_grid(def.name(), grid)?;
    check_args(kernel, device, args)?;
    let spec = def.specialize(consts)?;
    if spec.max_tile > device.backend().max_tile_elements() {
        check_tile_limit(&spec.kernel, device)?;
    }
    device
        .backend()
        .launch(&spec.kernel, spec.key, grid, args, options)
}

/// Fails with [`LaunchError::Specialization`] when a tile of `kernel` is larger than
/// `device` allows, naming the tile.
fn check_tile_limit(kernel: &Kernel, device: &Device) -> Result<(), LaunchError> {
    let limit = device.backend().max_tile_elements();
    crate::specialize::check_tile_sizes(kernel, limit).map_err(|message| {
        LaunchError::Specialization {
            kernel: kernel.name.clone(),
            message: format!("on device `{}`: {message}", device.backend().name()),
        }
    })
}

/// Checks launch options against their ranges.
pub fn check_options(kernel: &str, options: &LaunchOptions) -> Result<(), LaunchError> {
    match options.invalid() {
        Some((option, value, expected)) => Err(LaunchError::BadOption {
            kernel: kernel.to_string(),
            option,
            value,
            expected,
        }),
        None => Ok(()),
    }
}

/// Launches an already specialized `kernel` (no const generics left) with the same checks as
/// [`launch`]: the kernel must verify, have no symbolic dimension or const generic use left,
/// and no tile larger than the device allows. `key` is passed to the backend's caches: use
/// [`crate::text::kernel_hash`] of the kernel, or any value that is unique per distinct
/// kernel.
///
/// The IR is verified on every call (this entry point keeps no cache of its own); launch a
/// [`KernelDef`] through [`launch`] to pay for it once. The kernel runs as given: the
/// rewrites of [`crate::combine`] are part of [`crate::specialize::specialize`], not of this
/// call.
pub fn launch_kernel(
    device: &Device,
    kernel: &Kernel,
    key: u64,
    grid: Grid,
    args: &[Arg<'_>],
) -> Result<(), LaunchError> {
    check_specialized(kernel)?;
    check_tile_limit(kernel, device)?;
    check_grid(&kernel.name, grid)?;
    check_args(kernel, device, args)?;
    device
        .backend()
        .launch(kernel, key, grid, args, &LaunchOptions::new())
}

/// Checks that `kernel` is what a backend may be given: it verifies, and nothing in it is
/// left for specialization (a device function, a `Dim::Sym` in a type, an `Op::ConstParam`).
pub fn check_specialized(kernel: &Kernel) -> Result<(), LaunchError> {
    let invalid = |message: String| LaunchError::InvalidIr {
        kernel: kernel.name.clone(),
        message,
    };
    if let Err(errors) = crate::verify::verify(kernel) {
        let messages: Vec<String> = errors.into_iter().map(|e| e.message).collect();
        return Err(invalid(format!(
            "it does not verify: {}",
            messages.join("; ")
        )));
    }
    if !kernel.functions.is_empty() {
        return Err(invalid(
            "the kernel is not specialized: it has device functions, which specialization \
             inlines (crate::specialize::specialize, or launch a KernelDef)"
                .into(),
        ));
    }
    let symbolic = kernel
        .values
        .iter()
        .chain(&kernel.vars)
        .chain(kernel.params.iter().map(|p| &p.ty))
        .find(|t| t.shape.iter().any(|d| d.as_const().is_none()));
    if let Some(t) = symbolic {
        return Err(invalid(format!(
            "the kernel is not specialized: the type {t} has a symbolic dimension; \
             specialize it first \
             (crate::specialize::specialize, or launch a KernelDef)"
        )));
    }
    let mut const_param = false;
    crate::analysis::walk(&kernel.body, &mut |inst| {
        const_param |= matches!(inst.op, crate::ir::Op::ConstParam { .. });
    });
    if const_param {
        return Err(invalid(
            "the kernel is not specialized: it reads a const generic (`const_param`); \
             specialize it first \
             (crate::specialize::specialize, or launch a KernelDef)"
                .into(),
        ));
    }
    Ok(())
}

/// Checks grid sizes against CUDA's limits.
pub fn check_grid(kernel: &str, grid: Grid) -> Result<(), LaunchError> {
    for (axis, value, max) in [
        ('x', grid.x, MAX_GRID_X),
        ('y', grid.y, MAX_GRID_YZ),
        ('z', grid.z, MAX_GRID_YZ),
    ] {
        if value == 0 || value > max {
            return Err(LaunchError::BadGrid {
                kernel: kernel.to_string(),
                axis,
                value,
                max,
            });
        }
    }
    Ok(())
}

/// Checks arguments against a kernel's parameters: count, kind (buffer or scalar), dtype,
/// and that buffers live on `device`.
pub fn check_args(kernel: &Kernel, device: &Device, args: &[Arg<'_>]) -> Result<(), LaunchError> {
    if args.len() != kernel.params.len() {
        return Err(LaunchError::ArgCount {
            kernel: kernel.name.clone(),
            expected: kernel.params.len(),
            found: args.len(),
        });
    }
    for (param, arg) in kernel.params.iter().zip(args) {
        if !param.ty.shape.is_empty() {
            return Err(LaunchError::InvalidIr {
                kernel: kernel.name.clone(),
                message: format!(
                    "parameter `{}` has tile type {}; parameters are scalars or pointers",
                    param.name, param.ty
                ),
            });
        }
        let ok = match (param.ty.elem, arg) {
            (Elem::Ptr(d), Arg::Buffer(b)) => b.dtype() == d,
            (Elem::Scalar(d), Arg::Scalar(s)) => s.dtype() == d,
            _ => false,
        };
        if !ok {
            return Err(LaunchError::ArgType {
                kernel: kernel.name.clone(),
                arg: param.name.clone(),
                expected: match param.ty.elem {
                    Elem::Ptr(d) => format!("a buffer of {d}"),
                    Elem::Scalar(d) => format!("a scalar {d}"),
                },
                found: arg.describe(),
            });
        }
        if let Arg::Buffer(b) = arg
            && !b.device().same_device(device)
        {
            return Err(LaunchError::ForeignBuffer {
                kernel: kernel.name.clone(),
                arg: param.name.clone(),
                expected: device.name().to_string(),
                found: b.device().name().to_string(),
            });
        }
    }
    Ok(())
}
