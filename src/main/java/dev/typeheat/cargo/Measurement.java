package dev.typeheat.cargo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a measuring build left: cargo's exit code and, when it succeeded, the files to analyse.
 *
 * @param crate        the package measured
 * @param inputs       typeheat's inputs among the files written (profile, IR, type sizes, long types, diagnostics)
 * @param profiles     rustc's raw self-profiles among them
 * @param buildNanos   wall time of the measuring build
 * @param dependencies how many other crates that build compiled (then it is no rebuild of the crate alone)
 * @param plain        a plain rebuild's time when known, else null
 * @param keepProfile  keep the raw profiles instead of compressing them once read
 * @param startNanos   {@link System#nanoTime()} when the run began
 * @param crateRoot    the measured package's folder (its Cargo.toml's), whose source places the advice
 * @param features     the features the build turned on by name ({@code --features}), for reading the source alike
 */
public record Measurement(int exitCode, OutputFolder folder, String crate, List<Path> inputs, List<Path> profiles,
                          long buildNanos, int dependencies, PlainRebuild plain, boolean keepProfile, long startNanos,
                          Path crateRoot, java.util.Set<String> features) {

    static Measurement failed(int exitCode, long startNanos) {
        return new Measurement(exitCode, null, null, List.of(), List.of(), 0, 0, null, true, startNanos, null,
                java.util.Set.of());
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** Where typeheat's files are: {@code <target-dir>/typeheat}. */
    public Path dir() {
        return folder.dir();
    }

    /** A path in typeheat's folder for a file the command writes (recorded as typeheat's). */
    public Path claim(String name) {
        return folder.claim(name);
    }

    /** What the measuring build cost, against a plain rebuild when one was timed. */
    String buildCost() {
        StringBuilder sb = new StringBuilder("typeheat: the measuring build of ").append(crate).append(" took ")
                .append(Sizes.seconds(buildNanos));
        if (dependencies > 0) {
            sb.append(" (it also compiled ").append(dependencies).append(" other crate(s))");
        }
        if (plain == null) {
            sb.append("; a plain rebuild's time is not known (--time-plain times one to compare)");
        } else {
            sb.append("; a plain rebuild ").append(Sizes.seconds(plain.nanos())).append(" (timed ")
                    .append(plain.describeWhen()).append(String.format("): measuring costs %.1fx",
                            buildNanos / (double) Math.max(1, plain.nanos())));
        }
        return sb.toString();
    }

    /**
     * Once the analysis has read the profiles: compresses them (unless kept) and says what the run cost in
     * disk and time.
     */
    public void settle(PrintStream err) throws IOException {
        for (Path raw : profiles) {
            long size = Files.size(raw);
            if (keepProfile) {
                err.println("typeheat: self-profile " + raw.getFileName() + ": " + Sizes.bytes(size) + ", kept raw (--keep-profile)");
                continue;
            }
            long t0 = System.nanoTime();
            Path packed = folder.claim(raw.getFileName() + ".zst");
            ProfileArchive.compress(raw, packed);
            Files.delete(raw);
            folder.forget(raw);
            err.println("typeheat: self-profile read (" + Sizes.bytes(size) + ") and kept compressed as " + packed.getFileName()
                    + " (" + Sizes.bytes(Files.size(packed)) + ", " + Sizes.seconds(System.nanoTime() - t0)
                    + "); --keep-profile keeps it raw");
        }
        err.println("typeheat: " + folder.dir() + " holds " + Sizes.bytes(folder.bytes()) + " of typeheat's files; "
                + "the whole run took " + Sizes.seconds(System.nanoTime() - startNanos) + " (the measuring build "
                + Sizes.seconds(buildNanos) + ")");
    }
}
