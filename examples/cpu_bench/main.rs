//! oxtile's CPU benchmark: what a laptop or a CI runner without a GPU gets. For vector add,
//! fused softmax, layer norm, matmul (f32 and f16) and flash attention it prints one table
//! with the time on the `cpu` device (every core), on the reference `interpreter` (one
//! thread), on wgpu when the build has it (on a machine without a GPU that is Mesa's
//! lavapipe, Vulkan on the CPU), and NumPy's time for the same problem measured in the same
//! run by `numpy_peers.py` (its matmul is the CPU's BLAS), with the ratios between them.
//!
//! Each kernel is one of the GPU benchmark's (`examples/bench/kernels.rs`), at sizes a CPU
//! finishes in seconds: 4096x4096 for softmax and layer norm (the issue's), 1024³ matmuls
//! (Triton tutorial 03's smallest), attention at batch 1, 4 heads, 1024 tokens, head
//! dimension 64. Every result is checked against an f64 reference before it is timed. Times
//! are medians over several launches (at least 3) after a warm-up one, read back included
//! only where noted: a launch on the CPU devices returns when the work is done, and a wgpu
//! launch is synchronized before the clock stops.
//!
//! ```text
//! cargo run --release --example cpu_bench --features wgpu            # the table
//! cargo run --release --example cpu_bench --features wgpu -- --out-md table.md
//! cargo run --example cpu_bench --features wgpu -- --smoke           # tiny sizes: checks only
//! ```
//!
//! Without Python or NumPy the NumPy column stays empty (the reason is printed under the
//! table); `--numpy PATH` reads a JSON that `numpy_peers.py --out` wrote instead of running
//! it. It is a benchmark, not a test: nothing here fails on a slow time, only on a wrong
//! result.

#[path = "../bench/check.rs"]
mod check;
#[path = "../bench/kernels.rs"]
#[allow(dead_code)]
mod kernels;
#[path = "../bench/timing.rs"]
#[allow(dead_code)]
mod timing;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use oxtile::Element;
use oxtile::half::f16;
use oxtile::prelude::*;

use check::{Check, poisoner};
use kernels::{attention_fwd, layer_norm_fwd, matmul_f16, matmul_f32, softmax, vector_add};
use serde_json::Value as Json;
use timing::{Error, Plan, Timing, fmt_time};

const USAGE: &str = "\
usage: cpu_bench [--smoke] [--only k1,k2] [--numpy PATH | --no-numpy] [--no-wgpu]
                 [--no-interpreter] [--out-md PATH]
  --smoke           tiny, ragged sizes: checks every kernel on every device; times mean nothing
  --only LIST       only these (prefixes of: vector_add, softmax, layer_norm, matmul_f32,
                    matmul_f16, attention)
  --numpy PATH      NumPy's times from a JSON numpy_peers.py wrote (default: run
                    examples/cpu_bench/numpy_peers.py now, in this run)
  --no-numpy        leave the NumPy column empty
  --no-wgpu         leave the wgpu column empty
  --no-interpreter  leave the interpreter column empty (it is the slowest)
  --out-md PATH     also write the table as markdown";

/// Layer-norm epsilon, as `numpy_peers.py`'s `LAYER_NORM_EPS`.
const LAYER_NORM_EPS: f32 = 1e-5;
/// Columns per program of softmax and layer norm: a whole row in one block.
const ROW_BLOCK: usize = 4096;

/// The problem sizes; `numpy_peers.py` gets them on its command line.
#[derive(Clone, Copy, Debug)]
struct Sizes {
    vector_add_n: usize,
    softmax_rows: usize,
    softmax_cols: usize,
    layer_norm_rows: usize,
    layer_norm_cols: usize,
    /// M = N = K of both matmuls.
    matmul_n: usize,
    attention_batch: usize,
    attention_heads: usize,
    attention_seq: usize,
}

impl Sizes {
    const FULL: Sizes = Sizes {
        vector_add_n: 1 << 24,
        softmax_rows: 4096,
        softmax_cols: 4096,
        layer_norm_rows: 4096,
        layer_norm_cols: 4096,
        matmul_n: 1024,
        attention_batch: 1,
        attention_heads: 4,
        attention_seq: 1024,
    };
    /// Ragged sizes (not multiples of the blocks), so the masks are exercised.
    const SMOKE: Sizes = Sizes {
        vector_add_n: 10_001,
        softmax_rows: 7,
        softmax_cols: 300,
        layer_norm_rows: 5,
        layer_norm_cols: 333,
        matmul_n: 72,
        attention_batch: 1,
        attention_heads: 2,
        attention_seq: 128,
    };

