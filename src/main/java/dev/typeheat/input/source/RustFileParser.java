package dev.typeheat.input.source;

import dev.typeheat.input.source.grammar.RustSourceLexer;
import dev.typeheat.input.source.grammar.RustSourceParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lexes one Rust file and parses it one top-level item at a time: a bracket scan over the tokens finds
 * where each item ends (its {@code ;} or its closing brace), so an item the grammar does not understand
 * costs that item only. A module, impl or trait that does not parse as a whole is split the same way
 * inside its braces, so its fns are still read.
 */
final class RustFileParser {
    /** What a failed item was, for the reader's count: where it starts and the first token it could not take. */
    record Failure(int line, int column, String near) {
    }

    private final List<Token> tokens;
    private final List<Failure> failures = new ArrayList<>();

    RustFileParser(SourceFile file) {
        RustSourceLexer lexer = new RustSourceLexer(CharStreams.fromString(withoutShebang(file.text())));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        this.tokens = stream.getTokens();
    }

    List<Failure> failures() {
        return failures;
    }

    /**
     * The file's items, each handed to the sink (or, when one does not parse, its inner items to the sink
     * the sink gives for its header's tokens, so the caller can keep track of module paths).
     */
    void items(ItemSink sink) {
        items(0, tokens.size() - 1, sink);
    }

    /** Receives parsed items, and the insides of items that did not parse as a whole. */
    interface ItemSink {
        void item(RustSourceParser.ItemContext item);

        /** A braced item that failed: {@code header} are its tokens up to the brace; the body is scanned for items. */
        default ItemSink inner(List<Token> header) {
            return null;
        }
    }

    private void items(int from, int to, ItemSink sink) {
        int i = from;
        while (i < to) {
            int end = itemEnd(i, to);
            if (isInnerAttribute(i)) {
                i = end;
                continue;
            }
            RustSourceParser.ItemContext item = parse(tokens.subList(i, end), RustSourceParser::oneItem)
                    instanceof RustSourceParser.OneItemContext one ? one.item() : null;
            boolean read = false;
            if (item != null) {
                try {
                    sink.item(item);
                    read = true;
                } catch (StackOverflowError e) {
                    // nested deeper than a stack allows: the item is not read, the file goes on
                }
            }
            if (!read) {
                int brace = firstBrace(i, end);
                ItemSink inner = brace >= 0 && tokens.get(end - 1).getType() == RustSourceLexer.RC
                        ? sink.inner(tokens.subList(i, brace)) : null;
                if (inner != null) {
                    items(brace + 1, end - 1, inner);
                } else {
                    Token t = tokens.get(i);
                    failures.add(new Failure(t.getLine(), t.getCharPositionInLine() + 1, t.getText()));
                    end = nextItemStart(i, end);
                }
            }
            i = end;
        }
    }

    /**
     * Parses some tokens of the file with one rule: SLL first (fast), then full LL, both giving up at the
     * first error. Null when the tokens are not that rule.
     */
    static ParserRuleContext parse(List<Token> tokens, Function<RustSourceParser, ParserRuleContext> rule) {
        if (tokens.isEmpty()) {
            return null;
        }
        List<Token> slice = new ArrayList<>(tokens);
        Token last = tokens.get(tokens.size() - 1);
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setStartIndex(last.getStopIndex() + 1);
        eof.setStopIndex(last.getStopIndex());
        eof.setLine(last.getLine());
        slice.add(eof);
        for (PredictionMode mode : new PredictionMode[] {PredictionMode.SLL, PredictionMode.LL}) {
            RustSourceParser parser = new RustSourceParser(new CommonTokenStream(new ListTokenSource(slice)));
            parser.removeErrorListeners();
            parser.addErrorListener(QUIET);
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(mode);
            try {
                return rule.apply(parser);
            } catch (ParseCancellationException | RecognitionException e) {
                // try the next mode, or give up on these tokens
            } catch (StackOverflowError e) {
                return null; // nested deeper than a stack allows: not read
            }
        }
        return null;
    }

