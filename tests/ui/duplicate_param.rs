use oxtile::prelude::*;

#[kernel]
fn twice<const B: usize>(x: Ptr<f32>, x: i32) {
    let offs = arange(0, B);
    store(x + offs, 1.0);
}

fn main() {}
