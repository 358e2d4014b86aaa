# Independent reference values for the statistics tests, computed with mpmath at 50 significant digits
# (arbitrary-precision special functions, no code shared with src/stats). Run: python3 reference-values.py
from mpmath import mp, mpf, sqrt, gammainc, betainc, erfinv, findroot, inf

mp.dps = 50

def qnorm(p):
    return sqrt(2) * erfinv(2 * mpf(p) - 1)

def pchisq(x, k):
    return gammainc(mpf(k) / 2, 0, mpf(x) / 2, regularized=True)

def qchisq(p, k):
    if k == 0:
        return mpf(0)
    lo, hi = mpf(0), mpf(1)
    while pchisq(hi, k) < p:
        hi *= 2
    for _ in range(400):
        mid = (lo + hi) / 2
        if pchisq(mid, k) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2

def pt(t, df):
    t, df = mpf(t), mpf(df)
    x = df / (df + t * t)
    tail = betainc(df / 2, mpf(1) / 2, 0, x, regularized=True) / 2
    return 1 - tail if t > 0 else tail

def qt(p, df):
    lo, hi = mpf(-1000), mpf(1000)
    for _ in range(400):
        mid = (lo + hi) / 2
        if pt(mid, df) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2

def wilson(x, n, level):
    z = qnorm(1 - (1 - mpf(level)) / 2)
    x, n = mpf(x), mpf(n)
    c = z * sqrt(z * z + 4 * x * (1 - x / n))
    return ((2 * x + z * z - c) / (2 * (n + z * z)), (2 * x + z * z + c) / (2 * (n + z * z)))

def byar(x, level):
    z = qnorm(1 - (1 - mpf(level)) / 2)
    x = mpf(x)
    lower = x * (1 - 1 / (9 * x) - z / (3 * sqrt(x))) ** 3
    upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * sqrt(x + 1))) ** 3
    return lower, upper

def exact(x, level):
    a = 1 - mpf(level)
    return qchisq(a / 2, 2 * x) / 2, qchisq(1 - a / 2, 2 * x + 2) / 2

f = lambda v: mp.nstr(v, 15)
print('qnorm 0.975', f(qnorm(0.975)), '0.999', f(qnorm(0.999)), '0.5', f(qnorm(0.5)), '1e-10', f(qnorm(mpf('1e-10'))))
print('pnorm(1.5)', f((1 + mp.erf(mpf(1.5) / sqrt(2))) / 2), 'pnorm(-3)', f((1 + mp.erf(mpf(-3) / sqrt(2))) / 2))
for p, k in [(0.025, 2), (0.975, 22), (0.001, 2), (0.999, 20), (0.5, 1), (0.025, 1), (0.975, 200), (0.001, 0.5)]:
    print('qchisq', p, k, f(qchisq(mpf(p), k)))
print('gammaP(3, 2)', f(gammainc(3, 0, 2, regularized=True)), 'gammaP(0.5, 0.1)', f(gammainc(0.5, 0, mpf('0.1'), regularized=True)))
print('lgamma(0.5)', f(mp.loggamma(0.5)), 'lgamma(10)', f(mp.loggamma(10)), 'lgamma(100.5)', f(mp.loggamma(mpf('100.5'))))
for p, df in [(0.975, 1), (0.975, 2), (0.975, 10), (0.999, 5), (0.999, 1), (0.975, 1000), (0.6, 3)]:
    print('qt', p, df, f(qt(mpf(p), df)))
for x, n in [(81, 263), (15, 148), (0, 20), (1, 29), (1, 10), (10, 10), (65, 100)]:
    print('wilson95', x, n, [f(v) for v in wilson(x, n, '0.95')], 'wilson998', [f(v) for v in wilson(x, n, '0.998')])
for x in range(0, 11):
    print('exact95', x, [f(v) for v in exact(x, '0.95')], 'exact998', [f(v) for v in exact(x, '0.998')])
for x in [10, 65, 1045]:
    print('byar95', x, [f(v) for v in byar(x, '0.95')], 'byar998', [f(v) for v in byar(x, '0.998')])
# t-interval: mean 50, sd 10, n 25
tq = qt(mpf('0.975'), 24)
print('mean 50 sd 10 n 25 95%', f(50 - tq * 10 / 5), f(50 + tq * 10 / 5))
# DSR worked example: three bands, standard (1000, 2000, 3000)
xs, ns, ws = [mpf(5), mpf(20), mpf(40)], [mpf(1000), mpf(2000), mpf(1500)], [mpf(1000), mpf(2000), mpf(3000)]
W = sum(ws)
val = sum(x * w / n for x, w, n in zip(xs, ws, ns)) / W
var = sum(x * (w / n) ** 2 for x, w, n in zip(xs, ws, ns)) / W ** 2
O = sum(xs)
for lvl in ['0.95', '0.998']:
    bl, bu = byar(O, lvl)
    print('dsr', lvl, f(val * 100000), f((val + sqrt(var / O) * (bl - O)) * 100000), f((val + sqrt(var / O) * (bu - O)) * 100000))
