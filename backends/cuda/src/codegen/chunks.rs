//! Reductions, argmax/argmin and scans of tiles too large to stage in shared memory at once.
//!
//! The exchanges of `exchange` write the whole operand to shared memory, then fold its lines.
//! A `[256, 256]` f32 tile needs 256 KiB for that, more than any architecture's block may
//! have (227 KiB on sm_90, 163 KiB on sm_80, 48 KiB before). Such a tile goes through shared
//! memory a *chunk* at a time instead: `CL` whole lines (`CL` as large as fits), or, where one
//! line alone does not fit, `CL` lines (one per thread) by a segment of `CN` elements of the
//! axis at a time. Every thread writes the elements it owns that fall in the chunk, a
//! barrier, then one thread folds each line of the chunk in ascending order, keeping its
//! running value in shared memory from one segment to the next, a barrier, and the results
//! of the chunk are read into the result's registers.
//!
//! One thread per line in ascending order is the interpreter's order: these results are bit
//! for bit the interpreter's (f16/bf16 sums accumulate in f32 and round once, as always).
//! The cost is parallelism: lines are folded one per thread, which leaves threads idle when
//! the tile has fewer lines than the block has threads. It is a fallback for tiles that
//! could not run at all before.

use kernel_core::ir::{ArgReduceOp, Op, ReduceOp, ValueId};

use super::CodegenError;
use super::emit::{Emitter, Kind};
use super::exchange::{align16, reduce_binary, size_of, smem, split_axis};
use super::layout::{digit, numel};
use super::ops;

/// What [`Emitter::fold_in_chunks`] computes along each line.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Fold {
    /// `reduce`: the line's fold.
    Reduce(ReduceOp),
    /// `argmax`/`argmin`: the index of the line's best element.
    Arg(ArgReduceOp),
    /// `scan`: every prefix of the line.
    Scan(ReduceOp),
}

/// The largest `x` in `1..=hi` with `fits(x)` (`fits` holds for every `x` below one that it
/// holds for), or `None`.
fn largest(hi: u64, fits: impl Fn(u64) -> bool) -> Option<u64> {
    if hi == 0 || !fits(1) {
        return None;
    }
    let (mut lo, mut hi) = (1, hi);
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if fits(mid) { lo = mid } else { hi = mid - 1 }
    }
    Some(lo)
}

/// `(CL, CN)`: lines per chunk and elements per segment of the axis for `rr` lines of `n`
/// elements, where `bytes(CL, CN)` is the shared memory a chunk takes and `limit` what the
/// block may have. Whole lines when one fits (as many as fit, evened out over the chunks);
/// else one line per thread (`t` of them, fewer if needed) by as long a segment as fits.
/// `(1, 1)` when nothing fits (the caller then reports the size).
pub(crate) fn chunk_shape(
    rr: u64,
    n: u64,
    t: u64,
    bytes: &impl Fn(u64, u64) -> u64,
    limit: u64,
) -> (u64, u64) {
    if let Some(cl) = largest(rr, |cl| bytes(cl, n) <= limit) {
        return (rr.div_ceil(rr.div_ceil(cl)), n);
    }
    let mut cl = rr.min(t).max(1);
    loop {
        if let Some(cn) = largest(n, |cn| bytes(cl, cn) <= limit) {
            return (cl, n.div_ceil(n.div_ceil(cn)));
        }
        if cl == 1 {
            return (1, 1);
        }
        cl /= 2;
    }
}

