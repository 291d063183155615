package dev.typeheat.advice;

import dev.typeheat.advice.checks.Check;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.Inputs;
import dev.typeheat.input.LimitHit;
import dev.typeheat.input.Readers;
import dev.typeheat.input.Sample;
import dev.typeheat.measure.Measurer;
import dev.typeheat.measure.Metrics;
import dev.typeheat.types.NodeLabel;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypeParser;
import dev.typeheat.types.TypePrinter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The advice pipeline: read the inputs, parse every distinct text once, join the types across inputs,
 * run the checks, and plan where to box.
 */
public final class Analyzer {
    /** Subtrees smaller than this are not worth boxing on their own (a box saves the subtree less one node). */
    private static final int MIN_BOXED_NODES = 8;
    private static final Set<InputKind> SYMBOL_KINDS =
            EnumSet.of(InputKind.SYMBOLS, InputKind.LLVM_IR, InputKind.LLVM_LINES, InputKind.MONO_STATS);

    private final Catalog catalog;
    private final LintConfig config;
    private final TypeParser parser = new TypeParser();
    private final Measurer measurer = new Measurer();
    private final Subjects subjects = new Subjects(measurer);
    private final ChainFinder chains;
    private final BoxPlanner planner;
    private final SpanFinder spans = new SpanFinder();
    /** Closure paths placed by debug info ({@link InputKind#SOURCE_LOCATION} samples). */
    private final Map<String, SourceSpan> debugLocations = new HashMap<>();
    private Map<String, SourceSpan> spansByLine;
    private final Map<String, ParsedType> parsed = new HashMap<>();
    private final TypeTable table = new TypeTable();
    private long parseErrors;
    private dev.typeheat.input.Cost total = dev.typeheat.input.Cost.NONE;

    public Analyzer(Catalog catalog, LintConfig config) {
        this.catalog = catalog;
        this.config = config;
        this.chains = new ChainFinder(catalog);
        this.planner = new BoxPlanner(catalog);
    }

    public Measurer measurer() {
        return measurer;
    }

    public Analysis analyze(List<Path> paths) {
        return analyze("suggest", paths);
    }

