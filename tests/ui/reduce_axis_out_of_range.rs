use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let v = load(x + arange(0, BLOCK));
    store(out, sum(v, 1));
}

fn main() {}
