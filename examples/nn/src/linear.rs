//! Matrix multiplication with a fused epilogue (bias, activation), autotuned.

use std::sync::{Mutex, OnceLock};

use oxtile::autotune::Autotuner;
use oxtile::prelude::*;

use crate::act::{gelu_erf, gelu_tanh, silu};
use crate::{NnError, NnFloat, Rows};

/// The activation applied to `a @ b + bias`, element by element, before the result is
/// rounded to the output's dtype.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activation {
    /// None.
    Identity,
    /// `max(x, 0)`.
    Relu,
    /// GELU, tanh approximation.
    GeluTanh,
    /// GELU, erf form.
    GeluErf,
    /// `x sigmoid(x)`.
    Silu,
}

impl Activation {
    /// The kernel's `ACT` constant.
    fn code(self) -> i32 {
        match self {
            Activation::Identity => 0,
            Activation::Relu => 1,
            Activation::GeluTanh => 2,
            Activation::GeluErf => 3,
            Activation::Silu => 4,
        }
    }
}

/// `c = act(a @ b + bias)`: Triton tutorial 03's kernel (grouped program order, an f32
/// accumulator over `BK`-wide steps of K) with the epilogue fused: the bias and the
/// activation are applied to the accumulator in registers, and `c` is written once.
#[kernel]
fn matmul_epilogue<
    T: Float,
    const BM: usize,
    const BN: usize,
    const BK: usize,
    const GROUP_M: usize,
    const BIAS: bool,
    const ACT: i32,
>(
    a: Ptr<T>,
    b: Ptr<T>,
    bias: Ptr<T>,
    c: Ptr<T>,
    m: i32,
    n: i32,
    k: i32,
    stride_am: i32,
    stride_ak: i32,
    stride_bk: i32,
    stride_bn: i32,
    stride_cm: i32,
) {
    let pid = program_id(0);
    let num_pid_m = cdiv(m, BM);
    let num_pid_n = cdiv(n, BN);
    let num_pid_in_group = GROUP_M * num_pid_n;
    let group_id = pid / num_pid_in_group;
    let first_pid_m = group_id * GROUP_M;
    let group_size_m = minimum(num_pid_m - first_pid_m, GROUP_M);
    let pid_m = first_pid_m + (pid % num_pid_in_group) % group_size_m;
    let pid_n = (pid % num_pid_in_group) / group_size_m;
    let rows = pid_m * BM + arange(0, BM);
    let cols = pid_n * BN + arange(0, BN);
    let mut acc = zeros::<f32>([BM, BN]);
    for k0 in (0..k).step_by(BK) {
        let ks = k0 + arange(0, BK);
        let a_tile = load(
            a + rows[(.., None)] * stride_am + ks[(None, ..)] * stride_ak,
            (rows[(.., None)] < m) & (ks[(None, ..)] < k),
            0.0,
        );
        let b_tile = load(
            b + ks[(.., None)] * stride_bk + cols[(None, ..)] * stride_bn,
            (ks[(.., None)] < k) & (cols[(None, ..)] < n),
            0.0,
        );
        // Not `dot(a_tile, b_tile, acc)`: `T: Float` admits f64, whose `dot` accumulates in
        // f64, and the bound has no narrower class; each step's product is rounded to f32
        // once before it is added.
        acc = acc + dot(a_tile, b_tile) as f32;
    }
    let y = if BIAS {
        acc + load(bias + cols, cols < n, 0.0)[(None, ..)] as f32
    } else {
        acc
    };
    let flat = ravel(y);
    let z = if ACT == 1 {
        maximum(flat, 0.0)
    } else if ACT == 2 {
        gelu_tanh(flat)
    } else if ACT == 3 {
        gelu_erf(flat)
    } else if ACT == 4 {
        silu(flat)
    } else {
        flat
    };
    store(
        c + rows[(.., None)] * stride_cm + cols[(None, ..)],
        reshape(z, [BM, BN]) as T,
        (rows[(.., None)] < m) & (cols[(None, ..)] < n),
    );
}

/// The tuner's candidates (BM, BN, BK, GROUP_M, num_warps, num_stages): Triton tutorial 03's
/// smaller configurations, and one small enough for any device (the tuner prunes those whose
/// tiles do not fit).
const CANDIDATES: [(usize, usize, usize, usize, u32, u32); 5] = [
    (64, 64, 32, 8, 4, 3),
    (128, 64, 32, 8, 4, 3),
    (64, 128, 32, 8, 4, 3),
    (128, 128, 64, 8, 8, 3),
    (32, 32, 32, 8, 4, 2),
];

type Tuner<T> = Autotuner<matmul_epilogue_config<T>>;

/// The tuner of one dtype and epilogue (the epilogue's constants are part of each
/// candidate), made on first use and kept for the process: its winners are remembered per
/// problem size and device (and on disk, see [`oxtile::autotune`]).
fn tuner<T: NnFloat>(bias: bool, act: Activation) -> &'static Tuner<T> {
    type Any = dyn std::any::Any + Send + Sync;
    static TUNERS: OnceLock<Mutex<Vec<(String, &'static Any)>>> = OnceLock::new();
    let name = format!("oxtile-nn-matmul-{}-bias{bias}-{act:?}", T::DTYPE);
    let mut tuners = TUNERS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(t) = tuners
        .iter()
        .find(|(n, _)| *n == name)
        .and_then(|(_, t)| t.downcast_ref::<Tuner<T>>())
    {
        return t;
    }
    let t: &'static Tuner<T> = Box::leak(Box::new(
        Autotuner::new(
            &name,
            CANDIDATES.map(|(bm, bn, bk, g, w, s)| {
                (
                    matmul_epilogue_config::<T>::new(bm, bn, bk, g, bias, act.code()),
                    LaunchOptions::new().num_warps(w).num_stages(s),
                )
            }),
        )
        .kernel(matmul_epilogue::<T, 64, 64, 32, 8, false, 0>::def())
        .prune(|c, _, limits| {
            ((c.BM + c.BN) * c.BK + c.BM * c.BN) as u64 <= limits.max_tile_elements
        }),
    ));
    tuners.push((name, t));
    t
}

