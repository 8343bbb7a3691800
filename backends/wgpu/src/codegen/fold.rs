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

use std::collections::HashMap;

use kernel_core::ir::{Block, FoldKind, Op, ValueId};

use super::CodegenError;
use super::emit::Emitter;
use super::exchange::{digit, split_axis};
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
                    let k = self.k;
                    ops::elementwise(k, o, &args, &mut self.h)
                        .map_err(|why| self.unsupported(op, why))?
                }
                o => {
                    return Err(self.unsupported(op, format!("`{}` in a combine body", o.name())));
                }
            };
            let name = format!("fv{}", r.0);
            out.push(format!("let {name}: {} = {e};", self.reg(r).wgsl()));
            names.insert(r, name);
        }
        for (j, y) in f.yields.iter().enumerate() {
            let Some(x) = names.get(y) else {
                return Err(self.unsupported(op, "a combine yielding a value of the kernel"));
            };
            out.push(format!("let fy{j}: {} = {x};", self.reg(*y).wgsl()));
        }
        for j in 0..n {
            out.push(format!("fa{j} = fy{j};"));
        }
        Ok(out)
    }
}
