use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<f8e4m3>, out: Ptr<f8e4m3>) {
    let offs = arange(0, BLOCK);
    let v = load(x + offs);
    store(out + offs, v + v);
}

fn main() {}
