use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Vec<f32>, out: Ptr<String>) {
    let offs = arange(0, BLOCK);
    store(out + offs, 1.0);
}

fn main() {}
