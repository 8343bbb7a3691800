# Writes the filetests kernel-core/filetests/ops_64_int.ir and ops_64_float.ir (64-bit ops
# worth checking against the interpreter):
#   python3 scripts/gen_ops_64.py int|float > ops_64_MODE.ir
# then put back the file's `// test:` header (see kernel-core/src/filetests.rs).
import sys
MODE=sys.argv[1]
params = [("a","*i64"),("b","*u64"),("f","*f64"),("s","i64"),("sf","f64"),("su","u64"),
          ("out_i","*i64"),("out_u","*u64"),("out_f","*f64"),("out_w","*i32"),("out_h","*f16"),
          ("out_m","*bool"),("out_s","*u8"),("out_g","*f32"),("out_v","*u32")]
P = {n:i for i,(n,_) in enumerate(params)}
lines=[]
n=[len(params)]
def new(ty, op):
    v=n[0]; n[0]+=1
    lines.append(f"  %{v}: {ty} = {op}")
    return v
N=64
T=lambda d: f"{d}[{N}]"
offs=new(f"i32[{N}]", f"arange {N}")
def const(d, val):
    c=new(d, f"const {d} {val}")
    return new(T(d), f"broadcast %{c} to [{N}]")
def splat(d, v):
    return new(T(d), f"broadcast %{v} to [{N}]")
slot={}
ON=[MODE=='int']
def store(out, d, v):
    if not ON[0]: return
    k=slot.get(out,0); slot[out]=k+1
    base=new(f"*{d}[{N}]", f"broadcast %{P[out]} to [{N}]")
    o=offs
    if k:
        kk=const("i32", k*N)
        o=new(T("i32"), f"add %{offs}, %{kk}")
    p=new(f"*{d}[{N}]", f"ptr_add %{base}, %{o}")
    lines.append(f"  store %{p}, %{v}")
def load(inp, d):
    base=new(f"*{d}[{N}]", f"broadcast %{P[inp]} to [{N}]")
    p=new(f"*{d}[{N}]", f"ptr_add %{base}, %{offs}")
    return new(T(d), f"load %{p}")
a=load("a","i64"); b=load("b","u64"); f=load("f","f64")
# i64 values spanning the range: x = a * 0x0123456789abcdef - 5 (wraps), MIN where a == 0
k=const("i64", 81985529216486895)
x=new(T("i64"), f"mul %{a}, %{k}")
five=const("i64",5)
x=new(T("i64"), f"sub %{x}, %{five}")
zero=const("i64",0)
isz=new(T("bool"), f"cmp eq %{a}, %{zero}")
mn=const("i64", -9223372036854775808)
x=new(T("i64"), f"select %{isz}, %{mn}, %{x}")
# divisor: -1 for a < 6, 0 for a == 6 or 7, else a - 9
six=const("i64",6); seven=const("i64",7); nine=const("i64",9); m1=const("i64",-1)
lt6=new(T("bool"), f"cmp lt %{a}, %{six}")
d0=new(T("i64"), f"sub %{a}, %{nine}")
le7=new(T("bool"), f"cmp le %{a}, %{seven}")
d1=new(T("i64"), f"select %{le7}, %{zero}, %{d0}")
dv=new(T("i64"), f"select %{lt6}, %{m1}, %{d1}")
for op in ["div","rem","add","sub","mul","and","or","xor","min","max"]:
    store("out_i","i64", new(T("i64"), f"{op} %{x}, %{dv}"))
for op in ["neg","abs","not"]:
    store("out_i","i64", new(T("i64"), f"{op} %{x}"))
# shifts by a*5 (0..75: >= 32 and >= 64 wrap modulo 64)
sh=new(T("i64"), f"mul %{a}, %{five}")
store("out_i","i64", new(T("i64"), f"shl %{x}, %{sh}"))
store("out_i","i64", new(T("i64"), f"shr %{x}, %{sh}"))
# scalar parameter
ss=splat("i64", P["s"])
store("out_i","i64", new(T("i64"), f"mul %{x}, %{ss}"))
# u64: y = bitcast x, ops
y=new(T("u64"), f"bitcast %{x} to u64")
du=new(T("u64"), f"bitcast %{dv} to u64")
shu=new(T("u64"), f"bitcast %{sh} to u64")
for op in ["div","rem","min","max","add"]:
    store("out_u","u64", new(T("u64"), f"{op} %{y}, %{du}"))
