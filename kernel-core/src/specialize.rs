//! Specialization: inlines device functions and substitutes const generic values into a
//! kernel.
//!
//! A specialized kernel has no [`Dim::Sym`] and no [`Op::ConstParam`] left, every dimension is
//! at least 1, and it passes [`crate::verify::verify`]. It keeps its [`Kernel::consts`]
//! declarations (so the printed text still shows `<BLOCK: u64>` and the verifier still knows
//! the names), but nothing in it refers to them any more: the values live in the shapes and in
//! [`Op::Const`]s, so [`crate::text::kernel_hash`] of the result differs between
//! specializations.
//!
//! Specialization is also where the rewrites of [`crate::combine`] run (a matrix product
//! written as a sum of broadcast products becomes a `dot`): once shapes are known, before the
//! tile-size checks and before any backend sees the kernel, so that the interpreter and every
//! backend run the same IR.

use std::collections::HashMap;

use crate::dtype::DType;
use crate::ir::{Block, ConstValue, Dim, Kernel, Op, Type, shape_to_string};
use crate::verify::verify;

/// Why a kernel cannot be specialized with the given constants.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot specialize kernel `{kernel}`: {message}")]
pub struct SpecializeError {
    /// The kernel's name.
    pub kernel: String,
    /// What is wrong (a constant out of range, a zero dim, a reshape of the wrong size...).
    pub message: String,
}

/// Inlines every call of a device function ([`crate::ir::Op::Call`], see
/// `crate::inline`), then replaces every const generic by its value (`consts[i]` for `kernel.consts[i]`, bools as
/// 0/1): [`crate::ir::Dim::Sym`] become [`crate::ir::Dim::Const`], [`crate::ir::Op::ConstParam`]
/// become [`crate::ir::Op::Const`]. Then [`crate::combine::combine`] rewrites it (a sum of
/// broadcast products becomes a `dot`), so that the interpreter and every backend run the
/// same IR. The result has no symbols left and passes the verifier.
///
/// Fails if the number of constants is wrong, a value does not fit its const generic's dtype
/// (`bool` takes 0 or 1) or the dtype at which a `ConstParam` uses it, a dimension would be
/// smaller than 1, a reshape would change the element count, or the result does not verify.
/// The kernel's `consts` declarations are kept (see the [module docs](self)).
pub fn specialize(kernel: &Kernel, consts: &[i64]) -> Result<Kernel, SpecializeError> {
    let fail = |message: String| SpecializeError {
        kernel: kernel.name.clone(),
        message,
    };
    if consts.len() != kernel.consts.len() {
        let names: Vec<String> = kernel
            .consts
            .iter()
            .map(|c| format!("{}: {}", c.name, c.dtype))
            .collect();
        return Err(fail(format!(
            "expected {} constant{} (for <{}>), got {}: {consts:?}",
            kernel.consts.len(),
            if kernel.consts.len() == 1 { "" } else { "s" },
            names.join(", "),
            consts.len()
        )));
    }

    let mut values: HashMap<&str, i64> = HashMap::new();
    for (c, &v) in kernel.consts.iter().zip(consts) {
        check_fits(v, c.dtype).map_err(|why| {
            fail(format!(
                "const generic `{}: {}` = {v}: {why}",
                c.name, c.dtype
            ))
        })?;
        values.entry(c.name.as_str()).or_insert(v);
    }

    let file = kernel.file.as_deref();
    let s = Subst {
        values: &values,
        file,
    };
    let mut k = kernel.clone();
    crate::inline::inline_calls(&mut k).map_err(fail)?;
    check_static_asserts(&mut k.body, &values, kernel.file.as_deref()).map_err(fail)?;
    // Where each value is defined, so that a bad type points at the user's line.
    let defs: Vec<Option<crate::ir::SrcLoc>> = crate::analysis::defs(&k)
        .into_iter()
        .map(|d| d.and_then(|inst| inst.loc))
        .collect();
    for (i, t) in k.values.iter_mut().enumerate() {
        s.ty(t).map_err(|e| match defs[i] {
            Some(l) => fail(format!(
                "in the type of %{i} (defined at {}): {e}",
                l.in_file(file)
            )),
            None => fail(format!("in the type of %{i}: {e}")),
        })?;
    }
    for (i, t) in k.vars.iter_mut().enumerate() {
        s.ty(t)
            .map_err(|e| fail(format!("in the type of variable ${i}: {e}")))?;
    }
    for p in &mut k.params {
        s.ty(&mut p.ty)
            .map_err(|e| fail(format!("in the type of parameter `{}`: {e}", p.name)))?;
    }
    s.block(&mut k.body, &k.values).map_err(fail)?;

    if let Err(errors) = verify(&k) {
        let msgs: Vec<String> = errors.into_iter().map(|e| e.message).collect();
        return Err(fail(format!(
            "with constants {consts:?} the kernel does not verify: {}",
            msgs.join("; ")
        )));
    }
    // Before the tile check: a sum of broadcast products that becomes a `dot` no longer
    // builds its [M, K, N] product tile, and every backend sees the same rewritten IR.
    crate::combine::combine(&mut k);
    check_tile_sizes(&k, MAX_TILE_ELEMENTS).map_err(fail)?;
    Ok(k)
}

