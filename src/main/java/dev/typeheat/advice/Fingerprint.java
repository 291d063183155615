package dev.typeheat.advice;

import dev.typeheat.advice.checks.Rule;
import dev.typeheat.types.RustSpelling;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypePrinter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Rule + type shape, hashed: stays the same when code moves (closure line numbers, def indices and crate
 * hashes are left out), changes when the type does. Used by baselines and SARIF partialFingerprints.
 */
public final class Fingerprint {
    private static final Pattern SPAN_POSITION = Pattern.compile("(@[^\\]}@]*?):\\d+:\\d+(: \\d+:\\d+)?");
    private static final long SHAPE_LIMIT = 1 << 20;

    private Fingerprint() {
    }

    /**
     * The type printed the Rust way without crate hashes and closure line numbers: the same type in two
     * builds matches. Closures that a profile names by {@code DefId(0:151 ~ path)} are named by path (the
     * index moves whenever an item is added), their signatures and {@code bound_vars} left out.
     */
    public static String shape(Ty type) {
        return shape(type, spelling());
    }

    /** The same, rewriting with {@code spelling} (one per run: each distinct subtree is rewritten once). */
    public static String shape(Ty type, RustSpelling spelling) {
        StringBuilder printed = new StringBuilder();
        TypePrinter.WITHOUT_HASHES.print(spelling.rewrite(type), printed, SHAPE_LIMIT);
        return SPAN_POSITION.matcher(printed).replaceAll("$1");
    }

    /** The spelling shapes are printed in: closures by path, never by place (places move). */
    public static RustSpelling spelling() {
        return new RustSpelling(path -> null);
    }

    public static String of(Rule rule, Ty type) {
        return of(rule, shape(type));
    }

    /** The fingerprint of {@code rule} over a type of this {@link #shape}. */
    public static String of(Rule rule, String shape) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(rule.id().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] digest = sha.digest(shape.getBytes(StandardCharsets.UTF_8));
            return rule.id() + ":" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
