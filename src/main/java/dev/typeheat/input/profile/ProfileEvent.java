package dev.typeheat.input.profile;

/** What the self-time walk needs of one event. Reused for every record, so the walk allocates nothing. */
final class ProfileEvent {
    static final long INSTANT_MARKER = 0xFFFF_FFFF_FFFFL;
    static final long INTEGER_MARKER = 0xFFFF_FFFF_FFFEL;

    long kindId;
    long eventId;
    int thread;
    long value1;
    long value2;

    boolean isInstant() {
        return value2 == INSTANT_MARKER;
    }

    boolean isInteger() {
        return value2 == INTEGER_MARKER;
    }
}
