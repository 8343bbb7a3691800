use oxtile::prelude::*;

#[kernel]
fn orders(count: Ptr<i32>) {
    // Rust's orderings: `Relaxed`, `Acquire`, `Release`, `AcqRel`, `SeqCst`.
    atomic_add(count, 1, Ordering::Consume);
    // Triton's scopes: `Cta`, `Gpu`, `Sys`.
    atomic_add(count, 1, Scope::Device);
    // One of each.
    atomic_add(count, 1, Ordering::Relaxed, Ordering::Acquire);
}

fn main() {}
