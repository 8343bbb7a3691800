//! Incremental construction of a [`Kernel`]: value and variable tables and a stack of open
//! blocks. The builder knows nothing of Rust syntax; the front end calls it after checking
//! operands, and it asks the core's typing rules ([`result_type`]) for each result type, so
//! the macro and the verifier can never disagree about types.

use kernel_core::ir::{
    Block, ConstParam, Function, Inst, Kernel, Op, Param, SrcLoc, Type, ValueId, VarId,
};
use kernel_core::verify::result_type;

/// Builds one kernel.
pub struct Builder {
    values: Vec<Type>,
    vars: Vec<Type>,
    blocks: Vec<Block>,
    functions: Vec<Function>,
    /// The source location every instruction pushed now gets: the front end sets it to the
    /// expression or statement it is lowering (see `Lower::expr`).
    pub loc: Option<SrcLoc>,
}

impl Builder {
    /// An empty builder with the top-level block open.
    pub fn new() -> Builder {
        Builder {
            values: Vec::new(),
            vars: Vec::new(),
            blocks: vec![Vec::new()],
            functions: Vec::new(),
            loc: None,
        }
    }

    /// Declares a value not defined by an instruction (a parameter or a loop index).
    pub fn fresh_value(&mut self, ty: Type) -> ValueId {
        self.values.push(ty);
        ValueId(self.values.len() as u32 - 1)
    }

    /// Declares a variable.
    pub fn fresh_var(&mut self, ty: Type) -> VarId {
        self.vars.push(ty);
        VarId(self.vars.len() as u32 - 1)
    }

    /// The type of a value.
    pub fn ty(&self, v: ValueId) -> &Type {
        &self.values[v.index()]
    }

    /// The type of a variable.
    pub fn var_ty(&self, v: VarId) -> &Type {
        &self.vars[v.index()]
    }

    /// Appends an op to the innermost open block. Returns its result, if any, or the typing
    /// rule it breaks (the front end checks operands first, so an `Err` here means the
    /// front end let something through that it should have explained itself).
    pub fn push(&mut self, op: Op) -> Result<Option<ValueId>, String> {
        let ty = result_type(&self.values, &self.vars, &op)?;
        let result = ty.map(|t| self.fresh_value(t));
        self.blocks
            .last_mut()
            .expect("the top-level block is always open")
            .push(Inst {
                result,
                op,
                loc: self.loc,
            });
        Ok(result)
    }

    /// Appends an op that must produce a value.
    pub fn push_value(&mut self, op: Op) -> Result<ValueId, String> {
        self.push(op)?
            .ok_or_else(|| "operation has no result".to_string())
    }

    /// Appends an already built instruction (control flow whose blocks were built with
    /// [`Builder::open`] / [`Builder::close`]), at the current location unless it has one.
    pub fn push_inst(&mut self, mut inst: Inst) {
        inst.loc = inst.loc.or(self.loc);
        self.blocks
            .last_mut()
            .expect("the top-level block is always open")
            .push(inst);
    }

    /// Adds a device function instance; returns its index (for [`Op::Call`]).
    pub fn add_function(&mut self, f: Function) -> u32 {
        self.functions.push(f);
        self.functions.len() as u32 - 1
    }

    /// How many blocks are open inside the kernel's body (0 at its top level).
    pub fn nesting(&self) -> usize {
        self.blocks.len() - 1
    }

    /// Opens a nested block.
    pub fn open(&mut self) {
        self.blocks.push(Vec::new());
    }

    /// Opens a nested block that already holds instructions, to append to it.
    pub fn reopen(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Closes the innermost nested block and returns it.
    pub fn close(&mut self) -> Block {
        debug_assert!(self.blocks.len() > 1, "close without open");
        self.blocks.pop().unwrap_or_default()
    }

    /// Finishes the kernel, written in source file `file` (where the locations point).
    pub fn finish(
        mut self,
        name: String,
        consts: Vec<ConstParam>,
        params: Vec<Param>,
        file: Option<String>,
    ) -> Kernel {
        let body = self.blocks.swap_remove(0);
        Kernel {
            name,
            consts,
            params,
            values: self.values,
            vars: self.vars,
            body,
            file,
            functions: self.functions,
        }
    }
}