    fn json(&self) -> String {
        serde_json::json!({
            "vector_add_n": self.vector_add_n,
            "softmax_rows": self.softmax_rows,
            "softmax_cols": self.softmax_cols,
            "layer_norm_rows": self.layer_norm_rows,
            "layer_norm_cols": self.layer_norm_cols,
            "matmul_n": self.matmul_n,
            "attention_batch": self.attention_batch,
            "attention_heads": self.attention_heads,
            "attention_seq": self.attention_seq,
            "attention_head_dim": kernels::HEAD_DIM,
        })
        .to_string()
    }
}

#[derive(Debug, Default)]
struct Args {
    smoke: bool,
    only: Vec<String>,
    numpy: Option<PathBuf>,
    no_numpy: bool,
    no_wgpu: bool,
    no_interpreter: bool,
    out_md: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--smoke" => args.smoke = true,
            "--no-numpy" => args.no_numpy = true,
            "--no-wgpu" => args.no_wgpu = true,
            "--no-interpreter" => args.no_interpreter = true,
            "--numpy" => args.numpy = Some(value("--numpy")?.into()),
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

/// The kernels, in table order: (key, kernel, dtype).
const KERNELS: [(&str, &str, &str); 6] = [
    ("vector_add", "vector add", "f32"),
    ("softmax", "fused softmax", "f32"),
    ("layer_norm", "layer norm fwd", "f32"),
    ("matmul_f32", "matmul", "f32"),
    ("matmul_f16", "matmul", "f16 (f32 acc)"),
    ("attention", "flash attention fwd", "f16"),
];

/// Checks one launch of `launch` (outputs poisoned first), then times it.
fn measure(
    dev: &Device,
    plan: Plan,
    launch: &dyn Fn() -> Result<(), LaunchError>,
    poison: &dyn Fn() -> Result<(), Error>,
    check: &dyn Fn() -> Result<Check, Error>,
) -> Result<(Timing, Check), Error> {
    poison()?;
    launch()?;
    dev.synchronize()?;
    let c = check()?;
    if !c.ok() {
        return Err(format!("wrong result: {}", c.describe()).into());
    }
    Ok((timing::time_launches(dev, plan, launch)?, c))
}

/// Runs the benchmark `key` on `dev`: its time and check.
fn bench(key: &str, dev: &Device, sz: &Sizes, plan: Plan) -> Result<(Timing, Check), Error> {
    match key {
        "vector_add" => {
            let n = sz.vector_add_n;
            let mut rng = check::rng(1);
            let x = check::uniform(&mut rng, n, -1.0, 1.0);
            let y = check::uniform(&mut rng, n, -1.0, 1.0);
            let (xd, yd, out) = (dev.upload(&x)?, dev.upload(&y)?, dev.alloc::<f32>(n)?);
            let launch = || {
                vector_add::<4096>::launch(
                    dev,
                    Grid::x(n.div_ceil(4096) as u32),
                    &xd,
                    &yd,
                    &out,
                    n as i32,
                )
            };
            let check = || -> Result<Check, Error> {
                let got = out.to_vec()?;
                let idx = check::sample(n, 1 << 14);
                let g: Vec<f64> = idx.iter().map(|&i| got[i] as f64).collect();
                let w: Vec<f64> = idx.iter().map(|&i| x[i] as f64 + y[i] as f64).collect();
                Ok(Check::new(&g, &w, check::count_nan(&got), 1e-6))
            };
            measure(dev, plan, &launch, &poisoner(&out, f32::NAN), &check)
        }
        "softmax" => {
            let (rows, cols) = (sz.softmax_rows, sz.softmax_cols);
            let x = check::uniform(&mut check::rng(2), rows * cols, -8.0, 8.0);
            let (xd, out) = (dev.upload(&x)?, dev.alloc::<f32>(rows * cols)?);
            let c = cols as i32;
            let launch =
                || softmax::<ROW_BLOCK>::launch(dev, Grid::x(rows as u32), &out, &xd, c, c, c);
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
            measure(dev, plan, &launch, &poisoner(&out, f32::NAN), &check)
        }
        "layer_norm" => {
            let (rows, cols) = (sz.layer_norm_rows, sz.layer_norm_cols);
            let mut rng = check::rng(3);
            let x = check::uniform(&mut rng, rows * cols, -4.0, 4.0);
            let w = check::uniform(&mut rng, cols, 0.5, 1.5);
            let b = check::uniform(&mut rng, cols, -0.5, 0.5);
            let (xd, wd, bd) = (dev.upload(&x)?, dev.upload(&w)?, dev.upload(&b)?);
            let y = dev.alloc::<f32>(rows * cols)?;
            let (mean, rstd) = (dev.alloc::<f32>(rows)?, dev.alloc::<f32>(rows)?);
            let c = cols as i32;
            let launch = || {
                layer_norm_fwd::<f32, ROW_BLOCK>::launch(
                    dev,
                    Grid::x(rows as u32),
                    &xd,
                    &y,
                    &wd,
                    &bd,
                    &mean,
                    &rstd,
                    c,
                    c,
                    LAYER_NORM_EPS,
                )
            };
            let (py, pm, pr) = (
                poisoner(&y, f32::NAN),
                poisoner(&mean, f32::NAN),
                poisoner(&rstd, f32::NAN),
            );
            let poison = || -> Result<(), Error> { py().and_then(|()| pm()).and_then(|()| pr()) };
            let check = || -> Result<Check, Error> {
                let got = y.to_vec()?;
                let unwritten = check::count_nan(&got)
                    + check::count_nan(&mean.to_vec()?)
                    + check::count_nan(&rstd.to_vec()?);
                let wf: Vec<f64> = w.iter().map(|&v| v as f64).collect();
                let bf: Vec<f64> = b.iter().map(|&v| v as f64).collect();
                let (mut g, mut want) = (Vec::new(), Vec::new());
                for r in check::sample(rows, 32) {
                    let range = r * cols..(r + 1) * cols;
                    let xr: Vec<f64> = x[range.clone()].iter().map(|&v| v as f64).collect();
                    want.extend(check::layer_norm_row(&xr, &wf, &bf, LAYER_NORM_EPS as f64));
                    g.extend(got[range].iter().map(|&v| v as f64));
                }
                Ok(Check::new(&g, &want, unwritten, 1e-5))
            };
            measure(dev, plan, &launch, &poison, &check)
        }
        "matmul_f32" => bench_matmul::<f32>(dev, sz.matmul_n, plan),
        "matmul_f16" => bench_matmul::<f16>(dev, sz.matmul_n, plan),
        "attention" => bench_attention(dev, sz, plan),
        other => Err(format!("no benchmark {other}").into()),
    }
}

/// The two matmul dtypes.
trait MatmulType: Element + Copy {
    const NAN: Self;
    /// Relative tolerance: the output's rounding plus the accumulation's.
    const TOL: f64;
    fn from_f32(x: f32) -> Self;
    fn to_f64(self) -> f64;
    /// Triton tutorial 03's kernel, grouped by 8, at 128x128x64 blocks on the CPU devices
    /// (their cost is mostly per element loaded, and a 128x128 block does twice the
    /// multiply-adds per element loaded of a 64x64 one) and 64x64x32 on wgpu.
    fn launch(
        dev: &Device,
        s: usize,
        a: &Buffer<Self>,
        b: &Buffer<Self>,
        c: &Buffer<Self>,
    ) -> Result<(), LaunchError>;
}

macro_rules! matmul_type {
    ($t:ty, $kernel:ident, $nan:expr, $tol:expr, $from:expr, $to:expr) => {
        impl MatmulType for $t {
            const NAN: Self = $nan;
            const TOL: f64 = $tol;
            fn from_f32(x: f32) -> Self {
                $from(x)
            }
            fn to_f64(self) -> f64 {
                $to(self)
            }
            fn launch(
                dev: &Device,
                s: usize,
                a: &Buffer<Self>,
                b: &Buffer<Self>,
                c: &Buffer<Self>,
            ) -> Result<(), LaunchError> {
                let si = s as i32;
                macro_rules! blocks {
                    ($bm:literal, $bn:literal, $bk:literal) => {
                        $kernel::<$bm, $bn, $bk, 8>::launch(
                            dev,
                            Grid::x((s.div_ceil($bm) * s.div_ceil($bn)) as u32),
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
                    };
                }
                if dev.name().starts_with("wgpu") {
                    // lavapipe runs a program's loops on one CPU thread, under the wgpu
                    // backend's watchdog of 65535 iterations a program: a 128x128x64 f16
                    // block exceeds it.
                    blocks!(64, 64, 32)
                } else {
                    blocks!(128, 128, 64)
                }
            }
        }
    };
}

matmul_type!(f32, matmul_f32, f32::NAN, 1e-5, |x| x, |x| x as f64);
matmul_type!(f16, matmul_f16, f16::NAN, 2e-3, f16::from_f32, f16::to_f64);

fn bench_matmul<T: MatmulType>(
    dev: &Device,
    s: usize,
    plan: Plan,
) -> Result<(Timing, Check), Error> {
    let mut rng = check::rng(4);
    let mut random = || -> Vec<T> {
        check::uniform(&mut rng, s * s, -1.0, 1.0)
            .into_iter()
            .map(T::from_f32)
            .collect()
    };
    let (a, b) = (random(), random());
    let (ad, bd, cd) = (dev.upload(&a)?, dev.upload(&b)?, dev.alloc::<T>(s * s)?);
    let launch = || T::launch(dev, s, &ad, &bd, &cd);
    let check = || -> Result<Check, Error> {
        let got = cd.to_vec()?;
        let (mut g, mut w) = (Vec::new(), Vec::new());
        for i in check::sample(s, 16) {
            for j in check::sample(s, 16) {
                w.push(
                    (0..s)
                        .map(|p| a[i * s + p].to_f64() * b[p * s + j].to_f64())
                        .sum(),
                );
                g.push(got[i * s + j].to_f64());
            }
        }
        let unwritten = got.iter().filter(|v| v.to_f64().is_nan()).count();
        Ok(Check::new(&g, &w, unwritten, T::TOL))
    };
    measure(dev, plan, &launch, &poisoner(&cd, T::NAN), &check)
}

fn bench_attention(dev: &Device, sz: &Sizes, plan: Plan) -> Result<(Timing, Check), Error> {
    const BM: usize = 64;
    const BN: usize = 64;
    let d = kernels::HEAD_DIM;
    let (bh, seq) = (sz.attention_batch * sz.attention_heads, sz.attention_seq);
    let scale = 1.0 / (d as f32).sqrt();
    let mut rng = check::rng(7);
    let mut half = || -> Vec<f16> {
        check::uniform(&mut rng, bh * seq * d, -1.0, 1.0)
            .into_iter()
            .map(f16::from_f32)
            .collect()
    };
    let (q, k, v) = (half(), half(), half());
    let (qd, kd, vd) = (dev.upload(&q)?, dev.upload(&k)?, dev.upload(&v)?);
    let od = dev.alloc::<f16>(bh * seq * d)?;
    let grid = Grid::xy(seq.div_ceil(BM) as u32, bh as u32);
    let si = seq as i32;
    let even = seq % BM == 0 && seq % BN == 0;
    let launch = || {
        if even {
            attention_fwd::<BM, BN, 64, true>::launch(dev, grid, &qd, &kd, &vd, &od, si, scale)
        } else {
            attention_fwd::<BM, BN, 64, false>::launch(dev, grid, &qd, &kd, &vd, &od, si, scale)
        }
    };
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
        Ok(Check::new(&g, &w, unwritten, 2e-3))
    };
    measure(dev, plan, &launch, &poisoner(&od, f16::NAN), &check)
}

/// NumPy's times (and the version and BLAS), from the script run now or a file.
struct NumPy {
    times: Json,
    label: String,
}

fn numpy(args: &Args, sizes: &Sizes) -> Result<NumPy, String> {
    let text = match &args.numpy {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path:?}: {e}"))?,
        None => {
            let script =
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/cpu_bench/numpy_peers.py");
            eprintln!("running {} ...", script.display());
            let mut cmd = Command::new("python3");
            cmd.arg(&script).arg("--sizes").arg(sizes.json());
            if !args.only.is_empty() {
                cmd.arg("--only").arg(args.only.join(","));
            }
            let out = cmd
                .stderr(std::process::Stdio::inherit())
                .output()
                .map_err(|e| format!("python3 did not start: {e}"))?;
            if !out.status.success() {
                return Err(format!(
                    "numpy_peers.py failed ({}): is NumPy installed? \
                     (python3 -m pip install numpy)",
                    out.status
                ));
            }
            String::from_utf8_lossy(&out.stdout).into_owned()
        }
    };
    let json: Json = serde_json::from_str(&text).map_err(|e| format!("numpy JSON: {e}"))?;
    let label = format!(
        "NumPy {} ({})",
        json["numpy"].as_str().unwrap_or("?"),
        json["blas"].as_str().unwrap_or("?")
    );
    Ok(NumPy {
        times: json["times"].clone(),
        label,
    })
}

