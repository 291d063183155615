package dev.typeheat.advice;

import dev.typeheat.advice.checks.Check;
import dev.typeheat.advice.plan.AdvicePlanner;
import dev.typeheat.advice.plan.BoxPlan;
import dev.typeheat.advice.plan.Placement;
import dev.typeheat.advice.plan.PlannedBox;
import dev.typeheat.input.source.CrateSource;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.Inputs;
import dev.typeheat.input.LimitHit;
import dev.typeheat.input.Readers;
import dev.typeheat.input.Sample;
import dev.typeheat.measure.Measurer;
import dev.typeheat.measure.Metrics;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.RustSpelling;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypeParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The advice pipeline: read the inputs, parse every distinct text once, join the types across inputs,
 * plan where to box (over the crate's source when it is given), and run the checks.
 */
public final class Analyzer {
    private static final Set<InputKind> SYMBOL_KINDS =
            EnumSet.of(InputKind.SYMBOLS, InputKind.LLVM_IR, InputKind.LLVM_LINES, InputKind.MONO_STATS);

    private final Catalog catalog;
    private final LintConfig config;
    private final CrateSource source;
    private final TypeParser parser = new TypeParser();
    private final Measurer measurer = new Measurer();
    private final Subjects subjects = new Subjects(measurer);
    private final ChainFinder chains;
    private final SpanFinder spans = new SpanFinder();
    /** One per run: each distinct subtree is rewritten once for all the shapes printed. */
    private final RustSpelling shapeSpelling = Fingerprint.spelling();
    /** Closure paths placed by debug info ({@link InputKind#SOURCE_LOCATION} samples). */
    private final Map<String, SourceSpan> debugLocations = new HashMap<>();
    private Map<String, SourceSpan> spansByLine;
    private final Map<String, ParsedType> parsed = new HashMap<>();
    private final TypeTable table = new TypeTable();
    private long parseErrors;
    private dev.typeheat.input.Cost total = dev.typeheat.input.Cost.NONE;

    public Analyzer(Catalog catalog, LintConfig config) {
        this(catalog, config, CrateSource.none());
    }

    /** With the crate's source, boxes are placed at the expressions that build what they box. */
    public Analyzer(Catalog catalog, LintConfig config, CrateSource source) {
        this.catalog = catalog;
        this.config = config;
        this.source = source;
        this.chains = new ChainFinder(catalog);
    }

    public Analysis analyze(List<Path> paths) {
        return analyze("suggest", paths);
    }

    /** Reads {@code paths} ({@code -} is standard input) for {@code command} and analyses everything read. */
    public Analysis analyze(String command, List<Path> paths) {
        Inputs inputs = new Inputs(new Readers(command, this::accept)).read(paths);
        List<Ty> types = new ArrayList<>();
        Map<Ty, Set<String>> inputsOf = new java.util.IdentityHashMap<>();
        for (TypeRecord r : table.records()) {
            types.add(r.type());
            Set<String> files = inputsOf.computeIfAbsent(r.type(), t -> new java.util.TreeSet<>());
            for (Evidence e : r.evidence()) {
                files.add(String.valueOf(e.file()));
            }
        }
        Map<String, String> placed = new HashMap<>();
        debugLocations.forEach((path, span) -> placed.put(path, span.file() + ":" + span.line()));
        BoxPlan plan = new AdvicePlanner(catalog, config.maxChain(), config.maxDepth()).plan(types, inputsOf, source, placed);
        List<Suggestion> suggestions = new ArrayList<>();
        for (PlannedBox b : plan.boxes()) {
            suggestions.add(toSuggestion(b));
        }
        // every finding, also the many variants of one type built at one place: lint merges them per place
        return new Analysis(inputs.summaries(), inputs.unrecognized(), table, findings(suggestions), suggestions,
                parseErrors, total, plan, Map.copyOf(debugLocations), measurer, spans, catalog, shapeSpelling);
    }

    private static Suggestion toSuggestion(PlannedBox b) {
        Placement w = b.where();
        SourceSpan span = w.located() ? new SourceSpan(w.file(), w.line(), w.column(), w.endLine(), w.endColumn()) : null;
        return new Suggestion(span, span == null ? w.toString() : w.fn(), b.family(), b.subtree(),
                Math.max(0, b.worth().pieceNodes() - 1), b.why(), b);
    }

    /** Adds one sample (readers call this). */
    public void accept(Sample s) {
        if (s.kind() == InputKind.SOURCE_LOCATION) {
            SourceSpan place = new SourceSpan(s.file(), (int) s.line(), 1, (int) s.line(), 1);
            if (place.isUserCode()) {
                debugLocations.putIfAbsent(s.text(), place);
            }
            return;
        }
        total = total.plus(s.cost());
        boolean symbol = SYMBOL_KINDS.contains(s.kind());
        ParsedType p = parsed.computeIfAbsent(s.text(), t -> {
            ParsedType r = symbol ? parser.parseSymbol(t) : parser.parse(t);
            if (r.syntaxErrors() > 0) {
                parseErrors++;
            }
            return r;
        });
        if (p.root() == null) {
            return;
        }
        List<Subjects.Subject> found = symbol ? subjects.ofSymbol(p.root()) : subjects.ofTypeText(p.root());
        Evidence where = new Evidence(s.kind(), s.file(), s.line(), s.label());
        for (Subjects.Subject subject : found) {
            table.add(subject.type(), where, s.cost(), subject.trait());
        }
        if (s.limit() != null) {
            // the limit is about the error's largest type: the whole text when it is a type, else its largest part
            Ty about = found.isEmpty() ? p.root() : found.get(0).type();
            for (Subjects.Subject subject : found) {
                if (measurer.nodes(subject.type()) > measurer.nodes(about)) {
                    about = subject.type();
                }
            }
            if (found.isEmpty()) {
                table.add(about, where, s.cost(), null);
            }
            table.get(about).addLimit(s.limit());
        }
    }

    /** Every finding, worst first, with the boxes inside its type. */
    private List<Finding> findings(List<Suggestion> plan) {
        BoxIndex boxes = new BoxIndex(plan);
        Set<Ty> outermost = new HashSet<>();
        for (TypeRecord r : table.outermost()) {
            outermost.add(r.type());
        }
        List<Finding> out = new ArrayList<>();
        for (TypeRecord r : table.records()) {
            boolean outer = outermost.contains(r.type());
            boolean costly = !r.cost().isZero() || !r.limits().isEmpty();
            if (!outer && !costly) {
                continue;
            }
            Metrics m = measurer.measure(r.type());
            Chain chain = chains.longest(r.type()).orElse(null);
            List<Suggestion> suggestions = null;
            String shape = null; // printed once per type, whatever number of rules it breaks
            for (Check check : Check.all()) {
                if (check.structural() && !outer) {
                    continue;
                }
                Optional<String> message = check.test(r, m, chain, config, outer);
                if (message.isEmpty()) {
                    continue;
                }
                if (suggestions == null) {
                    suggestions = boxes.inside(r.type());
                }
                SourceSpan suggested = suggestions.stream().map(Suggestion::span).filter(x -> x != null)
                        .findFirst().orElse(null);
                Place place = suggested != null ? new Place(suggested, null) : placeOf(r.type());
                if (place.span() == null && !r.limits().isEmpty()) {
                    place = errorPlace(r, place);
                }
                if (shape == null) {
                    shape = Fingerprint.shape(r.type(), shapeSpelling);
                }
                SourceSpan location = place.span();
                String function = place.item();
                out.add(new Finding(check.rule(), r, m, message.get(), location, function,
                        Fingerprint.of(check.rule(), shape), suggestions));
            }
        }
        out.sort(WORST_FIRST);
        return out;
    }

    private static final Comparator<Finding> WORST_FIRST =
            Comparator.comparing((Finding f) -> f.record().cost().selfNanos()).reversed()
                    .thenComparing(f -> f.record().cost().irLines(), Comparator.reverseOrder())
                    .thenComparing(f -> f.metrics().nodes(), Comparator.reverseOrder())
                    .thenComparing(Finding::fingerprint);

    /** Where the code building a type is: a source span, or else the path of the closure that names it (or neither). */
    private record Place(SourceSpan span, String item) {
        String itemOr(String otherwise) {
            return item != null ? item : otherwise;
        }
    }

    /**
     * The shallowest span rustc printed in {@code t}; else the closure it names by path (self-profiles print
     * {@code Closure(DefId(..))}), placed by the debug info of a {@code .ll} read in the same run when it has
     * that closure, with the column of a span printed on that line if any type of the run has one.
     */
    private Place placeOf(Ty t) {
        Optional<SourceSpan> printed = spans.outermostUserSpan(t);
        if (printed.isPresent()) {
            return new Place(printed.get(), null);
        }
        String item = spans.outermostLocalItem(t).orElse(null);
        SourceSpan debug = item == null ? null : debugLocations.get(item);
        if (debug == null) {
            return new Place(null, item);
        }
        SourceSpan sameLine = printedSpansByLine().get(debug.file() + ":" + debug.line());
        return new Place(sameLine != null ? sameLine : debug, null);
    }

    /** Where rustc's error about a limit points ({@code --> src/main.rs:12:5}), when that is the user's code. */
    private static Place errorPlace(TypeRecord r, Place otherwise) {
        for (LimitHit hit : r.limits()) {
            SourceSpan span = hit.location() == null ? null : SourceSpan.parse(hit.location()).orElse(null);
            if (span != null && span.isUserCode()) {
                return new Place(span, null);
            }
        }
        return otherwise;
    }

    /** The earliest user span rustc printed on each line ({@code file:line}), over every type of the run. */
    private Map<String, SourceSpan> printedSpansByLine() {
        if (spansByLine == null) {
            spansByLine = new HashMap<>();
            List<Ty> roots = new ArrayList<>();
            for (TypeRecord r : table.records()) {
                roots.add(r.type());
            }
            for (SourceSpan span : SpanFinder.allUserSpans(roots)) {
                spansByLine.putIfAbsent(span.file() + ":" + span.line(), span);
            }
        }
        return spansByLine;
    }

}
