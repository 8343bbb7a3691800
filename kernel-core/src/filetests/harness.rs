//! The parts of a differential test every backend shares: the inputs of a run, a run on a
//! [`Device`] (the interpreter's side of every comparison, and wgpu's), and the comparison
//! of the buffers afterwards. Each backend's harness adds only how it runs a kernel.
//!
//! Inputs are random buffers of [`LEN`] elements (never zeros: small non-negative integers,
//! which are often offsets; floats in [-2, 2); any fp8 bit pattern), except a buffer named
//! `locks`, which starts at zero (spin locks free: random words would let programs through
//! at once and race on what the lock protects). Scalars are [`default_scalar`] of their
//! dtype, or the consistent set a kernel family needs ([`setup`]).

use rand::{Rng, SeedableRng, rngs::StdRng};

use crate::DType;
use crate::ir::{Elem, Kernel};
use crate::runtime::{
    Arg, Buffer, Device, Grid, LaunchError, RawBuffer, RuntimeError, ScalarValue,
};

/// Elements of every buffer of a run.
pub const LEN: usize = 1 << 14;

/// One parameter's input: a buffer's bytes, or a scalar.
pub type Input = Result<Vec<u8>, ScalarValue>;

/// What a kernel family needs beside random buffers, from its files' headers (see the
/// [module docs](super#header)).
#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    /// Its scalars in parameter order, as written (`// scalars:`), when they must be
    /// consistent (sizes and strides); `None`: [`default_scalar`] of each.
    pub scalars: Option<Vec<&'static str>>,
    /// The programs of a run (`// grid:`).
    pub grid: Grid,
    /// Whether `old[0..32]` and `slot[0]` are an exchange chain, compared as a multiset
    /// ([`exchange_chain_matches`]) rather than element by element
    /// (`// atomics: exchange-chain`).
    pub exchange_chain: bool,
    /// Per backend, the tolerance its float results are compared with where it is not
    /// [`DEFAULT_TOLERANCE`] (`// tolerance: <backend> <value>`, one line per backend): a
    /// backend whose math or order of summation differs by more than ulps says so here, in
    /// the file, with the reason in a comment beside it.
    pub tolerances: Vec<(&'static str, f64)>,
}

/// The relative and absolute tolerance of float results where a file's header names none
/// for the backend: math functions may differ from the interpreter's by ulps.
pub const DEFAULT_TOLERANCE: f64 = 1e-5;

impl Setup {
    /// The tolerance `backend`'s float results are compared with (see
    /// [`Setup::tolerances`]).
    pub fn tolerance(&self, backend: &str) -> f64 {
        self.tolerances
            .iter()
            .find(|(b, _)| *b == backend)
            .map_or(DEFAULT_TOLERANCE, |(_, t)| *t)
    }
}

impl Default for Setup {
    /// What a kernel no header speaks for gets: a 2 x 2 grid, [`default_scalar`]s, buffers
    /// compared element by element.
    fn default() -> Setup {
        Setup {
            scalars: None,
            grid: Grid { x: 2, y: 2, z: 1 },
            exchange_chain: false,
            tolerances: Vec::new(),
        }
    }
}

/// The setup of the kernel family `kernel` (the IR's kernel name, so that kernels derived
/// from a filetest by rewriting its constants keep it): what the headers of its filetests
/// say, or the defaults (a 2 x 2 grid, [`default_scalar`]s) for a kernel no file declares.
///
/// # Panics
/// When two files of the family disagree, or a header value is malformed.
pub fn setup(kernel: &str) -> Setup {
    let mut found: Option<(&str, Setup)> = None;
    for t in super::ALL
        .iter()
        .filter(|t| t.kernel_name() == Some(kernel))
    {
        let s = of_header(t);
        match &found {
            None => found = Some((t.name, s)),
            Some((first, f)) => assert!(
                *f == s,
                "{first}.ir and {}.ir (kernel `{kernel}`) declare different setups",
                t.name
            ),
        }
    }
    found.map(|(_, s)| s).unwrap_or_default()
}

