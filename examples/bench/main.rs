//! oxtile's benchmark harness: one table of oxtile's time against the floor and against
//! PyTorch and Triton measured in the same run on the same GPU.
//!
//! For vector add, fused softmax, layer norm, matmul (f16 and bf16 at each size) and flash
//! attention forward it prints oxtile's time, the floor (bytes over the measured copy
//! bandwidth for the memory-bound kernels; FLOPs over the measured cuBLAS rate for matmul
//! and attention), the achieved fraction of the floor, the ratios to PyTorch and Triton
//! (peer time / oxtile time: above 1 means oxtile is faster) and the correctness check;
//! then warm host launch overhead and cold and disk-cached compile time against Triton's.
//! Each kernel runs in several configurations (warps, stages, tile shapes) and its row shows
//! the fastest; on CUDA the softmax and attention also run with fast math (" fast" in the
//! configuration column), as Triton compiles its `exp`, `exp2` and division by default.
//! The peers' numbers come from `peers.py` (run it first, same GPU, same sizes).
//!
//! With `--wgpu` (a build with `--features cuda,wgpu`), the memory-bound kernels (vector add,
//! fused softmax, layer norm) also run on the wgpu backend, on the same GPU through Vulkan:
//! each wgpu row follows its CUDA row, with one more column, the wgpu row's bandwidth as a
//! fraction of the CUDA row's (the issue's target: at least 80%). The wgpu rows are left out,
//! with the reason printed under the table, when no wgpu adapter opens, or when the adapter is
//! a CPU one (Mesa's lavapipe) outside `--smoke`. In a release build wgpu launches are
//! asynchronous (unchecked mode), as CUDA's, so batches of launches time the kernels.
//!
//! ```text
//! cargo build --release --example bench --features cuda
//! python3 examples/bench/peers.py --out peers.json          # on the GPU machine
//! target/release/examples/bench --peers peers.json [--tune] [--only matmul,attention]
//! cargo run --example bench --features cuda -- --smoke       # tiny sizes, no GPU needed
//! cargo run --example bench --features cuda,wgpu -- --smoke --wgpu   # wgpu rows on lavapipe
//! ```
//!
//! The whole GPU run (conformance tests, peers, this table) is `scripts/gpu-run.sh`, from a
//! folder that `scripts/pack-gpu.sh` builds.

mod check;
// `matmul_f32` is the CPU benchmark's (examples/cpu_bench), which shares this file.
#[allow(dead_code)]
mod kernels;
mod sizes;
mod timing;

use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Instant;

use oxtile::half::{bf16, f16};
use oxtile::prelude::*;
use oxtile::{Element, LaunchOptions};

use check::{Check, poisoner};
use kernels::{
    HEAD_DIM, LAYER_NORM_BLOCK, SOFTMAX_BLOCK, attention_fwd, layer_norm_fwd,
    layer_norm_fwd_looped, matmul_bf16, matmul_f16, softmax, vector_add,
};
use serde_json::Value as Json;
use sizes::Sizes;
use timing::{Error, Plan, Timing, fmt_time};

const USAGE: &str = "\
usage: bench [--peers peers.json] [--out-md table.md] [--only k1,k2] [--tune] [--smoke]
             [--device NAME] [--wgpu]
  --peers PATH    peers.py's JSON (same GPU, same sizes); without it the peer and floor
                  columns stay empty
  --out-md PATH   also write the table as markdown
  --only LIST     run only these (prefixes of: vector_add, softmax, layer_norm, matmul,
                  matmul_f16, matmul_bf16_4096, attention, launch, compile)
  --tune          time every configuration of each kernel and keep the fastest
                  (default: the first, hand-picked, configuration only)
  --smoke         tiny sizes on Device::default() (the CPU device without a
                  GPU): checks every kernel and configuration; times mean nothing
  --device NAME   backend to open (default: cuda; with --smoke, Device::default())
  --wgpu          also run vector add, softmax and layer norm on the wgpu backend, each
                  row beside the main one, with its bandwidth as a fraction of the main
                  row's (needs a build with --features cuda,wgpu); left out, with the
                  reason, when no wgpu adapter opens or, outside --smoke, when it is a
                  CPU adapter (lavapipe)";

/// Layer-norm epsilon, as `peers.py`'s `LAYER_NORM_EPS`.
const LAYER_NORM_EPS: f32 = 1e-5;

/// Command-line options.
#[derive(Debug, Default)]
struct Args {
    smoke: bool,
    tune: bool,
    compile_probe: bool,
    wgpu: bool,
    device: Option<String>,
    peers: Option<PathBuf>,
    out_md: Option<PathBuf>,
    only: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--smoke" => args.smoke = true,
            "--tune" => args.tune = true,
            "--compile-probe" => args.compile_probe = true,
            "--wgpu" => args.wgpu = true,
            "--device" => args.device = Some(value("--device")?),
            "--peers" => args.peers = Some(value("--peers")?.into()),
            "--out-md" => args.out_md = Some(value("--out-md")?.into()),
            "--only" => args.only.extend(
                value("--only")?
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            ),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

/// The device the flags ask for. Without `--device`, the GPU run insists on CUDA (a silent
/// fall-back to the interpreter would time the wrong thing); `--smoke` takes the default.
fn open_device(args: &Args) -> Result<Device, Error> {
    Ok(match (&args.device, args.smoke) {
        (Some(name), _) => Device::by_name(name)?,
        (None, true) => Device::default()?,
        (None, false) => Device::by_name("cuda")?,
    })
}

/// The device of the wgpu rows (`--wgpu`), or why there are none. The backend is opened
/// directly rather than through `Device::by_name("wgpu")` (the same default adapter) to ask
/// whether it is a CPU adapter.
#[cfg(feature = "wgpu")]
fn open_wgpu(args: &Args, main: &Device) -> Result<Device, String> {
    use oxtile::runtime::Backend;
    if main.name().starts_with("wgpu") {
        return Err("the main rows already run on wgpu".into());
    }
    let backend = oxtile_wgpu::WgpuBackend::new().map_err(|e| e.to_string())?;
    if backend.is_cpu() && !args.smoke {
        return Err(format!(
            "`{}` is a CPU adapter (software Vulkan): its times would mean nothing \
             (--smoke runs the rows on it, for correctness)",
            backend.name()
        ));
    }
    Ok(oxtile::runtime::Device::from_backend(std::sync::Arc::new(backend)).into())
}

/// Without the `wgpu` feature there is no wgpu backend to open.
#[cfg(not(feature = "wgpu"))]
fn open_wgpu(_: &Args, _: &Device) -> Result<Device, String> {
    Err("this bench was built without the wgpu backend \
         (cargo build --release --example bench --features cuda,wgpu)"
        .into())
}

/// The backend's short name (`cuda`, `wgpu`, `interpreter`), for the table's headings.
fn backend_kind(dev: &Device) -> &str {
    let name = dev.name();
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or(name)
}

/// What every benchmark needs.
struct Ctx {
    dev: Device,
    /// `dev` is a wgpu device (the wgpu rows', or the main one with `--device wgpu`): the
    /// memory-bound benchmarks pick configurations the WGSL backend runs (it ignores
    /// `num_warps`).
    wgpu: bool,
    plan: Plan,
    sizes: Sizes,
    /// Run every configuration (`--tune`, and always under `--smoke` so each is checked).
    all_configs: bool,
    smoke: bool,
}

/// One configuration of a kernel and its launch.
struct Variant<'a> {
    name: String,
    launch: Box<dyn Fn() -> Result<(), LaunchError> + 'a>,
}

