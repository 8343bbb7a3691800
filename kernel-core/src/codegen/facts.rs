//! Facts about a specialized kernel that every code generator computes the same way, and
//! the refusals every backend makes alike, gathered in one walk before any code is written.
//!
//! A backend calls [`facts`] first and builds its own analysis on the result: emission then
//! never starts on a kernel it would have to abandon halfway for one of these reasons.

use super::CodegenError;
use super::layout::{MAX_TILE_ELEMS, dims, numel};
use crate::DType;
use crate::analysis::{MIXED_ORIGINS, pointer_origins, use_counts, walk};
use crate::ir::{Elem, Inst, Kernel, Op, Type, ValueId};

/// How a kernel uses one buffer parameter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BufferUsage {
    /// Some load reads it.
    pub loaded: bool,
    /// Some store writes it.
    pub stored: bool,
    /// Some atomic (or `atomic_cas`) targets it.
    pub atomic: bool,
}

impl BufferUsage {
    /// Some op reads it (a load or an atomic, which returns the old value).
    pub fn read(self) -> bool {
        self.loaded || self.atomic
    }

    /// Both uses together.
    pub fn union(self, other: BufferUsage) -> BufferUsage {
        BufferUsage {
            loaded: self.loaded || other.loaded,
            stored: self.stored || other.stored,
            atomic: self.atomic || other.atomic,
        }
    }
}

/// What a backend asks of [`facts`]: its name for errors, and what it refuses beyond the
/// shared rules.
pub struct Target<'a> {
    /// The backend, as [`CodegenError`] names it (`CUDA`, `WGSL`).
    pub backend: &'static str,
    /// The on-chip memory a too-large tile would overflow (`shared memory`).
    pub memory: &'static str,
    /// Why the backend cannot hold a dtype at all (`None`: it can), e.g. a 64-bit type on a
    /// WGSL adapter without the feature.
    pub refuse_dtype: &'a dyn Fn(DType) -> Option<String>,
    /// For each parameter, whether the launch passes a buffer that another parameter also
    /// gets (aliased buffers are one memory: each is used as all of them together are).
    /// Shorter than the parameter list (or empty) means "not aliased".
    pub aliased: &'a [bool],
}

/// The facts (see the module docs).
#[derive(Clone, Debug)]
pub struct KernelFacts {
    /// The concrete shape of every value (empty for scalars and for ids no instruction
    /// defines).
    pub dims: Vec<Vec<u64>>,
    /// The concrete shape of every variable.
    pub var_dims: Vec<Vec<u64>>,
    /// For pointer values: the parameter they point into ([`pointer_origins`]).
    pub origin: Vec<Option<u32>>,
    /// How many times each value is read: by an op's operands and by a `while`'s condition.
    pub uses: Vec<u32>,
    /// Per parameter: how the kernel uses its buffer (all-false for scalars), aliasing
    /// merged.
    pub usage: Vec<BufferUsage>,
}

impl KernelFacts {
    /// Whether any atomic targets any buffer.
    pub fn any_atomic(&self) -> bool {
        self.usage.iter().any(|u| u.atomic)
    }
}

