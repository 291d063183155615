package dev.typeheat.report.html;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Why a column of the hotspot table is empty: which input would have filled it. */
final class ColumnNotes {
    private ColumnNotes() {
    }

    /** Column key to the reason it is empty, for the columns that are empty for every shown type. */
    static Map<String, String> of(Analysis a, List<TypeRecord> shown, Map<?, String> locations) {
        Set<InputKind> read = EnumSet.noneOf(InputKind.class);
        for (ReadSummary s : a.summaries()) {
            read.add(s.kind());
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (shown.stream().allMatch(r -> r.cost().selfNanos() == 0)) {
            out.put("selfNanos", read.contains(InputKind.SELF_PROFILE) || read.contains(InputKind.CHROME_TRACE)
                    ? "the self-profile names no type: it was recorded without query arguments "
                    + "(-Z self-profile-events=default,args records them; cargo typeheat does)"
                    : "no self-profile was read (cargo typeheat records one; or rustc -Z self-profile "
                    + "-Z self-profile-events=default,args)");
        }
        if (shown.stream().allMatch(r -> r.cost().irLines() == 0)) {
            String why = read.contains(InputKind.LLVM_IR) || read.contains(InputKind.LLVM_LINES)
                    ? "no function in the IR is instantiated over one of these types (legacy symbols name no "
                    + "generic arguments: build with -C symbol-mangling-version=v0)"
                    : "no LLVM IR (.ll) or cargo-llvm-lines table was read";
            out.put("irLines", why);
            out.put("copies", why);
        }
        if (locations.isEmpty()) {
            out.put("location", "no type names a closure of the crate with its source place (rustc's long-type "
                    + "files and -Z print-type-sizes print spans; the IR's debug info places closures by path)");
        }
        return out;
    }
}