/// A benchmarked kernel's line in the table.
struct Row {
    /// The key in peers.json (`matmul_bf16_4096`), also what `--only` matches.
    key: String,
    kernel: String,
    size: String,
    /// A wgpu row (`--wgpu`): measured on the wgpu device, beside the main row of the same
    /// key.
    wgpu: bool,
    time: Option<Timing>,
    /// Bytes moved (memory-bound) or FLOPs done (matmul, attention).
    work: Work,
    check: String,
    ok: bool,
    config: String,
    /// Configurations that failed to launch or to check, with why.
    failures: Vec<String>,
}

/// What the floor is made of.
#[derive(Clone, Copy, Debug)]
enum Work {
    /// Bytes each input read once plus each output written once.
    Bytes(f64),
    /// Floating-point operations, with the cuBLAS rate key (`f16_4096`) to divide by; `None`
    /// for attention (the best f16 rate at 4096 and above).
    Flops(f64, Option<(&'static str, usize)>),
}

/// The fastest configuration that passed its check (name, time, check), if any, and the
/// configurations left out, with why.
type Outcome = (Option<(String, Timing, Check)>, Vec<String>);

/// Checks each configuration (poisoned output, one launch, compare), times those that
/// pass, and keeps the fastest. A configuration that fails to launch or to check is left
/// out and reported; the row fails only when none passes.
fn run_variants(
    ctx: &Ctx,
    mut variants: Vec<Variant<'_>>,
    poison: &dyn Fn() -> Result<(), Error>,
    check: &dyn Fn() -> Result<Check, Error>,
) -> Result<Outcome, Error> {
    if !ctx.all_configs {
        variants.truncate(1);
    }
    let mut best: Option<(String, Timing, Check)> = None;
    let mut failures = Vec::new();
    for v in &variants {
        poison()?;
        let ran = (v.launch)()
            .map_err(Error::from)
            .and_then(|()| Ok(ctx.dev.synchronize()?));
        if let Err(e) = ran {
            failures.push(format!("{}: launch failed: {e}", v.name));
            continue;
        }
        let c = check()?;
        if !c.ok() {
            failures.push(format!("{}: {}", v.name, c.describe()));
            continue;
        }
        let t = match timing::time_launches(&ctx.dev, ctx.plan, &*v.launch) {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("{}: timing failed: {e}", v.name));
                continue;
            }
        };
        eprintln!(
            "    {:28} {:>12} (spread {:.0}%) {}",
            v.name,
            fmt_time(t.median),
            t.spread * 100.0,
            c.describe()
        );
        if best.as_ref().is_none_or(|(_, b, _)| t.median < b.median) {
            best = Some((v.name.clone(), t, c));
        }
    }
    Ok((best, failures))
}

/// Builds a row from [`run_variants`]' outcome.
fn row(key: String, (kernel, size): (&str, String), work: Work, outcome: Outcome) -> Row {
    let (best, failures) = outcome;
    let (time, check, ok, config) = match best {
        Some((name, t, c)) => (Some(t), c.describe(), true, name),
        None => (
            None,
            failures
                .first()
                .map(|f| format!("FAIL ({})", f.split(": ").nth(1).unwrap_or("")))
                .unwrap_or_else(|| "FAIL".into()),
            false,
            "-".into(),
        ),
    };
    Row {
        key,
        kernel: kernel.into(),
        size,
        wgpu: false,
        time,
        work,
        check,
        ok,
        config,
        failures,
    }
}

fn bench_vector_add(ctx: &Ctx) -> Result<Row, Error> {
    let n = ctx.sizes.vector_add_n;
    let mut rng = check::rng(1);
    let x = check::uniform(&mut rng, n, -1.0, 1.0);
    let y = check::uniform(&mut rng, n, -1.0, 1.0);
    let dev = &ctx.dev;
    let (xd, yd, out) = (&dev.upload(&x)?, &dev.upload(&y)?, &dev.alloc::<f32>(n)?);
    let ni = n as i32;
    let wgpu = ctx.wgpu;
    macro_rules! v {
        ($block:literal, $warps:literal) => {
            Variant {
                name: if wgpu {
                    format!("BLOCK={}", $block)
                } else {
                    format!("BLOCK={} w{}", $block, $warps)
                },
                launch: Box::new(move || {
                    vector_add::<$block>::launch_with(
                        dev,
                        Grid::x(n.div_ceil($block) as u32),
                        &LaunchOptions::new().num_warps($warps),
                        xd,
                        yd,
                        out,
                        ni,
                    )
                }),
            }
        };
    }
    let variants = if wgpu {
        // wgpu ignores num_warps (64 threads per workgroup). BLOCK=1024 would take 65536
        // workgroups at 2^26 elements, one more than Vulkan drivers allow along an axis.
        vec![v!(4096, 8), v!(2048, 4), v!(8192, 8)]
    } else {
        vec![
            v!(4096, 8),
            v!(1024, 4),
            v!(2048, 4),
            v!(4096, 4),
            v!(8192, 8),
        ]
    };
    let check = || -> Result<Check, Error> {
        let got = out.to_vec()?;
        let idx = check::sample(n, 1 << 14);
        let g: Vec<f64> = idx.iter().map(|&i| got[i] as f64).collect();
        let w: Vec<f64> = idx.iter().map(|&i| x[i] as f64 + y[i] as f64).collect();
        Ok(Check::new(&g, &w, check::count_nan(&got), 1e-6))
    };
    let outcome = run_variants(ctx, variants, &poisoner(out, f32::NAN), &check)?;
    Ok(row(
        "vector_add".into(),
        ("vector add", format!("{n} f32")),
        Work::Bytes(3.0 * n as f64 * 4.0),
        outcome,
    ))
}

