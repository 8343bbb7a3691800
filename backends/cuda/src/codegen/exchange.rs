//! Ops whose result elements need elements owned by other threads: broadcasts that stretch a
//! dimension of a tile in registers, permutes, reshapes that change the run length,
//! reductions, argmax/argmin, scans and `dot` (on tensor cores, and the conversions between
//! the blocked layout and the tensor-core fragment layout, in `fragments`).
//!
//! Each goes through the dynamic shared memory `ox_smem` (typed views at 16-byte aligned
//! offsets): every thread writes the source elements it owns, a barrier, every thread computes
//! the result elements it owns by index arithmetic, a barrier (so the next exchange may reuse
//! the memory). Lazy tiles (see `analysis`) never need this: they are evaluated at whatever
//! index a consumer asks for.
//!
//! # Reductions
//! A reduction of a whole tile to a scalar folds each thread's elements in registers, then
//! across the warp with `__shfl_xor_sync`, then across warps through shared memory. Other
//! reductions give each result element a group of `P` lanes of one warp (as many as the
//! block has threads for), each folding a strided part of the axis from shared memory, then
//! combine the lanes with shuffles. Float sums and products along axes of at most
//! [`super::EXACT_REDUCE_LEN`] elements use `P = 1`: one thread folds the whole axis in
//! ascending order, bit-identical to the interpreter. argmax/argmin combine (value, index)
//! pairs ordered by value, NaN first, then by lowest index, which gives the interpreter's
//! "first index of the best" in any combining order. Scans fold each line sequentially.
//! When the operand does not fit in shared memory at once, reductions, argmax/argmin and
//! scans go through it in chunks instead, each line folded by one thread in ascending order
//! (see `chunks`).
//! f16/bf16 sums and products (reductions and scans) accumulate in f32 and round once to the
//! dtype per result element, as the interpreter's `ReduceOp::accumulator` says.
//!
//! # dot
//! On tensor cores when the `MmaPlan` of `mma.rs` accepts the shape (see `fragments`).
//! Otherwise one fused multiply-add per k in ascending order (exactly the interpreter's
//! arithmetic), reading both operands from shared memory.

use kernel_core::DType;
use kernel_core::ir::{ArgReduceOp, BinaryOp, DotPrecision, Op, ReduceOp, ValueId};

use super::chunks::Fold;
use super::emit::{Emitter, Kind};
use super::layout::{self, numel, reg_type, strides};
use super::ops;
use super::plan::mma_info;
use super::{CodegenError, EXACT_REDUCE_LEN};

pub(crate) fn reduce_binary(op: ReduceOp) -> BinaryOp {
    match op {
        ReduceOp::Sum => BinaryOp::Add,
        ReduceOp::Prod => BinaryOp::Mul,
        ReduceOp::Max => BinaryOp::Max,
        ReduceOp::Min => BinaryOp::Min,
        ReduceOp::And => BinaryOp::And,
        ReduceOp::Or => BinaryOp::Or,
        ReduceOp::Xor => BinaryOp::Xor,
    }
}

/// `(outer, n, inner)` of a shape around `axis`.
pub(crate) fn split_axis(dims: &[u64], axis: usize) -> (u64, u64, u64) {
    (numel(&dims[..axis]), dims[axis], numel(&dims[axis + 1..]))
}

/// Rounds a byte offset up to 16.
pub(crate) fn align16(x: u64) -> u64 {
    x.div_ceil(16) * 16
}

/// A typed view of `ox_smem` at byte offset `off`.
pub(crate) fn smem(ty: &str, off: u64) -> String {
    if off == 0 {
        format!("(({ty}*)ox_smem)")
    } else {
        format!("(({ty}*)(ox_smem + {off}))")
    }
}

/// Size in bytes of a C register type.
pub(crate) fn size_of(ty: &str) -> u64 {
    match ty {
        "bool" | "i8" | "u8" => 1,
        "i16" | "u16" => 2,
        "i64" | "u64" | "f64" => 8,
        _ => 4,
    }
}

/// `__shfl_xor_sync` of a register of type `ty` (narrow types through `int`).
fn shfl_xor(ty: &str, x: &str, off: &str) -> String {
    match ty {
        "bool" | "i8" | "i16" | "u8" | "u16" => {
            format!("(({ty})__shfl_xor_sync(0xffffffffu, (i32){x}, {off}))")
        }
        _ => format!("__shfl_xor_sync(0xffffffffu, {x}, {off})"),
    }
}

