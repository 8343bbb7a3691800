//! A crate that depends on a library built on oxtile (`tests/fnlib`) and not on oxtile
//! itself: its kernel reaches oxtile through the library's re-export (`crate = ...`) and
//! calls the library's device functions, one of which calls a private helper of the library.

use oxtile_test_fnlib::oxtile::prelude::*;
use oxtile_test_fnlib::{act::leaky_relu, softsign};

/// `out[i] = softsign(leaky_relu(x[i], 0.5))`.
#[kernel(crate = oxtile_test_fnlib::oxtile)]
pub fn activate<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(
        out + offs,
        softsign(leaky_relu(load(x + offs, m, 0.0), 0.5)),
        m,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kernel_calls_a_librarys_functions_without_naming_oxtile() {
        let d = Device::interpreter();
        let x: Vec<f32> = (0..300).map(|i| (i as f32 - 150.0) / 17.0).collect();
        let xd = d.upload(&x).unwrap();
        let out = d.alloc::<f32>(x.len()).unwrap();
        activate::<128>::launch(&d, Grid::x(3), &xd, &out, x.len() as i32).unwrap();
        let want: Vec<f32> = x
            .iter()
            .map(|v| {
                let l = if *v > 0.0 { *v } else { v * 0.5 };
                l / (1.0 + l.abs())
            })
            .collect();
        let got = out.to_vec().unwrap();
        for (g, w) in got.iter().zip(&want) {
            assert!((g - w).abs() <= 1e-6, "{g} vs {w}");
        }
    }
}
