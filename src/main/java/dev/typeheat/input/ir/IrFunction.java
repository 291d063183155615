package dev.typeheat.input.ir;

/**
 * One {@code define} of an LLVM IR file.
 *
 * @param name    the function name as cargo-llvm-lines keys it: demangled with hashes, a trailing
 *                {@code ::h<16 hex>} cut
 * @param symbol  the symbol as written in the IR (mangled)
 * @param v0      the symbol uses the v0 mangling (its name carries the instantiation's arguments)
 * @param lines   instruction lines of the body (lines that start with exactly two spaces)
 * @param line    1-based line of the {@code define}
 */
public record IrFunction(String name, String symbol, boolean v0, long lines, long line) {
}