/// Whether `(x, xi)` beats `(b, bi)` for argmax/argmin on dtype `d`: the better value, or
/// the lower index of two equal ones; a NaN beats every number (the lower index of two NaNs).
pub(crate) fn arg_better(
    d: DType,
    aop: ArgReduceOp,
    x: &str,
    xi: &str,
    b: &str,
    bi: &str,
) -> String {
    let cmp = match aop {
        ArgReduceOp::ArgMax => ">",
        ArgReduceOp::ArgMin => "<",
    };
    if d.is_float() {
        format!(
            "(({b} != {b}) ? (({x} != {x}) && {xi} < {bi}) : (({x} != {x}) || {x} {cmp} {b} || ({x} == {b} && {xi} < {bi})))"
        )
    } else {
        format!("({x} {cmp} {b} || ({x} == {b} && {xi} < {bi}))")
    }
}

/// The identity of a reduction on dtype `d` (so that threads without elements contribute
/// nothing): -0 for float sums (x + -0 = x), NaN for float min/max (minNum ignores it).
fn identity(op: ReduceOp, d: DType) -> String {
    let t = reg_type(d);
    if d.is_bool() {
        return match op {
            ReduceOp::And | ReduceOp::Prod | ReduceOp::Min => "true".into(),
            _ => "false".into(),
        };
    }
    if d.is_float() {
        let f64_ = d == DType::F64;
        return match op {
            ReduceOp::Sum => if f64_ { "(-0.0)" } else { "(-0.0f)" }.into(),
            ReduceOp::Prod => if f64_ { "1.0" } else { "1.0f" }.into(),
            _ => if f64_ {
                "__longlong_as_double(0x7ff8000000000000ll)"
            } else {
                "__uint_as_float(0x7fc00000u)"
            }
            .into(),
        };
    }
    let (lo, hi) = d.int_range().unwrap_or((0, 0));
    match op {
        ReduceOp::Sum | ReduceOp::Or | ReduceOp::Xor => format!("(({t})0)"),
        ReduceOp::Prod => format!("(({t})1)"),
        ReduceOp::And => format!("(({t})~({t})0)"),
        ReduceOp::Max => ops::int_literal(d, lo),
        ReduceOp::Min => ops::int_literal(d, hi),
    }
}

