use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    let acc = load(x + offs);
    acc += 1.0;
    store(out + offs, acc);
}

fn main() {}
