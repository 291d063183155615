package dev.typeheat.advice;

import dev.typeheat.input.Cost;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.LimitHit;
import dev.typeheat.types.Ty;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One type joined across every input it was found in: the interned node is the key, so the same type
 * from a profile argument, an IR symbol and a long-type file is one record with all its costs.
 */
public final class TypeRecord {
    private static final int MAX_EVIDENCE = 8;

    private final Ty type;
    private Cost cost = Cost.NONE;
    private long maxSelfNanos;
    private long samples;
    private String trait;
    private final Set<InputKind> kinds = EnumSet.noneOf(InputKind.class);
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<LimitHit> limits = new ArrayList<>();

    TypeRecord(Ty type) {
        this.type = type;
    }

    void add(Evidence e, Cost c, String traitName) {
        samples++;
        cost = cost.plus(c);
        maxSelfNanos = Math.max(maxSelfNanos, c.selfNanos());
        kinds.add(e.kind());
        if (trait == null && traitName != null) {
            trait = traitName;
        }
        if (evidence.size() < MAX_EVIDENCE && !evidence.contains(e)) {
            evidence.add(e);
        }
    }

    /** A limit rustc hit on this type (from its errors). */
    void addLimit(LimitHit hit) {
        if (!limits.contains(hit)) {
            limits.add(hit);
        }
    }

    /** The limits rustc hit on this type, in reading order. */
    public List<LimitHit> limits() {
        return limits;
    }

    public Ty type() {
        return type;
    }

    public Cost cost() {
        return cost;
    }

    /** The slowest single query over this type. */
    public long maxSelfNanos() {
        return maxSelfNanos;
    }

    public long samples() {
        return samples;
    }

    /** The trait an obligation asked about this type, or null. */
    public String trait() {
        return trait;
    }

    public Set<InputKind> kinds() {
        return kinds;
    }

    public List<Evidence> evidence() {
        return evidence;
    }
}