/// The setup one file's header declares.
fn of_header(t: &super::FileTest) -> Setup {
    let grid = match t.header_value("grid") {
        None => Setup::default().grid,
        Some(g) => {
            let n: Vec<u32> = g
                .split_whitespace()
                .map(|v| {
                    v.parse()
                        .unwrap_or_else(|e| panic!("{}.ir: grid `{g}`: {e}", t.name))
                })
                .collect();
            match n[..] {
                [x, y] => Grid { x, y, z: 1 },
                [x, y, z] => Grid { x, y, z },
                _ => panic!(
                    "{}.ir: `// grid:` takes 2 or 3 numbers, found `{g}`",
                    t.name
                ),
            }
        }
    };
    let exchange_chain = match t.header_value("atomics") {
        None => false,
        Some("exchange-chain") => true,
        Some(other) => panic!("{}.ir: unknown `// atomics: {other}`", t.name),
    };
    let tolerances = t
        .header()
        .filter_map(|l| l.strip_prefix("// tolerance:"))
        .map(|v| {
            let bad = || -> ! {
                panic!(
                    "{}.ir: `// tolerance:{v}` takes a backend and a number (`cuda 2e-3`)",
                    t.name
                )
            };
            let mut w = v.split_whitespace();
            let (Some(backend), Some(tol), None) = (w.next(), w.next(), w.next()) else {
                bad()
            };
            let backend = super::BACKENDS
                .iter()
                .find(|b| **b == backend)
                .unwrap_or_else(|| bad());
            (*backend, tol.parse().unwrap_or_else(|_| bad()))
        })
        .collect();
    Setup {
        scalars: t
            .header_value("scalars")
            .map(|v| v.split(',').map(str::trim).collect()),
        grid,
        exchange_chain,
        tolerances,
    }
}

/// A scalar of dtype `d` written in a header (`64`, `0.5`, `true`).
///
/// # Panics
/// When `text` is not a value of `d`.
pub fn parse_scalar(d: DType, text: &str) -> ScalarValue {
    fn bad<T>(d: DType, text: &str) -> T {
        panic!("`{text}` is not a {d} scalar")
    }
    let int = || text.parse::<i128>().unwrap_or_else(|_| bad(d, text));
    let float = || text.parse::<f64>().unwrap_or_else(|_| bad(d, text));
    fn fit<T: TryFrom<i128>>(d: DType, text: &str, v: i128) -> T {
        T::try_from(v).unwrap_or_else(|_| bad(d, text))
    }
    match d {
        DType::Bool => ScalarValue::Bool(text.parse().unwrap_or_else(|_| bad(d, text))),
        DType::I8 => ScalarValue::I8(fit(d, text, int())),
        DType::I16 => ScalarValue::I16(fit(d, text, int())),
        DType::I32 => ScalarValue::I32(fit(d, text, int())),
        DType::I64 => ScalarValue::I64(fit(d, text, int())),
        DType::U8 => ScalarValue::U8(fit(d, text, int())),
        DType::U16 => ScalarValue::U16(fit(d, text, int())),
        DType::U32 => ScalarValue::U32(fit(d, text, int())),
        DType::U64 => ScalarValue::U64(fit(d, text, int())),
        DType::F16 => ScalarValue::F16(half::f16::from_f64(float())),
        DType::BF16 => ScalarValue::BF16(half::bf16::from_f64(float())),
        DType::F32 => ScalarValue::F32(float() as f32),
        DType::F64 => ScalarValue::F64(float()),
        DType::F8E4M3 | DType::F8E5M2 => bad(d, text),
    }
}

/// The scalar a parameter of dtype `d` gets by default: 32 for the narrow integers (a
/// size or an offset that stays in bounds), values past 32 bits for the 64-bit ones, 0.5
/// (0.1 for f64) for floats.
pub fn default_scalar(d: DType) -> ScalarValue {
    match d {
        DType::Bool => ScalarValue::Bool(true),
        DType::I8 => ScalarValue::I8(32),
        DType::I16 => ScalarValue::I16(32),
        DType::I32 => ScalarValue::I32(32),
        DType::I64 => ScalarValue::I64(-(1 << 40) - 3),
        DType::U8 => ScalarValue::U8(32),
        DType::U16 => ScalarValue::U16(32),
        DType::U32 => ScalarValue::U32(32),
        DType::U64 => ScalarValue::U64((1 << 40) + 3),
        DType::F16 => ScalarValue::F16(half::f16::from_f32(0.5)),
        DType::BF16 => ScalarValue::BF16(half::bf16::from_f32(0.5)),
        DType::F32 => ScalarValue::F32(0.5),
        DType::F64 => ScalarValue::F64(0.1),
        DType::F8E4M3 => ScalarValue::F8E4M3(crate::F8E4M3(0x30)),
        DType::F8E5M2 => ScalarValue::F8E5M2(crate::F8E5M2(0x38)),
    }
}