store("out_u","u64", new(T("u64"), f"shr %{y}, %{shu}"))
store("out_u","u64", new(T("u64"), f"shl %{y}, %{shu}"))
store("out_u","u64", new(T("u64"), f"neg %{y}"))
su=splat("u64", P["su"])
store("out_u","u64", new(T("u64"), f"xor %{y}, %{su}"))
store("out_u","u64", new(T("u64"), f"add %{b}, %{su}"))
# comparisons
for op in ["lt","le","gt","ge","eq","ne"]:
    store("out_m","bool", new(T("bool"), f"cmp {op} %{x}, %{dv}"))
    store("out_m","bool", new(T("bool"), f"cmp {op} %{y}, %{du}"))
# casts from i64/u64 to narrower
for d,out in [("i32","out_w"),("u8","out_s"),("f32","out_g"),("f16","out_h"),("bool","out_m"),("u32","out_v")]:
    store(out,d, new(T(d), f"cast %{x} to {d}"))
    store(out,d, new(T(d), f"cast %{y} to {d}"))
store("out_f","f64", new(T("f64"), f"cast %{x} to f64"))
store("out_f","f64", new(T("f64"), f"cast %{y} to f64"))
store("out_i","i64", new(T("i64"), f"cast %{y} to i64"))
ON[0] = MODE=='float'
# f64: g = f * 10^(a-8) spread, with NaN (a==1), inf (a==2), -inf (a==3), -0 (a==4)
ten=const("f64","1e30")
af=new(T("f64"), f"cast %{a} to f64")
eight=const("f64","8.0")
e=new(T("f64"), f"sub %{af}, %{eight}")
e=new(T("f64"), f"mul %{e}, %{e}")
e=new(T("f64"), f"mul %{e}, %{e}")
g=new(T("f64"), f"mul %{f}, %{e}")
def special(g, ai, val):
    c=const("i64", ai)
    m=new(T("bool"), f"cmp eq %{a}, %{c}")
    v=const("f64", val)
    return new(T("f64"), f"select %{m}, %{v}, %{g}")
zf=const("f64","0.0")
nan=new(T("f64"), f"div %{zf}, %{zf}")
inf_one=const("f64","1.0")
inf=new(T("f64"), f"div %{inf_one}, %{zf}")
c1=const("i64",1); m_=new(T("bool"), f"cmp eq %{a}, %{c1}"); g=new(T("f64"), f"select %{m_}, %{nan}, %{g}")
c2=const("i64",2); m_=new(T("bool"), f"cmp eq %{a}, %{c2}"); g=new(T("f64"), f"select %{m_}, %{inf}, %{g}")
ninf=new(T("f64"), f"neg %{inf}")
c3=const("i64",3); m_=new(T("bool"), f"cmp eq %{a}, %{c3}"); g=new(T("f64"), f"select %{m_}, %{ninf}, %{g}")
g=special(g, 4, "-0.0")
g=special(g, 5, "1e30")
g=special(g, 15, "-3e19")
for d,out in [("i32","out_w"),("u8","out_s"),("f32","out_g"),("f16","out_h"),("bool","out_m"),("u32","out_v"),("i64","out_i"),("u64","out_u")]:
    store(out,d, new(T(d), f"cast %{g} to {d}"))
gf=new(T("f32"), f"cast %{g} to f32")
store("out_f","f64", new(T("f64"), f"cast %{gf} to f64"))
store("out_i","i64", new(T("i64"), f"cast %{gf} to i64"))
sf=splat("f64", P["sf"])
for op in ["add","sub","mul","div","min","max"]:
    store("out_f","f64", new(T("f64"), f"{op} %{g}, %{sf}"))
for op in ["neg","abs","floor","ceil","sqrt","rsqrt","exp","exp2","sigmoid"]:
    store("out_f","f64", new(T("f64"), f"{op} %{g}"))
for op in ["lt","ge","eq","ne"]:
    store("out_m","bool", new(T("bool"), f"cmp {op} %{g}, %{sf}"))
store("out_u","u64", new(T("u64"), f"bitcast %{g} to u64"))
sel=new(T("bool"), f"cmp lt %{f}, %{zf}")
store("out_f","f64", new(T("f64"), f"select %{sel}, %{g}, %{sf}"))
body="\n".join(lines)
sig=", ".join(f"{nm}: {ty} = %{i}" for i,(nm,ty) in enumerate(params))
print(f"kernel @ops_64_{MODE}({sig}) {{\n{body}\n}}")
