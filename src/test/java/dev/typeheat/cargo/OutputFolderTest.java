package dev.typeheat.cargo;

import dev.typeheat.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** typeheat deletes and overwrites only what it wrote into its folder. */
class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aNextRunDeletesTypeheatsFilesAndNoOneElses() throws IOException {
        Path dir = tmp.resolve("typeheat");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), "<project/>"); // a checkout named typeheat
        OutputFolder first = OutputFolder.open(dir);
        Files.writeString(first.claim("report.html"), "<html>");
        Files.writeString(dir.resolve("app-123.mm_profdata"), "MMPD"); // rustc writes it, typeheat adopts it
        first.adopt(dir.resolve("app-123.mm_profdata"));
        Files.writeString(first.claim("plain-rebuild.json"), "{}");

        OutputFolder second = OutputFolder.open(dir);
        second.removePrevious(Set.of("plain-rebuild.json"));
        assertFalse(Files.exists(dir.resolve("report.html")));
        assertFalse(Files.exists(dir.resolve("app-123.mm_profdata")));
        assertTrue(Files.exists(dir.resolve("plain-rebuild.json")));
        assertEquals("<project/>", Files.readString(dir.resolve("pom.xml")));
    }

    @Test
    void aFileTypeheatDidNotWriteIsNeverOverwritten() throws IOException {
        Path dir = tmp.resolve("typeheat");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.html"), "mine");
        OutputFolder folder = OutputFolder.open(dir);
        InputException e = assertThrows(InputException.class, () -> folder.claim("report.html"));
        assertTrue(e.oneLine().contains("report.html: exists and typeheat did not write it"), e.oneLine());
        assertEquals("mine", Files.readString(dir.resolve("report.html")));
    }

    @Test
    void aLedgerThatIsNotTypeheatsMakesTheFolderNotTypeheats() throws IOException {
        Path dir = tmp.resolve("typeheat");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(OutputFolder.LEDGER), "report.html\n");
        Files.writeString(dir.resolve("report.html"), "mine");
        assertThrows(InputException.class, () -> OutputFolder.open(dir));
        assertEquals("mine", Files.readString(dir.resolve("report.html")));
    }

    @Test
    void theLedgerNamesOnlyPlainFilesInTheFolder() throws IOException {
        Path dir = tmp.resolve("typeheat");
        Files.createDirectories(dir);
        Files.writeString(tmp.resolve("precious.txt"), "keep");
        OutputFolder.open(dir).claim("a.txt");
        // a ledger edited to point outside the folder is read without those names
        Path ledger = dir.resolve(OutputFolder.LEDGER);
        Files.writeString(ledger, Files.readString(ledger) + "../precious.txt\n");
        OutputFolder.open(dir).removePrevious(Set.of());
        assertEquals("keep", Files.readString(tmp.resolve("precious.txt")));
    }
}
