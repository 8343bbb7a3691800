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
use crate::value::Val;

/// A name in scope.
#[derive(Clone, Debug)]
pub(crate) enum Binding {
    /// An immutable binding (`let x = ...`, a parameter, a loop index).
    Val(Val),
    /// A mutable variable (`let mut x = ...`).
    Var(VarId),
}

/// The lowering context of one kernel.
pub struct Lower {
    /// The IR under construction.
    pub b: Builder,
    /// Every error found so far.
    pub errors: Vec<syn::Error>,
    pub(crate) scopes: Vec<HashMap<String, Binding>>,
    /// Const generics: name and dtype.
    pub consts: Vec<(String, DType)>,
    /// Tensor descriptors created so far, indexed by [`Val::Desc`].
    pub descs: Vec<crate::desc::Desc>,
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
            scope.insert(p.ident.to_string(), Binding::Val(Val::Ir(id, p.ty.clone())));
        }
        // Parameters whose type was rejected are still in scope, as poison, so their uses
        // do not add "cannot find value" errors to the real one.
        for name in &sig.rejected {
            scope.insert(name.to_string(), Binding::Val(Val::Poison));
        }
        let consts = sig
            .consts
            .iter()
            .map(|c| (c.ident.to_string(), c.dtype))
            .collect();
        (
            Lower {
                b,
                errors: Vec::new(),
                scopes: vec![scope],
                consts,
                descs: Vec::new(),
            },
            ids,
        )
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

    /// The dtype of a const generic, if `name` is one.
    pub fn const_dtype(&self, name: &str) -> Option<DType> {
        self.consts.iter().find(|(n, _)| n == name).map(|(_, d)| *d)
    }
}