fn bench_softmax(ctx: &Ctx) -> Result<Row, Error> {
    let (rows, cols) = (ctx.sizes.softmax_rows, ctx.sizes.softmax_cols);
    assert!(cols <= SOFTMAX_BLOCK, "a softmax row must fit one block");
    let mut rng = check::rng(2);
    let x = check::uniform(&mut rng, rows * cols, -8.0, 8.0);
    let dev = &ctx.dev;
    let (xd, out) = (&dev.upload(&x)?, &dev.alloc::<f32>(rows * cols)?);
    let c = cols as i32;
    // wgpu ignores num_warps: one configuration there.
    // CUDA also with fast math (Triton's `exp` and division are its fast forms by default;
    // wgpu ignores the option).
    let warps: &[(u32, bool)] = if ctx.wgpu {
        &[(8, false)]
    } else {
        &[(8, false), (4, false), (16, false), (8, true)]
    };
    let wgpu = ctx.wgpu;
    let variants: Vec<Variant> = warps
        .iter()
        .map(|&(w, fast)| Variant {
            name: if wgpu {
                format!("BLOCK={SOFTMAX_BLOCK}")
            } else {
                format!(
                    "BLOCK={SOFTMAX_BLOCK} w{w}{}",
                    if fast { " fast" } else { "" }
                )
            },
            launch: Box::new(move || {
                softmax::<SOFTMAX_BLOCK>::launch_with(
                    dev,
                    Grid::x(rows as u32),
                    &LaunchOptions::new().num_warps(w).fast_math(fast),
                    out,
                    xd,
                    c,
                    c,
                    c,
                )
            }),
        })
        .collect();
    let check = || -> Result<Check, Error> {
        let got = out.to_vec()?;
        let (mut g, mut w) = (Vec::new(), Vec::new());
        for r in check::sample(rows, 48) {
            let range = r * cols..(r + 1) * cols;
            w.extend(check::softmax_row(&x[range.clone()]));
            g.extend(got[range].iter().map(|&v| v as f64));
        }
        Ok(Check::new(&g, &w, check::count_nan(&got), 1e-5))
    };
    let outcome = run_variants(ctx, variants, &poisoner(out, f32::NAN), &check)?;
    Ok(row(
        "softmax".into(),
        ("fused softmax", format!("{rows}x{cols} f32")),
        Work::Bytes(2.0 * (rows * cols) as f64 * 4.0),
        outcome,
    ))
}

fn bench_layer_norm(ctx: &Ctx) -> Result<Row, Error> {
    let (rows, cols) = (ctx.sizes.layer_norm_rows, ctx.sizes.layer_norm_cols);
    assert!(
        cols <= LAYER_NORM_BLOCK,
        "a layer-norm row must fit one block"
    );
    let mut rng = check::rng(3);
    let to_f16 = |v: Vec<f32>| v.into_iter().map(f16::from_f32).collect::<Vec<f16>>();
    let x = to_f16(check::uniform(&mut rng, rows * cols, -4.0, 4.0));
    let w = to_f16(check::uniform(&mut rng, cols, 0.5, 1.5));
    let b = to_f16(check::uniform(&mut rng, cols, -0.5, 0.5));
    let dev = &ctx.dev;
    let (xd, wd, bd) = (&dev.upload(&x)?, &dev.upload(&w)?, &dev.upload(&b)?);
    let y = &dev.alloc::<f16>(rows * cols)?;
    let (mean, rstd) = (&dev.alloc::<f32>(rows)?, &dev.alloc::<f32>(rows)?);
    let c = cols as i32;
    let grid = Grid::x(rows as u32);
    let variants: Vec<Variant> = if ctx.wgpu {
        // wgpu ignores num_warps. The one-block kernel (the CUDA rows' kernel) comes first;
        // its row reductions keep one partial per thread in workgroup memory, not the row.
        // The looped kernel (Triton tutorial 05's three loops) is tried under --tune.
        macro_rules! looped {
            ($block:literal) => {
                Variant {
                    name: format!("looped BLOCK={}", $block),
                    launch: Box::new(move || {
                        layer_norm_fwd_looped::<$block>::launch(
                            dev,
                            grid,
                            xd,
                            y,
                            wd,
                            bd,
                            mean,
                            rstd,
                            c,
                            c,
                            LAYER_NORM_EPS,
                        )
                    }),
                }
            };
        }
        let mut v = vec![
            Variant {
                name: format!("BLOCK={LAYER_NORM_BLOCK}"),
                launch: Box::new(move || {
                    layer_norm_fwd::<f16, LAYER_NORM_BLOCK>::launch(
                        dev,
                        grid,
                        xd,
                        y,
                        wd,
                        bd,
                        mean,
                        rstd,
                        c,
                        c,
                        LAYER_NORM_EPS,
                    )
                }),
            },
            looped!(4096),
            looped!(2048),
        ];
        if ctx.smoke {
            // Several chunks per smoke row (333 columns), the last one ragged.
            v.push(looped!(128));
        }
        v
    } else {
        [8u32, 4, 16]
            .into_iter()
            .map(|warps| Variant {
                name: format!("BLOCK={LAYER_NORM_BLOCK} w{warps}"),
                launch: Box::new(move || {
                    layer_norm_fwd::<f16, LAYER_NORM_BLOCK>::launch_with(
                        dev,
                        grid,
                        &LaunchOptions::new().num_warps(warps),
                        xd,
                        y,
                        wd,
                        bd,
                        mean,
                        rstd,
                        c,
                        c,
                        LAYER_NORM_EPS,
                    )
                }),
            })
            .collect()
    };
    let (py, pm, pr) = (
        poisoner(y, f16::NAN),
        poisoner(mean, f32::NAN),
        poisoner(rstd, f32::NAN),
    );
    let poison = || -> Result<(), Error> { py().and_then(|()| pm()).and_then(|()| pr()) };
    let wf: Vec<f64> = w.iter().map(|v| v.to_f64()).collect();
    let bf: Vec<f64> = b.iter().map(|v| v.to_f64()).collect();
    let check = || -> Result<Check, Error> {
        let got = y.to_vec()?;
        let unwritten = check::count_nan(&got)
            + check::count_nan(&mean.to_vec()?)
            + check::count_nan(&rstd.to_vec()?);
        let (mut g, mut want) = (Vec::new(), Vec::new());
        for r in check::sample(rows, 32) {
            let range = r * cols..(r + 1) * cols;
            let xr: Vec<f64> = x[range.clone()].iter().map(|v| v.to_f64()).collect();
            want.extend(check::layer_norm_row(&xr, &wf, &bf, LAYER_NORM_EPS as f64));
            g.extend(got[range].iter().map(|v| v.to_f64()));
        }
        // f16 output: rounding alone is ~3e-4 relative.
        Ok(Check::new(&g, &want, unwritten, 2e-3))
    };
    let outcome = run_variants(ctx, variants, &poison, &check)?;
    let bytes =
        2.0 * (rows * cols) as f64 * 2.0 + 2.0 * cols as f64 * 2.0 + 2.0 * rows as f64 * 4.0;
    Ok(row(
        "layer_norm".into(),
        ("layer norm fwd", format!("{rows}x{cols} f16")),
        Work::Bytes(bytes),
        outcome,
    ))
}

