//! Ops whose result elements need elements owned by other threads: broadcasts that stretch a
//! dimension, permutes, reductions, argmax/argmin and scans (`dot` is in `dot`).
//!
//! Each goes through workgroup memory (`ox_scratch`, one `u32` word per element): every
//! thread writes the source elements it owns, a barrier, every thread computes the result
//! elements it owns by index arithmetic on the scratch words (the barrier before the scratch
//! is written again is deferred, see `emit`). Scans fold along the axis in ascending order, as the interpreter
//! does, so float results are bit-identical to it. Rank-0 results are computed by every
//! thread. Reductions are in `reduce`.
//!
//! A 64-bit element (i64, u64, f64) takes two words: a source of `n` elements holds its low
//! words at `base + e` and its high words at `base + n + e` ([`Reg::store_words`]).
//!
//! # Gathers in chunks
//! A gather (a stretching broadcast, a permute, a reshape to rank 0) reads any source
//! element for any result element, so the whole source goes to scratch at once. When it does
//! not fit beside what the kernel's reductions need, the source goes through in chunks of
//! `S` elements: for each chunk `[s0, s0 + S)`, every thread writes its source elements in
//! the chunk, a barrier, every thread sets each result element whose source index falls in
//! the chunk, a barrier. A 16K-element f32 permute (64 KiB) then runs in lavapipe's 32 KiB
//! in three chunks; each chunk costs every thread one pass over its source and result slots
//! (loop turns that count against llvmpipe's budget, see `math::LOOP_PROBE`).
//!
//! Reshapes, `expand_dims`, and broadcasts or permutes that keep the row-major order move no
//! data: the result is another name for the operand.

use kernel_core::ir::{BinaryOp, Op, ReduceOp, ValueId};

use super::CodegenError;
use super::emit::{ELEM, Emitter, Region};
use super::layout::{Reg, WgslLayout, numel, strides};
use super::math::Helper;
use super::ops;

/// The binary op a reduction folds with.
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

/// `(e / div) % modulo` written without the no-op parts.
pub(crate) fn digit(e: &str, div: u64, modulo: Option<u64>) -> String {
    let q = if div == 1 {
        e.to_string()
    } else {
        format!("({e} / {div}u)")
    };
    match modulo {
        Some(m) => format!("({q} % {m}u)"),
        None => q,
    }
}

/// The element of a broadcast's source (of dims `sd`) that element `e` (a `u32` expression)
/// of its result (of dims `od`) copies.
fn broadcast_source(sd: &[u64], od: &[u64], e: &str) -> String {
    let (rk, nk) = (sd.len(), od.len());
    let in_strides = strides(sd);
    let out_strides = strides(od);
    let mut terms = Vec::new();
    for j in 0..rk {
        if sd[j] != 1 {
            let oj = nk - rk + j;
            let modulo = (oj > 0).then_some(od[oj]);
            let d = digit(e, out_strides[oj], modulo);
            terms.push(if in_strides[j] == 1 {
                d
            } else {
                format!("{d} * {}u", in_strides[j])
            });
        }
    }
    if terms.is_empty() {
        "0u".to_string()
    } else {
        terms.join(" + ")
    }
}

