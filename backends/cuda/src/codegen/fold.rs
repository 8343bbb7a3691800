//! `reduce_with` and `scan_with` ([`Op::Fold`]): reductions and scans with a combine
//! function of the user's.
//!
//! The operands go through shared memory as the other exchanges do (each at its own 16-byte
//! aligned offset, as its register type). One thread per line then folds the line in
//! ascending order, the interpreter's order, so any combine (associative or not) gives the
//! interpreter's results bit for bit: the running values are registers `fa<j>`, the next
//! elements `fb<j>`, and the combine's body is emitted inline as scalar C on them. A scan
//! writes each prefix back in place; a reduction writes one result per line after the
//! operands. Then every thread reads the result elements it owns.
//!
//! Folds whose operands do not fit in shared memory at once are refused
//! ([`CodegenError::TooLarge`], from the shared-memory check every kernel gets): unlike the
//! built-in reductions they are not split in chunks.

use kernel_core::codegen::fold::combine_step;
use kernel_core::ir::{FoldKind, FoldRef, Op};

use super::CodegenError;
use super::emit::Emitter;
use super::exchange::{align16, size_of, smem, split_axis};
use super::layout::{self, numel};
use super::ops;

impl Emitter<'_> {
    /// Emits a fold (see the module docs).
    pub(crate) fn fold_with(&mut self, f: &FoldRef<'_>, op: &Op) -> Result<(), CodegenError> {
        let n = f.values.len();
        let dims = self.dims(f.values[0]);
        let (outer, len, inner) = split_axis(&dims, f.axis as usize);
        if len == 0 && f.kind == FoldKind::Reduce {
            return Err(self.unsupported(op, "a reduction over an empty axis"));
        }
        let scan = f.kind == FoldKind::Scan;
        let lines = outer * inner;
        let elems = numel(&dims);
        // Where each operand, and each reduction's results, live in shared memory.
        let mut at = 0u64;
        let mut src = Vec::new();
        let mut dst = Vec::new();
        for &v in f.values {
            src.push(at);
            at += align16(elems * size_of(self.ctype(v)));
        }
        if !scan {
            for &v in f.values {
                dst.push(at);
                at += align16(lines * size_of(self.ctype(v)));
            }
        }
        // The combine's body, as scalar statements, checked before anything is emitted.
        let body = self.combine_body(f, op)?;
        self.need_smem(at, elems, op);
        for (&v, &off) in f.values.iter().zip(&src) {
            self.write_smem(v, off, op)?;
        }
        self.sync();
        let t = self.t;
        self.open(format!(
            "for (int line = tid; line < {lines}; line += {t}) {{"
        ));
        self.line(format!(
            "const int base = {} * {} + {};",
            layout::digit("line", inner, None),
            len * inner,
            layout::digit("line", 1, Some(inner))
        ));
        for (j, &v) in f.values.iter().enumerate() {
            let ty = self.ctype(v);
            self.line(format!("{ty} fa{j} = {}[base];", smem(ty, src[j])));
        }
        self.open(format!("for (int k = 1; k < {len}; ++k) {{"));
        for (j, &v) in f.values.iter().enumerate() {
            let ty = self.ctype(v);
            self.line(format!(
                "const {ty} fb{j} = {}[base + k * {inner}];",
                smem(ty, src[j])
            ));
        }
        self.open("{");
        for l in body {
            self.line(l);
        }
        self.close();
        if scan {
            for (j, &v) in f.values.iter().enumerate() {
                let ty = self.ctype(v);
                self.line(format!("{}[base + k * {inner}] = fa{j};", smem(ty, src[j])));
            }
        }
        self.close();
        if !scan {
            for (j, &v) in f.values.iter().enumerate() {
                let ty = self.ctype(v);
                self.line(format!("{}[line] = fa{j};", smem(ty, dst[j])));
            }
        }
        self.close();
        self.sync();
        for j in 0..n {
            let ty = self.ctype(f.values[j]);
            let from = if scan { src[j] } else { dst[j] };
            self.read_results(f.results[j], &smem(ty, from));
        }
        self.sync();
        Ok(())
    }

    /// The statements of one combine step (`kernel_core::codegen::fold`): the body on
    /// `fa<j>` (running values) and `fb<j>` (next elements), then `fa<j>` set to the yields.
    fn combine_body(&mut self, f: &FoldRef<'_>, op: &Op) -> Result<Vec<String>, CodegenError> {
        let step = combine_step(f, |o, args| match o {
            Op::Const { value, dtype } => ops::literal(*value, *dtype),
            o => self.elementwise_expr(o, args),
        })
        .map_err(|why| self.unsupported(op, why))?;
        let mut out = Vec::new();
        for (r, name, e) in &step.lets {
            out.push(format!("const {} {name} = {e};", self.ctype(*r)));
        }
        for (j, (y, x)) in step.yields.iter().enumerate() {
            out.push(format!("const {} fy{j} = {x};", self.ctype(*y)));
        }
        for j in 0..step.yields.len() {
            out.push(format!("fa{j} = fy{j};"));
        }
        Ok(out)
    }
}