impl Emitter<'_> {
    /// Writes the elements of `v` (tile, lazy tile or scalar) to `smem[off + e]` as its
    /// register type.
    pub(crate) fn write_smem(&mut self, v: ValueId, off: u64, op: &Op) -> Result<(), CodegenError> {
        self.unfrag(v, op)?;
        let ty = self.ctype(v);
        let s = smem(ty, off);
        if self.kind(v) == Kind::Scalar {
            let x = self.name(v).to_string();
            self.line(format!("if (tid == 0) {s}[0] = {x};"));
            return Ok(());
        }
        let dims = self.dims(v);
        let sl = self.open_slots(&dims, true);
        let x = self.at(v, &sl);
        self.line(format!("{s}[e] = {x};"));
        self.close_slots();
        Ok(())
    }

    /// Defines `r` by gathering: result element `e` is operand element `index(e)`.
    fn gather(
        &mut self,
        r: ValueId,
        v: ValueId,
        index: impl Fn(&str) -> String,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let n = numel(&self.dims(v)).max(1);
        let ty = self.ctype(v);
        self.need_smem(n * size_of(ty), n, op);
        self.write_smem(v, 0, op)?;
        self.sync();
        let s = smem(ty, 0);
        let out = self.declare(r);
        if self.kind(r) == Kind::Scalar {
            self.line(format!("{out} = {s}[{}];", index("0")));
        } else {
            let dims = self.dims(r);
            let _ = self.open_slots(&dims, true);
            self.line(format!("{out}[c] = {s}[{}];", index("e")));
            self.close_slots();
        }
        self.sync();
        Ok(())
    }

    /// `broadcast`: a lazy view, a rename, or a gather when a dimension of a tile in
    /// registers stretches.
    pub fn broadcast(&mut self, r: ValueId, v: ValueId, op: &Op) -> Result<(), CodegenError> {
        let rd = self.dims(r);
        if rd.is_empty() {
            self.alias(r, v);
            return Ok(());
        }
        if self.a.lazy[r.index()] {
            self.define(r, Kind::Lazy);
            return Ok(());
        }
        self.unfrag(v, op)?;
        let sd = self.dims(v);
        if numel(&sd) == numel(&rd) && self.layout(v) == self.layout(r) {
            // Only dims of extent 1 were added: row-major order is unchanged.
            self.alias(r, v);
            return Ok(());
        }
        let (rk, nk) = (sd.len(), rd.len());
        let in_strides = strides(&sd);
        self.gather(
            r,
            v,
            |e| {
                let idx = layout::unravel(e, &rd);
                let terms: Vec<String> = (0..rk)
                    .filter(|&j| sd[j] != 1)
                    .map(|j| {
                        let d = idx[nk - rk + j].clone();
                        if in_strides[j] == 1 {
                            d
                        } else {
                            format!("{d} * {}", in_strides[j])
                        }
                    })
                    .collect();
                if terms.is_empty() {
                    "0".to_string()
                } else {
                    terms.join(" + ")
                }
            },
            op,
        )
    }

    /// `reshape` and `expand_dims`: row-major order is unchanged, so a rename when the run
    /// length is too; to and from rank 0 a splat or a read of element 0.
    pub fn reshape(&mut self, r: ValueId, v: ValueId, op: &Op) -> Result<(), CodegenError> {
        if self.a.lazy[r.index()] {
            self.define(r, Kind::Lazy);
            return Ok(());
        }
        let rd = self.dims(r);
        match self.kind(v) {
            Kind::Scalar => {
                self.alias(r, v);
                return Ok(());
            }
            Kind::Lazy if rd.is_empty() => {
                let sd = self.dims(v);
                let zeros = vec!["0".to_string(); sd.len()];
                let x = self.eval(v, &zeros);
                let n = self.define(r, Kind::Scalar);
                let ty = self.ctype(r);
                self.line(format!("const {ty} {n} = {x};"));
                return Ok(());
            }
            _ => {}
        }
        self.unfrag(v, op)?;
        if !rd.is_empty() && self.layout(v) == self.layout(r) {
            self.alias(r, v);
            return Ok(());
        }
        self.gather(r, v, |e| e.to_string(), op)
    }

    /// `permute`: a lazy view, a rename when only extent-1 dims move, else a gather.
    pub fn permute(
        &mut self,
        r: ValueId,
        v: ValueId,
        perm: &[u32],
        op: &Op,
    ) -> Result<(), CodegenError> {
        if self.a.lazy[r.index()] || self.trans_b.contains_key(&r) {
            // Lazy, or consumed by its `dot` as B^T (see `trans_b`): nothing to move here.
            self.define(r, Kind::Lazy);
            return Ok(());
        }
        if self.kind(v) == Kind::Scalar {
            self.alias(r, v);
            return Ok(());
        }
        self.unfrag(v, op)?;
        let sd = self.dims(v);
        let moved: Vec<u32> = perm
            .iter()
            .copied()
            .filter(|&p| sd.get(p as usize).is_some_and(|&d| d != 1))
            .collect();
        if moved.windows(2).all(|w| w[0] < w[1]) && self.layout(v) == self.layout(r) {
            self.alias(r, v);
            return Ok(());
        }
        let od = self.dims(r);
        let in_strides = strides(&sd);
        let perm = perm.to_vec();
        self.gather(
            r,
            v,
            |e| {
                let idx = layout::unravel(e, &od);
                let terms: Vec<String> = perm
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| od[*i] != 1)
                    .map(|(i, &p)| {
                        let s = in_strides[p as usize];
                        if s == 1 {
                            idx[i].clone()
                        } else {
                            format!("{} * {s}", idx[i])
                        }
                    })
                    .collect();
                if terms.is_empty() {
                    "0".to_string()
                } else {
                    terms.join(" + ")
                }
            },
            op,
        )
    }

    /// `gather` along `axis`: the source goes through shared memory; each result element
    /// reads it at its own coordinates with `axis` replaced by its index element, clamped
    /// into range (the IR's definition: never a read outside the staged tile).
    pub fn gather_along(
        &mut self,
        r: ValueId,
        src: ValueId,
        index: ValueId,
        axis: u32,
        op: &Op,
    ) -> Result<(), CodegenError> {
        self.unfrag(index, op)?;
        let sd = self.dims(src);
        let n = numel(&sd).max(1);
        let ty = self.ctype(src);
        self.need_smem(n * size_of(ty), n, op);
        self.write_smem(src, 0, op)?;
        self.sync();
        let s = smem(ty, 0);
        let out = self.declare(r);
        let rd = self.dims(r);
        let a = axis as usize;
        let last = sd[a].saturating_sub(1);
        let sl = self.open_slots(&rd, true);
        let ix = self.at(index, &sl);
        let k = self.fresh("g");
        self.line(format!(
            "const long long {k} = (long long)({ix}) < 0 ? 0 : (long long)({ix}) > {last} ? {last} : (long long)({ix});"
        ));
        let mut idx = layout::unravel("e", &rd);
        idx[a] = format!("(int){k}");
        let mut at = layout::ravel(&idx, &sd);
        if at.is_empty() {
            at = "0".to_string();
        }
        self.line(format!("{out}[c] = {s}[{at}];"));
        self.close_slots();
        self.sync();
        Ok(())
    }

    /// `histogram`: the operand (and mask) go through shared memory; each result element
    /// (a bin) counts the staged elements equal to its index, in one pass over them: no
    /// atomics, the same count in any thread order.
    pub fn histogram(
        &mut self,
        r: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let n = numel(&self.dims(value)).max(1);
        let ty = self.ctype(value);
        let mask_at = (n * size_of(ty)).div_ceil(16) * 16;
        let bytes = mask_at + if mask.is_some() { n } else { 0 };
        self.need_smem(bytes, n, op);
        self.write_smem(value, 0, op)?;
        if let Some(m) = mask {
            self.write_smem(m, mask_at, op)?;
        }
        self.sync();
        let s = smem(ty, 0);
        let hit = match mask {
            Some(_) => format!(" && {}[i]", smem("bool", mask_at)),
            None => String::new(),
        };
        let count = |bin: &str| {
            format!(
                "{{ int k = 0; for (int i = 0; i < {n}; ++i) {{ if ((long long){s}[i] == (long long)({bin}){hit}) ++k; }}"
            )
        };
        let out = self.declare(r);
        if self.kind(r) == Kind::Scalar {
            self.line(format!("{} {out} = k; }}", count("0")));
        } else {
            let rd = self.dims(r);
            let _ = self.open_slots(&rd, true);
            self.line(format!("{} {out}[c] = k; }}", count("e")));
            self.close_slots();
        }
        self.sync();
        Ok(())
    }

    /// `sort` of each line along `axis`: the operand goes through shared memory, each
    /// element's rank in its line is counted (the elements before it in the order, and the
    /// equal ones at lower positions: a stable sort), and it is written to its rank's place
    /// in a second staging area, which the result reads. The order is total (see
    /// `Op::Sort`), so the result is the interpreter's bit for bit.
    pub fn sort(
        &mut self,
        r: ValueId,
        v: ValueId,
        axis: u32,
        descending: bool,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let dims = self.dims(v);
        let total = numel(&dims).max(1);
        let ty = self.ctype(v);
        let d = self.dtype(v);
        let half = (total * size_of(ty)).div_ceil(16) * 16;
        self.need_smem(2 * half, total, op);
        self.write_smem(v, 0, op)?;
        self.sync();
        let (a, b) = (smem(ty, 0), smem(ty, half));
        let a_ = axis as usize;
        let n = dims[a_];
        let inner = numel(&dims[a_ + 1..]).max(1);
        // The key of `x` as an integer in the sort's order (floats: IEEE's total order on
        // the value with a NaN's sign cleared).
        let key = |name: &str, x: &str| -> String {
            match d {
                DType::F64 => format!(
                    "const u64 {name}a = (u64)__double_as_longlong({x}); \
                     const u64 {name}b = ({name}a << 1) > 0xffe0000000000000ull ? {name}a << 1 >> 1 : {name}a; \
                     const u64 {name} = ({name}b >> 63) ? ~{name}b : ({name}b | 0x8000000000000000ull);"
                ),
                _ if d.is_float() => format!(
                    "const u32 {name}a = __float_as_uint({x}); \
                     const u32 {name}b = ({name}a << 1) > 0xff000000u ? {name}a << 1 >> 1 : {name}a; \
                     const u32 {name} = ({name}b >> 31) ? ~{name}b : ({name}b | 0x80000000u);"
                ),
                _ => format!("const {ty} {name} = {x};"),
            }
        };
        let before = if descending { ">" } else { "<" };
        if self.kind(v) == Kind::Scalar {
            let out = self.declare(r);
            self.line(format!("{out} = {a}[0];"));
            self.sync();
            return Ok(());
        }
        let _ = self.open_slots(&dims, true);
        self.line(format!(
            "const int oi = (e / {inner}) % {n}; const int ob = e - oi * {inner};"
        ));
        self.line(key("ke", &format!("{a}[e]")));
        self.line("int rk = 0;");
        self.open(format!("for (int j = 0; j < {n}; ++j) {{"));
        self.line(key("kj", &format!("{a}[ob + j * {inner}]")));
        self.line(format!(
            "rk += (kj {before} ke || (kj == ke && j < oi)) ? 1 : 0;"
        ));
        self.close();
        self.line(format!("{b}[ob + rk * {inner}] = {a}[e];"));
        self.close_slots();
        self.sync();
        let out = self.declare(r);
        let rd = self.dims(r);
        let _ = self.open_slots(&rd, true);
        self.line(format!("{out}[c] = {b}[e];"));
        self.close_slots();
        self.sync();
        Ok(())
    }

    /// `reduce` (see the module docs for the strategies).
    pub fn reduce(
        &mut self,
        r: ValueId,
        rop: ReduceOp,
        v: ValueId,
        axis: u32,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(v);
        let ty = self.ctype(v);
        let dims = self.dims(v);
        let (outer, n, inner) = split_axis(&dims, axis as usize);
        if n == 0 {
            return Err(self.unsupported(op, "a reduction over an empty axis"));
        }
        let bop = reduce_binary(rop);
        // f16/bf16 sums and products combine their f32 registers without rounding and round
        // once, in the result (the interpreter's `ReduceOp::accumulator`); partials cross
        // lanes and warps as unrounded f32.
        let acc_d = rop.accumulator(d);
        let combine = |a: &str, b: &str| ops::binary(bop, acc_d, a, b);
        combine("a", "b").map_err(|why| self.unsupported(op, why))?;
        let result = if acc_d == d {
            "acc".to_string()
        } else {
            ops::round(d, "acc")
        };
        let exact =
            d.is_float() && matches!(rop, ReduceOp::Sum | ReduceOp::Prod) && n <= EXACT_REDUCE_LEN;
        self.unfrag(v, op)?;
        let rr = outer * inner;
        let nw = self.t / 32;
        if self.dims(r).is_empty() && !exact {
            // Registers, warp shuffles, then the warps' partials through shared memory.
            let out = self.declare(r);
            let id = identity(rop, d);
            self.open("{");
            self.line(format!("{ty} acc = {id};"));
            let sl = self.open_slots(&dims, true);
            let x = self.at(v, &sl);
            let c = combine("acc", &x).unwrap_or_default();
            self.line(format!("acc = {c};"));
            self.close_slots();
            // The shuffle is its own statement: a combine such as max may name its operand
            // twice, and a shuffle inside `?:` would run on only some lanes (divergent).
            let sh = shfl_xor(ty, "acc", "off");
            let c = combine("acc", "o").unwrap_or_default();
            self.line(format!(
                "for (int off = 16; off > 0; off >>= 1) {{ const {ty} o = {sh}; acc = {c}; }}"
            ));
            let w = smem(ty, 0);
            self.need_smem(nw as u64 * size_of(ty), numel(&dims), op);
            if nw > 1 {
                self.line(format!("if ((tid & 31) == 0) {w}[tid >> 5] = acc;"));
                self.sync();
                self.line(format!("acc = {w}[0];"));
                let c = combine("acc", &format!("{w}[w]")).unwrap_or_default();
                self.line(format!("for (int w = 1; w < {nw}; ++w) acc = {c};"));
                self.sync();
            }
            self.line(format!("{out} = {result};"));
            self.close();
            return Ok(());
        }
        // Through shared memory, P lanes per result element; in chunks when the whole tile
        // does not fit (see `chunks`).
        let src_bytes = align16(numel(&dims) * size_of(ty));
        if src_bytes + rr * size_of(ty) > self.smem_limit() {
            return self.fold_in_chunks(r, v, axis, Fold::Reduce(rop), op);
        }
        self.need_smem(src_bytes + rr * size_of(ty), numel(&dims), op);
        self.write_smem(v, 0, op)?;
        self.sync();
        let s = smem(ty, 0);
        let rs = smem(ty, src_bytes);
        let p = self.open_lines(rr, n, inner, !exact);
        self.line(format!("{ty} acc = {s}[base + l * {inner}];"));
        let c = combine("acc", &format!("{s}[base + kk * {inner}]")).unwrap_or_default();
        self.line(format!(
            "for (int kk = l + {p}; kk < {n}; kk += {p}) acc = {c};"
        ));
        if p > 1 {
            let sh = shfl_xor(ty, "acc", "off");
            let c = combine("acc", "o").unwrap_or_default();
            self.line(format!(
                "for (int off = {}; off > 0; off >>= 1) {{ const {ty} o = {sh}; acc = {c}; }}",
                p / 2
            ));
        }
        self.line(format!("if (r < {rr} && l == 0) {rs}[r] = {result};"));
        self.close_lines(r, &rs);
        Ok(())
    }

    /// Opens the loop of an axis reduction over shared memory: `rr` result lines of `n`
    /// elements (stride `inner`), `P` lanes per line (a power of two up to a warp, 1 unless
    /// `split`), so that lane `l` of group `g` handles line `r`, whose first element is at
    /// `base`. Returns `P`. Close with [`Emitter::close_lines`].
    fn open_lines(&mut self, rr: u64, n: u64, inner: u64, split: bool) -> u64 {
        let t = self.t as u64;
        let mut p = 1u64;
        if split {
            while p * 2 <= 32 && p * 2 <= n && p * 2 * rr <= t {
                p *= 2;
            }
        }
        let g = t / p;
        self.open("{");
        self.line(format!("const int g = tid / {p}, l = tid % {p};"));
        self.open(format!(
            "for (int rr = 0; rr < {}; ++rr) {{",
            rr.div_ceil(g)
        ));
        self.line(format!("const int r = g + rr * {g};"));
        self.line(format!("const int rc = r < {rr} ? r : {};", rr - 1));
        self.line(format!(
            "const int base = {} * {} + {};",
            layout::digit("rc", inner, None),
            n * inner,
            layout::digit("rc", 1, Some(inner))
        ));
        p
    }

    /// Closes [`Emitter::open_lines`] and defines `r` from the per-line results in `rs`.
    fn close_lines(&mut self, r: ValueId, rs: &str) {
        self.close();
        self.close();
        self.sync();
        self.read_results(r, rs);
        self.sync();
    }

    /// Defines `r` from `rs[e]` (a scalar from `rs[0]`).
    pub(crate) fn read_results(&mut self, r: ValueId, rs: &str) {
        let out = self.declare(r);
        if self.kind(r) == Kind::Scalar {
            self.line(format!("{out} = {rs}[0];"));
        } else {
            let dims = self.dims(r);
            let _ = self.open_slots(&dims, true);
            self.line(format!("{out}[c] = {rs}[e];"));
            self.close_slots();
        }
    }

    /// `argmax`/`argmin`: (value, index) pairs; the first index of the best element; a NaN
    /// beats everything.
    pub fn arg_reduce(
        &mut self,
        r: ValueId,
        aop: ArgReduceOp,
        v: ValueId,
        axis: u32,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(v);
        let ty = self.ctype(v);
        if d.is_bool() || d.is_fp8() {
            return Err(self.unsupported(op, format!("argmax/argmin on {d}")));
        }
        let dims = self.dims(v);
        let (outer, n, inner) = split_axis(&dims, axis as usize);
        if n == 0 {
            return Err(self.unsupported(op, "argmax/argmin over an empty axis"));
        }
        // Whether (x, xi) beats (b, bi).
        let better = |x: &str, xi: &str, b: &str, bi: &str| arg_better(d, aop, x, xi, b, bi);
        self.unfrag(v, op)?;
        let rr = outer * inner;
        let src_bytes = align16(numel(&dims) * size_of(ty));
        if src_bytes + rr * 4 > self.smem_limit() {
            return self.fold_in_chunks(r, v, axis, Fold::Arg(aop), op);
        }
        self.need_smem(src_bytes + rr * 4, numel(&dims), op);
        self.write_smem(v, 0, op)?;
        self.sync();
        let s = smem(ty, 0);
        let rs = smem("i32", src_bytes);
        let p = self.open_lines(rr, n, inner, true);
        self.line(format!("{ty} best = {s}[base + l * {inner}];"));
        self.line("int bi = l;");
        self.open(format!("for (int kk = l + {p}; kk < {n}; kk += {p}) {{"));
        self.line(format!("const {ty} x = {s}[base + kk * {inner}];"));
        let b = better("x", "kk", "best", "bi");
        self.line(format!("if ({b}) {{ best = x; bi = kk; }}"));
        self.close();
        if p > 1 {
            self.open(format!("for (int off = {}; off > 0; off >>= 1) {{", p / 2));
            self.line(format!("const {ty} x = {};", shfl_xor(ty, "best", "off")));
            self.line("const int xi = __shfl_xor_sync(0xffffffffu, bi, off);");
            let b = better("x", "xi", "best", "bi");
            self.line(format!("if ({b}) {{ best = x; bi = xi; }}"));
            self.close();
        }
        self.line(format!("if (r < {rr} && l == 0) {rs}[r] = bi;"));
        self.close_lines(r, &rs);
        Ok(())
    }

    /// `scan`: an inclusive prefix fold along the axis, each line folded sequentially in
    /// shared memory by one thread.
    pub fn scan(
        &mut self,
        r: ValueId,
        sop: ReduceOp,
        v: ValueId,
        axis: u32,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(v);
        let ty = self.ctype(v);
        let dims = self.dims(v);
        let (outer, n, inner) = split_axis(&dims, axis as usize);
        // f16/bf16 sums and products run in f32 and each element is its prefix rounded once
        // (`ReduceOp::accumulator`): rounding the running value would stall a bf16 cumsum of
        // ones at 256.
        let acc_d = sop.accumulator(d);
        let c = ops::binary(reduce_binary(sop), acc_d, "acc", "x")
            .map_err(|why| self.unsupported(op, why))?;
        let rounded = if acc_d == d {
            "acc".to_string()
        } else {
            ops::round(d, "acc")
        };
        if self.kind(v) == Kind::Scalar || numel(&dims) == 0 {
            self.alias(r, v);
            return Ok(());
        }
        self.unfrag(v, op)?;
        if numel(&dims) * size_of(ty) > self.smem_limit() {
            return self.fold_in_chunks(r, v, axis, Fold::Scan(sop), op);
        }
        self.need_smem(numel(&dims) * size_of(ty), numel(&dims), op);
        self.write_smem(v, 0, op)?;
        self.sync();
        let s = smem(ty, 0);
        let lines = outer * inner;
        self.open(format!(
            "for (int line = tid; line < {lines}; line += {}) {{",
            self.t
        ));
        self.line(format!(
            "const int base = {} * {} + {};",
            layout::digit("line", inner, None),
            n * inner,
            layout::digit("line", 1, Some(inner))
        ));
        self.line(format!("{ty} acc = {s}[base];"));
        self.line(format!(
            "for (int k = 1; k < {n}; ++k) {{ const {ty} x = {s}[base + k * {inner}]; acc = {c}; {s}[base + k * {inner}] = {rounded}; }}"
        ));
        self.close();
        self.sync();
        self.read_results(r, &s);
        self.sync();
        Ok(())
    }

    /// `dot`: tensor cores when eligible, else one fused multiply-add per k (of the factors
    /// rounded to TF32 for a tf32 `dot`: the products are then exact, as on tensor cores).
    pub fn dot(
        &mut self,
        r: ValueId,
        (a, b, acc): (ValueId, ValueId, ValueId),
        precision: DotPrecision,
        op: &Op,
    ) -> Result<(), CodegenError> {
        if let Some(pipe) = self.pipe.clone()
            && let Some(w) = pipe.dots.iter().position(|d| d.dot == r)
        {
            return self.dot_pipelined(&pipe, w, r, a, b, acc, op);
        }
        if let Some(info) = mma_info(self.k, self.a, self.opts, (a, b, acc), precision) {
            return self.dot_mma(r, a, b, acc, info, op);
        }
        let tf32 = precision == DotPrecision::Tf32;
        if tf32 && (self.dtype(a) != DType::F32 || self.dtype(acc) != DType::F32) {
            return Err(self.unsupported(op, "a tf32 dot of factors other than f32"));
        }
        // The rounded factor (the interpreter's `round_tf32`), or the factor as it is.
        let rnd = |x: &str| {
            if tf32 {
                format!("ox_rnd_tf32({x})")
            } else {
                x.to_string()
            }
        };
        // Batched (3-D) factors: `nb` products of `[m, k] x [k, n]`, one after the other in
        // the staged factors and the result.
        let ad = self.dims(a);
        let bd = self.dims(b);
        let r3 = ad.len() - 2;
        let nb: u64 = ad[..r3].iter().product();
        let (m, k, n) = (ad[r3], ad[r3 + 1], bd[r3 + 1]);
        let t = self.dtype(a);
        let acc_d = self.dtype(acc);
        if r3 == 1
            && let Some(kind) =
                super::batched::batched_kind(t, acc_d, precision, (m, k, n), self.opts.arch)
        {
            return self.dot_batched_mma(r, (a, b, acc), (nb, m, k, n), kind, op);
        }
        let ta = self.ctype(a);
        let step = match acc_d {
            DType::F32 if t.is_float() && t != DType::F64 => {
                format!("fmaf(x, {}, y)", rnd("sb[u]"))
            }
            // Each step's f32 result rounded to f16, as the interpreter's `fma_one`.
            DType::F16 if matches!(t, DType::F16 | DType::F8E4M3 | DType::F8E5M2) => {
                ops::round(DType::F16, "fmaf(x, sb[u], y)")
            }
            DType::F64 if t == DType::F64 => "fma(x, sb[u], y)".to_string(),
            DType::I32 if t.is_int() && t.bits() == 8 => {
                "(i32)((u32)y + (u32)((i32)x * (i32)sb[u]))".to_string()
            }
            _ => {
                return Err(self.unsupported(op, format!("dot of {t} into a {acc_d} accumulator")));
            }
        };
        let sz = size_of(ta);
        let b_off = align16(nb * m * k * sz);
        self.need_smem(b_off + nb * k * n * sz, nb * (m * k + k * n), op);
        self.write_smem(a, 0, op)?;
        self.write_smem(b, b_off, op)?;
        self.unfrag(acc, op)?;
        self.sync();
        let out = self.declare(r);
        let dims = self.dims(r);
        let sl = self.open_slots(&dims, false);
        let x = self.at(acc, &sl);
        self.line(format!("{out}[c] = {x};"));
        self.close_slots();
        let l = self.layout(r);
        let (v, tt) = (l.v, l.t);
        let sa = smem(ta, 0);
        let sb = smem(ta, b_off);
        self.line("#pragma unroll");
        self.open(format!("for (int run = 0; run < {}; ++run) {{", l.c / v));
        self.line(format!("const int e0 = (run * {tt} + tid) * {v};"));
        self.open(format!("if (e0 < {}) {{", nb * m * n));
        // Row `i` of the batch's rows `bt * m ..`, so `a`'s row `i` and `b`'s batch `bt`.
        self.line(format!("const int i = e0 / {n}, j0 = e0 % {n};"));
        let b_row = if nb > 1 {
            self.line(format!("const int bt = i / {m};"));
            format!("(bt * {k} + kk)")
        } else {
            "kk".to_string()
        };
        self.open(format!("for (int kk = 0; kk < {k}; ++kk) {{"));
        self.line(format!(
            "const {ta} x = {};",
            rnd(&format!("{sa}[i * {k} + kk]"))
        ));
        self.line(format!("const {ta}* sb = {sb} + {b_row} * {n} + j0;"));
        self.line("#pragma unroll");
        self.open(format!("for (int u = 0; u < {v}; ++u) {{"));
        let accty = reg_type(acc_d);
        self.line(format!("const {accty} y = {out}[run * {v} + u];"));
        self.line(format!("{out}[run * {v} + u] = {step};"));
        self.close();
        self.close();
        self.close();
        self.close();
        self.sync();
        Ok(())
    }
}