impl Emitter<'_> {
    /// The shared memory one exchange may use ([`super::Options::shared_limit`]).
    pub(crate) fn smem_limit(&self) -> u64 {
        self.opts.shared_limit()
    }

    /// Defines `r` as `fold` of `v` along `axis` through shared memory in chunks (see the
    /// module docs). `v` is a tile in the blocked layout or a lazy tile.
    pub(crate) fn fold_in_chunks(
        &mut self,
        r: ValueId,
        v: ValueId,
        axis: u32,
        fold: Fold,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(v);
        let ty = self.ctype(v);
        let sz = size_of(ty);
        let dims = self.dims(v);
        let (outer, n, inner) = split_axis(&dims, axis as usize);
        let rr = outer * inner;
        let t = u64::from(self.t);
        let idx_bytes = if matches!(fold, Fold::Arg(_)) { 4 } else { 0 };
        let bytes = |cl: u64, cn: u64| align16(cl * cn * sz) + align16(cl * sz) + cl * idx_bytes;
        let (cl, cn) = chunk_shape(rr, n, t, &bytes, self.smem_limit());
        self.need_smem(bytes(cl, cn), numel(&dims), op);
        let (nch, nsg) = (rr.div_ceil(cl), n.div_ceil(cn));
        // The chunk, `s[kl * CL + lr]` for element `kl` of the segment of line `lr` of the
        // chunk (consecutive lines side by side: threads folding neighbouring lines read
        // neighbouring words); the running values `rs[lr]`; argmax's indices `ri[lr]`.
        let s = smem(ty, 0);
        let rs_off = align16(cl * cn * sz);
        let rs = smem(ty, rs_off);
        let ri = smem("i32", rs_off + align16(cl * sz));

        // The combining step and how a result is read, per fold.
        let (acc_d, combine) = match fold {
            Fold::Reduce(o) | Fold::Scan(o) => {
                let acc_d = o.accumulator(d);
                let c = ops::binary(reduce_binary(o), acc_d, "acc", "x")
                    .map_err(|why| self.unsupported(op, why))?;
                (acc_d, c)
            }
            Fold::Arg(_) => (d, String::new()),
        };
        let rounded = |x: &str| {
            if acc_d == d {
                x.to_string()
            } else {
                ops::round(d, x)
            }
        };
        // Where element `e` of the operand lies: line `lr` of the chunk, element `kl` of the
        // segment.
        let line_of_e = {
            let mut terms = Vec::new();
            if outer > 1 {
                let o = digit("e", n * inner, None);
                terms.push(if inner == 1 {
                    o
                } else {
                    format!("{o} * {inner}")
                });
            }
            if inner > 1 {
                terms.push(digit("e", 1, Some(inner)));
            }
            if terms.is_empty() {
                terms.push("0".to_string());
            }
            format!("const int lr = {} - r0;", terms.join(" + "))
        };
        let k_of_e = format!(
            "const int kl = {} - k0;",
            if n == 1 {
                "0".to_string()
            } else {
                digit("e", inner, (outer > 1).then_some(n))
            }
        );

        self.line(format!(
            "// %{}: {nch} chunk(s) of {cl} line(s), {nsg} segment(s) of {cn} element(s), through shared memory",
            r.0
        ));
        let out = self.declare(r);
        self.open(format!("for (int ch = 0; ch < {nch}; ++ch) {{"));
        self.line(format!("const int r0 = ch * {cl};"));
        self.open(format!("for (int sg = 0; sg < {nsg}; ++sg) {{"));
        self.line(format!("const int k0 = sg * {cn};"));
        // Stage the chunk's elements.
        let sl = self.open_slots(&dims, true);
        let x = self.at(v, &sl);
        self.line(&line_of_e);
        self.line(&k_of_e);
        self.line(format!(
            "if ((unsigned)lr < {cl}u && (unsigned)kl < {cn}u) {s}[kl * {cl} + lr] = {x};"
        ));
        self.close_slots();
        self.sync();
        // Fold each line of the chunk: one thread per line, ascending.
        self.open(format!("for (int lr = tid; lr < {cl}; lr += {t}) {{"));
        self.open(format!("if (r0 + lr < {rr}) {{"));
        self.line(format!("const int kn = {n} - k0 < {cn} ? {n} - k0 : {cn};"));
        let elem = format!("{s}[kl * {cl} + lr]");
        match fold {
            Fold::Reduce(_) => {
                self.line(format!("{ty} acc = sg == 0 ? {s}[lr] : {rs}[lr];"));
                self.line(format!(
                    "for (int kl = sg == 0 ? 1 : 0; kl < kn; ++kl) {{ const {ty} x = {elem}; acc = {combine}; }}"
                ));
                self.line(format!("{rs}[lr] = acc;"));
            }
            Fold::Scan(_) => {
                // Element 0 of a line is its own prefix; every other is the running value
                // rounded once.
                self.line(format!("{ty} acc = sg == 0 ? {s}[lr] : {rs}[lr];"));
                let r = rounded("acc");
                self.line(format!(
                    "for (int kl = sg == 0 ? 1 : 0; kl < kn; ++kl) {{ const {ty} x = {elem}; acc = {combine}; {elem} = {r}; }}"
                ));
                self.line(format!("{rs}[lr] = acc;"));
            }
            Fold::Arg(aop) => {
                let better = super::exchange::arg_better(d, aop, "x", "xi", "best", "bi");
                self.line(format!("{ty} best = sg == 0 ? {s}[lr] : {rs}[lr];"));
                self.line(format!("int bi = sg == 0 ? 0 : {ri}[lr];"));
                self.open("for (int kl = sg == 0 ? 1 : 0; kl < kn; ++kl) {");
                self.line(format!("const {ty} x = {elem};"));
                self.line("const int xi = k0 + kl;");
                self.line(format!("if ({better}) {{ best = x; bi = xi; }}"));
                self.close();
                self.line(format!("{rs}[lr] = best;"));
                self.line(format!("{ri}[lr] = bi;"));
            }
        }
        self.close();
        self.close();
        self.sync();
        if let Fold::Scan(_) = fold {
            // This segment's prefixes, into the result's registers.
            let _ = self.open_slots(&dims, true);
            self.line(&line_of_e);
            self.line(&k_of_e);
            self.line(format!(
                "if ((unsigned)lr < {cl}u && (unsigned)kl < {cn}u) {out}[c] = {s}[kl * {cl} + lr];"
            ));
            self.close_slots();
            self.sync();
        }
        self.close();
        if !matches!(fold, Fold::Scan(_)) {
            // The chunk's results, into the result's registers.
            let res = |j: &str| match fold {
                Fold::Arg(_) => format!("{ri}[{j}]"),
                _ => rounded(&format!("{rs}[{j}]")),
            };
            if self.kind(r) == Kind::Scalar {
                self.line(format!("{out} = {};", res("0")));
            } else {
                let rd = self.dims(r);
                let _ = self.open_slots(&rd, true);
                self.line(format!(
                    "if ((unsigned)(e - r0) < {cl}u) {out}[c] = {};",
                    res("e - r0")
                ));
                self.close_slots();
            }
            self.sync();
        }
        self.close();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_take_whole_lines_when_one_fits() {
        // 256 lines of 256 f32 and their results: 226 lines fit in 232,432 bytes, so two
        // chunks, of 128 lines each.
        let bytes = |cl: u64, cn: u64| align16(cl * cn * 4) + align16(cl * 4);
        assert_eq!(chunk_shape(256, 256, 128, &bytes, 232_432), (128, 256));
        // Everything fits: one chunk.
        assert_eq!(chunk_shape(4, 256, 128, &bytes, 232_432), (4, 256));
    }

    #[test]
    fn chunks_split_the_axis_when_one_line_does_not_fit() {
        // Two lines of 32,768 f64: 256 KiB each, 512 KiB in all.
        let bytes = |cl: u64, cn: u64| align16(cl * cn * 8) + align16(cl * 8);
        let (cl, cn) = chunk_shape(2, 32_768, 128, &bytes, 232_432);
        assert_eq!(
            (cl, cn),
            (2, 10_923),
            "three segments of both lines, evened out"
        );
        assert!(bytes(cl, cn) <= 232_432);
        // Nothing fits: the smallest chunk, for the caller to report.
        assert_eq!(chunk_shape(2, 8, 128, &bytes, 8), (1, 1));
    }
}
