//! Vector addition, the "hello world" of oxtile (Triton tutorial 01).
//!
//! Each program handles one block of `BLOCK` elements; the mask keeps the last, partial
//! block from touching memory past `n`.

#[path = "common/mod.rs"]
mod common;

use oxtile::prelude::*;

// ANCHOR: kernel
#[kernel]
fn vector_add<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let pid = program_id(0);
    let offsets = pid * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    let a = load(x + offsets, mask, 0.0);
    let b = load(y + offsets, mask, 0.0);
    store(out + offsets, a + b, mask);
}
// ANCHOR_END: kernel

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // ANCHOR: launch
    let n = 98_432;
    let mut rng = common::rng(1);
    let x = common::uniform(&mut rng, n, -1.0, 1.0);
    let y = common::uniform(&mut rng, n, -1.0, 1.0);

    let dev = Device::default()?;
    let xd = dev.upload(&x)?;
    let yd = dev.upload(&y)?;
    let out = dev.alloc::<f32>(n)?;
    const BLOCK: usize = 1024;
    let grid = Grid::x(n.div_ceil(BLOCK) as u32);
    vector_add::<BLOCK>::launch(&dev, grid, &xd, &yd, &out, n as i32)?;
    let got = out.to_vec()?;
    // ANCHOR_END: launch

    let want: Vec<f32> = x.iter().zip(&y).map(|(a, b)| a + b).collect();
    let (err, ok) = common::compare(&got, &want, 0.0, 0.0);
    common::verdict("vector_add", dev.name(), &format!("n = {n}"), err, ok);
    Ok(())
}
