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

use std::collections::HashMap;

use kernel_core::ir::{Block, FoldKind, Op, ValueId};

use super::CodegenError;
use super::emit::Emitter;
use super::exchange::{align16, size_of, smem, split_axis};
use super::layout::{self, numel};
use super::ops;

/// The fields of an [`Op::Fold`], borrowed.
pub(crate) struct FoldOp<'a> {
    pub kind: FoldKind,
    pub values: &'a [ValueId],
    pub axis: u32,
    pub params: &'a [ValueId],
    pub body: &'a Block,
    pub yields: &'a [ValueId],
    pub results: &'a [ValueId],
}

impl Emitter<'_> {
    /// Emits a fold (see the module docs).
    pub(crate) fn fold_with(&mut self, f: &FoldOp<'_>, op: &Op) -> Result<(), CodegenError> {
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

    /// The statements of one combine step: the body on `fa<j>` (running values) and
    /// `fb<j>` (next elements), then `fa<j>` set to the yields (through temporaries, since a
    /// yield may be a parameter).
    fn combine_body(&mut self, f: &FoldOp<'_>, op: &Op) -> Result<Vec<String>, CodegenError> {
        let n = f.values.len();
        let mut names: HashMap<ValueId, String> = HashMap::new();
        for j in 0..n {
            names.insert(f.params[j], format!("fa{j}"));
            names.insert(f.params[n + j], format!("fb{j}"));
        }
        let mut out = Vec::new();
        for inst in f.body {
            let Some(r) = inst.result else {
                return Err(self.unsupported(op, "a combine body op without a result"));
            };
            let e = match &inst.op {
                Op::Const { value, dtype } => {
                    ops::literal(*value, *dtype).map_err(|why| self.unsupported(op, why))?
                }
                o if o.is_elementwise() => {
                    let args = o
                        .operands()
                        .iter()
                        .map(|v| names.get(v).cloned())
                        .collect::<Option<Vec<String>>>()
                        .ok_or_else(|| {
                            self.unsupported(op, "a combine body reading a value of the kernel")
                        })?;
                    self.elementwise_expr(o, &args)
                        .map_err(|why| self.unsupported(op, why))?
                }
                o => {
                    return Err(self.unsupported(op, format!("`{}` in a combine body", o.name())));
                }
            };
            let name = format!("fv{}", r.0);
            out.push(format!("const {} {name} = {e};", self.ctype(r)));
            names.insert(r, name);
        }
        for (j, y) in f.yields.iter().enumerate() {
            let Some(x) = names.get(y) else {
                return Err(self.unsupported(op, "a combine yielding a value of the kernel"));
            };
            out.push(format!("const {} fy{j} = {x};", self.ctype(*y)));
        }
        for j in 0..n {
            out.push(format!("fa{j} = fy{j};"));
        }
        Ok(out)
    }
}