/// Gathers the facts of a specialized kernel, or the first reason a backend cannot lower
/// it: a symbolic shape or unsubstituted const generic, a malformed parameter or value id, a
/// tile over [`MAX_TILE_ELEMS`], a dtype the target refuses, a pointer that may point into
/// two buffers or into none.
pub fn facts(k: &Kernel, target: &Target<'_>) -> Result<KernelFacts, CodegenError> {
    let cx = Cx { k, target };
    let nv = k.values.len();

    // ---- shapes ------------------------------------------------------------------------------
    let mut value_dims = vec![Vec::new(); nv];
    for p in &k.params {
        if p.value.index() >= nv {
            return Err(cx.invalid(format!("parameter `{}` has no value", p.name)));
        }
        if !p.ty.shape.is_empty() {
            return Err(cx.invalid(format!("parameter `{}` is not rank 0", p.name)));
        }
        cx.check_type(&p.ty, &format!("parameter `{}`", p.name), "parameter", None)?;
    }
    let mut var_dims = Vec::with_capacity(k.vars.len());
    for (i, t) in k.vars.iter().enumerate() {
        var_dims.push(cx.check_type(t, &format!("variable ${i}"), "var_init", None)?);
    }
    let mut err = None;
    walk(&k.body, &mut |inst| {
        if err.is_none()
            && let Err(e) = cx.check_inst(inst, &mut value_dims)
        {
            err = Some(e);
        }
    });
    if let Some(e) = err {
        return Err(e);
    }

    // ---- pointer origins ---------------------------------------------------------------------
    let origin = pointer_origins(k)
        .map_err(|inst| cx.unsupported(inst.op.name(), MIXED_ORIGINS, k.source_of(inst)))?;

    // ---- buffer usage ------------------------------------------------------------------------
    let mut usage = vec![BufferUsage::default(); k.params.len()];
    let mut err = None;
    walk(&k.body, &mut |inst| {
        let (ptr, set): (ValueId, fn(&mut BufferUsage)) = match &inst.op {
            Op::Load { ptr, .. } => (*ptr, |u| u.loaded = true),
            Op::Store { ptr, .. } => (*ptr, |u| u.stored = true),
            Op::Atomic { ptr, .. } | Op::AtomicCas { ptr, .. } => (*ptr, |u| u.atomic = true),
            _ => return,
        };
        match origin[ptr.index()] {
            Some(p) => set(&mut usage[p as usize]),
            None => {
                err = Some(cx.invalid(format!(
                    "{}: pointer %{} does not derive from a buffer parameter",
                    inst.op.name(),
                    ptr.0
                )))
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let aliased = |i: usize| target.aliased.get(i).copied().unwrap_or(false);
    let shared = (0..usage.len())
        .filter(|&i| aliased(i))
        .fold(BufferUsage::default(), |acc, i| acc.union(usage[i]));
    for (i, u) in usage.iter_mut().enumerate() {
        if aliased(i) {
            *u = shared;
        }
    }

    Ok(KernelFacts {
        dims: value_dims,
        var_dims,
        origin,
        uses: use_counts(k),
        usage,
    })
}

struct Cx<'k> {
    k: &'k Kernel,
    target: &'k Target<'k>,
}

impl Cx<'_> {
    fn unsupported(
        &self,
        op: &'static str,
        why: impl Into<String>,
        at: Option<String>,
    ) -> CodegenError {
        CodegenError::Unsupported {
            backend: self.target.backend,
            kernel: self.k.name.clone(),
            op,
            why: why.into(),
            at,
        }
    }

    fn invalid(&self, message: impl Into<String>) -> CodegenError {
        CodegenError::InvalidIr {
            kernel: self.k.name.clone(),
            message: message.into(),
        }
    }

    /// The concrete dims of a value's type, checked against the shared limits and the
    /// target's dtypes; `at` is the source location of the instruction involved.
    fn check_type(
        &self,
        t: &Type,
        what: &str,
        op: &'static str,
        at: Option<String>,
    ) -> Result<Vec<u64>, CodegenError> {
        let d = dims(&t.shape).ok_or_else(|| CodegenError::NotSpecialized {
            kernel: self.k.name.clone(),
            what: format!("{what} has type {t}"),
        })?;
        let dtype = match t.elem {
            Elem::Scalar(d) | Elem::Ptr(d) => d,
        };
        if let Some(why) = (self.target.refuse_dtype)(dtype) {
            return Err(self.unsupported(op, format!("{what} has type {t}: {why}"), at));
        }
        if numel(&d) > MAX_TILE_ELEMS {
            return Err(CodegenError::TooLarge {
                backend: self.target.backend,
                memory: self.target.memory,
                kernel: self.k.name.clone(),
                op,
                elems: numel(&d),
                needed_bytes: numel(&d).saturating_mul(4),
                limit_bytes: (MAX_TILE_ELEMS * 4) as u32,
                at,
            });
        }
        Ok(d)
    }

    /// Checks one instruction's operand and result types, recording its result's dims.
    fn check_inst(&self, inst: &Inst, value_dims: &mut [Vec<u64>]) -> Result<(), CodegenError> {
        let k = self.k;
        let m = inst.op.name();
        let at = || k.source_of(inst);
        if let Op::ConstParam { name, .. } = &inst.op {
            return Err(CodegenError::NotSpecialized {
                kernel: k.name.clone(),
                what: format!("const generic `{name}` is not substituted"),
            });
        }
        let value = |v: ValueId| {
            k.values
                .get(v.index())
                .ok_or_else(|| self.invalid(format!("%{} is not a value", v.0)))
        };
        for v in inst.op.operands() {
            self.check_type(value(v)?, &format!("operand %{}", v.0), m, at())?;
        }
        if let Some(r) = inst.result {
            value_dims[r.index()] =
                self.check_type(value(r)?, &format!("result %{}", r.0), m, at())?;
        }
        match &inst.op {
            Op::For { index, .. } => {
                self.check_type(value(*index)?, &format!("loop index %{}", index.0), m, at())?;
            }
            Op::Fold {
                params, results, ..
            } => {
                for &r in results.iter().chain(params) {
                    value_dims[r.index()] =
                        self.check_type(value(r)?, &format!("result %{}", r.0), m, at())?;
                }
            }
            Op::While { cond, .. } => {
                value(*cond)?;
            }
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::parse_kernel;

    fn target(aliased: &[bool]) -> Target<'_> {
        Target {
            backend: "TEST",
            memory: "test memory",
            refuse_dtype: &|d| (d == DType::F64).then(|| "no f64 here".to_string()),
            aliased,
        }
    }

    const COPY: &str = "kernel @copy(x: *f32 = %0, y: *f32 = %1) {
  %2: i32[4] = arange 4
  %3: *f32[4] = broadcast %0 to [4]
  %4: *f32[4] = ptr_add %3, %2
  %5: f32[4] = load %4
  %6: *f32[4] = broadcast %1 to [4]
  %7: *f32[4] = ptr_add %6, %2
  store %7, %5
}
";

    #[test]
    fn shapes_uses_and_usage() {
        let k = parse_kernel(COPY).unwrap();
        let f = facts(&k, &target(&[])).unwrap();
        assert_eq!(f.dims[5], vec![4]);
        assert_eq!(f.uses[2], 2);
        assert_eq!(f.origin[7], Some(1));
        assert_eq!(
            f.usage,
            vec![
                BufferUsage {
                    loaded: true,
                    ..Default::default()
                },
                BufferUsage {
                    stored: true,
                    ..Default::default()
                }
            ]
        );
        assert!(!f.any_atomic());
        // Aliased parameters are one memory.
        let f = facts(&k, &target(&[true, true])).unwrap();
        assert!(f.usage.iter().all(|u| u.loaded && u.stored));
        let d = crate::analysis::defs(&k);
        assert!(matches!(d[5].map(|i| &i.op), Some(Op::Load { .. })));
        assert!(d[0].is_none());
    }

    #[test]
    fn refusals_name_the_target() {
        let k = parse_kernel(&COPY.replace("f32", "f64")).unwrap();
        let e = facts(&k, &target(&[])).unwrap_err().to_string();
        assert!(
            e.contains("TEST backend") && e.contains("no f64 here"),
            "{e}"
        );
        let k = parse_kernel(&COPY.replace("[4]", "[N]").replace("arange 4", "arange N"));
        let e = facts(&k.unwrap(), &target(&[])).unwrap_err();
        assert!(matches!(e, CodegenError::NotSpecialized { .. }), "{e}");
        let big = COPY
            .replace("[4]", "[33554432]")
            .replace("arange 4", "arange 33554432");
        let e = facts(&parse_kernel(&big).unwrap(), &target(&[])).unwrap_err();
        assert!(e.to_string().contains("test memory"), "{e}");
    }
}
