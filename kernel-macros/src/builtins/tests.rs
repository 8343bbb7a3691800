//! Checks of [`REGISTRY`](super::REGISTRY), the one list of builtins: names are unique
//! identifiers, suggestions come only from it, and every entry lowers without panicking.

use std::collections::HashSet;

use super::{REGISTRY, builtin_names, closest};

/// Two entries with one name would make the second unreachable: lookup takes the first.
#[test]
fn registry_names_are_unique() {
    let mut seen = HashSet::new();
    for b in REGISTRY {
        assert!(seen.insert(b.name), "`{}` is registered twice", b.name);
    }
}

/// A name that is not an identifier (or is a keyword) could never be called.
#[test]
fn registry_names_are_identifiers() {
    for name in builtin_names() {
        assert!(
            syn::parse_str::<syn::Ident>(name).is_ok(),
            "`{name}` is not a Rust identifier"
        );
    }
}

/// Every single-character deletion, substitution and insertion of every builtin, plus a few
/// Rust functions users try: `closest` suggests only registry names, and each name suggests
/// itself.
#[test]
fn closest_suggests_only_registry_names() {
    let names: HashSet<&str> = builtin_names().collect();
    let mut probes: Vec<String> = ["square", "round", "lod", "sigmod", "atomc_ad", "mean", ""]
        .map(String::from)
        .to_vec();
    for name in builtin_names() {
        assert_eq!(
            closest(name),
            Some(name),
            "`{name}` does not suggest itself"
        );
        let chars: Vec<char> = name.chars().collect();
        for i in 0..=chars.len() {
            for c in ['a', 'x', '_', '2'] {
                let mut ins = chars.clone();
                ins.insert(i, c);
                probes.push(ins.into_iter().collect());
                if i < chars.len() {
                    let mut sub = chars.clone();
                    sub[i] = c;
                    probes.push(sub.into_iter().collect());
                }
            }
            if i < chars.len() {
                let mut del = chars.clone();
                del.remove(i);
                probes.push(del.into_iter().collect());
            }
        }
    }
    for p in &probes {
        if let Some(s) = closest(p) {
            assert!(names.contains(s), "`{p}` suggests `{s}`, not a builtin");
        }
    }
}

/// Each entry's function is reached (here with arguments it refuses or accepts) and maps
/// its name to an op without hitting the `unreachable!` of a name it does not handle.
#[test]
fn every_entry_lowers_without_panicking() {
    for b in REGISTRY {
        let turbofish = if b.takes_types { "::<f32>" } else { "" };
        for args in ["", "v", "v, 0", "v, v, v"] {
            let src = format!(
                "fn k<const B: usize>(x: Ptr<f32>) {{
                    let v = load(x + arange(0, B));
                    let y = {}{turbofish}({args});
                }}",
                b.name
            );
            let f: syn::ItemFn = syn::parse_str(&src).expect("the test kernel parses");
            let _ = crate::emit::expand(proc_macro2::TokenStream::new(), f);
        }
    }
}
