package dev.typeheat.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * How long a plain rebuild of the crate took (no measurement flags, same cargo options and toolchain),
 * kept in typeheat's folder so that later runs can say what measuring costs against it.
 *
 * @param signature the toolchain and cargo options it was timed with: a record for other options is not used
 */
record PlainRebuild(String signature, long nanos, Instant when) {
    static final String FILE = "plain-rebuild.json";

    /** The record in {@code file} when there is one for {@code signature}, else null. */
    static PlainRebuild read(Path file, String signature) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            if (!signature.equals(json.path("signature").asText())) {
                return null;
            }
            return new PlainRebuild(signature, json.path("nanos").asLong(), Instant.parse(json.path("when").asText()));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged record is no record: the time is simply not known
        }
    }

    /** {@code just now} or {@code by --time-plain at 2025-11-28T10:00:00Z}. */
    String describeWhen() {
        return java.time.Duration.between(when, Instant.now()).toSeconds() < 60 ? "just now"
                : "by --time-plain at " + when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.createObjectNode()
                .put("signature", signature).put("nanos", nanos).put("when", when.toString())) + "\n");
    }
}
