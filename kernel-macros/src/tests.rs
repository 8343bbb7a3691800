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

/// A generic kernel expands to one IR text per dtype its bounds admit, and the index the
/// launcher computes from the type arguments selects the text of the same dtypes: the
/// instances are in the order of `emit::assignments`, the first parameter varying slowest.
#[test]
fn a_generic_kernel_carries_one_ir_per_instance_in_index_order() {
    let (out, _) = expand_src(
        "fn cvt<S: Float, D: Int, const B: usize>(out: Ptr<D>, x: Ptr<S>) {
            let offs = arange(0, B);
            store(out + offs, load(x + offs) as D);
        }",
    );
    assert!(!out.contains("compile_error"), "{out}");
    // 4 floats x 8 integers, each text naming its two pointee dtypes.
    let texts: Vec<&str> = out
        .match_indices("kernel @cvt")
        .map(|(i, _)| &out[i..])
        .collect();
    assert_eq!(texts.len(), 2 * 32, "the IR array and the KernelDef array");
    let floats = ["f16", "bf16", "f32", "f64"];
    let ints = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"];
    for (i, text) in texts[..32].iter().enumerate() {
        let (s, d) = (floats[i / 8], ints[i % 8]);
        let head = &text[..text.find(')').expect("a parameter list")];
        assert!(
            head.contains(&format!("out: *{d}")) && head.contains(&format!("x: *{s}")),
            "instance {i}: {head}"
        );
    }
    // The launcher's index: S's position times 8 plus D's.
    assert!(out.contains("* 8usize"), "{out}");
}

/// An error some instances have is reported once, saying for which dtypes; one every
/// instance has but with the dtype in its message says it is for all of them; one that
/// does not depend on the dtype is reported once, as it is.
#[test]
fn a_generic_kernel_reports_each_error_once_with_its_dtypes() {
    let (out, _) = expand_src(
        "fn k<T: Num, const B: usize>(x: Ptr<T>, y: Ptr<f32>, out: Ptr<T>) {
            let offs = arange(0, B);
            let a = load(x + offs) + load(y + offs);
            let b = exp(load(x + offs));
            let c = offs + undefined_name;
            store(out + offs, a);
        }",
    );
    let errors: Vec<&str> = out.matches("compile_error").collect();
    assert_eq!(errors.len(), 3, "{out}");
    assert!(
        out.contains("mismatched dtypes in `+`: i8 and f32; convert one side with `as` (with `T = i8`, which `T: Num` admits)"),
        "{out}"
    );
    assert!(
        out.contains("`exp` needs a float (f16, bf16, f32, f64), found i8[B] (with `T = i8`, which `T: Num` admits)"),
        "exp on an integer T: {out}"
    );
    assert!(
        out.contains("cannot find value `undefined_name` in this kernel\""),
        "{out}"
    );
}

#[test]
fn words_are_replaced_whole() {
    use crate::emit::replace_word;
    assert_eq!(
        replace_word("i8[B] and i8, not i80", "i8", "T"),
        "T[B] and T, not i80"
    );
    assert_eq!(replace_word("f16", "f16", "T"), "T");
}

/// The calls a body makes to device functions: paths, and single names that are neither
/// builtins, statement syntax, nor a typo of a builtin; each once, without turbofish.
#[test]
fn device_function_calls_are_found_in_a_body() {
    let block: syn::Block = syn::parse_str(
        "{ let a = gelu(x); let b = act::silu(zeros::<f32>([B])); let c = lod(x);
           for i in static_range(0, 4) { let d = gelu(mylib::f::<f16>(x)); } }",
    )
    .expect("a block");
    let paths: Vec<String> = crate::functions::callee_paths(&block)
        .iter()
        .map(crate::functions::path_key)
        .collect();
    assert_eq!(paths, ["gelu", "act::silu", "mylib::f"]);
}

/// A kernel calling a device function expands to the call of that function's macro, which
/// carries the kernel; a step of the chain records the definitions a function's macro hands
/// over, and the last one expands the kernel with them.
#[test]
fn the_chain_collects_definitions_then_expands_the_kernel() {
    let kernel = "fn k<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
        let offs = arange(0, B);
        store(out + offs, act::twice(load(x + offs)));
    }";
    let (out, _) = expand_src(kernel);
    assert!(out.starts_with("act :: twice !"), "{out}");
    // What `act::twice!` hands over, followed by what it was given.
    let payload = out
        .strip_prefix("act :: twice ! {")
        .and_then(|s| s.strip_suffix('}'))
        .expect("a macro call");
    let def = "@def [{ \"twice_0\" [] fn twice<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> { x * 2.0 } }]";
    let step = format!("{def} {payload}");
    let expanded = std::thread::Builder::new()
        .stack_size(1 << 28)
        .spawn(move || {
            let step: proc_macro2::TokenStream = step.parse().expect("tokens");
            crate::functions::collect(step).to_string()
        })
        .expect("a thread")
        .join()
        .expect("no panic");
    assert!(!expanded.contains("compile_error"), "{expanded}");
    assert!(expanded.contains("struct k"), "{expanded}");
    // The function's multiplication, inlined into the kernel's IR.
    assert!(expanded.contains("= mul %"), "{expanded}");
}
