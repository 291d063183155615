package dev.typeheat.demangle;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Parses and prints the v0 Rust mangling (RFC 2603). One class walks the grammar and prints as it goes,
 * the way rustc-demangle does: with no output it only validates (and does not follow backrefs), with
 * output it prints. Errors print {@code {invalid syntax}} or {@code {recursion limit reached}} in place
 * and everything after them prints as {@code ?}. Nesting is capped at {@link #MAX_DEPTH}.
 */
final class V0Printer {
    static final int MAX_DEPTH = 500;
    private static final int SMALL_PUNYCODE_LEN = 128;

    /** A parse failure: what to print in its place. */
    private static final class Fail extends Exception {
        final boolean recursion;

        Fail(boolean recursion) {
            super(null, null, false, false);
            this.recursion = recursion;
        }
    }

    private static final Fail INVALID = new Fail(false);
    private static final Fail TOO_DEEP = new Fail(true);

    /** Unwinds the current printing function after an error (rustc-demangle's {@code return Ok(())}). */
    private static final class Stop extends Exception {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final Stop STOP = new Stop();

    /** Output went over the size cap. */
    static final class SizeLimit extends RuntimeException {
        SizeLimit() {
            super(null, null, false, false);
        }
    }

    private final String sym;
    /** Where the mangled path starts (after {@code _R}): backrefs count from here. */
    private final int base;
    private int next;
    private int depth;
    private Fail error;
    private StringBuilder out;
    private final boolean alternate;
    private final long limit;
    private int boundLifetimeDepth;

    V0Printer(String sym, int start, StringBuilder out, boolean alternate, long limit) {
        this.sym = sym;
        this.base = start;
        this.next = start;
        this.out = out;
        this.alternate = alternate;
        this.limit = limit;
    }

    int position() {
        return next;
    }

    boolean failed() {
        return error != null;
    }

    boolean recursedTooDeep() {
        return error != null && error.recursion;
    }

    // ------------------------------------------------------------------ parser primitives

    private int peek() {
        return next < sym.length() ? sym.charAt(next) : -1;
    }

    private boolean eatRaw(char b) {
        if (peek() == b) {
            next++;
            return true;
        }
        return false;
    }

    private char nextChar() throws Fail {
        if (next >= sym.length()) {
            throw INVALID;
        }
        return sym.charAt(next++);
    }

    private String hexNibbles() throws Fail {
        int start = next;
        while (true) {
            char c = nextChar();
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
                continue;
            }
            if (c == '_') {
                return sym.substring(start, next - 1);
            }
            throw INVALID;
        }
    }

    private int digit10() throws Fail {
        int c = peek();
        if (c >= '0' && c <= '9') {
            next++;
            return c - '0';
        }
        throw INVALID;
    }

    private int digit62() throws Fail {
        int c = peek();
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = 10 + (c - 'a');
        } else if (c >= 'A' && c <= 'Z') {
            d = 36 + (c - 'A');
        } else {
            throw INVALID;
        }
        next++;
        return d;
    }

    /** Base-62 number terminated by {@code _}; {@code _} alone is 0, else value + 1. Unsigned 64-bit. */
    private long integer62() throws Fail {
        if (eatRaw('_')) {
            return 0;
        }
        long x = 0;
        while (!eatRaw('_')) {
            int d = digit62();
            long hi = Math.multiplyHigh(x, 62) + ((x >> 63) & 62);
            long lo = x * 62;
            if (hi != 0) {
                throw INVALID;
            }
            x = lo + d;
            if (Long.compareUnsigned(x, lo) < 0) {
                throw INVALID;
            }
        }
        if (x == -1L) {
            throw INVALID;
        }
        return x + 1;
    }

    private long optInteger62(char tag) throws Fail {
        if (!eatRaw(tag)) {
            return 0;
        }
        long v = integer62();
        if (v == -1L) {
            throw INVALID;
        }
        return v + 1;
    }

    private long disambiguator() throws Fail {
        return optInteger62('s');
    }

    /** Uppercase: a special namespace; lowercase: implementation-specific (returned as 0). */
    private char namespace() throws Fail {
        char c = nextChar();
        if (c >= 'A' && c <= 'Z') {
            return c;
        }
        if (c >= 'a' && c <= 'z') {
            return 0;
        }
        throw INVALID;
    }

    private void pushDepth() throws Fail {
        depth++;
        if (depth > MAX_DEPTH) {
            throw TOO_DEEP;
        }
    }

    private void popDepth() {
        depth--;
    }

    /** An identifier: ASCII part and punycode part. */
    private record Ident(String ascii, String punycode) {
        boolean isEmpty() {
            return ascii.isEmpty() && punycode.isEmpty();
        }
    }

    private Ident ident() throws Fail {
        boolean isPunycode = eatRaw('u');
        long len = digit10();
        if (len != 0) {
            while (true) {
                int c = peek();
                if (c < '0' || c > '9') {
                    break;
                }
                next++;
                len = len * 10 + (c - '0');
                if (len > Integer.MAX_VALUE) {
                    throw INVALID;
                }
            }
        }
        eatRaw('_');
        int start = next;
        if (start + len > sym.length()) {
            throw INVALID;
        }
        next = start + (int) len;
        String ident = sym.substring(start, next);
        if (isPunycode) {
            int us = ident.lastIndexOf('_');
            Ident id = us >= 0 ? new Ident(ident.substring(0, us), ident.substring(us + 1)) : new Ident("", ident);
            if (id.punycode.isEmpty()) {
                throw INVALID;
            }
            return id;
        }
        return new Ident(ident, "");
    }

    // ------------------------------------------------------------------ printing helpers

    private void print(String s) {
        if (out != null) {
            out.append(s);
            if (out.length() > limit) {
                throw new SizeLimit();
            }
        }
    }

    private void print(char c) {
        if (out != null) {
            out.append(c);
        }
    }

    private interface Op<T> {
        T run() throws Fail;
    }

    /** rustc-demangle's {@code parse!}: run a parser step, or print the error and stop the current function. */
    private <T> T parse(Op<T> op) throws Stop {
        if (error != null) {
            print("?");
            throw STOP;
        }
        try {
            return op.run();
        } catch (Fail f) {
            print(f.recursion ? "{recursion limit reached}" : "{invalid syntax}");
            error = f;
            throw STOP;
        }
    }

    private Stop invalid() {
        print("{invalid syntax}");
        error = INVALID;
        return STOP;
    }

    private boolean eat(char b) {
        return error == null && eatRaw(b);
    }

    private interface Body {
        void run() throws Stop;
    }

    /** Runs a printing function; an error inside only ends that function. */
    private void scoped(Body body) {
        try {
            body.run();
        } catch (Stop ignored) {
            // the error is printed and recorded; the caller goes on
        }
    }

    private void printIdent(Ident id) {
        if (out == null) {
            return;
        }
        String decoded = Punycode.decode(id.ascii, id.punycode, SMALL_PUNYCODE_LEN);
        if (decoded != null) {
            print(decoded);
        } else if (!id.punycode.isEmpty()) {
            print("punycode{");
            if (!id.ascii.isEmpty()) {
                print(id.ascii);
                print("-");
            }
            print(id.punycode);
            print("}");
        } else {
            print(id.ascii);
        }
    }

    private void skippingPrinting(Runnable r) {
        StringBuilder saved = out;
        out = null;
        r.run();
        out = saved;
    }

    /** Follows a backref when printing (the validation pass does not); an error inside it does not stick. */
    private void printBackref(Runnable f) {
        scoped(() -> {
            long target = parse(() -> {
                int start = next - 1 - base;
                long i = integer62();
                if (Long.compareUnsigned(i, start) >= 0) {
                    throw INVALID;
                }
                if (depth + 1 > MAX_DEPTH) {
                    throw TOO_DEEP;
                }
                return i;
            });
            if (out == null) {
                return;
            }
            int savedNext = next;
            int savedDepth = depth;
            next = base + (int) target;
            depth++;
            try {
                f.run();
            } finally {
                next = savedNext;
                depth = savedDepth;
                error = null;
            }
        });
    }

    private int printSepList(Runnable f, String sep) {
        int i = 0;
        while (error == null && !eat('E')) {
            if (i > 0) {
                print(sep);
            }
            f.run();
            i++;
        }
        return i;
    }

    private void printLifetimeFromIndex(long lt) {
        scoped(() -> printLifetimeInner(lt));
    }

    private void printLifetimeInner(long lt) throws Stop {
        if (out == null) {
            return;
        }
        print("'");
        if (lt == 0) {
            print("_");
            return;
        }
        long d = boundLifetimeDepth - lt;
        if (lt > boundLifetimeDepth) {
            throw invalid();
        }
        if (d < 26) {
            print((char) ('a' + d));
        } else {
            print("_");
            print(Long.toString(d));
        }
    }

    private void inBinder(Runnable f) {
        scoped(() -> inBinderInner(f));
    }

    private void inBinderInner(Runnable f) throws Stop {
        long bound = parse(() -> optInteger62('G'));
        if (out == null) {
            f.run();
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
        f.run();
        boundLifetimeDepth -= (int) bound;
    }

    // ------------------------------------------------------------------ grammar

    void printPath(boolean inValue) {
        scoped(() -> printPathInner(inValue));
    }

    /** Parses a path without printing it (the instantiating crate after a symbol's path). */
    void skipPath() {
        StringBuilder saved = out;
        out = null;
        printPath(false);
        out = saved;
    }

    private void printPathInner(boolean inValue) throws Stop {
        parse(() -> {
            pushDepth();
            return null;
        });
        char tag = parse(this::nextChar);
        switch (tag) {
            case 'C': {
                long dis = parse(this::disambiguator);
                Ident name = parse(this::ident);
                printIdent(name);
                if (out != null && !alternate && dis != 0) {
                    print("[");
                    print(Long.toHexString(dis));
                    print("]");
                }
                break;
            }
            case 'N': {
                char ns = parse(this::namespace);
                printPath(inValue);
                if (error != null) {
                    print("::");
                }
                long dis = parse(this::disambiguator);
                Ident name = parse(this::ident);
                if (ns != 0) {
                    print("::{");
                    if (ns == 'C') {
                        print("closure");
                    } else if (ns == 'S') {
                        print("shim");
                    } else {
                        print(ns);
                    }
                    if (!name.isEmpty()) {
                        print(":");
                        printIdent(name);
                    }
                    print("#");
                    print(Long.toUnsignedString(dis));
                    print("}");
                } else if (!name.isEmpty()) {
                    print("::");
                    printIdent(name);
                }
                break;
            }
            case 'M':
            case 'X':
            case 'Y': {
                if (tag != 'Y') {
                    parse(this::disambiguator);
                    skippingPrinting(() -> printPath(false));
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
                printSepList(this::printGenericArg, ", ");
                print(">");
                break;
            }
            case 'B':
                printBackref(() -> printPath(inValue));
                break;
            default:
                throw invalid();
        }
        popDepth();
    }

    private void printGenericArg() {
        scoped(() -> {
            if (eat('L')) {
                long lt = parse(this::integer62);
                printLifetimeFromIndex(lt);
            } else if (eat('K')) {
                printConst(false);
            } else {
                printType();
            }
        });
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
        scoped(this::printTypeInner);
    }

    private void printTypeInner() throws Stop {
        char tag = parse(this::nextChar);
        String basic = basicType(tag);
        if (basic != null) {
            print(basic);
            return;
        }
        parse(() -> {
            pushDepth();
            return null;
        });
        switch (tag) {
            case 'R':
            case 'Q': {
                print("&");
                if (eat('L')) {
                    long lt = parse(this::integer62);
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
                int count = printSepList(this::printType, ", ");
                if (count == 1) {
                    print(",");
                }
                print(")");
                break;
            }
            case 'F':
                inBinder(() -> scoped(this::printFnSig));
                break;
            case 'D': {
                print("dyn ");
                inBinder(() -> printSepList(this::printDynTrait, " + "));
                if (!eat('L')) {
                    throw invalid();
                }
                long lt = parse(this::integer62);
                if (lt != 0) {
                    print(" + ");
                    printLifetimeFromIndex(lt);
                }
                break;
            }
            case 'B':
                printBackref(this::printType);
                break;
            case 'W':
                printType();
                print(" is ");
                printPat();
                break;
            default:
                next--;
                printPath(false);
        }
        popDepth();
    }

    private void printFnSig() throws Stop {
        boolean isUnsafe = eat('U');
        String abi = null;
        if (eat('K')) {
            if (eat('C')) {
                abi = "C";
            } else {
                Ident a = parse(this::ident);
                if (a.ascii.isEmpty() || !a.punycode.isEmpty()) {
                    throw invalid();
                }
                abi = a.ascii;
            }
        }
        if (isUnsafe) {
            print("unsafe ");
        }
        if (abi != null) {
            print("extern \"");
            print(abi.replace('_', '-'));
            print("\" ");
        }
        print("fn(");
        printSepList(this::printType, ", ");
        print(")");
        if (!eat('u')) {
            print(" -> ");
            printType();
        }
    }

    private void printPat() {
        scoped(() -> {
            char tag = parse(this::nextChar);
            switch (tag) {
                case 'R':
                    printConst(false);
                    print("..=");
                    printConst(false);
                    break;
                case 'O':
                    parse(() -> {
                        pushDepth();
                        return null;
                    });
                    printPat();
                    while (!eat('E')) {
                        if (error != null) {
                            throw invalid();
                        }
                        print(" | ");
                        printPat();
                    }
                    popDepth();
                    break;
                default:
                    throw invalid();
            }
        });
    }

    /** Prints a path whose generic list may stay open for {@code Trait<Assoc = T>}; returns whether it is open. */
    private boolean printPathMaybeOpenGenerics() {
        if (eat('B')) {
            boolean[] open = {false};
            printBackref(() -> scoped(() -> open[0] = printPathMaybeOpenGenerics()));
            return open[0];
        }
        if (eat('I')) {
            printPath(false);
            print("<");
            printSepList(this::printGenericArg, ", ");
            return true;
        }
        printPath(false);
        return false;
    }

    private void printDynTrait() {
        scoped(() -> {
            boolean open = printPathMaybeOpenGenerics();
            while (eat('p')) {
                if (!open) {
                    print("<");
                    open = true;
                } else {
                    print(", ");
                }
                Ident name = parse(this::ident);
                printIdent(name);
                print(" = ");
                printGenericArg();
            }
            if (open) {
                print(">");
            }
        });
    }

    private void printConst(boolean inValue) {
        scoped(() -> printConstInner(inValue));
    }

    private void printConstInner(boolean inValue) throws Stop {
        char tag = parse(this::nextChar);
        parse(() -> {
            pushDepth();
            return null;
        });
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
                Long v = parseUint(parse(this::hexNibbles));
                if (v != null && v == 0) {
                    print("false");
                } else if (v != null && v == 1) {
                    print("true");
                } else {
                    throw invalid();
                }
                break;
            }
            case 'c': {
                Long v = parseUint(parse(this::hexNibbles));
                if (v == null || v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF)) {
                    throw invalid();
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
                printSepList(() -> printConst(true), ", ");
                print("]");
                break;
            case 'T': {
                if (!inValue) {
                    openedBrace = true;
                    print("{");
                }
                print("(");
                int count = printSepList(() -> printConst(true), ", ");
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
                char kind = parse(this::nextChar);
                switch (kind) {
                    case 'U':
                        break;
                    case 'T':
                        print("(");
                        printSepList(() -> printConst(true), ", ");
                        print(")");
                        break;
                    case 'S':
                        print(" { ");
                        printSepList(() -> scoped(() -> {
                            parse(this::disambiguator);
                            Ident name = parse(this::ident);
                            printIdent(name);
                            print(": ");
                            printConst(true);
                        }), ", ");
                        print(" }");
                        break;
                    default:
                        throw invalid();
                }
                break;
            }
            case 'B':
                printBackref(() -> printConst(inValue));
                break;
            default:
                throw invalid();
        }
        if (openedBrace) {
            print("}");
        }
        popDepth();
    }

    private void printConstUint(char tyTag) {
        scoped(() -> printConstUintInner(tyTag));
    }

    private void printConstUintInner(char tyTag) throws Stop {
        String hex = parse(this::hexNibbles);
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
        scoped(this::printConstStrInner);
    }

    private void printConstStrInner() throws Stop {
        String hex = parse(this::hexNibbles);
        String s = parseStr(hex);
        if (s == null) {
            throw invalid();
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
        s.codePoints().forEach(c -> {
            if ((quote == '"' && c == '\'') || (quote == '\'' && c == '"')) {
                sb.appendCodePoint(c);
                return;
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
        });
        sb.append(quote);
        print(sb.toString());
    }
}