/// [`LEN`] random elements of `d` (see the module docs).
pub fn random_bytes(d: DType, r: &mut StdRng) -> Vec<u8> {
    let mut out = Vec::with_capacity(LEN * d.size_bytes());
    for _ in 0..LEN {
        let x: f32 = r.random_range(-2.0..2.0);
        let i: i64 = r.random_range(0..16);
        match d {
            DType::Bool => out.push(r.random::<bool>() as u8),
            DType::I8 | DType::U8 => out.push(i as u8),
            DType::I16 | DType::U16 => out.extend((i as u16).to_le_bytes()),
            DType::I32 | DType::U32 => out.extend((i as u32).to_le_bytes()),
            DType::I64 | DType::U64 => out.extend((i as u64).to_le_bytes()),
            DType::F16 => out.extend(half::f16::from_f32(x).to_le_bytes()),
            DType::BF16 => out.extend(half::bf16::from_f32(x).to_le_bytes()),
            DType::F32 => out.extend(x.to_le_bytes()),
            DType::F64 => out.extend((x as f64).to_le_bytes()),
            DType::F8E4M3 | DType::F8E5M2 => out.push(r.random()),
        }
    }
    out
}

/// The inputs of one run of `k` (see the module docs), from `seed`.
pub fn inputs(k: &Kernel, seed: u64) -> Vec<Input> {
    let mut r = StdRng::seed_from_u64(seed);
    let mut given = setup(&k.name).scalars.map(Vec::into_iter);
    k.params
        .iter()
        .map(|p| match p.ty.elem {
            Elem::Ptr(d) if p.name == "locks" => Ok(vec![0u8; LEN * d.size_bytes()]),
            Elem::Ptr(d) => Ok(random_bytes(d, &mut r)),
            Elem::Scalar(d) => {
                let g = given.as_mut().and_then(Iterator::next);
                Err(g.map_or_else(|| default_scalar(d), |v| parse_scalar(d, v)))
            }
        })
        .collect()
}

/// A buffer of a dtype known at run time.
enum AnyBuf {
    Bool(Buffer<bool>),
    I8(Buffer<i8>),
    I16(Buffer<i16>),
    I32(Buffer<i32>),
    I64(Buffer<i64>),
    U8(Buffer<u8>),
    U16(Buffer<u16>),
    U32(Buffer<u32>),
    U64(Buffer<u64>),
    F16(Buffer<half::f16>),
    BF16(Buffer<half::bf16>),
    F32(Buffer<f32>),
    F64(Buffer<f64>),
    E4(Buffer<crate::F8E4M3>),
    E5(Buffer<crate::F8E5M2>),
}

impl AnyBuf {
    fn alloc(dev: &Device, d: DType, len: usize) -> Result<AnyBuf, RuntimeError> {
        Ok(match d {
            DType::Bool => AnyBuf::Bool(dev.alloc(len)?),
            DType::I8 => AnyBuf::I8(dev.alloc(len)?),
            DType::I16 => AnyBuf::I16(dev.alloc(len)?),
            DType::I32 => AnyBuf::I32(dev.alloc(len)?),
            DType::I64 => AnyBuf::I64(dev.alloc(len)?),
            DType::U8 => AnyBuf::U8(dev.alloc(len)?),
            DType::U16 => AnyBuf::U16(dev.alloc(len)?),
            DType::U32 => AnyBuf::U32(dev.alloc(len)?),
            DType::U64 => AnyBuf::U64(dev.alloc(len)?),
            DType::F16 => AnyBuf::F16(dev.alloc(len)?),
            DType::BF16 => AnyBuf::BF16(dev.alloc(len)?),
            DType::F32 => AnyBuf::F32(dev.alloc(len)?),
            DType::F64 => AnyBuf::F64(dev.alloc(len)?),
            DType::F8E4M3 => AnyBuf::E4(dev.alloc(len)?),
            DType::F8E5M2 => AnyBuf::E5(dev.alloc(len)?),
        })
    }

