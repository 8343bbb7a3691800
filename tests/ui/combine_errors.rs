use oxtile::prelude::*;

#[kernel]
fn combines<const B: usize>(x: Ptr<f32>, idx: Ptr<i32>, out: Ptr<f32>, s: f32) {
    let offs = arange(0, B);
    let v = load(x + offs);
    let i = load(idx + offs);
    // A combine sees only its arguments: `s` is the kernel's.
    store(out, reduce(v, 0, |a, b| a + b * s));
    // Two arguments, the running value and the next element.
    store(out, reduce(v, 0, |a| a));
    // A combine only computes: no memory.
    store(out, reduce(v, 0, |a, b| a + rand(7, 1)));
    // Its result has the elements' dtype.
    store(out, reduce(v, 0, |a, b| a > b));
    // Several tiles fold together into a tuple, destructured.
    store(out, reduce((v, i), 0, |(a, ai), (b, bi)| (a, ai)));
}

fn main() {}
