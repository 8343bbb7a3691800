use oxtile::prelude::*;

#[kernel]
fn k<const BM: usize, const BN: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let a = load(x + arange(0, BM));
    let b = load(x + arange(0, BN));
    store(out + arange(0, BM), a * b);
}

fn main() {}
