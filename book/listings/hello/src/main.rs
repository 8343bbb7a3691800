use oxtile::prelude::*;

/// Each program doubles BLOCK elements of `x` into `out`; the mask keeps the last program
/// inside the `n` elements.
#[kernel]
fn double<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offs < n;
    store(out + offs, load(x + offs, mask, 0.0) * 2.0, mask);
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dev = Device::default()?;
    let n = 1000;
    let x: Vec<f32> = (0..n).map(|i| i as f32).collect();
    let xs = dev.upload(&x)?;
    let out = dev.alloc::<f32>(n)?;
    double::<256>::launch(&dev, Grid::x(n.div_ceil(256) as u32), &xs, &out, n as i32)?;
    let got = out.to_vec()?;
    assert!(got.iter().zip(&x).all(|(g, x)| *g == 2.0 * x));
    println!("doubled {n} numbers on {}", dev.name());
    Ok(())
}
