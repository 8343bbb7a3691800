//! `#[kernel]`: turns a Rust function into checked oxtile tile IR at compile time.
//!
//! The function body is never compiled as Rust. The macro parses it with `syn`, lowers it to
//! IR while checking dtypes and symbolic shapes, reports *every* error with the span of the
//! offending expression, verifies the IR with the same rules the runtime uses, and replaces
//! the function by a zero-sized type of the same name that carries the IR text and a typed
//! `launch` method:
//!
//! ```ignore
//! #[kernel]
//! fn add<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>, n: i32) { ... }
//! // becomes
//! struct add<const BLOCK: usize>;
//! impl<const BLOCK: usize> add<BLOCK> {
//!     pub const IR: &'static str = "...";
//!     pub fn launch(device: &Device, grid: Grid, x: &Buffer<f32>, y: &Buffer<f32>,
//!                   out: &Buffer<f32>, n: i32) -> Result<(), LaunchError> { ... }
//! }
//! ```
//! so `add::<1024>::launch(&dev, Grid::x(blocks), &x, &y, &out, n)` type-checks its
//! arguments like any Rust call.
//!
//! A kernel generic over dtypes (`fn softmax<T: Float, const B: usize>`) is lowered and
//! checked once per dtype its bounds admit (`emit`); the type carries every instance's IR,
//! and the type arguments of a launch select one.

mod builder;
mod builtins;
mod desc;
mod emit;
mod expr;
mod functions;
mod krate;
mod loc;
mod lower;
mod signature;
mod stack;
mod stmt;
mod value;

use proc_macro::TokenStream;

/// Compiles a Rust function into an oxtile kernel. See the crate docs and the oxtile book.
#[proc_macro_attribute]
pub fn kernel(attr: TokenStream, item: TokenStream) -> TokenStream {
    stack::expand(attr.into(), item.into()).into()
}

/// Makes a function a device function: kernels and other device functions call it, from
/// this module, another one or another crate (import it with `use` like any item). It takes
/// tiles (`Tile<T, N>`) and scalars, may be generic over dtypes and dimensions, and returns
/// its tail expression; each call is inlined. See the oxtile book.
#[proc_macro_attribute]
pub fn kernel_fn(attr: TokenStream, item: TokenStream) -> TokenStream {
    stack::expand_fn(attr.into(), item.into()).into()
}

/// One step of the chain that hands device functions' definitions to the kernel that calls
/// them (`functions`); generated code calls it, users never do.
#[doc(hidden)]
#[proc_macro]
pub fn __kernel_collect(input: TokenStream) -> TokenStream {
    stack::collect(input.into()).into()
}

#[cfg(test)]
mod tests;
