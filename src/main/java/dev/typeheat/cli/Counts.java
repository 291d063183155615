package dev.typeheat.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for options that count something ({@code --top}, thresholds, depths, widths): a negative or
 * overflowing value is a usage error (exit 2), not an internal error deep inside a report.
 */
final class Counts {
    private Counts() {
    }

    /** An int of 0 or more. */
    static final class Int implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = parse(value);
            if (n > Integer.MAX_VALUE) {
                throw new TypeConversionException("'" + value + "' is too large (at most " + Integer.MAX_VALUE + ")");
            }
            return (int) n;
        }
    }

    /** A long of 0 or more. */
    static final class Long implements ITypeConverter<java.lang.Long> {
        @Override
        public java.lang.Long convert(String value) {
            return parse(value);
        }
    }

    private static long parse(String value) {
        long n;
        try {
            n = java.lang.Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 0) {
            throw new TypeConversionException("'" + value + "' is negative: give 0 or more");
        }
        return n;
    }
}