/// The matmul configurations (BM, BN, BK, GROUP_M, num_warps, num_stages): the first is
/// the default, the rest are tried under `--tune`. Triton tutorial 03's CUDA list, plus
/// 256x128. A macro because each is a distinct const-generic instance of one of two kernels.
macro_rules! matmul_variants {
    ($kernel:ident, $dev:expr, $s:expr, $abc:expr) => {{
        let (dev, s) = ($dev, $s);
        let (a, b, c) = $abc;
        let si = s as i32;
        let mut v: Vec<Variant> = Vec::new();
        macro_rules! one {
            ($bm:literal, $bn:literal, $bk:literal, $g:literal, $w:literal, $st:literal) => {
                v.push(Variant {
                    name: format!("{}x{}x{} g{} w{} s{}", $bm, $bn, $bk, $g, $w, $st),
                    launch: Box::new(move || {
                        $kernel::<$bm, $bn, $bk, $g>::launch_with(
                            dev,
                            Grid::x((s.div_ceil($bm) * s.div_ceil($bn)) as u32),
                            &LaunchOptions::new().num_warps($w).num_stages($st),
                            a,
                            b,
                            c,
                            si,
                            si,
                            si,
                            si,
                            1,
                            si,
                            1,
                            si,
                            1,
                        )
                    }),
                })
            };
        }
        one!(128, 128, 64, 8, 8, 3);
        one!(128, 256, 64, 8, 8, 3);
        one!(128, 128, 64, 8, 4, 4);
        one!(128, 128, 32, 8, 4, 4);
        one!(64, 256, 32, 8, 4, 4);
        one!(256, 128, 64, 8, 8, 3);
        one!(64, 128, 64, 8, 4, 4);
        v
    }};
}

/// The two 16-bit float types the matmul runs in.
trait Half: Element + Copy {
    const NAME: &'static str;
    const NAN: Self;
    fn from_f32(x: f32) -> Self;
    fn to_f64(self) -> f64;
    /// The matmul configurations of this dtype's kernel over `a`, `b`, `c` (s x s each).
    fn matmul_variants<'a>(
        dev: &'a Device,
        s: usize,
        abc: (&'a Buffer<Self>, &'a Buffer<Self>, &'a Buffer<Self>),
    ) -> Vec<Variant<'a>>;
}

impl Half for f16 {
    const NAME: &'static str = "f16";
    const NAN: Self = f16::NAN;
    fn from_f32(x: f32) -> Self {
        f16::from_f32(x)
    }
    fn to_f64(self) -> f64 {
        f16::to_f64(self)
    }
    fn matmul_variants<'a>(
        dev: &'a Device,
        s: usize,
        abc: (&'a Buffer<Self>, &'a Buffer<Self>, &'a Buffer<Self>),
    ) -> Vec<Variant<'a>> {
        matmul_variants!(matmul_f16, dev, s, abc)
    }
}

impl Half for bf16 {
    const NAME: &'static str = "bf16";
    const NAN: Self = bf16::NAN;
    fn from_f32(x: f32) -> Self {
        bf16::from_f32(x)
    }
    fn to_f64(self) -> f64 {
        bf16::to_f64(self)
    }
    fn matmul_variants<'a>(
        dev: &'a Device,
        s: usize,
        abc: (&'a Buffer<Self>, &'a Buffer<Self>, &'a Buffer<Self>),
    ) -> Vec<Variant<'a>> {
        matmul_variants!(matmul_bf16, dev, s, abc)
    }
}

fn bench_matmul<T: Half>(ctx: &Ctx, s: usize, seed: u64) -> Result<Row, Error> {
    let mut rng = check::rng(seed);
    let mut half = || -> Vec<T> {
        check::uniform(&mut rng, s * s, -1.0, 1.0)
            .into_iter()
            .map(T::from_f32)
            .collect()
    };
    let (a, b) = (half(), half());
    let dev = &ctx.dev;
    let (ad, bd, cd) = (&dev.upload(&a)?, &dev.upload(&b)?, &dev.alloc::<T>(s * s)?);
    let variants = T::matmul_variants(dev, s, (ad, bd, cd));
    let check = || -> Result<Check, Error> {
        let got = cd.to_vec()?;
        let (mut g, mut w) = (Vec::new(), Vec::new());
        for i in check::sample(s, 16) {
            for j in check::sample(s, 16) {
                let dot: f64 = (0..s)
                    .map(|p| a[i * s + p].to_f64() * b[p * s + j].to_f64())
                    .sum();
                w.push(dot);
                g.push(got[i * s + j].to_f64());
            }
        }
        let unwritten = got.iter().filter(|v| v.to_f64().is_nan()).count();
        // Output rounded to 16 bits: ~3e-4 (f16) and ~2e-3 (bf16) relative from that alone.
        let tol = if T::NAME == "f16" { 2e-3 } else { 1e-2 };
        Ok(Check::new(&g, &w, unwritten, tol))
    };
    let outcome = run_variants(ctx, variants, &poisoner(cd, T::NAN), &check)?;
    let rate_key: &'static str = if T::NAME == "f16" { "f16" } else { "bf16" };
    Ok(row(
        format!("matmul_{}_{s}", T::NAME),
        (&format!("matmul {}", T::NAME), format!("{s}^3")),
        Work::Flops(2.0 * (s as f64).powi(3), Some((rate_key, s))),
        outcome,
    ))
}

