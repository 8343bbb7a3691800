//! The lowering context of a kernel body: the IR builder, scopes, errors. Statements are
//! lowered in [`crate::stmt`], expressions in [`crate::expr`], calls in [`crate::builtins`].
//!
//! Errors are collected, not returned: a failing expression reports itself with its span and
//! evaluates to [`Val::Poison`], which type-checks with anything, so every independent
//! mistake in a kernel is reported in one `cargo build`.

use std::collections::HashMap;

use crate::loc::Loc;
use kernel_core::ir::{DType, Op, ValueId, VarId};

use crate::builder::Builder;
use crate::signature::Signature;
use crate::value::{Val, WeakInt};

/// A name in scope.
#[derive(Clone, Debug)]
pub(crate) enum Binding {
    /// An immutable binding (`let x = ...`, a parameter, a loop index).
    Val(Val),
    /// A mutable variable (`let mut x = ...`).
    Var(VarId),
}

/// A const generic as lowering sees it.
pub struct ConstInfo {
    /// Its name.
    pub name: String,
    /// Its declared dtype (`usize` is `u64`).
    pub dtype: DType,
    /// The dtype it takes as a value where nothing else decides: its declared one, or `None`
    /// for `usize`/`isize`, which are sizes and weakly typed like integer literals (so
    /// `let n = BLOCK;` is an `i32`, as in Triton).
    pub value_dtype: Option<DType>,
}

/// The lowering context of one kernel.
pub struct Lower {
    /// The IR under construction.
    pub b: Builder,
    /// Every error found so far.
    pub errors: Vec<syn::Error>,
    pub(crate) scopes: Vec<HashMap<String, Binding>>,
    /// Const generics, in declaration order.
    pub consts: Vec<ConstInfo>,
    /// Tensor descriptors created so far, indexed by [`Val::Desc`].
    pub descs: Vec<crate::desc::Desc>,
    /// The device functions the body may reach, by id (`crate::functions`).
    pub fns: crate::functions::Fns,
    /// The calls of the body being lowered: path as written -> device function id (the
    /// kernel's own, or the inlined function's).
    pub calls: HashMap<String, String>,
    /// The device function instances lowered so far (`Kernel::functions`), by function id,
    /// dtypes and dimensions: their index and result types.
    pub instances: HashMap<String, (u32, Vec<kernel_core::ir::Type>)>,
    /// The device functions being inlined, outermost first (to refuse recursion).
    pub inlining: Vec<String>,
    /// Inside an inlined device function: its const generics, bound to the dimensions of the
    /// caller's arguments (the caller's own const generics are not in its scope).
    pub fn_dims: Option<Vec<(String, kernel_core::ir::Dim)>>,
    /// The file of the kernel, which its instructions' locations refer to.
    pub file: Option<String>,
    /// While lowering a combine function (`reduce(x, axis, |a, b| ...)`): the names of the
    /// kernel it cannot see, to explain a capture. `Some` also turns a value `if` into a
    /// `select` (a combine body only computes).
    pub combine_hidden: Option<Vec<String>>,
    /// True while lowering a function written in another file: its instructions get no
    /// location (a location is a line and column of the kernel's file).
    pub no_locs: bool,
}

impl Lower {
    /// A context with the parameters of `sig` in scope. Returns it and the parameters' values.
    pub fn new(sig: &Signature) -> (Lower, Vec<ValueId>) {
        let mut b = Builder::new();
        let mut scope = HashMap::new();
        let mut ids = Vec::new();
        for p in &sig.params {
            let id = b.fresh_value(p.ty.clone());
            ids.push(id);
            let binding = if p.mutable {
                // `mut n: i32` is a variable holding the argument, as `let mut n = n;`.
                let var = b.fresh_var(p.ty.clone());
                b.push(Op::VarInit { var, init: id })
                    .expect("a variable of the parameter's own type");
                Binding::Var(var)
            } else {
                Binding::Val(Val::Ir(id, p.ty.clone()))
            };
            scope.insert(p.ident.to_string(), binding);
        }
        // Parameters whose type was rejected are still in scope, as poison, so their uses
        // do not add "cannot find value" errors to the real one.
        for name in &sig.rejected {
            scope.insert(name.to_string(), Binding::Val(Val::Poison));
        }
        let consts = sig
            .consts
            .iter()
            .map(|c| ConstInfo {
                name: c.ident.to_string(),
                dtype: c.dtype,
                value_dtype: (!c.is_size).then_some(c.dtype),
            })
            .collect();
        (
            Lower {
                b,
                errors: Vec::new(),
                scopes: vec![scope],
                consts,
                descs: Vec::new(),
                fns: Default::default(),
                calls: HashMap::new(),
                instances: HashMap::new(),
                inlining: Vec::new(),
                fn_dims: None,
                combine_hidden: None,
                file: None,
                no_locs: false,
            },
            ids,
        )
    }

