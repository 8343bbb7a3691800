//! `OXTILE_DUMP_IR=1` prints each specialized kernel's IR to stderr at its first launch, and
//! `OXTILE_DUMP_IR_DIR=<dir>` writes it to `<dir>/<kernel>-<key>.ir`.
//! The test re-runs its own binary as a child with the variable set and reads the child's
//! stderr, so the parent's environment is never modified.

use oxtile::prelude::*;

#[kernel]
fn scaled<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>, factor: f32) {
    let offs = arange(0, BLOCK);
    store(out + offs, load(x + offs) * factor);
}

fn launch_twice() {
    let dev = Device::interpreter();
    let x = dev.upload(&[1.0f32, 2.0, 3.0, 4.0]).unwrap();
    let out = dev.alloc::<f32>(4).unwrap();
    scaled::<4>::launch(&dev, Grid::x(1), &x, &out, 0.5).unwrap();
    scaled::<4>::launch(&dev, Grid::x(1), &x, &out, 2.0).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![2.0, 4.0, 6.0, 8.0]);
}

#[test]
fn dump_ir_prints_each_specialization_once() {
    if std::env::var_os("OXTILE_DUMP_IR_CHILD").is_some() {
        launch_twice();
        return;
    }
    let child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "dump_ir_prints_each_specialization_once",
            "--nocapture",
        ])
        .env("OXTILE_DUMP_IR_CHILD", "1")
        .env("OXTILE_DUMP_IR", "1")
        .output()
        .unwrap();
    assert!(child.status.success(), "child failed: {child:?}");
    let stderr = String::from_utf8_lossy(&child.stderr);
    // Specialized: the symbolic BLOCK became 4.
    assert!(stderr.contains("kernel @scaled<BLOCK: u64>"), "{stderr}");
    assert!(stderr.contains("i32[4] = arange 4"), "{stderr}");
    assert_eq!(
        stderr.matches("kernel @scaled").count(),
        1,
        "cached, printed once: {stderr}"
    );
}

#[test]
fn dump_ir_dir_writes_each_specialization_to_a_file() {
    if std::env::var_os("OXTILE_DUMP_IR_CHILD").is_some() {
        launch_twice();
        return;
    }
    let dir = std::env::temp_dir().join(format!("oxtile-dump-ir-{}", std::process::id()));
    let child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "dump_ir_dir_writes_each_specialization_to_a_file",
            "--nocapture",
        ])
        .env("OXTILE_DUMP_IR_CHILD", "1")
        .env("OXTILE_DUMP_IR_DIR", &dir)
        .output()
        .unwrap();
    assert!(child.status.success(), "child failed: {child:?}");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "one specialization, one file: {files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("scaled-")
            && name.ends_with(".ir")
            && name.len() == "scaled-".len() + 16 + 3,
        "{name}"
    );
    // The file is the specialized kernel in the textual form, and parses back.
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let kernel = oxtile::text::parse_kernel(&text).unwrap();
    assert_eq!(kernel.name, "scaled");
    assert!(text.contains("i32[4] = arange 4"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
