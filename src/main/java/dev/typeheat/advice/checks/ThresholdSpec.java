package dev.typeheat.advice.checks;

/**
 * A threshold as the rest of typeheat sees it (read from a {@link Threshold} annotation).
 *
 * @param key          {@code max-depth}: the {@code [lint]} key and the option {@code --max-depth}
 * @param defaultValue used when neither the command line nor typeheat.toml sets it
 * @param unit         of the value ({@code levels})
 * @param doc          what it limits
 */
public record ThresholdSpec(String key, long defaultValue, String unit, String doc) {
    public String option() {
        return "--" + key;
    }
}
