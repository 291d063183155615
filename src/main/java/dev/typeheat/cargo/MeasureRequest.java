package dev.typeheat.cargo;

import java.nio.file.Path;
import java.util.List;

/**
 * One measuring build as the user asked for it.
 *
 * @param cwd         the user's working directory: cargo runs there and relative paths mean paths from there
 * @param quick       record the self-profile without query arguments (cheaper; loses the types behind the time)
 * @param monoStats   also ask rustc for {@code -Z dump-mono-stats}
 * @param keepProfile keep the raw self-profile instead of compressing it after reading
 * @param timePlain   also time a plain rebuild of the crate, to print what measuring cost against it
 * @param rustcArgs   the user's rustc options (after {@code --})
 * @param reportFiles names of files the command will write into typeheat's folder after the build
 */
public record MeasureRequest(Path cwd, CargoArgs cargo, Toolchain toolchain, boolean quick, boolean monoStats,
                             boolean keepProfile, boolean timePlain, List<String> rustcArgs, List<String> reportFiles) {
    public MeasureRequest {
        rustcArgs = List.copyOf(rustcArgs);
        reportFiles = List.copyOf(reportFiles);
    }
}
