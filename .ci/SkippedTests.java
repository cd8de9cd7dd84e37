import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Prints what the last build's tests skipped, and why: it sums up the skip logs that the tests' SkipLog listener
 * writes into each module's surefire and failsafe reports. Run from the checkout:
 * {@code java .ci/SkippedTests.java [root [since]]}; with {@code since} (an ISO instant, the build's start) a log
 * older than that, left by an earlier build of a module whose tests did not run this time, is left out.
 */
public class SkippedTests {
    private static final List<String> REPORTS = List.of("surefire-reports", "failsafe-reports");
    private static final String LOG = "skipped-tests.tsv";

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Instant since = args.length > 1 ? Instant.parse(args[1]) : Instant.EPOCH;
        Map<String, Long> skipped = new TreeMap<>();
        int logs = 0;
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                for (String reports : REPORTS) {
                    Path log = module.resolve("target").resolve(reports).resolve(LOG);
                    if (Files.isRegularFile(log) && !Files.getLastModifiedTime(log).toInstant().isBefore(since)) {
                        logs++;
                        for (String line : Files.readAllLines(log)) {
                            String[] fields = line.split("\t", 3);
                            if (fields.length == 3) {
                                skipped.merge(fields[1] + ": " + fields[2], Long.parseLong(fields[0]), Long::sum);
                            }
                        }
                    }
                }
            }
        }
        if (logs == 0) {
            System.out.println("skipped: no skip logs under " + root.toAbsolutePath().normalize()
                    + "/*/target; run the tests through Maven (./mvnw verify) first");
            return;
        }
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("skipped: " + (total == 0 ? "no test was skipped" : total + " tests in all") + " ("
                + logs + " test runs)");
        skipped.forEach((where, tests) -> System.out.println("skipped: " + tests + (tests == 1 ? " test: " : " tests: ")
                + where));
    }
}