/// One device's column.
struct Column {
    heading: String,
    dev: Option<Device>,
    /// Why the column is empty, when `dev` is `None`; else a note on the device, or nothing.
    why: String,
}

fn columns(args: &Args) -> Vec<Column> {
    let mut cols = Vec::new();
    let cpu = Device::cpu();
    let threads = oxtile::runtime::env::raw("OXTILE_CPU_THREADS").unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .to_string()
    });
    cols.push(match cpu {
        Ok(dev) => Column {
            heading: format!("cpu ({threads} thr)"),
            dev: Some(dev),
            why: String::new(),
        },
        Err(e) => Column {
            heading: "cpu".into(),
            dev: None,
            why: e.to_string(),
        },
    });
    cols.push(Column {
        heading: "interpreter".into(),
        dev: (!args.no_interpreter).then(Device::interpreter),
        why: if args.no_interpreter {
            "--no-interpreter".into()
        } else {
            String::new()
        },
    });
    cols.push(wgpu_column(args));
    cols
}

#[cfg(feature = "wgpu")]
fn wgpu_column(args: &Args) -> Column {
    if args.no_wgpu {
        return Column {
            heading: "wgpu".into(),
            dev: None,
            why: "--no-wgpu".into(),
        };
    }
    match Device::wgpu() {
        Ok(dev) => Column {
            // The adapter's full name goes under the table; lavapipe is Mesa's llvmpipe.
            heading: if dev.name().contains("llvmpipe") {
                "wgpu (lavapipe)".into()
            } else {
                "wgpu".into()
            },
            why: format!("wgpu column: {}", dev.name()),
            dev: Some(dev),
        },
        Err(e) => Column {
            heading: "wgpu".into(),
            dev: None,
            why: e.to_string(),
        },
    }
}

