package dev.typeheat.demangle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Parses and prints the v0 Rust mangling (RFC 2603). One class walks the grammar and prints as it goes,
 * the way rustc-demangle does: with no output it only validates (and does not follow backrefs), with
 * output it prints. Errors print {@code {invalid syntax}} or {@code {recursion limit reached}} in place
 * and everything after them prints as {@code ?}. Nesting is capped at {@link #MAX_DEPTH}.
 *
 * <p>A parse step that fails ends the printing function it is in and nothing else, so every such step
 * below is followed by {@code if (error != 0) return;}. The printer reads the symbol's bytes in place and
 * allocates nothing for ordinary symbols: demangling is most of what {@code typeheat demangle} does, and
 * it has to be quick before the JIT has compiled it.
 */
final class V0Printer {
    static final int MAX_DEPTH = 500;
    private static final int SMALL_PUNYCODE_LEN = 128;

    private static final int INVALID = 1;
    private static final int RECURSION = 2;

    /** Output went over the size cap. */
    static final class SizeLimit extends RuntimeException {
        static final SizeLimit INSTANCE = new SizeLimit();

        private SizeLimit() {
            super(null, null, false, false);
        }
    }

    /** What a separated list ({@code ...E}) or a backref holds. */
    private static final int GENERIC_ARG = 0;
    private static final int TYPE = 1;
    private static final int DYN_TRAIT = 2;
    private static final int CONST_IN_VALUE = 3;
    private static final int CONST_FIELD = 4;
    private static final int PATH = 5;
    private static final int CONST = 6;

    private final byte[] sym;
    private final int end;
    /** Where the mangled path starts (after {@code _R}): backrefs count from here. */
    private final int base;
    private int next;
    private int depth;
    /** 0, {@link #INVALID} or {@link #RECURSION}; sticky until a backref's printing ends. */
    private int error;
    private Utf8Buffer out;
    private final boolean alternate;
    private final long limit;
    private int boundLifetimeDepth;

    /** The identifier parsed last: ASCII part, and the punycode part when {@code punyFrom >= 0}. */
    private int asciiFrom;
    private int asciiTo;
    private int punyFrom;
    private int punyTo;
    /** The hex digits parsed last: {@code sym[nibblesFrom, nibblesTo)}. */
    private int nibblesFrom;
    private int nibblesTo;
    private int[] punycodeScratch;

    V0Printer(byte[] sym, int start, int end, Utf8Buffer out, boolean alternate, long limit) {
        this.sym = sym;
        this.base = start;
        this.next = start;
        this.end = end;
        this.out = out;
        this.alternate = alternate;
        this.limit = limit;
    }

    int position() {
        return next;
    }

    boolean failed() {
        return error != 0;
    }

    // ------------------------------------------------------------------ parser primitives (no printing)

    private int peek() {
        return next < end ? sym[next] : -1;
    }

    private boolean eatRaw(int b) {
        if (next < end && sym[next] == b) {
            next++;
            return true;
        }
        return false;
    }

    /** rustc-demangle's {@code eat}: false once the parser has failed. */
    private boolean eat(int b) {
        return error == 0 && eatRaw(b);
    }

    private int rawNext() {
        if (next >= end) {
            error = INVALID;
            return 0;
        }
        return sym[next++];
    }

    private static final long MAX_BEFORE_TIMES_62 = Long.divideUnsigned(-1L, 62);

    /** Base-62 number terminated by {@code _}; {@code _} alone is 0, else value + 1. Unsigned 64-bit. */
    private long rawInteger62() {
        if (eatRaw('_')) {
            return 0;
        }
        long x = 0;
        while (!eatRaw('_')) {
            int c = peek();
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'z') {
                d = 10 + (c - 'a');
            } else if (c >= 'A' && c <= 'Z') {
                d = 36 + (c - 'A');
            } else {
                error = INVALID;
                return 0;
            }
            next++;
            if (Long.compareUnsigned(x, MAX_BEFORE_TIMES_62) > 0) {
                error = INVALID; // x * 62 would pass u64
                return 0;
            }
            long lo = x * 62;
            x = lo + d;
            if (Long.compareUnsigned(x, lo) < 0) {
                error = INVALID;
                return 0;
            }
        }
        if (x == -1L) {
            error = INVALID;
            return 0;
        }
        return x + 1;
    }

    private long rawOptInteger62(int tag) {
        if (!eatRaw(tag)) {
            return 0;
        }
        long v = rawInteger62();
        if (error == 0 && v == -1L) {
            error = INVALID;
        }
        return error != 0 ? 0 : v + 1;
    }

    /** Sets {@link #asciiFrom}..{@link #punyTo}. */
    private void rawIdent() {
        boolean isPunycode = eatRaw('u');
        int c = peek();
        if (c < '0' || c > '9') {
            error = INVALID;
            return;
        }
        next++;
        long len = c - '0';
        if (len != 0) {
            while (true) {
                c = peek();
                if (c < '0' || c > '9') {
                    break;
                }
                next++;
                len = len * 10 + (c - '0');
                if (len > Integer.MAX_VALUE) {
                    error = INVALID;
                    return;
                }
            }
        }
        eatRaw('_');
        int start = next;
        if (start + len > end) {
            error = INVALID;
            return;
        }
        next = start + (int) len;
        if (!isPunycode) {
            asciiFrom = start;
            asciiTo = next;
            punyFrom = -1;
            punyTo = -1;
            return;
        }
        int us = next - 1;
        while (us >= start && sym[us] != '_') {
            us--;
        }
        asciiFrom = start;
        asciiTo = Math.max(us, start);
        punyFrom = us >= start ? us + 1 : start;
        punyTo = next;
        if (punyFrom == punyTo) {
            error = INVALID;
        }
    }

    /** Sets {@link #nibblesFrom} and {@link #nibblesTo}: lowercase hex digits up to {@code _}. */
    private void rawHexNibbles() {
        int start = next;
        while (true) {
            int c = rawNext();
            if (error != 0) {
                return;
            }
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
                continue;
            }
            if (c == '_') {
                nibblesFrom = start;
                nibblesTo = next - 1;
                return;
            }
            error = INVALID;
            return;
        }
    }

    // ------------------------------------------------------------------ parse steps (rustc-demangle's parse!)

    /**
     * The first half of every parse step: after an earlier error, the step prints {@code ?} and its
     * printing function stops.
     */
    private boolean blocked() {
        if (error != 0) {
            print("?");
            return true;
        }
        return false;
    }

    /** The second half: a step that just failed prints why. */
    private void announceFailure() {
        if (error != 0) {
            print(error == RECURSION ? "{recursion limit reached}" : "{invalid syntax}");
        }
    }

    /** rustc-demangle's {@code invalid!}: prints the error and fails the parser. */
    private void invalid() {
        print("{invalid syntax}");
        error = INVALID;
    }

    private int stepNext() {
        if (blocked()) {
            return 0;
        }
        int c = rawNext();
        announceFailure();
        return c;
    }

    private long stepInteger62() {
        if (blocked()) {
            return 0;
        }
        long v = rawInteger62();
        announceFailure();
        return v;
    }

    private long stepOptInteger62(int tag) {
        if (blocked()) {
            return 0;
        }
        long v = rawOptInteger62(tag);
        announceFailure();
        return v;
    }

    private long stepDisambiguator() {
        return stepOptInteger62('s');
    }

    private void stepIdent() {
        if (blocked()) {
            return;
        }
        rawIdent();
        announceFailure();
    }

    private void stepHexNibbles() {
        if (blocked()) {
            return;
        }
        rawHexNibbles();
        announceFailure();
    }

    /** Uppercase: a special namespace; lowercase: implementation-specific (returned as 0). */
    private int stepNamespace() {
        int c = stepNext();
        if (error != 0) {
            return 0;
        }
        if (c >= 'A' && c <= 'Z') {
            return c;
        }
        if (c >= 'a' && c <= 'z') {
            return 0;
        }
        error = INVALID;
        announceFailure();
        return 0;
    }

    private void stepPushDepth() {
        if (blocked()) {
            return;
        }
        depth++;
        if (depth > MAX_DEPTH) {
            error = RECURSION;
            announceFailure();
        }
    }

    private void popDepth() {
        depth--;
    }

    // ------------------------------------------------------------------ printing helpers

    /** Writes ASCII {@code s}, or nothing when only validating; a write that would pass the cap is not made. */
    private void print(String s) {
        if (out != null) {
            if (out.length() + s.length() > limit) {
                throw SizeLimit.INSTANCE;
            }
            out.appendAscii(s);
        }
    }

    /** Writes {@code s}, which may hold any character. */
    private void printText(String s) {
        if (out != null) {
            int before = out.length();
            out.append(s);
            if (out.length() > limit) {
                out.setLength(before);
                throw SizeLimit.INSTANCE;
            }
        }
    }

    /** Writes {@code v} as an unsigned decimal (a closure's number: one in most v0 symbols, so no String). */
    private void printUnsigned(long v) {
        if (out != null) {
            if (out.length() + Utf8Buffer.unsignedDigits(v) > limit) {
                throw SizeLimit.INSTANCE;
            }
            out.appendUnsigned(v);
        }
    }

    private void printChar(char c) {
        if (out != null) {
            if (out.length() + 1 > limit) {
                throw SizeLimit.INSTANCE;
            }
            out.append(c);
        }
    }

    private void printBytes(int from, int to) {
        if (out != null) {
            if (out.length() + (to - from) > limit) {
                throw SizeLimit.INSTANCE;
            }
            out.append(sym, from, to);
        }
    }

    private boolean identIsEmpty() {
        return asciiTo == asciiFrom && punyFrom < 0;
    }

    /** Prints the identifier parsed last, decoding its punycode part (shown raw when it does not decode). */
    private void printIdent() {
        if (out == null) {
            return;
        }
        if (punyFrom < 0) {
            printBytes(asciiFrom, asciiTo);
            return;
        }
        if (punycodeScratch == null) {
            punycodeScratch = new int[SMALL_PUNYCODE_LEN];
        }
        int n = Punycode.decode(sym, asciiFrom, asciiTo, punyFrom, punyTo, punycodeScratch);
        if (n >= 0) {
            StringBuilder decoded = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                decoded.appendCodePoint(punycodeScratch[i]);
            }
            printText(decoded.toString());
            return;
        }
        print("punycode{");
        if (asciiTo > asciiFrom) {
            printBytes(asciiFrom, asciiTo);
            print("-");
        }
        printBytes(punyFrom, punyTo);
        print("}");
    }

    /** Prints a list ending in {@code E}, items separated by {@code sep}; returns how many items. */
    private int printSepList(int item, String sep) {
        int i = 0;
        while (error == 0 && !eatRaw('E')) {
            if (i > 0) {
                print(sep);
            }
            printItem(item, false);
            i++;
        }
        return i;
    }

    private void printItem(int item, boolean inValue) {
        switch (item) {
            case GENERIC_ARG: printGenericArg(); break;
            case TYPE: printType(); break;
            case DYN_TRAIT: printDynTrait(); break;
            case CONST_IN_VALUE: printConst(true); break;
            case CONST_FIELD: printConstField(); break;
            case PATH: printPath(inValue); break;
            case CONST: printConst(inValue); break;
            default: throw new IllegalStateException("item " + item);
        }
    }

    /**
     * Follows a backref when printing (the validation pass does not) and prints what it points at; an
     * error inside it does not stick. Returns whether the target was printed.
     */
    private boolean printBackref(int item, boolean inValue) {
        if (blocked()) {
            return false;
        }
        int start = next - 1 - base;
        long target = rawInteger62();
        if (error == 0 && Long.compareUnsigned(target, start) >= 0) {
            error = INVALID;
        }
        if (error == 0 && depth + 1 > MAX_DEPTH) {
            error = RECURSION;
        }
        announceFailure();
        if (error != 0 || out == null) {
            return false;
        }
        if (item != DYN_TRAIT && printedBefore.copy((int) target, item, inValue, boundLifetimeDepth, depth, out, limit)) {
            return true;
        }
        int savedNext = next;
        int savedDepth = depth;
        int from = out.length();
        int clearedBefore = clearedErrors;
        next = base + (int) target;
        depth++;
        try {
            if (item == DYN_TRAIT) {
                openGenerics = printPathMaybeOpenGenerics();
            } else {
                printItem(item, inValue);
                // kept only when nothing inside failed: an error (a recursion limit) may depend on where it is met
                if (error == 0 && clearedErrors == clearedBefore) {
                    printedBefore.add((int) target, item, inValue, boundLifetimeDepth, savedDepth, from, out.length());
                }
            }
        } finally {
            next = savedNext;
            depth = savedDepth;
            if (error != 0) {
                clearedErrors++;
                error = 0;
            }
        }
        return true;
    }

    /** Errors inside backrefs, cleared when their printing ended. */
    private int clearedErrors;
    /** What this symbol's backrefs printed so far (v0 symbols repeat their long generic paths through backrefs). */
    private final PrintedBackrefs printedBefore = new PrintedBackrefs();

    /** The result of {@link #printPathMaybeOpenGenerics} behind a backref. */
    private boolean openGenerics;

    private void printLifetimeFromIndex(long lt) {
        if (out == null) {
            return; // bound lifetimes are not tracked when only validating
        }
        print("'");
        if (lt == 0) {
            print("_");
            return;
        }
        if (lt > boundLifetimeDepth) {
            invalid();
            return;
        }
        long d = boundLifetimeDepth - lt;
        if (d < 26) {
            printChar((char) ('a' + d));
        } else {
            print("_");
            print(Long.toString(d));
        }
    }

    /** {@code for<'a, ...>} around a function signature or the traits of a {@code dyn}. */
    private void inBinder(boolean fnSig) {
        long bound = stepOptInteger62('G');
        if (error != 0) {
            return;
        }
        if (out == null) {
            binderBody(fnSig);
            return;
        }
        if (bound > 0) {
            print("for<");
            for (long i = 0; i < bound; i++) {
                if (i > 0) {
                    print(", ");
                }
                boundLifetimeDepth++;
                printLifetimeFromIndex(1);
            }
            print("> ");
        }
        binderBody(fnSig);
        boundLifetimeDepth -= (int) bound;
    }

    private void binderBody(boolean fnSig) {
        if (fnSig) {
            printFnSig();
        } else {
            printSepList(DYN_TRAIT, " + ");
        }
    }

    // ------------------------------------------------------------------ grammar

    /** Parses a path without printing it (the instantiating crate after a symbol's path). */
    void skipPath() {
        Utf8Buffer saved = out;
        out = null;
        printPath(false);
        out = saved;
    }

    void printPath(boolean inValue) {
        stepPushDepth();
        if (error != 0) {
            return;
        }
        int tag = stepNext();
        if (error != 0) {
            return;
        }
        switch (tag) {
            case 'C': {
                long dis = stepDisambiguator();
                if (error != 0) {
                    return;
                }
                stepIdent();
                if (error != 0) {
                    return;
                }
                printIdent();
                if (out != null && !alternate) { // [0] too, as rustc-demangle prints it
                    print("[");
                    print(Long.toHexString(dis));
                    print("]");
                }
                break;
            }
            case 'N': {
                int ns = stepNamespace();
                if (error != 0) {
                    return;
                }
                printPath(inValue);
                if (error != 0) {
                    print("::"); // so that the "?" below reads "::?", as rustc-demangle prints it
                }
                long dis = stepDisambiguator();
                if (error != 0) {
                    return;
                }
                stepIdent();
                if (error != 0) {
                    return;
                }
                if (ns != 0) {
                    print("::{");
                    if (ns == 'C') {
                        print("closure");
                    } else if (ns == 'S') {
                        print("shim");
                    } else {
                        printChar((char) ns);
                    }
                    if (!identIsEmpty()) {
                        print(":");
                        printIdent();
                    }
                    print("#");
                    printUnsigned(dis);
                    print("}");
                } else if (!identIsEmpty()) {
                    print("::");
                    printIdent();
                }
                break;
            }
            case 'M':
            case 'X':
            case 'Y': {
                if (tag != 'Y') {
                    stepDisambiguator();
                    if (error != 0) {
                        return;
                    }
                    skipPath(); // the impl's own path is not printed
                }
                print("<");
                printType();
                if (tag != 'M') {
                    print(" as ");
                    printPath(false);
                }
                print(">");
                break;
            }
            case 'I': {
                printPath(inValue);
                if (inValue) {
                    print("::");
                }
                print("<");
                printSepList(GENERIC_ARG, ", ");
                print(">");
                break;
            }
            case 'B':
                printBackref(PATH, inValue);
                break;
            default:
                invalid();
                return;
        }
        popDepth();
    }

    private void printGenericArg() {
        if (eat('L')) {
            long lt = stepInteger62();
            if (error != 0) {
                return;
            }
            printLifetimeFromIndex(lt);
        } else if (eat('K')) {
            printConst(false);
        } else {
            printType();
        }
    }

    static String basicType(int tag) {
        switch (tag) {
            case 'b': return "bool";
            case 'c': return "char";
            case 'e': return "str";
            case 'u': return "()";
            case 'a': return "i8";
            case 's': return "i16";
            case 'l': return "i32";
            case 'x': return "i64";
            case 'n': return "i128";
            case 'i': return "isize";
            case 'h': return "u8";
            case 't': return "u16";
            case 'm': return "u32";
            case 'y': return "u64";
            case 'o': return "u128";
            case 'j': return "usize";
            case 'f': return "f32";
            case 'd': return "f64";
            case 'z': return "!";
            case 'p': return "_";
            case 'v': return "...";
            default: return null;
        }
    }

    private void printType() {
        int tag = stepNext();
        if (error != 0) {
            return;
        }
        String basic = basicType(tag);
        if (basic != null) {
            print(basic);
            return;
        }
        stepPushDepth();
        if (error != 0) {
            return;
        }
        switch (tag) {
            case 'R':
            case 'Q': {
                print("&");
                if (eat('L')) {
                    long lt = stepInteger62();
                    if (error != 0) {
                        return;
                    }
                    if (lt != 0) {
                        printLifetimeFromIndex(lt);
                        print(" ");
                    }
                }
                if (tag != 'R') {
                    print("mut ");
                }
                printType();
                break;
            }
            case 'P':
            case 'O':
                print("*");
                print(tag != 'P' ? "mut " : "const ");
                printType();
                break;
            case 'A':
            case 'S':
                print("[");
                printType();
                if (tag == 'A') {
                    print("; ");
                    printConst(true);
                }
                print("]");
                break;
            case 'T': {
                print("(");
                int count = printSepList(TYPE, ", ");
                if (count == 1) {
                    print(",");
                }
                print(")");
                break;
            }
            case 'F':
                inBinder(true);
                break;
            case 'D': {
                print("dyn ");
                inBinder(false);
                if (!eat('L')) {
                    invalid();
                    return;
                }
                long lt = stepInteger62();
                if (error != 0) {
                    return;
                }
                if (lt != 0) {
                    print(" + ");
                    printLifetimeFromIndex(lt);
                }
                break;
            }
            case 'B':
                printBackref(TYPE, false);
                break;
            case 'W':
                printType();
                print(" is ");
                printPat();
                break;
            default:
                next--; // the tag starts a path
                printPath(false);
        }
        popDepth();
    }

    private void printFnSig() {
        boolean isUnsafe = eat('U');
        int abiFrom = -1;
        int abiTo = -1;
        if (eat('K')) {
            if (eat('C')) {
                abiFrom = next - 1;
                abiTo = next;
            } else {
                stepIdent();
                if (error != 0) {
                    return;
                }
                if (asciiTo == asciiFrom || punyFrom >= 0) {
                    invalid();
                    return;
                }
                abiFrom = asciiFrom;
                abiTo = asciiTo;
            }
        }
        if (isUnsafe) {
            print("unsafe ");
        }
        if (abiFrom >= 0) {
            print("extern \"");
            for (int i = abiFrom; i < abiTo; i++) {
                printChar(sym[i] == '_' ? '-' : (char) sym[i]); // '-' was mangled as '_'
            }
            print("\" ");
        }
        print("fn(");
        printSepList(TYPE, ", ");
        print(")");
        if (!eat('u')) {
            print(" -> ");
            printType();
        }
    }

    private void printPat() {
        int tag = stepNext();
        if (error != 0) {
            return;
        }
        switch (tag) {
            case 'R':
                printConst(false);
                print("..=");
                printConst(false);
                break;
            case 'O':
                stepPushDepth();
                if (error != 0) {
                    return;
                }
                printPat();
                while (!eat('E')) {
                    if (error != 0) {
                        invalid(); // the end of the symbol: no endless loop
                        return;
                    }
                    print(" | ");
                    printPat();
                }
                popDepth();
                break;
            default:
                invalid();
        }
    }

    /** Prints a path whose generic list may stay open for {@code Trait<Assoc = T>}; returns whether it is open. */
    private boolean printPathMaybeOpenGenerics() {
        if (eat('B')) {
            openGenerics = false;
            printBackref(DYN_TRAIT, false);
            return openGenerics;
        }
        if (eat('I')) {
            printPath(false);
            print("<");
            printSepList(GENERIC_ARG, ", ");
            return true;
        }
        printPath(false);
        return false;
    }

    private void printDynTrait() {
        boolean open = printPathMaybeOpenGenerics();
        while (eat('p')) {
            if (!open) {
                print("<");
                open = true;
            } else {
                print(", ");
            }
            stepIdent();
            if (error != 0) {
                return;
            }
            printIdent();
            print(" = ");
            printGenericArg();
        }
        if (open) {
            print(">");
        }
    }

    /** One {@code name: value} field of a struct-like constant. */
    private void printConstField() {
        stepDisambiguator();
        if (error != 0) {
            return;
        }
        stepIdent();
        if (error != 0) {
            return;
        }
        printIdent();
        print(": ");
        printConst(true);
    }

    private void printConst(boolean inValue) {
        int tag = stepNext();
        if (error != 0) {
            return;
        }
        stepPushDepth();
        if (error != 0) {
            return;
        }
        // Outside another expression, every constant but a literal needs braces.
        boolean openedBrace = false;
        switch (tag) {
            case 'p':
                print("_");
                break;
            case 'h': case 't': case 'm': case 'y': case 'o': case 'j':
                printConstUint(tag);
                break;
            case 'a': case 's': case 'l': case 'x': case 'n': case 'i':
                if (eat('n')) {
                    print("-");
                }
                printConstUint(tag);
                break;
            case 'b': {
                stepHexNibbles();
                if (error != 0) {
                    return;
                }
                Long v = parseUint(nibbles());
                if (v != null && v == 0) {
                    print("false");
                } else if (v != null && v == 1) {
                    print("true");
                } else {
                    invalid();
                    return;
                }
                break;
            }
            case 'c': {
                stepHexNibbles();
                if (error != 0) {
                    return;
                }
                Long v = parseUint(nibbles());
                if (v == null || v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF)) {
                    invalid();
                    return;
                }
                printQuoted('\'', new String(Character.toChars((int) (long) v)));
                break;
            }
            case 'e':
                if (!inValue) {
                    openedBrace = true;
                    print("{");
                }
                print("*");
                printConstStr();
                break;
            case 'R':
            case 'Q':
                if (tag == 'R' && eat('e')) {
                    printConstStr();
                } else {
                    if (!inValue) {
                        openedBrace = true;
                        print("{");
                    }
                    print("&");
                    if (tag != 'R') {
                        print("mut ");
                    }
                    printConst(true);
                }
                break;
            case 'A':
                if (!inValue) {
                    openedBrace = true;
                    print("{");
                }
                print("[");
                printSepList(CONST_IN_VALUE, ", ");
                print("]");
                break;
            case 'T': {
                if (!inValue) {
                    openedBrace = true;
                    print("{");
                }
                print("(");
                int count = printSepList(CONST_IN_VALUE, ", ");
                if (count == 1) {
                    print(",");
                }
                print(")");
                break;
            }
            case 'V': {
                if (!inValue) {
                    openedBrace = true;
                    print("{");
                }
                printPath(true);
                int kind = stepNext();
                if (error != 0) {
                    return;
                }
                switch (kind) {
                    case 'U':
                        break;
                    case 'T':
                        print("(");
                        printSepList(CONST_IN_VALUE, ", ");
                        print(")");
                        break;
                    case 'S':
                        print(" { ");
                        printSepList(CONST_FIELD, ", ");
                        print(" }");
                        break;
                    default:
                        invalid();
                        return;
                }
                break;
            }
            case 'B':
                printBackref(CONST, inValue);
                break;
            default:
                invalid();
                return;
        }
        if (openedBrace) {
            print("}");
        }
        popDepth();
    }

    private String nibbles() {
        return new String(sym, nibblesFrom, nibblesTo - nibblesFrom, StandardCharsets.ISO_8859_1);
    }

    private void printConstUint(int tyTag) {
        stepHexNibbles();
        if (error != 0) {
            return;
        }
        String hex = nibbles();
        Long v = parseUint(hex);
        if (v != null) {
            print(Long.toUnsignedString(v));
        } else {
            print("0x");
            print(hex);
        }
        if (out != null && !alternate) {
            print(basicType(tyTag));
        }
    }

    private void printConstStr() {
        stepHexNibbles();
        if (error != 0) {
            return;
        }
        String s = parseStr(nibbles());
        if (s == null) {
            invalid();
            return;
        }
        printQuoted('"', s);
    }

    /** Hex nibbles as an unsigned 64-bit value, or null when they do not fit. */
    private static Long parseUint(String nibbles) {
        int i = 0;
        while (i < nibbles.length() && nibbles.charAt(i) == '0') {
            i++;
        }
        String n = nibbles.substring(i);
        if (n.length() > 16) {
            return null;
        }
        return n.isEmpty() ? 0L : Long.parseUnsignedLong(n, 16);
    }

    private static String parseStr(String nibbles) {
        if (nibbles.length() % 2 != 0) {
            return null;
        }
        byte[] bytes = new byte[nibbles.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(nibbles.substring(2 * i, 2 * i + 2), 16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Quotes like Rust's {@code escape_debug}, leaving the other kind of quote alone. */
    private void printQuoted(char quote, String s) {
        if (out == null) {
            return;
        }
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if ((quote == '"' && c == '\'') || (quote == '\'' && c == '"')) {
                sb.appendCodePoint(c);
                continue;
            }
            switch (c) {
                case '\t': sb.append("\\t"); break;
                case '\r': sb.append("\\r"); break;
                case '\n': sb.append("\\n"); break;
                case '\\': sb.append("\\\\"); break;
                case '\'': sb.append("\\'"); break;
                case '"': sb.append("\\\""); break;
                case 0: sb.append("\\0"); break;
                default:
                    if (Character.isISOControl(c) || !Character.isDefined(c)
                            || Character.getType(c) == Character.NON_SPACING_MARK) {
                        sb.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        sb.appendCodePoint(c);
                    }
            }
        }
        sb.append(quote);
        printText(sb.toString());
    }
}