/// The most elements one tile of a specialized kernel may hold on any device: 2^20
/// (1,048,576), Triton's `TRITON_MAX_TENSOR_NUMEL`. Devices may allow fewer
/// ([`crate::runtime::Backend::max_tile_elements`]).
///
/// A tile lives in one program's registers (or the interpreter's memory, at up to 16 bytes an
/// element): past this size no backend runs it usefully, and the interpreter would abort the
/// process on the allocation and the GPU compilers run for many minutes.
pub const MAX_TILE_ELEMENTS: u64 = 1 << 20;

/// The largest tile of a specialized kernel, as its element count and type (`None` for a
/// kernel of scalars only). A shape whose element count overflows a `u64` counts as
/// `u64::MAX`.
pub fn largest_tile(kernel: &Kernel) -> Option<(u64, &Type)> {
    kernel
        .values
        .iter()
        .chain(&kernel.vars)
        .filter(|t| !t.shape.is_empty())
        .map(|t| (t.numel().unwrap_or(u64::MAX), t))
        .max_by_key(|(n, _)| *n)
}

/// Checks that no tile of a specialized kernel holds more than `limit` elements; the error
/// names the largest tile and says what to do.
pub fn check_tile_sizes(kernel: &Kernel, limit: u64) -> Result<(), String> {
    match largest_tile(kernel) {
        Some((n, t)) if n > limit => Err(format!(
            "a tile of type {t} has {} elements, more than the {limit} one tile may hold here; \
             use smaller blocks (more programs, or a loop over chunks of the data)",
            if n == u64::MAX {
                "2^64 or more".to_string()
            } else {
                n.to_string()
            }
        )),
        _ => Ok(()),
    }
}

/// Checks that `v` is a value of `dtype` (an integer type or `bool`).
fn check_fits(v: i64, dtype: DType) -> Result<(), String> {
    if dtype.is_bool() {
        if v == 0 || v == 1 {
            Ok(())
        } else {
            Err("a bool must be 0 or 1".into())
        }
    } else if let Some((lo, hi)) = dtype.int_range() {
        if (lo..=hi).contains(&i128::from(v)) {
            Ok(())
        } else {
            Err(format!("out of range for {dtype} ({lo}..={hi})"))
        }
    } else {
        Err(format!(
            "{dtype} is not a valid const generic dtype (integers and bool only)"
        ))
    }
}

/// Evaluates and removes the static assertions of `block` (nested blocks included), failing
/// with the first that does not hold.
fn check_static_asserts(
    block: &mut Block,
    values: &HashMap<&str, i64>,
    file: Option<&str>,
) -> Result<(), String> {
    let value = |name: &str| -> Result<u64, String> {
        match values.get(name) {
            Some(&v) if v >= 0 => Ok(v as u64),
            Some(&v) => Err(format!("`{name}` = {v} is negative")),
            None => Err(format!("`{name}` is not a const generic of the kernel")),
        }
    };
    let mut failed = None;
    block.retain(|inst| {
        let Op::StaticAssert {
            lhs,
            op,
            rhs,
            message,
        } = &inst.op
        else {
            return true;
        };
        if failed.is_some() {
            return false;
        }
        let at = inst
            .loc
            .map(|l| format!(" at {}", l.in_file(file)))
            .unwrap_or_default();
        let holds = lhs
            .eval(&value)
            .and_then(|a| Ok(op.holds(a, rhs.eval(&value)?)));
        let mut names = Vec::new();
        lhs.each_sym(&mut |n| names.push(n.to_string()));
        rhs.each_sym(&mut |n| names.push(n.to_string()));
        names.sort();
        names.dedup();
        let with: Vec<String> = names
            .iter()
            .filter_map(|n| values.get(n.as_str()).map(|v| format!("{n} = {v}")))
            .collect();
        let symbol = op.symbol();
        match holds {
            Ok(true) => {}
            Ok(false) => {
                failed = Some(format!(
                    "static assertion failed{at}: {message} (`{lhs} {symbol} {rhs}` with {})",
                    with.join(", ")
                ))
            }
            Err(why) => failed = Some(format!("static assertion{at} cannot be evaluated: {why}")),
        }
        false
    });
    if let Some(f) = failed {
        return Err(f);
    }
    for inst in block.iter_mut() {
        for b in inst.op.blocks_mut() {
            check_static_asserts(b, values, file)?;
        }
    }
    Ok(())
}

struct Subst<'a> {
    values: &'a HashMap<&'a str, i64>,
    /// The kernel's source file, for error locations.
    file: Option<&'a str>,
}