fn bench_attention(ctx: &Ctx) -> Result<Row, Error> {
    let sz = &ctx.sizes;
    let (batch, heads, seq, d) = (
        sz.attention_batch,
        sz.attention_heads,
        sz.attention_seq,
        sz.attention_head_dim,
    );
    assert_eq!(d, HEAD_DIM, "the head dimension is a kernel constant");
    let bh = batch * heads;
    let scale = 1.0 / (d as f32).sqrt();
    let mut rng = check::rng(7);
    let mut half = || -> Vec<f16> {
        check::uniform(&mut rng, bh * seq * d, -1.0, 1.0)
            .into_iter()
            .map(f16::from_f32)
            .collect()
    };
    let (q, k, v) = (half(), half(), half());
    let dev = &ctx.dev;
    let (qd, kd, vd) = (&dev.upload(&q)?, &dev.upload(&k)?, &dev.upload(&v)?);
    let od = &dev.alloc::<f16>(bh * seq * d)?;
    let seq_i = seq as i32;
    let mut variants: Vec<Variant> = Vec::new();
    // Each also with fast math (" fast": Triton compiles its `exp2` and division fast by
    // default; wgpu ignores the option).
    let fasts: &[bool] = if ctx.wgpu { &[false] } else { &[false, true] };
    macro_rules! one {
        ($bm:literal, $bn:literal, $w:literal, $st:literal) => {
            let even = seq % $bm == 0 && seq % $bn == 0;
            for &fast in fasts {
                variants.push(Variant {
                    name: format!(
                        "{}x{} w{} s{}{}",
                        $bm,
                        $bn,
                        $w,
                        $st,
                        if fast { " fast" } else { "" }
                    ),
                    launch: Box::new(move || {
                        let grid = Grid::xy(seq.div_ceil($bm) as u32, bh as u32);
                        let opts = LaunchOptions::new()
                            .num_warps($w)
                            .num_stages($st)
                            .fast_math(fast);
                        if even {
                            attention_fwd::<$bm, $bn, HEAD_DIM, true>::launch_with(
                                dev, grid, &opts, qd, kd, vd, od, seq_i, scale,
                            )
                        } else {
                            attention_fwd::<$bm, $bn, HEAD_DIM, false>::launch_with(
                                dev, grid, &opts, qd, kd, vd, od, seq_i, scale,
                            )
                        }
                    }),
                });
            }
        };
    }
    one!(128, 64, 8, 3);
    one!(128, 64, 4, 3);
    one!(128, 128, 8, 3);
    one!(64, 64, 4, 3);
    let check = || -> Result<Check, Error> {
        let got = od.to_vec()?;
        let (mut g, mut w) = (Vec::new(), Vec::new());
        for h in check::sample(bh, 4) {
            for i in check::sample(seq, 8) {
                w.extend(check::attention_row(
                    (&q, &k, &v),
                    (seq, d),
                    (h, i),
                    scale as f64,
                ));
                let at = (h * seq + i) * d;
                g.extend(got[at..at + d].iter().map(|x| x.to_f64()));
            }
        }
        let unwritten = got.iter().filter(|x| x.is_nan()).count();
        // P is rounded to f16 before the second dot, as in Triton and PyTorch.
        Ok(Check::new(&g, &w, unwritten, 1e-2))
    };
    let outcome = run_variants(ctx, variants, &poisoner(od, f16::NAN), &check)?;
    Ok(row(
        "attention".into(),
        (
            "flash attention fwd",
            format!("{batch}x{heads}x{seq}x{d} f16"),
        ),
        Work::Flops(4.0 * bh as f64 * (seq as f64).powi(2) * d as f64, None),
        outcome,
    ))
}

/// The numbers peers.py measured.
struct Peers {
    device: String,
    /// Bytes per second, read plus written.
    copy_bandwidth: f64,
    /// FLOP/s per `dtype_size` key.
    cublas: Vec<(String, f64)>,
    kernels: Json,
    launch_s: Option<f64>,
    compile_cold_s: Option<f64>,
    compile_cached_s: Option<f64>,
}

impl Peers {
    fn load(path: &PathBuf, sizes: &Sizes) -> Result<Peers, Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let j: Json = serde_json::from_str(&text)
            .map_err(|e| format!("peers file {}: {e}", path.display()))?;
        if j.get("format").and_then(Json::as_f64) != Some(1.0) {
            return Err("peers file: unknown format (want 1)".into());
        }
        sizes.check_against(j.get("sizes").ok_or("peers file: no sizes")?)?;
        let num = |k: &str| j.get(k).and_then(Json::as_f64);
        let cublas = match j.get("cublas_tflops") {
            Some(Json::Object(m)) => m
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_f64()? * 1e12)))
                .collect(),
            _ => Vec::new(),
        };
        Ok(Peers {
            device: j
                .get("device")
                .and_then(Json::as_str)
                .unwrap_or("?")
                .to_string(),
            copy_bandwidth: num("copy_bandwidth_gbs").ok_or("peers file: no bandwidth")? * 1e9,
            cublas,
            kernels: j.get("kernels").cloned().unwrap_or(Json::Null),
            launch_s: num("launch_us").map(|us| us * 1e-6),
            compile_cold_s: num("compile_cold_ms").map(|ms| ms * 1e-3),
            compile_cached_s: num("compile_cached_ms").map(|ms| ms * 1e-3),
        })
    }

    /// A peer's time in seconds (`who`: `torch` or `triton`).
    fn time(&self, key: &str, who: &str) -> Option<f64> {
        let ms = self.kernels.get(key)?.get(format!("{who}_ms"))?.as_f64()?;
        ms.is_finite().then_some(ms * 1e-3)
    }

    fn rate(&self, key: &str) -> Option<f64> {
        self.cublas.iter().find(|(k, _)| k == key).map(|(_, r)| *r)
    }

    /// The floor of a row, in seconds.
    fn floor(&self, work: Work) -> Option<f64> {
        match work {
            Work::Bytes(b) => Some(b / self.copy_bandwidth),
            Work::Flops(f, Some((dt, s))) => Some(f / self.rate(&format!("{dt}_{s}"))?),
            // Attention: the best f16 rate measured at 4096 or above.
            Work::Flops(f, None) => {
                let best = self
                    .cublas
                    .iter()
                    .filter(|(k, _)| {
                        k.strip_prefix("f16_")
                            .and_then(|s| s.parse::<usize>().ok())
                            .is_some_and(|s| s >= 4096)
                    })
                    .map(|(_, r)| *r)
                    .fold(f64::NAN, f64::max);
                best.is_finite().then(|| f / best)
            }
        }
    }
}

