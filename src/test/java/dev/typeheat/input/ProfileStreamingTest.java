package dev.typeheat.input;

import dev.typeheat.TestCorpus;
import dev.typeheat.input.profile.MmProfileReader;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A compressed self-profile, streamed, reads exactly like the plain file. */
class ProfileStreamingTest {
    @TempDir
    Path tmp;

    @Test
    void compressedAndPlainProfilesGiveTheSameData() throws IOException {
        Path gz = TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz");
        Path plain = unpacked(gz);
        Path zst = tmp.resolve("iter.mm_profdata.zst");
        // with a checksum, as the zstd tool writes it: the first pass checks it, later passes read past it
        try (com.github.luben.zstd.ZstdOutputStream out = new com.github.luben.zstd.ZstdOutputStream(Files.newOutputStream(zst))) {
            out.setChecksum(true);
            Files.copy(plain, out);
        }
        ProfileData expected = ProfileReader.read(plain);
        for (Path compressed : List.of(gz, zst)) {
            ProfileData d = ProfileReader.read(compressed);
            assertEquals(expected.rows(), d.rows(), compressed.toString());
            assertEquals(expected.totalCpuNanos(), d.totalCpuNanos());
            assertEquals(expected.events(), d.events());
            assertEquals(expected.distinctArguments(), d.distinctArguments());
            assertEquals(expected.arguments(), d.arguments(), compressed.toString());
        }
        assertTrue(expected.arguments().size() > 100, "arguments read: " + expected.arguments().size());
    }

    /**
     * {@code ProfileReader.read(Path)} opens its file once and recognises it from that opening's head: a named
     * pipe (which a second opening would find drained, or wait on for a writer that never comes) gives what
     * the file gives.
     */
    @Test
    void aProfileByPathIsOpenedOnceSoANamedPipeReadsLikeTheFile() throws Exception {
        Path mkfifo = Path.of("/usr/bin/mkfifo");
        TestCorpus.require(Files.isExecutable(mkfifo), "no " + mkfifo + " to make a named pipe with");
        Path gz = TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz");
        Path fifo = tmp.resolve("profile.fifo");
        assertEquals(0, new ProcessBuilder(mkfifo.toString(), fifo.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream out = new java.io.FileOutputStream(fifo.toFile())) {
                Files.copy(gz, out);
            } catch (IOException ignored) {
                // the reader went away early: the read below fails and says so
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
        ProfileData expected = ProfileReader.read(gz);
        ProfileData d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> ProfileReader.read(fifo));
        assertEquals(expected.rows(), d.rows());
        assertEquals(expected.events(), d.events());
        assertEquals(expected.arguments(), d.arguments());
    }

    @Test
    void argumentsHeardWhileReadingAreTheReturnedOnesAlikeFromEveryForm() throws IOException {
        Path gz = TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz");
        Path plain = unpacked(gz);
        Set<String> expected = null;
        for (Path p : List.of(plain, gz)) {
            List<String> heard = new ArrayList<>();
            ProfileData d = new MmProfileReader().read(p, p.toString(), (label, text) -> heard.add(label + " | " + text));
            Set<String> returned = d.arguments().stream().map(a -> a.label() + " | " + a.text()).collect(Collectors.toSet());
            assertEquals(heard.size(), new HashSet<>(heard).size(), "each argument heard once");
            assertTrue(returned.containsAll(heard), "heard only arguments that are returned with their label");
            // rustc writes a type as one entry of text (complete when it arrives: heard), a DefId as a reference to
            // its path string (`visibility | core::iter::adapters::fuse::Fuse`: resolved afterwards, not heard)
            assertTrue(heard.size() > 2000 && heard.size() < returned.size(), heard.size() + " of " + returned.size());
            if (expected == null) {
                expected = new HashSet<>(heard);
            } else {
                assertEquals(expected, new HashSet<>(heard), p.toString());
            }
        }
    }

    /** The corpus's gzipped profile unpacked into the temp folder: the plain form to compare with. */
    private Path unpacked(Path gz) throws IOException {
        Path plain = tmp.resolve("iter.mm_profdata");
        try (InputStream in = InputFiles.open(gz)) {
            Files.copy(in, plain);
        }
        return plain;
    }
}
