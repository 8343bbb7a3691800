use oxtile::prelude::*;

#[kernel_fn]
fn add<T: Num>(a: T, b: T) -> T {
    a + b
}

#[kernel_fn]
fn is_pos(a: f32, b: f32) -> bool {
    b > 0.0
}

#[kernel]
fn combines<const B: usize>(x: Ptr<f32>, idx: Ptr<i32>, out: Ptr<f32>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    let i = load(idx + offs);
    // A device function combines the flattened tuples: `add` takes two values, not four.
    let (m, j) = reduce((v, i), 0, add);
    store(out, m);
    // Its result must have the elements' dtype.
    store(out + offs, associative_scan(v, 0, is_pos));
}

fn main() {}
