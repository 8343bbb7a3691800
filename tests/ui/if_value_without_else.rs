use oxtile::prelude::*;

#[kernel]
fn k(x: Ptr<f32>, y: Ptr<f16>, out: Ptr<f32>, n: i32) {
    let a = if n > 0 { load(x) };
    let b = if n > 0 { load(x) } else { load(y) };
    store(out, a + b);
}

fn main() {}
