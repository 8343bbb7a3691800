//! `reduce_with` and `scan_with` ([`Op::Fold`]): reductions and scans with a combine
//! function of the user's.
//!
//! The operands go through workgroup scratch memory one after another (64-bit values as two
//! words, as every exchange writes them). One thread per line then folds the line in
//! ascending order, the interpreter's order, so any combine (associative or not) gives the
//! interpreter's results bit for bit: the running values are `fa<j>`, the next elements
//! `fb<j>`, and the combine's body is emitted inline as scalar WGSL on them. A scan writes
//! each prefix back in place; a reduction writes one result per line after the operands.
//! After a barrier every thread reads the result elements it owns.

use kernel_core::codegen::fold::combine_step;
use kernel_core::ir::{FoldKind, FoldRef, Op};

use super::CodegenError;
use super::emit::Emitter;
use super::exchange::{digit, split_axis};
use super::ops;

impl Emitter<'_> {
    /// Emits a fold (see the module docs).
    pub(crate) fn fold_with(&mut self, f: &FoldRef<'_>, op: &Op) -> Result<(), CodegenError> {
        let n = f.values.len();
        let dims = self.a.dims[f.values[0].index()].clone();
        let (outer, len, inner) = split_axis(&dims, f.axis as usize);
        if len == 0 && f.kind == FoldKind::Reduce {
            return Err(self.unsupported(op, "a reduction over an empty axis"));
        }
        let scan = f.kind == FoldKind::Scan;
        let lines = outer * inner;
        let elems = outer * len * inner;
        // Word offsets: each operand, then (for a reduction) each one's results.
        let mut at = 0u64;
        let mut src = Vec::new();
        for &v in f.values {
            src.push(at);
            at += self.scratch_words_of(v);
        }
        let mut dst = Vec::new();
        if !scan {
            for &v in f.values {
                dst.push(at);
                at += lines * self.reg(v).words();
            }
        }
        let body = self.combine_body(f, op)?;
        self.need_scratch(at, elems, op)?;
        self.spill(f.values, op)?;
        self.barrier();
        let t = self.threads();
        self.open(format!(
            "for (var line = tid; line < {lines}u; line = line + {t}u) {{"
        ));
        self.line(format!(
            "let base = {} * {}u + {};",
            digit("line", inner, None),
            len * inner,
            digit("line", 1, Some(inner))
        ));
        let regs: Vec<_> = f.values.iter().map(|v| self.reg(*v)).collect();
        for (j, reg) in regs.iter().enumerate() {
            let x = reg.load_words("ox_scratch", &format!("{}u + base", src[j]), elems);
            self.line(format!("var fa{j}: {} = {x};", reg.wgsl()));
        }
        self.open(format!("for (var k = 1u; k < {len}u; k = k + 1u) {{"));
        self.line(format!("let at = base + k * {inner}u;"));
        for (j, reg) in regs.iter().enumerate() {
            let x = reg.load_words("ox_scratch", &format!("{}u + at", src[j]), elems);
            self.line(format!("let fb{j}: {} = {x};", reg.wgsl()));
        }
        self.open("{");
        for l in body {
            self.line(l);
        }
        self.close();
        if scan {
            for (j, reg) in regs.iter().enumerate() {
                let w = reg.store_words(
                    "ox_scratch",
                    &format!("{}u + at", src[j]),
                    elems,
                    &format!("fa{j}"),
                );
                self.line(w);
            }
        }
        self.close();
        if !scan {
            for (j, reg) in regs.iter().enumerate() {
                let w = reg.store_words(
                    "ox_scratch",
                    &format!("{}u + line", dst[j]),
                    lines,
                    &format!("fa{j}"),
                );
                self.line(w);
            }
        }
        self.close();
        self.barrier();
        for j in 0..n {
            let reg = regs[j];
            let (from, hi) = if scan {
                (src[j], elems)
            } else {
                (dst[j], lines)
            };
            self.define_from_scratch(f.results[j], |e| {
                (
                    Vec::new(),
                    reg.load_words("ox_scratch", &format!("{from}u + {e}"), hi),
                )
            });
        }
        Ok(())
    }

    /// The statements of one combine step (`kernel_core::codegen::fold`): the body on
    /// `fa<j>` (running values) and `fb<j>` (next elements), then `fa<j>` set to the yields.
    fn combine_body(&mut self, f: &FoldRef<'_>, op: &Op) -> Result<Vec<String>, CodegenError> {
        let k = self.k;
        let h = &mut self.h;
        let step = combine_step(f, |o, args| match o {
            Op::Const { value, dtype } => ops::literal(*value, *dtype),
            o => ops::elementwise(k, o, args, h),
        })
        .map_err(|why| self.unsupported(op, why))?;
        let mut out = Vec::new();
        for (r, name, e) in &step.lets {
            out.push(format!("let {name}: {} = {e};", self.reg(*r).wgsl()));
        }
        for (j, (y, x)) in step.yields.iter().enumerate() {
            out.push(format!("let fy{j}: {} = {x};", self.reg(*y).wgsl()));
        }
        for j in 0..step.yields.len() {
            out.push(format!("fa{j} = fy{j};"));
        }
        Ok(out)
    }
}
