import dev.typeheat.input.InputFiles;
import dev.typeheat.measure.Measurer;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.TypeParser;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
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
 * The first round is a warm-up and not counted. Each round also reports the main thread's CPU time, which
 * a busy machine disturbs less than the wall time (the JIT and the collector run on threads of their own),
 * and the bytes it allocated, which no load changes.
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
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double best = 0;
        double sum = 0;
        List<Double> cpus = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            TypeParser parser = new TypeParser();
            Measurer measurer = new Measurer();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long bytesStart = threads.getCurrentThreadAllocatedBytes();
            long depth = 0;
            for (String t : types) {
                ParsedType p = parser.parse(t);
                if (p.root() != null) {
                    depth += measurer.measure(p.root()).depth();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double allocated = (threads.getCurrentThreadAllocatedBytes() - bytesStart) / 1e6;
            double mbs = chars / 1e6 / seconds;
            System.out.printf("round %d%s: %.2f s, %.1f MB/s, main thread CPU %.2f s, %,.0f MB allocated (checksum %d)%n",
                    round, round == 0 ? " (warm-up)" : "", seconds, mbs, cpu, allocated, depth);
            if (round > 0) {
                best = Math.max(best, mbs);
                sum += mbs;
                cpus.add(cpu);
            }
        }
        cpus.sort(null);
        System.out.printf("parse + measure: mean %.1f MB/s, best %.1f MB/s over %d rounds; main thread CPU median %.2f s%n",
                sum / rounds, best, rounds, cpus.get(cpus.size() / 2));
    }
}
