package dev.typeheat.report.lint;

import dev.typeheat.advice.Finding;

import java.io.PrintWriter;
import java.util.List;

/** GitHub Actions workflow commands: {@code ::warning file=..,line=..,col=..,title=..::message}, escaped. */
final class GithubAnnotations {
    private GithubAnnotations() {
    }

    static void write(List<Finding> findings, PrintWriter w) {
        for (Finding f : findings) {
            w.printf("::warning file=%s,line=%d,col=%d,title=%s::%s%n",
                    property(FindingText.file(f)), FindingText.line(f), FindingText.column(f),
                    property("typeheat " + f.rule().id()), data(FindingText.message(f)));
        }
    }

    /** Message data: {@code %}, CR and LF escaped. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values: also {@code :} and {@code ,}. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
