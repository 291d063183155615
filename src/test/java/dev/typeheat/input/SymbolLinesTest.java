package dev.typeheat.input;

import dev.typeheat.input.symbols.SymbolLines;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The symbol on one line of each tool's output, in the shapes those tools document. */
class SymbolLinesTest {
    @Test
    void perfCallGraphBranchesAndRoots() {
        assertEquals("core::ptr::drop_in_place<alloc::vec::Vec<u8>>",
                SymbolLines.symbolOf("            |--22.22%--core::ptr::drop_in_place<alloc::vec::Vec<u8>>"));
        assertEquals("main", SymbolLines.symbolOf("               ---main"));
        assertEquals("app::run", SymbolLines.symbolOf("  40.00%     0.00%  app  app  [.] app::run"));
    }

    @Test
    void llvmNmPartialDemanglingIsFinished() {
        assertEquals("core::ptr::drop_in_place<alloc::vec::Vec<u8>>", SymbolLines.symbolOf(
                "0000000000001000 t core::ptr::drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$::h0123456789abcdef (.llvm.123456)"));
        assertEquals("<&mut W as core::fmt::Write>::write_str", SymbolLines.symbolOf(
                "0000000000001000 t _$LT$$RF$mut$u20$W$u20$as$u20$core..fmt..Write$GT$::write_str::h0123456789abcdef"));
    }

    @Test
    void mangledSymbolsAnywhereOnALineAndWithLlvmSuffixes() {
        assertEquals("hashbrown::raw::RawTable<T,A>::reserve_rehash::hfc744650a29e6fd0", SymbolLines.symbolOf(
                " 22,498,430 ( 0.11%)  ???:_ZN9hashbrown3raw21RawTable$LT$T$C$A$GT$14reserve_rehash17hfc744650a29e6fd0E.llvm.8124594429463474725"));
        assertEquals("core::ptr::drop_in_place::h0123456789abcdef", SymbolLines.symbolOf("call void @_ZN4core3ptr13drop_in_place17h0123456789abcdefE(ptr %x)"));
    }

    @Test
    void linesWithoutSymbols() {
        assertNull(SymbolLines.symbolOf("# Samples: 10K of event 'cycles'"));
        assertNull(SymbolLines.symbolOf(""));
    }
}
