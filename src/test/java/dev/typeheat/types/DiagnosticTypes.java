package dev.typeheat.types;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls the quoted types out of rustc error text, for the parse-everything tests. */
final class DiagnosticTypes {
    private static final Pattern QUOTED_TYPE = Pattern.compile(
            "(?:required for|within|implemented for|the type|not implemented for|within the type|found|expected|"
                    + "requirement|instantiating) `([^`]+)`");

    private DiagnosticTypes() {
    }

    static List<String> in(String errorText) {
        List<String> types = new ArrayList<>();
        Matcher m = QUOTED_TYPE.matcher(errorText);
        while (m.find()) {
            types.add(m.group(1));
        }
        return types;
    }
}