    /** Reads {@code paths} ({@code -} is standard input) for {@code command} and analyses everything read. */
    public Analysis analyze(String command, List<Path> paths) {
        Inputs inputs = new Inputs(new Readers(command, this::accept)).read(paths);
        List<Finding> all = findings();
        // Every finding's places to box count, also those of findings collapsed into another at the same place.
        return new Analysis(inputs.summaries(), inputs.unrecognized(), table, onePerPlace(all), suggestions(all),
                parseErrors, total);
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

    /** Every finding, worst first (before findings at one place are collapsed). */
    private List<Finding> findings() {
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
            for (Check check : Check.all()) {
                if (check.structural() && !outer) {
                    continue;
                }
                Optional<String> message = check.test(r, m, chain, config, outer);
                if (message.isEmpty()) {
                    continue;
                }
                if (suggestions == null) {
                    suggestions = suggestionsFor(r.type(), m);
                }
                SourceSpan suggested = suggestions.stream().map(Suggestion::span).filter(x -> x != null)
                        .findFirst().orElse(null);
                Place place = suggested != null ? new Place(suggested, null) : placeOf(r.type());
                if (place.span() == null && !r.limits().isEmpty()) {
                    place = errorPlace(r, place);
                }
                SourceSpan location = place.span();
                String function = place.item();
                out.add(new Finding(check.rule(), r, m, message.get(), location, function,
                        Fingerprint.of(check.rule(), r.type()), suggestions));
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

    /**
     * One finding per rule and place: the many variants of one server type (wrapped in different
     * futures, seen by different queries) are fixed at the same line, so the worst one stands for
     * them and says how many it covers.
     */
    private static List<Finding> onePerPlace(List<Finding> sorted) {
        Map<String, Finding> kept = new LinkedHashMap<>();
        Map<String, Integer> covered = new HashMap<>();
        for (Finding f : sorted) {
            String key = f.rule().id() + "|" + (f.location() != null ? f.location().toString()
                    : f.function() != null ? f.function() : f.fingerprint());
            if (kept.putIfAbsent(key, f) != null) {
                covered.merge(key, 1, Integer::sum);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Finding> e : kept.entrySet()) {
            Finding f = e.getValue();
            Integer more = covered.get(e.getKey());
            out.add(more == null ? f : new Finding(f.rule(), f.record(), f.metrics(),
                    f.message() + " (and " + more + " similar type(s) built here)", f.location(), f.function(),
                    f.fingerprint(), f.suggestions()));
        }
        return out;
    }

    /** Where to box inside one type: the operands of its binary chains, then the planner's cuts. */
    List<Suggestion> suggestionsFor(Ty type, Metrics m) {
        Map<String, Suggestion> byPlace = new LinkedHashMap<>();
        for (Chain c : chains.splitChains(type)) {
            if (c.operands().size() < 3) {
                continue;
            }
            String reason = "operand of " + c.operands().size() + " " + NodeLabel.of(c.top()).replace("<…>", "")
                    + " joined in a chain";
            for (Ty operand : c.operands()) {
                if (measurer.nodes(operand) < MIN_BOXED_NODES) {
                    continue;
                }
                Optional<SourceSpan> span = spans.outermostUserSpan(operand);
                if (span.isPresent()) {
                    put(byPlace, new Suggestion(span.get(), null, c.family(), operand,
                            measurer.nodes(operand) - 1, reason));
                }
            }
        }
        Optional<Chain> longest = chains.longest(type);
        if (longest.isPresent() && longest.get().length() > config.maxChain()) {
            // box the chain in the middle: both halves stay under the limit for twice its length
            Chain c = longest.get();
            Ty middle = c.nodes().get(c.length() / 2);
            Place place = placeOf(middle);
            put(byPlace, new Suggestion(place.span(), place.span() != null ? null : place.itemOr(describe(middle)),
                    c.family(), middle, measurer.nodes(middle) - 1,
                    "breaks a " + c.length() + "-link chain of " + c.family().name() + " in the middle"));
        }
        if (m.nodes() > config.maxNodes() || m.depth() > config.maxDepth()) {
            BoxPlanner.Plan plan = planner.plan(type, config.maxNodes(), config.maxDepth());
            for (Cut cut : plan.cuts()) {
                if (cut.savesNodes() * cut.occurrences() < MIN_BOXED_NODES - 1) {
                    continue; // the planner found nothing bigger to box: no advice beats noise
                }
                Place place = placeOf(cut.node());
                String reason = "cut to fit " + config.maxNodes() + " nodes and depth " + config.maxDepth()
                        + " (" + plan.nodesBefore() + " -> " + plan.nodesAfter() + " nodes)";
                put(byPlace, new Suggestion(place.span(), place.span() != null ? null : place.itemOr(describe(cut.node())),
                        cut.family(), cut.node(), cut.savesNodes() * cut.occurrences(), reason));
            }
        }
        List<Suggestion> out = new ArrayList<>(byPlace.values());
        out.sort(BEST_FIRST);
        return out;
    }

    /** Located before unlocated, then by nodes saved, then by place (for stable output). */
    private static final Comparator<Suggestion> BEST_FIRST = Comparator.comparing((Suggestion s) -> s.span() == null)
            .thenComparing(Suggestion::savesNodes, Comparator.reverseOrder())
            .thenComparing(Suggestion::where);

    private static void put(Map<String, Suggestion> byPlace, Suggestion s) {
        String key = s.where() + "|" + s.family().id();
        Suggestion known = byPlace.get(key);
        if (known == null || known.savesNodes() < s.savesNodes()) {
            byPlace.put(key, s);
        }
    }

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

    /** Without a span: the code that builds the subtree, named by its outermost path. */
    private static String describe(Ty t) {
        return "the code building " + TypePrinter.WITHOUT_HASHES.printShortened(t, 100);
    }

    /** All suggestions of all findings, one per place and family, most saving first. */
    private static List<Suggestion> suggestions(List<Finding> findings) {
        Map<String, Suggestion> byPlace = new LinkedHashMap<>();
        for (Finding f : findings) {
            for (Suggestion s : f.suggestions()) {
                put(byPlace, s);
            }
        }
        List<Suggestion> out = new ArrayList<>(byPlace.values());
        out.sort(BEST_FIRST);
        return out;
    }
}
