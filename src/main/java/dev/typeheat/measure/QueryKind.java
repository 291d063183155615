package dev.typeheat.measure;

/** The event kinds rustc's self-profiler writes, as far as self time is concerned. */
public enum QueryKind {
    QUERY, GENERIC_ACTIVITY, QUERY_BLOCKED, INCREMENTAL_LOAD_RESULT, INCREMENTAL_RESULT_HASHING, OTHER;

    public static QueryKind of(String kindName) {
        switch (kindName) {
            case "Query": return QUERY;
            case "GenericActivity": return GENERIC_ACTIVITY;
            case "QueryBlocked": return QUERY_BLOCKED;
            case "IncrementalLoadResult": return INCREMENTAL_LOAD_RESULT;
            case "IncrementalResultHashing": return INCREMENTAL_RESULT_HASHING;
            default: return OTHER;
        }
    }
}