#[cfg(not(feature = "wgpu"))]
fn wgpu_column(_: &Args) -> Column {
    Column {
        heading: "wgpu".into(),
        dev: None,
        why: "built without the wgpu feature (--features wgpu)".into(),
    }
}

/// `a / b` as "12x" (or "-").
fn times(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => {
            let r = a / b;
            if r >= 10.0 {
                format!("{r:.0}x")
            } else {
                format!("{r:.1}x")
            }
        }
        _ => "-".into(),
    }
}

fn run(args: &Args) -> Result<bool, Error> {
    let sizes = if args.smoke {
        Sizes::SMOKE
    } else {
        Sizes::FULL
    };
    let plan = if args.smoke {
        Plan::SMOKE
    } else {
        Plan {
            batch_s: 0.0,
            reps: 7,
            warmup: 1,
        }
    };
    let selected = |key: &str| args.only.is_empty() || args.only.iter().any(|p| key.starts_with(p));
    let cols = columns(args);
    let numpy = if args.no_numpy {
        Err("--no-numpy".to_string())
    } else {
        numpy(args, &sizes)
    };
    let mut ok = true;
    // times[kernel][column]
    let mut table: Vec<(usize, Vec<Option<f64>>, Vec<String>)> = Vec::new();
    for (k, &(key, name, _)) in KERNELS.iter().enumerate() {
        if !selected(key) {
            continue;
        }
        let mut t = Vec::new();
        let mut checks = Vec::new();
        for col in &cols {
            let Some(dev) = &col.dev else {
                t.push(None);
                continue;
            };
            eprintln!("  {name:20} on {} ...", col.heading);
            match bench(key, dev, &sizes, plan) {
                Ok((timing, c)) => {
                    eprintln!(
                        "  {name:20} on {:18} {:>10} (spread {:.0}%) {}",
                        col.heading,
                        fmt_time(timing.median),
                        timing.spread * 100.0,
                        c.describe()
                    );
                    t.push(Some(timing.median));
                    checks.push(format!(
                        "{} {}",
                        col.heading.split(' ').next().unwrap_or(""),
                        c.describe()
                    ));
                }
                Err(e) => {
                    eprintln!("  {name:20} on {}: FAILED: {e}", col.heading);
                    ok = false;
                    t.push(None);
                    checks.push(format!("{}: FAIL", col.heading));
                }
            }
        }
        table.push((k, t, checks));
    }

    let mut header: Vec<String> = vec!["kernel".into(), "size".into()];
    header.extend(cols.iter().map(|c| c.heading.clone()));
    header.extend([
        "NumPy".into(),
        "cpu vs interpreter".into(),
        "cpu / NumPy".into(),
        "check".into(),
    ]);
    let mut lines = vec![header];
    for (k, t, checks) in &table {
        let (key, name, dtype) = KERNELS[*k];
        let np = numpy
            .as_ref()
            .ok()
            .and_then(|n| n.times.get(key))
            .and_then(Json::as_f64);
        let mut line = vec![name.to_string(), size_of(key, &sizes, dtype)];
        line.extend(t.iter().map(|x| x.map_or("-".into(), fmt_time)));
        line.push(np.map_or("-".into(), fmt_time));
        line.push(times(t[1], t[0]));
        line.push(times(t[0], np));
        line.push(if checks.iter().all(|c| c.contains(" ok ")) {
            "ok".into()
        } else {
            checks.join("; ")
        });
        lines.push(line);
    }
    let widths: Vec<usize> = (0..lines[0].len())
        .map(|c| {
            lines
                .iter()
                .map(|l| l[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut md = String::new();
    for (i, l) in lines.iter().enumerate() {
        let cells: Vec<String> = l
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (s, w))| {
                if c < 2 {
                    format!("{s:<w$}")
                } else {
                    format!("{s:>w$}")
                }
            })
            .collect();
        md.push_str(&format!("| {} |\n", cells.join(" | ")));
        if i == 0 {
            let rule: Vec<String> = widths
                .iter()
                .enumerate()
                .map(|(c, w)| {
                    if c < 2 {
                        "-".repeat(w + 2)
                    } else {
                        format!("{}:", "-".repeat(w + 1))
                    }
                })
                .collect();
            md.push_str(&format!("|{}|\n", rule.join("|")));
        }
    }
    let mut notes = Vec::new();
    notes.push(format!(
        "{}; times are medians{}; \"cpu vs interpreter\" is how many times faster the cpu \
         device is, \"cpu / NumPy\" how many times slower than NumPy. Matmul blocks: \
         128x128x64 on cpu and interpreter, 64x64x32 on wgpu.",
        cpu_name(),
        if args.smoke {
            " (--smoke: tiny sizes, the times mean nothing)"
        } else {
            ""
        }
    ));
    match &numpy {
        Ok(n) => notes.push(format!("NumPy column: {}, measured in this run.", n.label)),
        Err(why) => notes.push(format!("NumPy column empty: {why}")),
    }
    for c in &cols {
        if c.dev.is_none() {
            notes.push(format!("{} column empty: {}", c.heading, c.why));
        } else if !c.why.is_empty() {
            notes.push(format!("{}.", c.why));
        }
    }
    for n in &notes {
        md.push_str(&format!("\n{n}\n"));
    }
    println!("\n{md}");
    if let Some(path) = &args.out_md {
        std::fs::write(path, &md)?;
    }
    Ok(ok)
}

/// The problem size of a row, as the table shows it.
fn size_of(key: &str, s: &Sizes, dtype: &str) -> String {
    match key {
        "vector_add" => format!("{} {dtype}", s.vector_add_n),
        "softmax" => format!("{}x{} {dtype}", s.softmax_rows, s.softmax_cols),
        "layer_norm" => format!("{}x{} {dtype}", s.layer_norm_rows, s.layer_norm_cols),
        "matmul_f32" | "matmul_f16" => format!("{}^3 {dtype}", s.matmul_n),
        _ => format!(
            "{}x{}x{}x{} {dtype}",
            s.attention_batch,
            s.attention_heads,
            s.attention_seq,
            kernels::HEAD_DIM
        ),
    }
}

/// The CPU's model name and core count, for the note under the table.
fn cpu_name() -> String {
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("Measured on {model}, {cores} cores")
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("cpu_bench: a kernel failed (see above)");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("cpu_bench: {e}");
            ExitCode::FAILURE
        }
    }
}
