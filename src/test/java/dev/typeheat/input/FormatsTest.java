package dev.typeheat.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recognition table: one case per format, and the near-misses that used to be misread. */
class FormatsTest {
    private static String as(String fileName, String text) {
        Optional<Format> f = Formats.recognize(Head.ofText(fileName, text));
        return f.map(Format::name).orElse("(none)");
    }

    private static String as(byte[] bytes) {
        return Formats.recognize(Head.of(null, bytes, true)).map(Format::name).orElse("(none)");
    }

    @Test
    void everyFormatIsRecognisedByItsMarks() {
        assertEquals("measureme self-profile", as("MMPD\0\0\0\u0009".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("an executable or object file", as(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}));
        assertEquals("binary data", as(new byte[] {'a', 0, 'b'}));
        assertEquals("rustc long-type file", as("app-1a2b.long-type-123.txt", "Map<A, B>\n"));
        assertEquals("Chrome trace (crox)", as(null, "{\"traceEvents\": [{\"ph\": \"X\", \"ts\": 1}]}"));
        assertEquals("mono-stats JSON", as(null, "[{\"name\":\"a\",\"instantiation_count\":2}]"));
        assertEquals("rustc JSON diagnostics", as(null, "{\"$message_type\":\"diagnostic\",\"rendered\":\"x\"}\n"));
        assertEquals("LLVM IR", as(null, "; ModuleID = 'a'\ndefine void @f() {\n  ret void\n}\n"));
        assertEquals("rustc type sizes", as(null, "print-type-size type: `Foo`: 8 bytes, alignment: 8 bytes\n"));
        assertEquals("mono-stats Markdown", as(null, "| Item | Instantiation count | Estimated Cost Per Instantiation | Total Estimated Cost |\n"));
        assertEquals("cargo-llvm-lines table", as(null, "  Lines  Copies  Function name\n  -----  ------  -------------\n"));
        assertEquals("cargo-llvm-lines table", as(null, "  12 3 core::ptr::drop_in_place\n  10 2 a::b\n  9 1 c::d\n"));
        assertEquals("rustc diagnostics", as(null, "error[E0275]: overflow evaluating the requirement `A: B`\n"));
        assertEquals("rustc diagnostics", as(null, "query stack during panic:\n#0 [typeck] type-checking `main`\n"));
        // as pasted into an issue: indented, or behind crater's log prefix, or without the error: head
        assertEquals("rustc diagnostics", as(null, "  query stack during panic:\n  #0 [layout_of] computing layout of `Foo`\n"));
        assertEquals("rustc diagnostics", as(null, "[INFO] [stderr] error[E0275]: overflow evaluating the requirement `A: Send`\n"));
        assertEquals("rustc diagnostics", as(null, "overflow evaluating the requirement `A: Send`\nrequired for `B<A>` to implement `Send`\n"));
        assertEquals("perf report", as(null, "# Overhead  Command  Shared Object  Symbol\n"));
        assertEquals("perf report", as(null, "            |--22.22%--core::ptr::drop_in_place<alloc::vec::Vec<u8>>\n"));
        assertEquals("symbol list", as(null, "0000000000012345 T _ZN4core3ptr13drop_in_place17h0123456789abcdefE\n"
                + "0000000000012346 t main\n"));
        assertEquals("symbol list", as(null, "_RNvCs1234_4core3foo\n"));
        assertEquals("type text", as(null, "warp::filter::or::Or<A, B>\n"));
    }

    @Test
    void nearMissesAreNotMisread() {
        // a type naming a constant that contains _R is no symbol list
        assertEquals("type text", as(null, "Vec<[u8; MAX_RETRIES]>\n"));
        assertEquals("type text", as(null, "RetryPolicy<MAX_RETRIES, _RETRY_DELAY>\n"));
        // a script, even one that mentions mangled-looking names
        assertEquals("a script", as("fetch.py", "#!/usr/bin/env python3\nimport os\nprint(os.environ['_RUSTC'])\n"));
        assertEquals("a script", as(null, "import sys\nfrom pathlib import Path\n\ndef main():\n    pass\n"));
        // a comment line above a type does not make the file something else
        assertEquals("type text", as(null, "# source: rustc 1.95 long-type file\nwarp::filter::or::Or<A, B>\n"));
        // Rust source is not compiler output
        assertEquals("Rust source code", as(null, "use std::io;\n\nfn main() {\n    let x = 1;\n}\n"));
        // cargo's stderr of a build that succeeded holds no type (cargo typeheat leaves it out of the inputs)
        assertEquals("(none)", as("stderr.txt", "   Compiling chains v0.1.0 (/home/u/chains)\n"
                + "    Finished `release` profile [optimized] target(s) in 3.21s\n"));
        // prose is nothing typeheat reads
        assertEquals("(none)", as(null, "These are my notes about the build.\nIt was slow today.\n"));
    }

    @Test
    void typeTextIsTriedLast() {
        assertTrue(Formats.TABLE.get(Formats.TABLE.size() - 1).kind() == InputKind.TYPE_TEXT, "type text is tried last");
    }
}