/// The second factor: `[K, N]` rows, or `[N, K]` rows used transposed.
#[derive(Clone, Copy)]
enum Factor<'a, T: NnFloat> {
    Kn(&'a Rows<'a, T>),
    Nk(&'a Rows<'a, T>),
}

#[allow(clippy::too_many_arguments)]
fn run<T: NnFloat>(
    op: &'static str,
    dev: &Device,
    a: &Rows<'_, T>,
    b: Factor<'_, T>,
    bias: Option<&Buffer<T>>,
    act: Activation,
    c: &Rows<'_, T>,
) -> Result<(), NnError> {
    let (m, k) = (a.rows(), a.cols());
    // (buffer, K, N, stride along K, stride along N)
    let (bb, kb, n, sbk, sbn) = match b {
        Factor::Kn(b) => (b.buffer(), b.rows(), b.cols(), b.stride(), 1),
        Factor::Nk(w) => (w.buffer(), w.cols(), w.rows(), 1, w.stride()),
    };
    if kb != k {
        let (arg, what) = match b {
            Factor::Kn(_) => ("b", format!("has {kb} rows")),
            Factor::Nk(_) => ("w", format!("has {kb} columns")),
        };
        return Err(NnError::shape(
            op,
            arg,
            format!("{what}, expected K = {k} (the columns of `a`)"),
        ));
    }
    c.expect(op, "c", m, n)?;
    if let Some(bias) = bias {
        NnError::expect_len(op, "bias", bias, n, "column")?;
    }
    if m == 0 || n == 0 {
        return Ok(());
    }
    // Without a bias, the kernel's bias parameter is bound to `c` and never read.
    let bias_buf = bias.unwrap_or(c.buffer());
    let tuner = tuner::<T>(bias.is_some(), act);
    let key = (m, n, k);
    tuner
        .launch(dev, &key, |cfg, options| {
            let programs = m.div_ceil(cfg.BM) * n.div_ceil(cfg.BN);
            cfg.launch_with(
                dev,
                Grid::x(programs as u32),
                options,
                a.buffer(),
                bb,
                bias_buf,
                c.buffer(),
                m as i32,
                n as i32,
                k as i32,
                a.stride() as i32,
                1,
                sbk as i32,
                sbn as i32,
                c.stride() as i32,
            )
        })
        .map(|_| ())
        .map_err(NnError::launch(op))
}

/// `c = act(a @ b + bias)`: `a` is `[M, K]`, `b` `[K, N]`, `c` `[M, N]`, `bias` (optional) one
/// element per column of `c`; f32 accumulation, the bias and the activation applied to the
/// accumulator before `c` is written, once. The block shapes are autotuned per problem size
/// and device on first use ([`oxtile::autotune`]; `OXTILE_AUTOTUNE=off` skips the timing).
///
/// # Errors
/// [`NnError::Shape`] when the inner dimensions differ, `c` is not `[M, N]`, or `bias` has
/// not `N` elements; [`NnError::Launch`] when the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Activation, Rows, matmul};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let a = dev.upload(&[1.0f32, 2.0, 3.0, 4.0])?;
/// let b = dev.upload(&[1.0f32, -1.0, 0.0, 1.0])?;
/// let bias = dev.upload(&[0.5f32, -10.0])?;
/// let c = dev.alloc::<f32>(4)?;
/// let v = |buf| Rows::new(buf, 2, 2);
/// matmul(&dev, &v(&a)?, &v(&b)?, Some(&bias), Activation::Relu, &v(&c)?)?;
/// // [[1, 1], [3, 1]] + bias, then relu.
/// assert_eq!(c.to_vec()?, [1.5, 0.0, 3.5, 0.0]);
/// # Ok(()) }
/// ```
pub fn matmul<T: NnFloat>(
    dev: &Device,
    a: &Rows<'_, T>,
    b: &Rows<'_, T>,
    bias: Option<&Buffer<T>>,
    activation: Activation,
    c: &Rows<'_, T>,
) -> Result<(), NnError> {
    run("matmul", dev, a, Factor::Kn(b), bias, activation, c)
}

/// A linear layer as PyTorch's `nn.Linear` computes it: `c = act(a @ w^T + bias)`, with the
/// weight `w` stored `[N, K]` (out features by in features). As [`matmul`] otherwise.
///
/// # Errors
/// As [`matmul`] (`w`'s columns must be `a`'s).
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Activation, Rows, linear};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[1.0f32, 2.0])?;
/// let w = dev.upload(&[1.0f32, 1.0, 1.0, -1.0, 0.0, 2.0])?; // 3 outputs, 2 inputs
/// let y = dev.alloc::<f32>(3)?;
/// linear(&dev, &Rows::new(&x, 1, 2)?, &Rows::new(&w, 3, 2)?, None, Activation::Identity,
///        &Rows::new(&y, 1, 3)?)?;
/// assert_eq!(y.to_vec()?, [3.0, -1.0, 4.0]);
/// # Ok(()) }
/// ```
pub fn linear<T: NnFloat>(
    dev: &Device,
    a: &Rows<'_, T>,
    w: &Rows<'_, T>,
    bias: Option<&Buffer<T>>,
    activation: Activation,
    c: &Rows<'_, T>,
) -> Result<(), NnError> {
    run("linear", dev, a, Factor::Nk(w), bias, activation, c)
}
