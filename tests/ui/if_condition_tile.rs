use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    let v = load(x + offs);
    if v > 0.0 {
        store(out + offs, v);
    }
}

fn main() {}
