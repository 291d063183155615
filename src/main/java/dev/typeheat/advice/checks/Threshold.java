package dev.typeheat.advice.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One setting of a check (like a Checkstyle check's property): the key is both the {@code [lint]} key in
 * typeheat.toml and the command-line option {@code --KEY}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Threshold.List.class)
public @interface Threshold {
    /** {@code max-depth}. */
    String key();

    long defaultValue();

    /** The unit of the value, for help texts ({@code levels}, {@code ms}). */
    String unit();

    /** What the value limits, in one sentence. */
    String doc();

    /** The container Java needs for repeated annotations. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Threshold[] value();
    }
}
