//! Tests of the expansion itself, on kernels too large to keep as UI test files: the macro
//! runs here on `proc-macro2`'s fallback tokens, without rustc.

use std::time::{Duration, Instant};

use crate::emit::expand;

/// A kernel whose body stores `expr` (which may use `v`, an `f32` tile).
fn kernel_with(expr: &str) -> String {
    format!(
        "fn deep<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {{
            let offs = arange(0, B);
            let v = load(x + offs);
            let y = {expr};
            store(out + offs, y);
        }}"
    )
}

/// Expands `src` and returns the expansion's text and how long it took (parsing excluded).
/// Runs on a thread with a large stack: the test threads' 2 MiB do not hold the recursion
/// of `syn` and of lowering over a long expression.
fn expand_src(src: &str) -> (String, Duration) {
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let f: syn::ItemFn = syn::parse_str(&src).expect("the test kernel parses");
            let t = Instant::now();
            let out = expand(proc_macro2::TokenStream::new(), f).to_string();
            (out, t.elapsed())
        })
        .expect("a thread")
        .join()
        .expect("the expansion does not panic")
}

/// `v + v + ... + v` with `n` terms.
fn flat_sum(n: usize) -> String {
    vec!["v"; n].join(" + ")
}

/// Lowering is linear in the length of an expression. Locating each `+` of a flat sum used
/// to print its whole left operand to tokens: 5,000 terms took 35 s in rustc. Comparing two
/// lengths keeps the test independent of the machine's speed: quadrupling the length must
/// not take much more than four times as long (a quadratic lowering takes sixteen).
#[test]
fn a_long_flat_sum_lowers_in_linear_time() {
    let time = |n| {
        (0..3)
            .map(|_| {
                let (out, t) = expand_src(&kernel_with(&flat_sum(n)));
                assert!(!out.contains("compile_error"), "{out}");
                t
            })
            .min()
            .expect("three runs")
    };
    let short = time(2_000);
    let long = time(8_000);
    eprintln!("2,000 terms: {short:?}, 8,000 terms: {long:?}");
    assert!(
        long < short * 8,
        "2,000 terms took {short:?}, 8,000 took {long:?}: not linear"
    );
}

/// Expands `src` through the macro's entry point, on the calling thread's stack.
fn expand_entry(src: &str) -> String {
    let item: proc_macro2::TokenStream = src.parse().expect("the test kernel lexes");
    crate::stack::expand(proc_macro2::TokenStream::new(), item).to_string()
}

/// Nesting of any shape, thousands deep, expands on the test thread's 2 MiB of stack
/// (rustc gives a proc macro 8 MiB, which held about 500 levels of parentheses): `syn`
/// and lowering run on a stack sized to the kernel's tokens.
#[test]
fn deep_nesting_expands_on_a_small_stack() {
    let n = 5_000;
    for expr in [
        format!("{}v{}", "(".repeat(n), ")".repeat(n)),
        format!("{}v{}", "sqrt(".repeat(n), ")".repeat(n)),
        format!("{}v", "- ".repeat(n)),
        format!("v{}", ".abs()".repeat(n)),
        format!("{}v{}", "v + (".repeat(n), ")".repeat(n)),
        format!(
            "{}v{}",
            "if true { v } else { ".repeat(200),
            " }".repeat(200)
        ),
        flat_sum(4 * n),
    ] {
        let out = expand_entry(&kernel_with(&expr));
        assert!(!out.contains("compile_error"), "{}: {out}", &expr[..40]);
    }
}

/// Tokens are counted without recursion, groups and their contents included.
#[test]
fn tokens_are_counted_without_recursion() {
    let deep: proc_macro2::TokenStream = format!("{}x{}", "(".repeat(100_000), ")".repeat(100_000))
        .parse()
        .expect("lexes");
    assert_eq!(crate::stack::count_tokens(&deep), 100_001);
}

/// A kernel too large for the largest stack the macro reserves is refused with an error,
/// not a crash.
#[test]
fn a_kernel_with_too_many_tokens_is_refused() {
    let out = expand_entry(&kernel_with(&flat_sum(crate::stack::MAX_TOKENS / 2 + 1)));
    assert!(out.contains("compile_error"), "{out}");
    assert!(out.contains("split it into several kernels"), "{out}");
}
