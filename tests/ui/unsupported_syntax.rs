use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    let v = match 1 {
        _ => load(x + offs),
    };
    let f = |a| a;
    store(out + offs, v);
}

fn main() {}