    /** Where the item starting at {@code i} ends (exclusive): after its {@code ;} or its closing brace at depth 0. */
    private int itemEnd(int i, int to) {
        int depth = 0;
        for (int k = i; k < to; k++) {
            int type = tokens.get(k).getType();
            switch (type) {
                case RustSourceLexer.LP, RustSourceLexer.LB, RustSourceLexer.LC -> depth++;
                case RustSourceLexer.RP, RustSourceLexer.RB -> depth = Math.max(0, depth - 1);
                case RustSourceLexer.RC -> {
                    depth--;
                    if (depth < 0) {
                        return k + 1; // a stray brace: its own (failing) item
                    }
                    if (depth == 0 && !continuesAfterBrace(i, k)) {
                        return k + 1 < to && tokens.get(k + 1).getType() == RustSourceLexer.SEMI ? k + 2 : k + 1;
                    }
                }
                case RustSourceLexer.SEMI -> {
                    if (depth == 0) {
                        return k + 1;
                    }
                }
                default -> {
                }
            }
            if (type == RustSourceLexer.RB && depth == 0 && isInnerAttribute(i)) {
                return k + 1;
            }
        }
        return to;
    }

    /**
     * True when a brace group closing at depth 0 does not end the item: in {@code const X: T = S { a: 1 };}
     * and {@code static} items the item goes on to its semicolon.
     */
    private boolean continuesAfterBrace(int start, int close) {
        int depth = 0;
        for (int k = start; k < close; k++) {
            int type = tokens.get(k).getType();
            if (type == RustSourceLexer.LP || type == RustSourceLexer.LB) {
                depth++;
                continue;
            }
            if (type == RustSourceLexer.RP || type == RustSourceLexer.RB) {
                depth--;
                continue;
            }
            if (type == RustSourceLexer.LC && depth == 0) {
                return false; // the first brace body decides nothing about what is inside it
            }
            if (type == RustSourceLexer.HASH || depth > 0) {
                continue;
            }
            if (type == RustSourceLexer.CONST || type == RustSourceLexer.STATIC) {
                int next = tokens.get(k + 1).getType();
                return next != RustSourceLexer.FN && next != RustSourceLexer.UNSAFE && next != RustSourceLexer.ASYNC
                        && next != RustSourceLexer.EXTERN && next != RustSourceLexer.LC;
            }
            if (type == RustSourceLexer.FN || type == RustSourceLexer.IMPL || type == RustSourceLexer.MOD
                    || type == RustSourceLexer.TRAIT || type == RustSourceLexer.STRUCT || type == RustSourceLexer.ENUM) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<Integer> ITEM_STARTS = java.util.Set.of(RustSourceLexer.FN, RustSourceLexer.PUB,
            RustSourceLexer.STRUCT, RustSourceLexer.ENUM, RustSourceLexer.IMPL, RustSourceLexer.MOD, RustSourceLexer.TRAIT,
            RustSourceLexer.USE, RustSourceLexer.CONST, RustSourceLexer.STATIC, RustSourceLexer.TYPE, RustSourceLexer.HASH,
            RustSourceLexer.ASYNC, RustSourceLexer.UNSAFE, RustSourceLexer.EXTERN);

    /**
     * After an item that did not parse, where reading goes on: an unbalanced bracket makes the bracket
     * scan swallow everything after it, so the next item keyword that starts a line no further right than
     * the broken item did is taken as the next item.
     */
    private int nextItemStart(int start, int end) {
        int column = tokens.get(start).getCharPositionInLine();
        int line = tokens.get(start).getLine();
        for (int k = start + 1; k < end; k++) {
            Token t = tokens.get(k);
            Token prev = tokens.get(k - 1);
            if (t.getLine() > line && prev.getLine() < t.getLine() && t.getCharPositionInLine() <= column
                    && ITEM_STARTS.contains(t.getType())) {
                return k;
            }
        }
        return end;
    }

    private boolean isInnerAttribute(int i) {
        return i + 1 < tokens.size() && tokens.get(i).getType() == RustSourceLexer.HASH
                && tokens.get(i + 1).getType() == RustSourceLexer.BANG;
    }

    private int firstBrace(int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            int type = tokens.get(k).getType();
            if (type == RustSourceLexer.LP || type == RustSourceLexer.LB) {
                depth++;
            } else if (type == RustSourceLexer.RP || type == RustSourceLexer.RB) {
                depth--;
            } else if (type == RustSourceLexer.LC && depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** A `#!` line at the very start that is not an inner attribute is a shebang: blanked, so offsets stay. */
    private static String withoutShebang(String text) {
        if (!text.startsWith("#!") || text.startsWith("#![") || text.startsWith("#! [")) {
            return text;
        }
        int nl = text.indexOf('\n');
        int end = nl < 0 ? text.length() : nl;
        return " ".repeat(end) + text.substring(end);
    }

    private static final BaseErrorListener QUIET = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                RecognitionException e) {
            // the bail strategy throws; nothing to print
        }
    };
}
