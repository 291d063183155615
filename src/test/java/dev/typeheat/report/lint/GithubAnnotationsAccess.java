package dev.typeheat.report.lint;

/** Test access to the package-private escaping functions. */
public final class GithubAnnotationsAccess {
    private GithubAnnotationsAccess() {
    }

    public static String data(String s) {
        return GithubAnnotations.data(s);
    }

    public static String property(String s) {
        return GithubAnnotations.property(s);
    }
}
