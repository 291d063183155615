package dev.typeheat.advice;

import java.util.List;
import java.util.Set;

/**
 * A combinator family: the type paths that belong to it and how to cut its types.
 *
 * @param id         stable identifier ({@code warp-filter}); used in fingerprints and config overrides
 * @param name       for people ({@code warp filters})
 * @param paths      exact type paths
 * @param prefixes   path prefixes ({@code warp::filter::})
 * @param shortNames last segments that identify the family when rustc trimmed the path ({@code Map<..>})
 * @param split      binary combinators whose operands are where to box ({@code Or}: box each route)
 * @param closures   closure kinds that belong to the family ({@code async block})
 * @param remedy     the API to use ({@code Filter::boxed()})
 * @param call       the exact call to add ({@code .boxed()})
 * @param boxedType  the type the remedy produces ({@code warp::filter::BoxedFilter<(T,)>})
 * @param note       extra advice, may be empty
 * @param boxPrefix  text the edit puts before the boxed expression ({@code Box::new(}), may be empty
 * @param boxSuffix  text the edit puts after it ({@code .boxed()}); both empty: no edit, advice only
 * @param requires   what the remedy needs of the value ({@code Send + Sync + 'static}), may be empty
 * @param errorBecomes the error type the boxed value has ({@code warp::Rejection}), or empty when it keeps its own
 */
public record Family(String id, String name, Set<String> paths, List<String> prefixes, Set<String> shortNames,
                     Set<String> split, List<String> closures, String remedy, String call, String boxedType,
                     String note, String boxPrefix, String boxSuffix, String requires, String errorBecomes) {

    /** True when typeheat can write the remedy into the source. */
    public boolean editable() {
        return !boxPrefix.isEmpty() || !boxSuffix.isEmpty();
    }

    /** True when {@code path} (a full or trimmed type path without generic arguments) belongs here. */
    public boolean matchesPath(String path) {
        if (paths.contains(path)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean matchesShortName(String name) {
        return shortNames.contains(name);
    }
}
