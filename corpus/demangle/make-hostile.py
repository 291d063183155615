#!/usr/bin/env python3
"""Writes hostile.txt: symbols made to break demanglers (output blow-up through backrefs, nesting past
rustc-demangle's 500 levels, bad backrefs, punycode, lengths, suffixes, escapes, constants, garbage).
The oracles beside it are Debian's rustfilt 0.2.1:
  python3 make-hostile.py > hostile.txt
  rustfilt < hostile.txt | gzip -9n > hostile.rustfilt.txt.gz
  rustfilt -h < hostile.txt | gzip -9n > hostile.rustfilt-h.txt.gz
Pattern types (`W`) are left out: that rustfilt predates them (the rustc-demangle vectors cover them)."""


def b62(n):
    """A v0 base-62 number: 0 is '_', n is n-1 in base 62 followed by '_'."""
    if n == 0:
        return '_'
    n -= 1
    digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
    s = ''
    while True:
        s = digits[n % 62] + s
        n //= 62
        if n == 0:
            break
    return s + '_'


def blow(levels):
    """a::b::<T0, T1, ...> where each tuple holds the previous one twice (through backrefs)."""
    inner = 'INvCs4_1a1b'
    prev = len(inner)
    inner += 'ThhE'
    for _ in range(levels):
        pos = len(inner)
        inner += 'TB' + b62(prev) + 'B' + b62(prev) + 'E'
        prev = pos
    return '_R' + inner + 'E'


print('# output doubles with every level: 10 levels print, 18 and 25 hit the 1,000,000-byte cap')
for levels in (10, 18, 25):
    print('at ' + blow(levels) + '.cold (x.rs:1)')
print('# nesting past 500 levels')
print('_RINvCs4_1a1b' + 'R' * 600 + 'hE')
print('_RINvCs4_1a1b' + 'ThhE' + 'T' * 499 + 'h' + 'E' * 499 + 'E')
print('_RINvCs4_1a1b' + 'A' * 520 + 'h' + 'Kj1_' * 520 + 'E')
inner = 'INvCs4_1a1b'
prev = len(inner)
inner += 'Rh'
for _ in range(700):  # each type a reference to the previous one, through a backref
    pos = len(inner)
    inner += 'RB' + b62(prev)
    prev = pos
print('_R' + inner + 'E')
print('# backrefs forward, to themselves and past the end')
print('_RNvB0_1a', '_RNvB_1a', '_RINvCs4_1a1bB9999_E', '_RNvCs4_1aB1_1b')
print('# punycode: valid, invalid, empty, overlong')
print('_RNqCs4fqI2P2rA04_11utf8_identsu30____7hkackfecea1cbdathfdh9qlbehd9ch', '_RNvCs4_1au3___', '_RNvCs4_1au1_',
      '_RNvCs4_1au5abc_z', '_RNvCs4_1au200' + 'a' * 200)
print('# lengths that run past the end or overflow')
print('_ZN99999999999999999999foo', '_ZN2147483647aE', '_ZN3fooE', '_ZN3foo17h0123456789abcdefE',
      '_RNvCs4_1a999999999999b', '_RNvCs4_1a5abc', '_RNvCs99999999999999999999999999999_1a1b')
print('# ThinLTO and other suffixes')
print('_ZN3foo3bar17h0123456789abcdefE.llvm.1234ABCD', '_ZN3foo3bar17h0123456789abcdefE.llvm.12ab',
      '_RNvCs4_1a1b.llvm.C0FFEE', '_RNvCs4_1a1b.llvm.XYZ', '_ZN3fooE.0.cold', '_ZN3fooE.', '_RNvCs4_1a1bE')
print('# legacy escapes, known and unknown')
print('_ZN4core3fmt5Write9write_fmt57_$LT$impl$u20$core..fmt..Write$u20$for$u20$$RF$mut$u20$W$GT$17h0123456789abcdefE')
print('_ZN12closure$u7b$$u7d$3fooE', '_ZN3foo$u7e$barE', '_ZN5$LT$x$E', '_ZN7$u0$barE', '_ZN8$uD800$aE',
      '_ZN9$uffffffffE', '_ZN4$u1$E', '_ZN6_$LT$aE', '_ZN3a.b4c..dE')
print('# v0 constants, generics, dyn, fn pointers')
for s in ['_RINvCs4_1a1bKj1f_E', '_RINvCs4_1a1bKanb_E', '_RINvCs4_1a1bKb1_Kb0_Kb2_E', '_RINvCs4_1a1bKc41_Kc27_Kc5c_Kcd800_E',
          '_RINvCs4_1a1bKRe616263_E', '_RINvCs4_1a1bKe22275c0a_E', '_RINvCs4_1a1bKAj1_j2_EE', '_RINvCs4_1a1bKTj1_EE',
          '_RINvCs4_1a1bKVNtCs4_1a1SS1xj1_EE', '_RINvCs4_1a1bKVNtCs4_1a1TTj1_j2_EE', '_RINvCs4_1a1bKVNtCs4_1a1UUE',
          '_RINvCs4_1a1bKy1234567890abcdef0_E', '_RINvCs4_1a1bKp_E', '_RINvCs4_1a1bKx_E', '_RINvCs4_1a1bKzzE',
          '_RINvCs4_1a1bDNtCs4_1a5TraitEL_E', '_RINvCs4_1a1bDG_INtCs4_1a1FIhEp6OutputuEL0_E', '_RINvCs4_1a1bFUKCRhEuE',
          '_RINvCs4_1a1bFK10wasm_abi_ThhEhE', '_RINvCs4_1a1bFG0_RL0_hEuE', '_RINvCs4_1a1bRL_hE', '_RINvCs4_1a1bRL1_hE',
          '_RINvMs_Cs4_1aNtB2_1S3fooE', '_RNvXCs4_1aINtB2_1ShENtB2_1T3bar',
          '_RNvYNtCs4_1a1SNtB4_1T3baz', '_RNCNvCs4_1a1b0', '_RNSNvCs4_1a1bs0_4shim', '_RNvNtCs4_1a1x1y', '_RNvNvCs4_1a1b_',
          '_RNvCs4_1a1bCs5_1c', '_RINvCs4_1a1bSOPhE', '_RINvCs4_1a1bAhKj4_E', '_RINvCs4_1a1bTE', '_RINvCs4_1a1bThE',
          '_RINvCs4_1a1bzvpE', '_RNxCs4_1a1b']:
    print(s)
print('# garbage that only looks like a start')
print('_R', '_RN', '_RZ', '_R1', '_ZN', '_ZNE', '__ZN3fooE', 'ZN3fooE', 'R_', 'x_Rx', '_RNvCs4_1a1b\u00e9', '_ZN3f\u00e9oE')
