//! Running the macro on a stack of its own, sized to the kernel.
//!
//! `syn` parses by recursive descent and lowering recurses on the syntax tree, so the stack a
//! kernel needs grows with how deeply its code nests. A proc macro runs on rustc's thread,
//! whose stack held about 500 levels of parentheses: 1,000 crashed rustc with a stack
//! overflow, where plain Rust compiles them (rustc grows its own stack as it recurses). The
//! macro therefore parses, lowers and drops the kernel on a stack it allocates (with
//! `stacker`, as rustc does), large enough for the deepest nesting the kernel's tokens can
//! form: each level of nesting takes at least one token, so [`STACK_PER_TOKEN`] bytes per
//! token bound the recursion whatever its shape. The stack is reserved address space, not
//! memory: only the pages the recursion touches are ever backed.

use proc_macro2::{TokenStream, TokenTree};
use syn::ItemFn;

use crate::emit;

/// The stack every expansion gets, whatever its size.
const STACK_BASE: usize = 16 << 20;

/// Stack bytes per token of the kernel: about twice what one level of the deepest-reaching
/// nesting takes in an unoptimized build (measured by running the expansion on threads with
/// ever smaller stacks: nested blocks `{ { } }` 17.6 KiB per level of one token, parentheses
/// 10.9 KiB, calls `f(` 10.4 KiB per token, unary minus 3.4 KiB, a flat sum 1.3 KiB).
pub(crate) const STACK_PER_TOKEN: usize = 32 << 10;

/// The largest stack the macro reserves (4 GiB on 64-bit hosts), which bounds the kernels
/// it takes ([`MAX_TOKENS`]).
const STACK_MAX: usize = if usize::BITS >= 64 {
    u32::MAX as usize
} else {
    usize::MAX / 4
};

/// The most tokens a kernel may have: about 130,000, far above any real kernel.
pub(crate) const MAX_TOKENS: usize = (STACK_MAX - STACK_BASE) / STACK_PER_TOKEN;

/// Parses and expands `#[kernel]` on a stack of its own (see the [module docs](self)).
pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    let tokens = count_tokens(&item);
    if tokens > MAX_TOKENS {
        return syn::Error::new_spanned(
            first_tokens(&item),
            format!(
                "this kernel has {tokens} tokens; `#[kernel]` takes at most {MAX_TOKENS}: split it into several kernels"
            ),
        )
        .to_compile_error();
    }
    stacker::grow(STACK_BASE + tokens * STACK_PER_TOKEN, || {
        expand_here(attr, item)
    })
}

/// [`expand`] for `#[kernel_fn]`.
pub fn expand_fn(attr: TokenStream, item: TokenStream) -> TokenStream {
    let n = count_tokens(&item);
    on_stack(n, &item.clone(), move || {
        match syn::parse2::<ItemFn>(item) {
            Ok(f) => {
                let target = crate::functions::Target::KernelFn;
                match crate::functions::start_chain(target, &attr, &f) {
                    // As for kernels (`emit::expand`): the errors that do not depend on the
                    // functions it calls first.
                    Some(chain) => {
                        let (tokens, errors) = crate::functions::with_deferred_calls(|| {
                            crate::functions::expand_kernel_fn_checked(
                                attr,
                                f,
                                Default::default(),
                                Default::default(),
                            )
                        });
                        if errors { tokens } else { chain }
                    }
                    None => crate::functions::expand_kernel_fn(
                        attr,
                        f,
                        Default::default(),
                        Default::default(),
                    ),
                }
            }
            Err(e) => e.to_compile_error(),
        }
    })
}

/// [`expand`] for a step of the device-function chain (`__kernel_collect!`).
pub fn collect(input: TokenStream) -> TokenStream {
    let n = count_tokens(&input);
    on_stack(n, &input.clone(), move || crate::functions::collect(input))
}

/// Runs `f` on a stack sized to `tokens` (see the module docs).
fn on_stack(n: usize, tokens: &TokenStream, f: impl FnOnce() -> TokenStream) -> TokenStream {
    if n > MAX_TOKENS {
        return syn::Error::new_spanned(
            first_tokens(tokens),
            format!(
                "this item has {n} tokens; oxtile's macros take at most {MAX_TOKENS}: split it"
            ),
        )
        .to_compile_error();
    }
    stacker::grow(STACK_BASE + n * STACK_PER_TOKEN, f)
}

/// Parses and expands `#[kernel]` on the current stack.
pub(crate) fn expand_here(attr: TokenStream, item: TokenStream) -> TokenStream {
    match syn::parse2::<ItemFn>(item) {
        Ok(f) => emit::expand(attr, f),
        Err(e) => e.to_compile_error(),
    }
}

/// The number of tokens in `stream`, groups and their contents included, counted without
/// recursion.
pub(crate) fn count_tokens(stream: &TokenStream) -> usize {
    let mut count = 0;
    let mut pending = vec![stream.clone()];
    while let Some(s) = pending.pop() {
        for t in s {
            count += 1;
            if let TokenTree::Group(g) = t {
                pending.push(g.stream());
            }
        }
    }
    count
}

/// The first few tokens of the item (`fn name`), where a whole-kernel error points.
fn first_tokens(item: &TokenStream) -> TokenStream {
    item.clone()
        .into_iter()
        .take_while(|t| !matches!(t, TokenTree::Group(_)))
        .collect()
}
