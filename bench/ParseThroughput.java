import dev.typeheat.input.InputFiles;
import dev.typeheat.measure.Measurer;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.TypeParser;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse + measure throughput of the type grammar, in MB/s of type text.
 *
 *   java -cp target/typeheat.jar bench/ParseThroughput.java [--rounds N] FILE...
 *
 * Each FILE holds one type per line (a tab-separated "label<TAB>type" line counts its type); .gz works.
 * Every round parses all types with a fresh parser and interner, so sharing across rounds does not help.
 * The first round is a warm-up and not counted.
 */
public class ParseThroughput {
    public static void main(String[] args) throws Exception {
        int rounds = 5;
        List<String> types = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
                continue;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(InputFiles.open(Path.of(args[i])), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int tab = line.indexOf('\t');
                    String t = tab >= 0 ? line.substring(tab + 1) : line;
                    if (!t.isBlank()) {
                        types.add(t);
                    }
                }
            }
        }
        long chars = types.stream().mapToLong(String::length).sum();
        System.out.printf("%,d types, %.1f MB of text%n", types.size(), chars / 1e6);
        double best = 0;
        double sum = 0;
        for (int round = 0; round <= rounds; round++) {
            TypeParser parser = new TypeParser();
            Measurer measurer = new Measurer();
            long start = System.nanoTime();
            long depth = 0;
            for (String t : types) {
                ParsedType p = parser.parse(t);
                if (p.root() != null) {
                    depth += measurer.measure(p.root()).depth();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double mbs = chars / 1e6 / seconds;
            System.out.printf("round %d%s: %.2f s, %.1f MB/s (checksum %d)%n", round, round == 0 ? " (warm-up)" : "",
                    seconds, mbs, depth);
            if (round > 0) {
                best = Math.max(best, mbs);
                sum += mbs;
            }
        }
        System.out.printf("parse + measure: mean %.1f MB/s, best %.1f MB/s over %d rounds%n", sum / rounds, best, rounds);
    }
}
