package dev.typeheat.advice.config;

import dev.typeheat.advice.Family;

import java.util.List;
import java.util.Map;

/**
 * typeheat.toml, read strictly.
 *
 * @param thresholds the {@code [lint]} table: threshold key to value
 * @param families   {@code [[family]]} tables: combinator families added to (or replacing) the bundled ones
 * @param allows     {@code [[allow]]} tables: files whose findings are accepted
 */
public record TypeheatConfig(Map<String, Long> thresholds, List<Family> families, List<Allow> allows) {
    public static final TypeheatConfig EMPTY = new TypeheatConfig(Map.of(), List.of(), List.of());
}
