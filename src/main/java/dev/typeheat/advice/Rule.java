package dev.typeheat.advice;

/** The lint rules: stable ids (they are in baselines and SARIF), and what each means. */
public enum Rule {
    DEEP_TYPE("deep-type", "Type nested too deeply",
            "A type whose tree is deeper than the threshold. Deep combinator types make rustc's trait "
                    + "solver and type-length checks slow, and each level multiplies monomorphized code.",
            "Box the combinator chain at the suggested place (Filter::boxed(), FutureExt::boxed(), "
                    + "BoxCloneService, Box<dyn Iterator>) so the type stops growing there."),
    LONG_CHAIN("long-chain", "Long combinator chain",
            "Directly nested combinators of one family (Or<Or<Or<..>>>, Map<Filter<Zip<..>>>) longer than "
                    + "the threshold. Each link wraps the whole chain before it.",
            "Box the operands of the chain (each route before .or(), each stream before .chain()) or box "
                    + "the chain in the middle."),
    SLOW_OBLIGATION("slow-obligation", "Slow trait obligation over a large type",
            "rustc spent more self time than the threshold in queries (evaluate_obligation, "
                    + "normalize_canonicalized_projection, codegen_select_candidate, ...) over this type.",
            "Shrink the type with .boxed() at the suggested place; rustc then proves the bound once "
                    + "for the boxed type."),
    BLOATED_GENERIC("bloated-generic", "Bloated generic type",
            "A type with more tree nodes than the threshold, or whose instantiations produce more LLVM IR "
                    + "lines than the threshold.",
            "Box the heaviest parts (typeheat suggest lists the cuts that bring the type under the budget)."),
    RUSTC_LIMIT("rustc-limit", "rustc gave up on a type",
            "rustc stopped on this type: E0275 (it overflowed its recursion limit, default 128, proving a "
                    + "requirement through a chain of nested types), the type-length limit (the number of types and "
                    + "consts in one instantiation) or the recursion limit while instantiating, or it crashed in a "
                    + "query over it.",
            "Box the combinator chain where it is built (Filter::boxed(), FutureExt::boxed(), Box<dyn Iterator>) "
                    + "so the type stops nesting there. Raising #![recursion_limit] or #![type_length_limit] only lets "
                    + "rustc spend longer on the same type.");

    private final String id;
    private final String title;
    private final String description;
    private final String help;

    Rule(String id, String title, String description, String help) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.help = help;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String help() {
        return help;
    }
}