    /// A context for checking a device function on its own: its const generics `consts`
    /// (dimensions, `usize`) in scope, and the functions it may call.
    pub fn for_function(
        consts: &[syn::Ident],
        fns: crate::functions::Fns,
        calls: HashMap<String, String>,
    ) -> Lower {
        let sig = crate::signature::Signature {
            consts: Vec::new(),
            params: Vec::new(),
            rejected: Vec::new(),
        };
        let (mut lower, _) = Lower::new(&sig);
        lower.consts = consts
            .iter()
            .map(|c| ConstInfo {
                name: c.to_string(),
                dtype: DType::U64,
                value_dtype: None,
            })
            .collect();
        lower.fns = fns;
        lower.calls = calls;
        lower.no_locs = true;
        lower
    }

    /// Runs `f` with the instructions it emits located at `at` (when the compiler gives it a
    /// line), then restores the enclosing location: what keeps each instruction at the
    /// innermost expression or statement it comes from.
    pub fn located<T>(
        &mut self,
        at: Option<proc_macro2::Span>,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let outer = self.b.loc;
        if self.no_locs {
            self.b.loc = None;
        } else if let Some(at) = at.and_then(crate::loc::src_loc) {
            self.b.loc = Some(at);
        }
        let v = f(self);
        self.b.loc = outer;
        v
    }

    /// Records an error at `span`.
    pub fn error(&mut self, span: Loc, msg: impl std::fmt::Display) {
        self.errors.push(span.error(msg));
    }

    /// Appends an op with a result; a typing failure is reported at `span`.
    pub fn emit(&mut self, op: Op, span: Loc) -> Option<ValueId> {
        match self.b.push_value(op) {
            Ok(v) => Some(v),
            Err(m) => {
                self.error(span, m);
                None
            }
        }
    }

    /// Appends an op without a result.
    pub fn emit_void(&mut self, op: Op, span: Loc) {
        if let Err(m) = self.b.push(op) {
            self.error(span, m);
        }
    }

    /// Wraps an emitted value as a front-end value.
    pub fn val(&self, id: Option<ValueId>) -> Val {
        match id {
            Some(id) => Val::Ir(id, self.b.ty(id).clone()),
            None => Val::Poison,
        }
    }

    pub(crate) fn bind(&mut self, name: String, binding: Binding) {
        self.scopes
            .last_mut()
            .expect("a scope is always open")
            .insert(name, binding);
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<&Binding> {
        self.scopes.iter().rev().find_map(|s| s.get(name))
    }

    /// The dtype of a const generic, if `name` is one in scope (inside an inlined device
    /// function, only its own are: see [`Lower::fn_dim`]).
    pub fn const_dtype(&self, name: &str) -> Option<DType> {
        if self.fn_dims.is_some() {
            return None;
        }
        self.consts.iter().find(|c| c.name == name).map(|c| c.dtype)
    }

    /// Inside an inlined device function, the dimension its const generic `name` is bound to.
    pub fn fn_dim(&self, name: &str) -> Option<kernel_core::ir::Dim> {
        self.fn_dims
            .as_ref()?
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, d)| d.clone())
    }

    /// The dtype a weak integer takes where nothing else decides: a const generic's declared
    /// dtype (unless it is a size, see [`ConstInfo::value_dtype`]), else `i32`.
    pub fn weak_int_dtype(&self, w: &WeakInt) -> Option<DType> {
        match w {
            WeakInt::Lit(_) => None,
            WeakInt::Param(name) => self
                .consts
                .iter()
                .find(|c| &c.name == name)
                .and_then(|c| c.value_dtype),
        }
    }

    /// The dtype of two weak values combined where nothing else decides (`SEED + 1`, the
    /// bounds of a range, the branches of an `if`): a float literal makes `f32`, a const
    /// generic its declared dtype, else `i32`. Const generics of two different dtypes are
    /// reported, naming `what`.
    pub fn weak_dtype(&mut self, vals: &[&Val], what: &str, span: Loc) -> Option<DType> {
        if vals.iter().any(|v| matches!(v, Val::Float(_))) {
            return Some(DType::F32);
        }
        let mut found: Option<(DType, &str)> = None;
        for v in vals {
            let Val::Int(w) = v else { continue };
            let Some(d) = self.weak_int_dtype(w) else {
                continue;
            };
            let WeakInt::Param(name) = w else { continue };
            match found {
                Some((prev, prev_name)) if prev != d => {
                    self.error(
                        span,
                        format!("mismatched dtypes in {what}: const generics `{prev_name}: {prev}` and `{name}: {d}`; convert one with `as`"),
                    );
                    return None;
                }
                Some(_) => {}
                None => found = Some((d, name)),
            }
        }
        Some(found.map_or(DType::I32, |(d, _)| d))
    }
}
