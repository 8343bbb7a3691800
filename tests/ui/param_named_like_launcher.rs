use oxtile::prelude::*;

#[kernel]
fn clash<const B: usize>(device: Ptr<f32>, grid: i32, options: i32) {
    let offs = arange(0, B);
    store(device + offs, (grid + options) as f32);
}

fn main() {}
