use oxtile::prelude::*;

#[kernel]
fn k<const BM: usize, const BN: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let rows = arange(0, BM);
    let cols = arange(0, BN);
    let v = load(x + rows, cols < n, 0.0);
    store(out + rows, v);
}

fn main() {}