/// The launch-overhead and compile-time measurements.
struct HostCosts {
    /// Whether each was asked for (`--only`): rows not asked for are left out.
    launch_tried: bool,
    compile_tried: bool,
    launch: Option<Timing>,
    cold: Option<f64>,
    cached: Option<f64>,
    note: String,
}

fn measure_launch(ctx: &Ctx) -> Result<Timing, Error> {
    let n = ctx.sizes.launch_n;
    let dev = &ctx.dev;
    let mut rng = check::rng(11);
    let x = dev.upload(&check::uniform(&mut rng, n, -1.0, 1.0))?;
    let y = dev.upload(&check::uniform(&mut rng, n, -1.0, 1.0))?;
    let out = dev.alloc::<f32>(n)?;
    let launch = || {
        vector_add::<1024>::launch(
            dev,
            Grid::x(n.div_ceil(1024) as u32),
            &x,
            &y,
            &out,
            n as i32,
        )
    };
    let (batches, per_batch) = if ctx.smoke { (2, 20) } else { (20, 500) };
    timing::launch_overhead(dev, &launch, batches, per_batch)
}

/// The child side of the compile-time probe (`--compile-probe`): after the device is open
/// (context creation is not compile time), times the first launch of the vector add,
/// through to its completion, and checks its result.
fn compile_probe(args: &Args) -> Result<(), Error> {
    let dev = open_device(args)?;
    let n = Sizes::full().launch_n;
    let mut rng = check::rng(12);
    let (xs, ys) = (
        check::uniform(&mut rng, n, -1.0, 1.0),
        check::uniform(&mut rng, n, -1.0, 1.0),
    );
    let (x, y, out) = (dev.upload(&xs)?, dev.upload(&ys)?, dev.alloc::<f32>(n)?);
    dev.synchronize()?;
    let t0 = Instant::now();
    vector_add::<1024>::launch(
        &dev,
        Grid::x(n.div_ceil(1024) as u32),
        &x,
        &y,
        &out,
        n as i32,
    )?;
    dev.synchronize()?;
    let ms = t0.elapsed().as_secs_f64() * 1e3;
    let got = out.to_vec()?;
    let ok = got
        .iter()
        .zip(xs.iter().zip(&ys))
        .all(|(g, (a, b))| *g == a + b);
    if !ok {
        return Err("compile probe: wrong vector add result".into());
    }
    println!("compile_probe_ms {ms}");
    Ok(())
}

