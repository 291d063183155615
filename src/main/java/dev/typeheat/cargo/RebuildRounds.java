package dev.typeheat.cargo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times the crate's rebuild in two copies, interleaved: each round cleans the crate ({@code cargo clean -p})
 * and times {@code cargo build} in one copy, then the other, the order alternating between rounds, so that
 * what drifts on a busy machine falls on both alike. Dependencies are built once per copy before the rounds.
 */
final class RebuildRounds {
    /** A copy to build: its cargo options (manifest and target dir of the copy) and a name for messages. */
    record Variant(String name, CargoArgs args) {
    }

    private final Processes processes;
    private final List<String> cargo;
    private final String crate;
    private final Path logDir;
    private final PrintStream err;

    RebuildRounds(Processes processes, List<String> cargo, String crate, Path logDir, PrintStream err) {
        this.processes = processes;
        this.cargo = cargo;
        this.crate = crate;
        this.logDir = logDir;
        this.err = err;
    }

    /** Builds a copy with its dependencies, untimed; cargo's messages are shown when it fails. */
    void prepare(Variant v) throws IOException {
        err.println("typeheat: building the " + v.name() + " copy with its dependencies (not timed)");
        int code = build(v);
        if (code != 0) {
            throw new CargoFailed(code);
        }
    }

    RebuildTimes run(Variant before, Variant after, int rounds) throws IOException {
        List<Long> b = new ArrayList<>();
        List<Long> a = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean beforeFirst = round % 2 == 1;
            Variant first = beforeFirst ? before : after;
            Variant second = beforeFirst ? after : before;
            long t1 = rebuild(first);
            long t2 = rebuild(second);
            (beforeFirst ? b : a).add(t1);
            (beforeFirst ? a : b).add(t2);
            err.printf("typeheat: round %d/%d: %s %s, %s %s%n", round, rounds, first.name(), Sizes.seconds(t1),
                    second.name(), Sizes.seconds(t2));
        }
        return new RebuildTimes(b, a);
    }

    private long rebuild(Variant v) throws IOException {
        List<String> clean = new ArrayList<>(cargo);
        clean.add("clean");
        clean.addAll(v.args().forClean(crate));
        int cleaned = processes.run(clean, Map.of(), false, null, null);
        if (cleaned != 0) {
            throw new CargoFailed(cleaned);
        }
        long t0 = System.nanoTime();
        int code = build(v);
        long took = System.nanoTime() - t0;
        if (code != 0) {
            throw new CargoFailed(code);
        }
        return took;
    }

    /** {@code cargo build}; its messages are kept in a log and shown only when it fails. */
    private int build(Variant v) throws IOException {
        List<String> cmd = new ArrayList<>(cargo);
        cmd.add("build");
        cmd.addAll(v.args().forBuild());
        Path log = logDir.resolve(v.name() + "-cargo.log");
        int code = processes.run(cmd, Map.of(), false, null, log);
        if (code != 0) {
            err.print(Files.readString(log));
            err.println("typeheat: the " + v.name() + " copy does not build (cargo exited with " + code + ")");
        }
        return code;
    }
}
