use oxtile::prelude::*;

#[kernel]
fn scale<T: Float, const B: usize>(x: Ptr<T>, out: Ptr<T>, factor: T) {
    let offs = arange(0, B);
    store(out + offs, load(x + offs) * factor);
}

fn main() {
    let dev = Device::interpreter();
    let x = dev.upload(&[1i32]).unwrap();
    let y = dev.upload(&[f16::from_f32(1.0)]).unwrap();
    let out = dev.alloc::<f32>(1).unwrap();
    // `i32` is not a `Float`.
    let _ = scale::<i32, 1>::launch(&dev, Grid::x(1), &x, &x, 2);
    // `T = f32`, but `y` holds f16 and `factor` is an f64.
    let _ = scale::<f32, 1>::launch(&dev, Grid::x(1), &y, &out, 2.0f64);
}
