use oxtile::prelude::*;

#[kernel]
fn scale<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>, factor: f32) {
    let offs = arange(0, BLOCK);
    store(out + offs, load(x + offs) * factor);
}

fn main() {
    let dev = Device::interpreter();
    let x = dev.upload(&[f16::from_f32(1.0)]).unwrap();
    let out = dev.alloc::<f32>(1).unwrap();
    // `x` holds f16 but the kernel takes Ptr<f32>; `2` is an integer, not an f32.
    let _ = scale::<1>::launch(&dev, Grid::x(1), &x, &out, 2i32);
}