impl Subst<'_> {
    fn dim(&self, d: &mut Dim) -> Result<(), String> {
        match d {
            Dim::Sym(name) => {
                let Some(&v) = self.values.get(name.as_str()) else {
                    return Err(format!(
                        "dimension `{name}` is not a const generic of the kernel"
                    ));
                };
                if v < 1 {
                    return Err(format!(
                        "const generic `{name}` = {v} is used as a dimension, which must be at least 1"
                    ));
                }
                *d = Dim::Const(v as u64);
            }
            Dim::Op(..) => {
                let value = |name: &str| -> Result<u64, String> {
                    match self.values.get(name) {
                        Some(&v) if v >= 0 => Ok(v as u64),
                        Some(&v) => Err(format!("`{name}` = {v} is negative")),
                        None => Err(format!("`{name}` is not a const generic of the kernel")),
                    }
                };
                let v = d
                    .eval(&value)
                    .map_err(|why| format!("dimension `{d}`: {why}"))?;
                if v < 1 {
                    return Err(format!(
                        "dimension `{d}` is {v}; dimensions must be at least 1"
                    ));
                }
                *d = Dim::Const(v);
            }
            Dim::Const(0) => {
                return Err("a dimension is 0; dimensions must be at least 1".into());
            }
            Dim::Const(_) => {}
        }
        Ok(())
    }

    fn shape(&self, s: &mut [Dim]) -> Result<(), String> {
        s.iter_mut().try_for_each(|d| self.dim(d))
    }

    fn ty(&self, t: &mut Type) -> Result<(), String> {
        self.shape(&mut t.shape)
    }

    /// Substitutes in a block; `types` are the already specialized value types.
    fn block(&self, b: &mut Block, types: &[Type]) -> Result<(), String> {
        for (i, inst) in b.iter_mut().enumerate() {
            let mnemonic = inst.op.name();
            let loc = match (inst.loc, inst.result) {
                (Some(l), _) => format!("at {} (`{mnemonic}`)", l.in_file(self.file)),
                (None, Some(r)) => format!("at %{} (`{mnemonic}`)", r.0),
                (None, None) => format!("at instruction {i} (`{mnemonic}`) of its block"),
            };
            let at = |e: String| format!("{loc}: {e}");
            let mut replace = None;
            match &mut inst.op {
                Op::Arange { len } | Op::Histogram { bins: len, .. } => {
                    self.dim(len).map_err(at)?
                }
                Op::Hint {
                    multiple_of,
                    max_contiguous,
                    ..
                } => {
                    self.dim(multiple_of).map_err(at)?;
                    self.dim(max_contiguous).map_err(at)?;
                }
                Op::Broadcast { shape, .. } => self.shape(shape).map_err(at)?,
                Op::Reshape { value, shape } => {
                    self.shape(shape).map_err(at)?;
                    if let Some(t) = types.get(value.index()) {
                        let count = |s: &[Dim]| {
                            s.iter().try_fold(1u128, |acc, d| {
                                d.as_const().and_then(|n| acc.checked_mul(u128::from(n)))
                            })
                        };
                        if count(&t.shape) != count(shape) {
                            return Err(at(format!(
                                "`reshape` of {t} to {} changes the number of elements",
                                shape_to_string(shape)
                            )));
                        }
                    }
                }
                Op::ConstParam { name, dtype } => {
                    let Some(&v) = self.values.get(name.as_str()) else {
                        return Err(at(format!("`{name}` is not a const generic of the kernel")));
                    };
                    check_fits(v, *dtype)
                        .map_err(|why| at(format!("`{name}` = {v} used as {dtype}: {why}")))?;
                    let value = if dtype.is_bool() {
                        ConstValue::Bool(v == 1)
                    } else {
                        ConstValue::Int(i128::from(v))
                    };
                    replace = Some(Op::Const {
                        value,
                        dtype: *dtype,
                    });
                }
                Op::For { body, .. } | Op::Fold { body, .. } => self.block(body, types)?,
                Op::While {
                    cond_block, body, ..
                } => {
                    self.block(cond_block, types)?;
                    self.block(body, types)?;
                }
                Op::If {
                    then_block,
                    else_block,
                    ..
                } => {
                    self.block(then_block, types)?;
                    self.block(else_block, types)?;
                }
                _ => {}
            }
            if let Some(op) = replace {
                inst.op = op;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{parse_kernel, print_kernel};

    const HALVES: &str = "kernel @halves<A: u64, B: u64>(x: *f32 = %0) {
  %1: i32[(A / 2)] = arange (A / 2)
  %2: i32[(A - B)] = arange (A - B)
}
";

    /// Computed dimensions take their values at specialization; one without a value (a
    /// difference below 1) is an error naming it.
    #[test]
    fn computed_dimensions_are_evaluated_or_refused() {
        let k = parse_kernel(HALVES).unwrap();
        assert_eq!(print_kernel(&k), HALVES);
        let s = specialize(&k, &[8, 3]).unwrap();
        assert_eq!(s.values[1].shape, vec![Dim::Const(4)]);
        assert_eq!(s.values[2].shape, vec![Dim::Const(5)]);
        let e = specialize(&k, &[8, 8]).unwrap_err();
        assert!(e.message.contains("dimension `(A - B)` is 0"), "{e}");
        let e = specialize(&k, &[3, 8]).unwrap_err();
        assert!(
            e.message.contains("(A - B)") && e.message.contains("out of range"),
            "{e}"
        );
    }
}