/// Runs the probe in two fresh processes over one new, empty `OXTILE_CACHE_DIR`: the first
/// compiles (cold), the second finds the kernel in the disk cache and nothing in memory.
fn measure_compile(args: &Args) -> Result<(f64, f64, String), Error> {
    let dir = std::env::temp_dir().join(format!("oxtile-bench-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let exe = std::env::current_exe()?;
    let mut times = Vec::new();
    for _ in 0..2 {
        let mut cmd = Command::new(&exe);
        cmd.arg("--compile-probe")
            .env("OXTILE_CACHE_DIR", &dir)
            .env_remove("OXTILE_DISABLE_DISK_CACHE");
        if args.smoke {
            cmd.arg("--smoke");
        }
        if let Some(d) = &args.device {
            cmd.args(["--device", d]);
        }
        let out = cmd.output()?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let ms = stdout
            .lines()
            .find_map(|l| l.strip_prefix("compile_probe_ms "))
            .and_then(|v| v.trim().parse::<f64>().ok());
        match (out.status.success(), ms) {
            (true, Some(ms)) => times.push(ms * 1e-3),
            _ => {
                let _ = std::fs::remove_dir_all(&dir);
                return Err(format!(
                    "compile probe failed ({}): {}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr).trim()
                )
                .into());
            }
        }
    }
    let entries = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    let _ = std::fs::remove_dir_all(&dir);
    let note = if entries == 0 {
        "no disk-cache entry was written".to_string()
    } else {
        format!("{entries} cache entries")
    };
    Ok((times[0], times[1], note))
}

/// A ratio for the table: `peer / ours`, above 1 when oxtile is faster.
fn ratio(peer: Option<f64>, ours: Option<f64>) -> String {
    match (peer, ours) {
        (Some(p), Some(o)) if o > 0.0 => match p / o {
            r if r < 10.0 => format!("{r:.2}x"),
            r if r < 100.0 => format!("{r:.1}x"),
            r => format!("{r:.0}x"),
        },
        _ => "-".into(),
    }
}

/// The table, as markdown (aligned, so it reads as plain text too), and the targets. `main`
/// is the main rows' backend (`cuda`), named in the heading of the column that wgpu rows add.
fn render(
    rows: &[Row],
    host: &HostCosts,
    peers: Option<&Peers>,
    main: &str,
) -> (String, Vec<(String, bool)>) {
    let mut header: Vec<String> = [
        "kernel",
        "size",
        "oxtile",
        "floor",
        "of floor",
        "vs torch",
        "vs triton",
        "check",
        "config",
    ]
    .map(String::from)
    .to_vec();
    // With wgpu rows, one more column after the peers: the row's bandwidth as a fraction of
    // the main row's of the same kernel (same bytes: main time / wgpu time).
    let with_wgpu = rows.iter().any(|r| r.wgpu);
    if with_wgpu {
        header.insert(7, format!("of {main} bw"));
    }
    let mut cells: Vec<Vec<String>> = Vec::new();
    let mut targets: Vec<(String, bool)> = Vec::new();
    for r in rows {
        let ours = r.time.map(|t| t.median);
        let of_main = if r.wgpu {
            let main_row = rows.iter().find(|m| !m.wgpu && m.key == r.key);
            match (main_row.and_then(|m| m.time), ours) {
                (Some(m), Some(o)) if o > 0.0 => Some(m.median / o),
                _ => None,
            }
        } else {
            None
        };
        let floor = peers.and_then(|p| p.floor(r.work));
        let frac = match (floor, ours) {
            (Some(f), Some(o)) => Some(f / o),
            _ => None,
        };
        let torch = peers.and_then(|p| p.time(&r.key, "torch"));
        let triton = peers.and_then(|p| p.time(&r.key, "triton"));
        let mut line = vec![
            if r.wgpu {
                format!("{} (wgpu)", r.kernel)
            } else {
                r.kernel.clone()
            },
            r.size.clone(),
            ours.map_or("-".into(), fmt_time),
            floor.map_or("-".into(), fmt_time),
            frac.map_or("-".into(), |f| format!("{:.0}%", f * 100.0)),
            ratio(torch, ours),
            ratio(triton, ours),
            r.check.clone(),
            r.config.clone(),
        ];
        if with_wgpu {
            line.insert(
                7,
                of_main.map_or("-".into(), |f| format!("{:.0}%", f * 100.0)),
            );
        }
        cells.push(line);
        // The issue's targets (H100): the wgpu backend's is a fraction of the CUDA backend's
        // bandwidth; the floor and Triton targets are the CUDA backend's.
        if r.wgpu {
            if main == "cuda" {
                targets.push((
                    format!(
                        "{} on wgpu >= 80% of the CUDA backend's bandwidth: {}",
                        r.key,
                        of_main.map_or("-".into(), |f| format!("{:.0}%", f * 100.0))
                    ),
                    of_main.is_some_and(|f| f >= 0.8),
                ));
            }
            continue;
        }
        let memory_bound = matches!(r.key.as_str(), "vector_add" | "softmax" | "layer_norm");
        if memory_bound && frac.is_some() {
            targets.push((
                format!(
                    "{} >= 90% of copy bandwidth: {}",
                    r.key,
                    frac.map_or("-".into(), |f| format!("{:.0}%", f * 100.0))
                ),
                frac.is_some_and(|f| f >= 0.9),
            ));
        }
        if memory_bound && triton.is_some() && ours.is_some() {
            targets.push((
                format!("{} >= 1.0x Triton: {}", r.key, ratio(triton, ours)),
                matches!((triton, ours), (Some(t), Some(o)) if t >= o),
            ));
        }
        if r.key.ends_with("_4096") && r.key.starts_with("matmul") && frac.is_some() {
            targets.push((
                format!(
                    "{} >= 60% of cuBLAS: {}",
                    r.key,
                    frac.map_or("-".into(), |f| format!("{:.0}%", f * 100.0))
                ),
                frac.is_some_and(|f| f >= 0.6),
            ));
        }
    }
    // (row, size, oxtile seconds, target seconds, Triton seconds, how measured)
    type HostRow<'a> = (&'a str, &'a str, Option<f64>, f64, Option<f64>, &'a str);
    let host_rows: [HostRow; 3] = [
        (
            "launch, warm (host)",
            "vector add, 1 program",
            host.launch.map(|t| t.median),
            3e-6,
            peers.and_then(|p| p.launch_s),
            "10^4 launches, no sync",
        ),
        (
            "compile, cold",
            "vector add",
            host.cold,
            100e-3,
            peers.and_then(|p| p.compile_cold_s),
            "new process, empty cache dir",
        ),
        (
            "compile, disk-cached",
            "vector add",
            host.cached,
            5e-3,
            peers.and_then(|p| p.compile_cached_s),
            "new process, same cache dir",
        ),
    ];
    for (name, size, ours, target, triton, how) in host_rows {
        let tried = if name.starts_with("launch") {
            host.launch_tried
        } else {
            host.compile_tried
        };
        if !tried {
            continue;
        }
        let met = ours.is_some_and(|o| o <= target);
        let mut line = vec![
            name.into(),
            size.into(),
            ours.map_or("-".into(), fmt_time),
            format!("target {}", fmt_time(target)),
            match ours {
                Some(_) if met => "met".into(),
                Some(_) => "missed".into(),
                None => "-".into(),
            },
            "-".into(),
            ratio(triton, ours),
            if ours.is_some() {
                "ok".into()
            } else {
                "-".into()
            },
            if name.starts_with("compile") && !host.note.is_empty() {
                format!("{how}; {}", host.note)
            } else {
                how.into()
            },
        ];
        if with_wgpu {
            line.insert(7, "-".into());
        }
        cells.push(line);
        if ours.is_some() {
            targets.push((
                format!(
                    "{name} <= {}: {}",
                    fmt_time(target),
                    ours.map_or("-".into(), fmt_time)
                ),
                met,
            ));
        }
    }
    let widths: Vec<usize> = (0..header.len())
        .map(|c| {
            cells
                .iter()
                .map(|r| r[c].chars().count())
                .chain([header[c].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |r: &[String]| {
        let padded: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        format!("| {} |\n", padded.join(" | "))
    };
    let mut out = line(&header);
    out += &line(&widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>());
    for r in &cells {
        out += &line(r);
    }
    (out, targets)
}

fn selected(only: &[String], key: &str) -> bool {
    only.is_empty() || only.iter().any(|o| key.starts_with(o.as_str()))
}

fn run(args: &Args) -> Result<bool, Error> {
    let sizes = if args.smoke {
        Sizes::smoke()
    } else {
        Sizes::full()
    };
    let peers = match &args.peers {
        Some(p) if !args.smoke => Some(Peers::load(p, &sizes)?),
        Some(_) => {
            eprintln!("--smoke: the peers file is ignored (it holds the GPU sizes)");
            None
        }
        None => None,
    };
    let dev = open_device(args)?;
    let plan = if args.smoke { Plan::SMOKE } else { Plan::GPU };
    let all_configs = args.tune || args.smoke;
    // The wgpu rows' context, or why there is none (`--wgpu` asked for them).
    let wgpu_ctx: Option<Result<Ctx, String>> = args.wgpu.then(|| {
        open_wgpu(args, &dev).map(|wdev| Ctx {
            dev: wdev,
            wgpu: true,
            plan,
            sizes: sizes.clone(),
            all_configs,
            smoke: args.smoke,
        })
    });
    let ctx = Ctx {
        wgpu: backend_kind(&dev) == "wgpu",
        dev,
        plan,
        sizes,
        all_configs,
        smoke: args.smoke,
    };
    let wgpu_skipped = match &wgpu_ctx {
        Some(Err(why)) => Some(format!("wgpu rows: left out: {why}")),
        _ => None,
    };
    let wgpu_ctx = wgpu_ctx.and_then(Result::ok);
    let wgpu_on = wgpu_ctx
        .as_ref()
        .map(|w| format!("; wgpu rows on {}", w.dev.name()))
        .unwrap_or_default();
    eprintln!(
        "bench on {}{wgpu_on}{}{}",
        ctx.dev.name(),
        peers
            .as_ref()
            .map(|p| format!(", peers measured on {}", p.device))
            .unwrap_or_default(),
        if args.smoke {
            " (smoke: tiny sizes)"
        } else {
            ""
        }
    );

    type Bench<'a> = (String, Box<dyn Fn(&Ctx) -> Result<Row, Error> + 'a>);
    let mut benches: Vec<Bench> = vec![
        ("vector_add".into(), Box::new(bench_vector_add)),
        ("softmax".into(), Box::new(bench_softmax)),
        ("layer_norm".into(), Box::new(bench_layer_norm)),
    ];
    for (i, &s) in ctx.sizes.matmul_sizes.iter().enumerate() {
        let seed = 100 + i as u64;
        benches.push((
            format!("matmul_f16_{s}"),
            Box::new(move |c: &Ctx| bench_matmul::<f16>(c, s, seed)),
        ));
    }
    for (i, &s) in ctx.sizes.matmul_sizes.iter().enumerate() {
        let seed = 200 + i as u64;
        benches.push((
            format!("matmul_bf16_{s}"),
            Box::new(move |c: &Ctx| bench_matmul::<bf16>(c, s, seed)),
        ));
    }
    benches.push(("attention".into(), Box::new(bench_attention)));

    if let Some(why) = &wgpu_skipped {
        eprintln!("  {why}");
    }

    let mut rows = Vec::new();
    let mut all_ok = true;
    for (key, bench) in &benches {
        if !selected(&args.only, key) {
            continue;
        }
        // The memory-bound kernels run on the wgpu device too, each right after the main row.
        let mut ctxs = vec![(&ctx, false)];
        if matches!(key.as_str(), "vector_add" | "softmax" | "layer_norm")
            && let Some(w) = &wgpu_ctx
        {
            ctxs.push((w, true));
        }
        for (c, beside) in ctxs {
            eprintln!("  {key}{}", if beside { " (wgpu)" } else { "" });
            let mut r = bench(c).unwrap_or_else(|e| {
                eprintln!("    error: {e}");
                Row {
                    key: key.clone(),
                    kernel: key.clone(),
                    size: "-".into(),
                    wgpu: false,
                    time: None,
                    work: Work::Bytes(f64::NAN),
                    check: "ERROR (see log)".into(),
                    ok: false,
                    config: "-".into(),
                    failures: vec![format!("{key}: {e}")],
                }
            });
            r.wgpu = beside;
            for f in &r.failures {
                eprintln!("    left out: {f}");
            }
            all_ok &= r.ok;
            rows.push(r);
        }
    }

    let mut host = HostCosts {
        launch_tried: selected(&args.only, "launch"),
        compile_tried: selected(&args.only, "compile"),
        launch: None,
        cold: None,
        cached: None,
        note: String::new(),
    };
    if host.launch_tried {
        match measure_launch(&ctx) {
            Ok(t) => host.launch = Some(t),
            Err(e) => {
                eprintln!("  launch overhead: error: {e}");
                all_ok = false;
            }
        }
    }
    if host.compile_tried {
        match measure_compile(args) {
            Ok((cold, cached, note)) => {
                host.cold = Some(cold);
                host.cached = Some(cached);
                host.note = note;
            }
            Err(e) => {
                eprintln!("  compile time: error: {e}");
                all_ok = false;
            }
        }
    }

    let (mut table, targets) = render(&rows, &host, peers.as_ref(), backend_kind(&ctx.dev));
    if let Some(why) = &wgpu_skipped {
        table += &format!("\n{why}\n");
    }
    let met = targets.iter().filter(|(_, m)| *m).count();
    let mut summary = if args.smoke {
        "targets: not judged (--smoke: tiny sizes, no GPU)".to_string()
    } else {
        format!("targets (H100) met: {met}/{}", targets.len())
    };
    let missed: Vec<&str> = targets
        .iter()
        .filter(|(_, m)| !m)
        .map(|(t, _)| t.as_str())
        .collect();
    if !missed.is_empty() && !args.smoke {
        summary += &format!("; missed: {}", missed.join("; "));
    }
    if let Some(path) = &args.out_md {
        let md = format!(
            "oxtile on {}{wgpu_on}{}\n\n{table}\n{summary}\n",
            ctx.dev.name(),
            peers
                .as_ref()
                .map(|p| format!("; peers on {}", p.device))
                .unwrap_or_default()
        );
        std::fs::write(path, md)?;
    }
    println!(
        "\noxtile on {}{wgpu_on} (ratios: peer time / oxtile time; floor: bytes / copy \
         bandwidth or FLOPs / cuBLAS rate{})\n{table}{summary}",
        ctx.dev.name(),
        if wgpu_ctx.is_some() {
            format!(
                "; of {} bw: the {0} row's time / the wgpu row's",
                backend_kind(&ctx.dev)
            )
        } else {
            String::new()
        }
    );
    if !all_ok {
        println!("SOME CHECKS FAILED (details above, on stderr)");
    }
    Ok(all_ok)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("{e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.compile_probe {
        return match compile_probe(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::FAILURE
        }
    }
}
