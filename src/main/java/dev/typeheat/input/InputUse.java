package dev.typeheat.input;

/**
 * What one command does with its inputs: which kinds it reads and how it reads each. {@link Inputs} opens,
 * recognises and reports every input the same way for every command; only this part differs.
 */
public interface InputUse {
    /** The command's name, for messages ({@code lines}). */
    String command();

    /** Whether this command reads inputs of {@code kind}. */
    boolean reads(InputKind kind);

    /**
     * The kind a file named on the command line is read as when no format is recognised, or null to
     * reject such a file.
     */
    default InputKind fallback() {
        return null;
    }

    /**
     * Whether a named input without any record (empty, or only blank lines) is an input error: true for the
     * commands that show each input ({@code lines}, {@code profile}), false for those that summarise.
     */
    default boolean showsEachInput() {
        return false;
    }

    /** Reads one input of a kind this command reads and says what it read and skipped. */
    ReadSummary read(Input input, InputKind kind);
}