    fn raw(&self) -> &RawBuffer {
        match self {
            AnyBuf::Bool(b) => b.raw(),
            AnyBuf::I8(b) => b.raw(),
            AnyBuf::I16(b) => b.raw(),
            AnyBuf::I32(b) => b.raw(),
            AnyBuf::I64(b) => b.raw(),
            AnyBuf::U8(b) => b.raw(),
            AnyBuf::U16(b) => b.raw(),
            AnyBuf::U32(b) => b.raw(),
            AnyBuf::U64(b) => b.raw(),
            AnyBuf::F16(b) => b.raw(),
            AnyBuf::BF16(b) => b.raw(),
            AnyBuf::F32(b) => b.raw(),
            AnyBuf::F64(b) => b.raw(),
            AnyBuf::E4(b) => b.raw(),
            AnyBuf::E5(b) => b.raw(),
        }
    }
}

/// Runs `k` on `dev` with `ins` over its family's grid ([`setup`]): the launch's result and
/// every buffer's bytes afterwards, in parameter order.
///
/// # Panics
/// When a buffer cannot be allocated, written or read back (a broken device, not a result).
pub fn run_on(dev: &Device, k: &Kernel, ins: &[Input]) -> (Result<(), LaunchError>, Vec<Vec<u8>>) {
    run_on_grid(dev, k, ins, setup(&k.name).grid)
}

/// [`run_on`] over `grid`.
///
/// # Panics
/// As [`run_on`].
pub fn run_on_grid(
    dev: &Device,
    k: &Kernel,
    ins: &[Input],
    grid: Grid,
) -> (Result<(), LaunchError>, Vec<Vec<u8>>) {
    let mut bufs = Vec::new();
    for (p, i) in k.params.iter().zip(ins) {
        if let (Elem::Ptr(d), Ok(bytes)) = (p.ty.elem, i) {
            let b = AnyBuf::alloc(dev, d, bytes.len() / d.size_bytes())
                .unwrap_or_else(|e| panic!("{}: {e}", k.name));
            b.raw()
                .write_bytes(bytes)
                .unwrap_or_else(|e| panic!("{}: {e}", k.name));
            bufs.push(Some(b));
        } else {
            bufs.push(None);
        }
    }
    let args: Vec<Arg<'_>> = bufs
        .iter()
        .zip(ins)
        .map(|(b, i)| match (b, i) {
            (Some(b), _) => Arg::Buffer(b.raw()),
            (None, Err(s)) => Arg::Scalar(*s),
            (None, Ok(_)) => panic!("{}: a buffer for a scalar parameter", k.name),
        })
        .collect();
    let key = crate::text::kernel_hash(k);
    let res = crate::runtime::launch_kernel(dev, k, key, grid, &args);
    let out = bufs
        .iter()
        .flatten()
        .map(|b| {
            b.raw()
                .read_bytes()
                .unwrap_or_else(|e| panic!("{}: {e}", k.name))
        })
        .collect();
    (res, out)
}

/// Element `i` of a buffer of `d`: its value for floats, its bits as an unsigned integer
/// otherwise (exact for every integer dtype).
pub fn element(d: DType, bytes: &[u8], i: usize) -> f64 {
    let s = d.size_bytes();
    let b = &bytes[i * s..(i + 1) * s];
    match d {
        DType::F32 => f32::from_le_bytes(b.try_into().unwrap()) as f64,
        DType::F64 => f64::from_le_bytes(b.try_into().unwrap()),
        DType::F16 => half::f16::from_le_bytes(b.try_into().unwrap()).to_f64(),
        DType::BF16 => half::bf16::from_le_bytes(b.try_into().unwrap()).to_f64(),
        DType::F8E4M3 => crate::F8E4M3(b[0]).to_f64(),
        DType::F8E5M2 => crate::F8E5M2(b[0]).to_f64(),
        _ => {
            let mut w = [0u8; 8];
            w[..s].copy_from_slice(b);
            u64::from_le_bytes(w) as f64
        }
    }
}

