package dev.typeheat.types;

import dev.typeheat.types.grammar.RustTypeLexer;
import dev.typeheat.types.grammar.RustTypeParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.List;
import java.util.function.Function;

/**
 * Runs the ANTLR lexer and parser over one chunk of text (a whole small input, or the content of one
 * bracket group) and turns the parse tree into {@link Ty} nodes. Tries the fast SLL mode first and
 * falls back to full LL with error recovery only when SLL fails.
 */
final class ChunkParser {
    private final RustTypeLexer lexer = new RustTypeLexer(CharStreams.fromString(""));
    private final RustTypeParser parser = new RustTypeParser(new CommonTokenStream(lexer));
    private final Interner interner;
    private final List<Content> folded;
    private int syntaxErrors;
    private String firstError;
    private long parses;

    ChunkParser(Interner interner, List<Content> folded) {
        this.interner = interner;
        this.folded = folded;
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int col, String msg,
                                    RecognitionException e) {
                syntaxErrors++;
                if (firstError == null) {
                    firstError = "column " + (col + 1) + ": " + msg;
                }
            }
        });
    }

    int syntaxErrors() {
        return syntaxErrors;
    }

    /** Starts counting afresh (one parse of one text). */
    void resetErrors() {
        syntaxErrors = 0;
        firstError = null;
    }

    String firstError() {
        return firstError;
    }

    /** Parses a whole (folded) input; null when it holds no tokens. */
    Ty parseInput(String text) {
        CharStream chars = CharStreams.fromString(text);
        RustTypeParser.InputContext ctx = run(chars, RustTypeParser::input);
        return new TreeBuilder(interner, folded, chars).input(ctx);
    }

    /** Parses the content of a group opened by {@code open}. */
    Content parseContent(char open, String text) {
        CharStream chars = CharStreams.fromString(text);
        TreeBuilder builder = new TreeBuilder(interner, folded, chars);
        switch (open) {
            case '<':
                return builder.angle(run(chars, RustTypeParser::angleChunk).angleContent());
            case '(':
                return builder.paren(run(chars, RustTypeParser::parenChunk).parenContent());
            case '[':
                return builder.bracket(run(chars, RustTypeParser::bracketChunk).bracketContent());
            default:
                return builder.brace(run(chars, RustTypeParser::braceChunk).braceContent());
        }
    }

    /** How many chunks this parser has handed to ANTLR (tests see the group cache work through it). */
    long parses() {
        return parses;
    }

    private <T extends ParserRuleContext> T run(CharStream chars, Function<RustTypeParser, T> rule) {
        parses++;
        lexer.setInputStream(chars);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        parser.setTokenStream(tokens);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return rule.apply(parser);
        }
    }
}