impl Emitter<'_> {
    /// Writes the elements `v`'s threads own to `ox_scratch[base + e]` (a scalar: element 0,
    /// by thread 0); 64-bit elements put their high words at `base + n + e`. The source then
    /// takes [`Emitter::scratch_words_of`] words.
    pub(crate) fn scratch_write(&mut self, v: ValueId, base: u64) {
        let l = self.layout(v);
        let reg = self.reg(v);
        let off = if base == 0 {
            String::new()
        } else {
            format!("{base}u + ")
        };
        if l.scalar {
            let w = reg.store_words("ox_scratch", &format!("{off}0u"), l.n, self.name(v));
            self.line(format!("if (tid == 0u) {{ {w} }}"));
            return;
        }
        let w = reg.store_words("ox_scratch", &format!("{off}e"), l.n, &self.at(v, "c"));
        self.open_lanes(l);
        self.line(format!("if (e < {}u) {{ {w} }}", l.n));
        self.close();
    }

    /// Words of scratch [`Emitter::scratch_write`] fills for `v`: one per element, two for
    /// 64-bit elements.
    pub(crate) fn scratch_words_of(&self, v: ValueId) -> u64 {
        self.layout(v).n * self.reg(v).words()
    }

    /// Element `at` (a `u32` expression) of a source of `n` elements that
    /// [`Emitter::scratch_write`] wrote at word 0, as a register value.
    pub(crate) fn scratch_read(reg: Reg, at: &str, n: u64) -> String {
        reg.load_words("ox_scratch", at, n)
    }

    /// The exchange every op here goes through: reserves scratch for `sources` and spills
    /// them to consecutive ranges of it (the first at word 0), then a barrier, then defines
    /// `r` from the scratch words, then a barrier. For each result element `e`, `body(e)`
    /// gives the statements and the final register expression.
    pub(crate) fn exchange(
        &mut self,
        r: ValueId,
        sources: &[ValueId],
        op: &Op,
        body: impl Fn(&str) -> (Vec<String>, String),
    ) -> Result<(), CodegenError> {
        self.spill(sources, op)?;
        self.barrier();
        self.define_from_scratch(r, body);
        Ok(())
    }

    /// The first half of [`Emitter::exchange`]: reserves scratch for `sources` and writes
    /// them to consecutive ranges of it (the first at word 0); no barrier yet.
    pub(crate) fn spill(&mut self, sources: &[ValueId], op: &Op) -> Result<(), CodegenError> {
        let words = sources.iter().map(|&v| self.scratch_words_of(v)).sum();
        self.need_scratch(words, words, op)?;
        self.prepare_write(Region::Scratch);
        let mut base = 0;
        for &v in sources {
            self.scratch_write(v, base);
            base += self.scratch_words_of(v);
        }
        Ok(())
    }

    /// The second half of [`Emitter::exchange`], after its barrier: defines `r` element by
    /// element from `body(e)`, then releases the scratch.
    pub(crate) fn define_from_scratch(
        &mut self,
        r: ValueId,
        body: impl Fn(&str) -> (Vec<String>, String),
    ) {
        let l = self.layout(r);
        let n = self.declare(r);
        let (e, value) = if l.scalar {
            self.open("{");
            ("0u", format!("{n} = "))
        } else {
            self.open_lanes(l);
            self.open(format!("if (e < {}u) {{", l.n));
            ("e", format!("{n}[c] = "))
        };
        let (stmts, x) = body(e);
        for s in stmts {
            self.line(s);
        }
        self.line(format!("{value}{x};"));
        self.close();
        if !l.scalar {
            self.close();
        }
        self.release(Region::Scratch);
    }

    /// Defines `r` by gathering: result element `e` is operand element `index(e)`. The whole
    /// operand goes through scratch at once where it fits beside the reductions' partials,
    /// else in chunks (see the module docs).
    fn gather(
        &mut self,
        r: ValueId,
        v: ValueId,
        index: impl Fn(&str) -> String,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let reg = self.reg(v);
        let n = self.layout(v).n;
        let words = self.scratch_words_of(v);
        // (A rank-0 result comes from a one-element source, which always fits.)
        if self.fits(words) || self.layout(r).scalar {
            return self.exchange(r, &[v], op, |e| {
                (Vec::new(), Self::scratch_read(reg, &index(e), n))
            });
        }
        // Chunks of at most `room` elements, all of about the same size. Each half of the
        // reductions' partials (`ox_part`) needs at most 4 words per thread: a 64-bit argmax
        // state, its index and a flag; that much stays free, so that a reduction after this
        // gather still fits.
        let room = self.free_words(4 * u64::from(self.threads())) / reg.words();
        if room < u64::from(self.threads()) {
            // Not even one element per thread fits: fails, naming the whole source's need.
            self.need_scratch(words, n, op)?;
        }
        let chunks = n.div_ceil(room.max(1));
        let s = n.div_ceil(chunks);
        self.need_scratch(s * reg.words(), n, op)?;
        let src = self.layout(v);
        let dst = self.layout(r);
        let out = self.declare(r);
        self.prepare_write(Region::Scratch);
        self.open(format!("for (var s0 = 0u; s0 < {n}u; s0 = s0 + {s}u) {{"));
        self.open_lanes(src);
        let in_chunk = if src.full() {
            format!("e >= s0 && e < s0 + {s}u")
        } else {
            format!("e >= s0 && e < s0 + {s}u && e < {n}u")
        };
        let w = reg.store_words("ox_scratch", "e - s0", s, &self.at(v, "c"));
        self.line(format!("if ({in_chunk}) {{ {w} }}"));
        self.close();
        self.line("workgroupBarrier();");
        self.open_lanes(dst);
        self.open(format!("if (e < {}u) {{", dst.n));
        self.line(format!("let i = {};", index("e")));
        let x = reg.load_words("ox_scratch", "i - s0", s);
        self.line(format!(
            "if (i >= s0 && i < s0 + {s}u) {{ {out}[c] = {x}; }}"
        ));
        self.close();
        self.close();
        self.line("workgroupBarrier();");
        self.close();
        self.synced();
        Ok(())
    }

    /// Copies a scalar into every slot of a tile.
    fn splat(&mut self, r: ValueId, v: ValueId) {
        if self.is_lazy(r) {
            // The scalar itself at every element.
            let x = self.name(v).to_string();
            self.define_lazy(r, x);
            return;
        }
        let n = self.declare(r);
        let c = self.layout(r).c;
        let s = self.name(v).to_string();
        self.line(self.slot_each(0, c, &format!("{n}[c] = {s};")));
    }

    /// `broadcast`: a splat, a rename, or a gather when a dimension stretches.
    pub fn broadcast(&mut self, r: ValueId, v: ValueId, op: &Op) -> Result<(), CodegenError> {
        let src = self.layout(v);
        let dst = self.layout(r);
        if src.scalar {
            if dst.scalar {
                self.alias(r, v);
            } else {
                self.splat(r, v);
            }
            self.copies_pointer(r, v);
            return Ok(());
        }
        if src.n == dst.n {
            // Only dims of extent 1 were added: row-major order is unchanged.
            if self.is_lazy(r) {
                let x = self.lazy_expr(v);
                self.define_lazy(r, x);
                return Ok(());
            }
            self.alias(r, v);
            self.copies_pointer(r, v);
            return Ok(());
        }
        let sd = self.a.dims[v.index()].clone();
        let od = self.a.dims[r.index()].clone();
        let source = move |e: &str| broadcast_source(&sd, &od, e);
        if self.lazy[v.index()].is_some() {
            // The source's expression at the source element of each element: no exchange.
            let x = self
                .lazy_expr(v)
                .replace(ELEM, &format!("({})", source(ELEM)));
            if self.is_lazy(r) {
                self.define_lazy(r, x);
            } else {
                self.store_elementwise(r, &x);
            }
            return Ok(());
        }
        self.gather(r, v, source, op)
    }

    /// `reshape` and `expand_dims`: row-major order is unchanged, so a rename, except to and
    /// from rank 0 (a scalar is every thread's, a tile element only its owner's).
    pub fn reshape(&mut self, r: ValueId, v: ValueId, op: &Op) -> Result<(), CodegenError> {
        let src = self.layout(v);
        let dst = self.layout(r);
        if self.is_lazy(r) {
            let x = self.lazy_expr(v);
            self.define_lazy(r, x);
            return Ok(());
        }
        match (src.scalar, dst.scalar) {
            (true, false) => self.splat(r, v),
            (false, true) => self.gather(r, v, |_| "0u".to_string(), op)?,
            _ => self.alias(r, v),
        }
        Ok(())
    }

    /// `permute`: a rename when only extent-1 dims move, else a gather.
    pub fn permute(
        &mut self,
        r: ValueId,
        v: ValueId,
        perm: &[u32],
        op: &Op,
    ) -> Result<(), CodegenError> {
        let sd = self.a.dims[v.index()].clone();
        let moved: Vec<u32> = perm
            .iter()
            .copied()
            .filter(|&p| sd.get(p as usize).is_some_and(|&d| d != 1))
            .collect();
        if moved.windows(2).all(|w| w[0] < w[1]) {
            self.alias(r, v);
            return Ok(());
        }
        let od = self.a.dims[r.index()].clone();
        let in_strides = strides(&sd);
        let out_strides = strides(&od);
        let perm = perm.to_vec();
        self.gather(
            r,
            v,
            |e| {
                let mut terms = Vec::new();
                for (i, &p) in perm.iter().enumerate() {
                    if od[i] == 1 {
                        continue;
                    }
                    let modulo = (i > 0).then_some(od[i]);
                    let d = digit(e, out_strides[i], modulo);
                    let s = in_strides[p as usize];
                    terms.push(if s == 1 { d } else { format!("{d} * {s}u") });
                }
                if terms.is_empty() {
                    "0u".to_string()
                } else {
                    terms.join(" + ")
                }
            },
            op,
        )
    }

    /// `gather` along `axis`: result element `e` reads the source at its own coordinates
    /// with `axis` replaced by its index element, clamped into range (the IR's definition:
    /// never a read outside the staged tile).
    pub fn gather_along(
        &mut self,
        r: ValueId,
        src: ValueId,
        index: ValueId,
        axis: u32,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let sd = self.a.dims[src.index()].clone();
        let od = self.a.dims[r.index()].clone();
        let a = axis as usize;
        let last = sd[a].saturating_sub(1);
        // The index has the result's shape, so its slot `c` is the result element's.
        let x = self.at(index, "c");
        let d = self.dtype(index);
        let k = match (d.bits(), d.is_signed_int()) {
            // Written out: GLSL.std.450's clamp is only sure for 32 bits.
            (64, true) => {
                format!("u32(select(select({x}, {last}li, {x} > {last}li), 0li, {x} < 0li))")
            }
            (64, false) => format!("u32(select({x}, {last}lu, {x} > {last}lu))"),
            (_, true) => format!("u32(clamp(i32({x}), 0i, {last}i))"),
            (_, false) => format!("min(u32({x}), {last}u)"),
        };
        let in_strides = strides(&sd);
        let out_strides = strides(&od);
        self.gather(
            r,
            src,
            |e| {
                let terms: Vec<String> = (0..od.len())
                    .filter(|&i| sd[i] != 1)
                    .map(|i| {
                        let coord = if i == a {
                            format!("({k})")
                        } else {
                            digit(e, out_strides[i], (i > 0).then_some(od[i]))
                        };
                        match in_strides[i] {
                            1 => coord,
                            s => format!("{coord} * {s}u"),
                        }
                    })
                    .collect();
                if terms.is_empty() {
                    "0u".to_string()
                } else {
                    terms.join(" + ")
                }
            },
            op,
        )
    }

    /// `sort` of each line along `axis`: the operand goes through scratch, each element's
    /// rank in its line is counted (the elements before it in the order, and the equal ones
    /// at lower positions: a stable sort), and it is written at its rank's place in a second
    /// range of scratch, which the result reads. The order is total (see `Op::Sort`), so the
    /// result is the interpreter's bit for bit.
    pub fn sort(
        &mut self,
        r: ValueId,
        v: ValueId,
        axis: u32,
        descending: bool,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let l = self.layout(v);
        if l.scalar {
            self.alias(r, v);
            return Ok(());
        }
        let reg = self.reg(v);
        let n_all = l.n;
        let words = self.scratch_words_of(v);
        self.need_scratch(2 * words, n_all, op)?;
        self.prepare_write(Region::Scratch);
        self.scratch_write(v, 0);
        self.barrier();
        let dims = self.a.dims[v.index()].clone();
        let (_, n, inner) = split_axis(&dims, axis as usize);
        // The key of `x` as an integer in the sort's order (floats: IEEE's total order on
        // the value with a NaN's sign cleared).
        let key = match reg {
            Reg::F32 => {
                self.h.need(Helper::IsNan);
                Some(
                    "let NAMEb = bitcast<u32>(select(X, abs(X), ox_isnan(X)));                      let NAME = select(NAMEb | 0x80000000u, ~NAMEb, (NAMEb >> 31u) == 1u);",
                )
            }
            Reg::F64 => {
                self.h.need(Helper::Float64);
                Some(
                    "let NAMEb = bitcast<u64>(select(X, abs(X), ox_isnan64(X)));                      let NAME = select(NAMEb | 0x8000000000000000lu, ~NAMEb, (NAMEb >> 63u) == 1lu);",
                )
            }
            Reg::Bool => Some("let NAME = u32(X);"),
            _ => None,
        };
        let key = |name: &str, x: &str| match key {
            Some(k) => k.replace("NAME", name).replace('X', x),
            None => format!("let {name} = {x};"),
        };
        let before = if descending { ">" } else { "<" };
        self.open_lanes(l);
        self.open(format!("if (e < {n_all}u) {{"));
        self.line(format!(
            "let oi = (e / {inner}u) % {n}u; let ob = e - oi * {inner}u;"
        ));
        self.line(format!("let ox_xe = {};", self.at(v, "c")));
        self.line(key("ox_ke", "ox_xe"));
        self.line("var rk = 0u;");
        self.open(format!("for (var j = 0u; j < {n}u; j = j + 1u) {{"));
        let xj = reg.load_words("ox_scratch", &format!("ob + j * {inner}u"), n_all);
        self.line(format!("let ox_xj = {xj};"));
        self.line(key("ox_kj", "ox_xj"));
        self.line(format!(
            "if (ox_kj {before} ox_ke || (ox_kj == ox_ke && j < oi)) {{ rk = rk + 1u; }}"
        ));
        self.close();
        let w = reg.store_words(
            "ox_scratch",
            &format!("{words}u + ob + rk * {inner}u"),
            n_all,
            "ox_xe",
        );
        self.line(w);
        self.close();
        self.close();
        self.barrier();
        self.define_from_scratch(r, |e| {
            (
                Vec::new(),
                reg.load_words("ox_scratch", &format!("{words}u + {e}"), n_all),
            )
        });
        Ok(())
    }

    /// `histogram`: the operand (and mask) go through scratch; each result element (a bin)
    /// counts the staged elements equal to its index, in one pass over them: no atomics,
    /// the same count in any thread order.
    pub fn histogram(
        &mut self,
        r: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let reg = self.reg(value);
        let n = self.layout(value).n;
        let mask_at = self.scratch_words_of(value);
        let sources: Vec<ValueId> = [Some(value), mask].into_iter().flatten().collect();
        let mreg = mask.map(|m| self.reg(m));
        self.exchange(r, &sources, op, |e| {
            let x = reg.load_words("ox_scratch", "ox_i", n);
            let hit = match mreg {
                Some(m) => format!(
                    " && {}",
                    m.load_words("ox_scratch", &format!("{mask_at}u + ox_i"), n)
                ),
                None => String::new(),
            };
            (
                vec![
                    "var ox_k = 0i;".to_string(),
                    format!(
                        "for (var ox_i = 0u; ox_i < {n}u; ox_i = ox_i + 1u) {{ if ({x} == {}({e}){hit}) {{ ox_k = ox_k + 1i; }} }}",
                        reg.wgsl()
                    ),
                ],
                "ox_k".to_string(),
            )
        })
    }

    /// `scan`: an inclusive prefix fold along the axis, each line folded in ascending order.
    pub fn scan(
        &mut self,
        r: ValueId,
        sop: ReduceOp,
        v: ValueId,
        axis: u32,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(v);
        let reg = self.reg(v);
        let dims = self.a.dims[v.index()].clone();
        let (outer, n, inner) = split_axis(&dims, axis as usize);
        // f16/bf16 sums and products run in f32 and each element is its prefix rounded once
        // (`ReduceOp::accumulator`): rounding the running value would stall a bf16 cumsum of
        // ones at 256.
        let acc_d = sop.accumulator(d);
        let combine = ops::binary(reduce_binary(sop), acc_d, "acc", "x", &mut self.h)
            .map_err(|why| self.unsupported(op, why))?;
        let out = if acc_d == d {
            "acc".to_string()
        } else {
            ops::round(d, "acc", &mut self.h)
        };
        self.spill(&[v], op)?;
        self.barrier();
        // Each line is scanned in place by one thread, in ascending order (the
        // interpreter's order, so float scans are bit-identical to it): work linear in the
        // tile's size. Folding every element's prefix separately was quadratic, and its
        // loop turns ran past llvmpipe's per-program budget (a kernel of eight scans of a
        // 1024 x 2 tile came back mostly zeros).
        let lines = outer * inner;
        let t = self.threads();
        let ty = reg.wgsl();
        self.open(format!(
            "for (var line = tid; line < {lines}u; line = line + {t}u) {{"
        ));
        self.line(format!(
            "let base = {} * {}u + {};",
            digit("line", inner, None),
            n * inner,
            digit("line", 1, Some(inner))
        ));
        // The operand's element count: where its high words start.
        let len = outer * n * inner;
        self.line(format!(
            "var acc: {ty} = {};",
            Self::scratch_read(reg, "base", len)
        ));
        self.open(format!("for (var j = 1u; j < {n}u; j = j + 1u) {{"));
        self.line(format!("let at = base + j * {inner}u;"));
        self.line(format!("let x = {};", Self::scratch_read(reg, "at", len)));
        self.line(format!("acc = {combine};"));
        self.line(reg.store_words("ox_scratch", "at", len, &out));
        self.close();
        self.close();
        self.barrier();
        self.define_from_scratch(r, |e| (Vec::new(), Self::scratch_read(reg, e, len)));
        Ok(())
    }
}