/// `atomics_misc` exchanges every lane's value through `slot[0]`: lanes of one program
/// go in no particular order on a GPU, so `old[0..B]` is checked as a chain, not element
/// by element. Whatever the order, the values read back (`old[0..B]`) and the one left in
/// `slot[0]` are the slot's first value and every lane's value, each once, so their
/// multiset must equal the interpreter's. The rest of both buffers (the compare-and-swap
/// on `slot[1]` and its result in `old[B]`) is compared exactly.
pub fn exchange_chain_matches(k: &Kernel, got: &[Vec<u8>], want: &[Vec<u8>]) -> Result<(), String> {
    let index = |name: &str| {
        k.params
            .iter()
            .filter(|p| matches!(p.ty.elem, Elem::Ptr(_)))
            .position(|p| p.name == name)
            .ok_or_else(|| format!("no pointer parameter `{name}`"))
    };
    let (slot, old) = (index("slot")?, index("old")?);
    // The filetest's `B`.
    let lanes = 32;
    let i32s = |b: &[u8], n: usize| -> Vec<i32> {
        b.chunks_exact(4)
            .take(n)
            .map(|c| i32::from_le_bytes(c.try_into().unwrap()))
            .collect()
    };
    let chain = |bufs: &[Vec<u8>]| {
        let mut v = i32s(&bufs[old], lanes);
        v.push(i32s(&bufs[slot], 1)[0]);
        v.sort_unstable();
        v
    };
    if chain(got) != chain(want) {
        return Err(format!(
            "`old`[0..{lanes}] and `slot`[0] are not the exchange chain: backend {:?}, interpreter {:?}",
            chain(got),
            chain(want)
        ));
    }
    if got[old][lanes * 4..] != want[old][lanes * 4..] || got[slot][4..] != want[slot][4..] {
        return Err("`old`[B..] or `slot`[1..] differ (compare-and-swap)".into());
    }
    Ok(())
}

/// Compares the buffers a backend (`backend`, for messages) left after a run of `k` with
/// the interpreter's: bit for bit, two NaNs alike, or for floats within `tol(dtype)`
/// (relative and absolute). Returns how many float elements differed within tolerance, or
/// the first differences.
pub fn compare_buffers(
    k: &Kernel,
    backend: &str,
    got: &[Vec<u8>],
    want: &[Vec<u8>],
    tol: &dyn Fn(DType) -> f64,
) -> Result<usize, String> {
    let chain = setup(&k.name).exchange_chain;
    if chain {
        exchange_chain_matches(k, got, want)?;
    }
    let ptrs = k.params.iter().filter_map(|p| match p.ty.elem {
        Elem::Ptr(d) => Some((p, d)),
        Elem::Scalar(_) => None,
    });
    let mut inexact = 0;
    let mut diffs = Vec::new();
    for ((p, d), (g, w)) in ptrs.zip(got.iter().zip(want)) {
        // Exchanges between lanes of one program apply in no particular order on a GPU.
        if g == w || (chain && (p.name == "old" || p.name == "slot")) {
            continue;
        }
        let s = d.size_bytes();
        let tol = tol(d);
        for i in 0..g.len().min(w.len()) / s {
            let (a, b) = (element(d, g, i), element(d, w, i));
            if g[i * s..(i + 1) * s] == w[i * s..(i + 1) * s] || (a.is_nan() && b.is_nan()) {
                continue;
            }
            if d.is_float() && (a - b).abs() <= tol + tol * b.abs() {
                inexact += 1;
            } else if diffs.len() < 8 {
                diffs.push(format!("`{}`[{i}]: {backend} {a}, interpreter {b}", p.name));
            }
        }
    }
    if diffs.is_empty() {
        Ok(inexact)
    } else {
        Err(diffs.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The harness compares the interpreter with itself: equal, whatever the inputs; and
    /// a changed element is reported with its buffer and index.
    #[test]
    fn a_run_matches_itself_and_a_changed_element_is_named() {
        let t = super::super::get("vector_add_1024");
        let k = t.kernel();
        let ins = inputs(&k, 7);
        let dev = Device::interpreter();
        let (r1, a) = run_on(&dev, &k, &ins);
        let (r2, b) = run_on(&dev, &k, &ins);
        assert!(r1.is_ok() && r2.is_ok());
        assert_eq!(compare_buffers(&k, "interpreter", &a, &b, &|_| 0.0), Ok(0));
        let mut c = b.clone();
        c[2][4] ^= 0x40;
        let e = compare_buffers(&k, "x", &c, &b, &|_| 0.0).unwrap_err();
        assert!(e.starts_with("`out`[1]: x "), "{e}");
        // Inputs are random, never all zeros, and the same for a seed.
        assert!(ins[0].as_ref().unwrap().iter().any(|&x| x != 0));
        assert_eq!(inputs(&k, 7), ins);
        assert_ne!(inputs(&k, 8), ins);
    }
}
