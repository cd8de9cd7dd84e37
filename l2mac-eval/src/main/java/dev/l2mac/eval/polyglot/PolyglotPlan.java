package dev.l2mac.eval.polyglot;

import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One polyglot evaluation: which exercises, how solutions are made, and where the reports go.
 *
 * @param dataDir   the benchmark's folder, holding {@code java/}, {@code python/}, {@code javascript/} as in
 *                  Aider-AI/polyglot-benchmark
 * @param exercises the exercise names to evaluate; empty for all of the language's
 * @param attempts  {@value #MIN_ATTEMPTS} or {@value #MAX_ATTEMPTS}; the second sees the first's failing tests
 * @param output    the folder that receives the reports (and, for {@code l2mac}, the runs' workspaces)
 * @param timeout   the limit for one exercise's tests (Java: compiling and running together)
 * @param run       the machine's settings for {@code l2mac} (its workspace is replaced per exercise) and the
 *                  sampling temperature for both methods
 * @param toolCache where the JUnit and AssertJ jars and the installed Jest are kept between evaluations
 */
public record PolyglotPlan(
        Path dataDir,
        PolyglotLanguage language,
        List<String> exercises,
        Method method,
        int attempts,
        Path output,
        Duration timeout,
        RunSettings run,
        Path toolCache) {
    public static final int MIN_ATTEMPTS = 1;
    public static final int MAX_ATTEMPTS = 2;
    /** Enough for javac and the JUnit launcher on a loaded machine; Aider's benchmark allows three minutes. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

    static final String WORKSPACES = "workspaces";

    /** How solutions are made. */
    public enum Method {
        /** One request per attempt with the instructions and stub files; files parsed from the reply. */
        DIRECT,
        /** The whole machine in a copy of the stub. */
        L2MAC;

        /** {@code direct} or {@code l2mac}, as typed. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws PolyglotException naming the methods there are */
        public static Method parse(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "direct" -> DIRECT;
                case "l2mac" -> L2MAC;
                default -> throw new PolyglotException("unknown method '" + name + "'; use l2mac or direct");
            };
        }
    }

    public PolyglotPlan {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(language, "language");
        exercises = List.copyOf(exercises);
        Objects.requireNonNull(method, "method");
        if (attempts < MIN_ATTEMPTS || attempts > MAX_ATTEMPTS) {
            throw new PolyglotException(
                    "--attempts must be " + MIN_ATTEMPTS + " or " + MAX_ATTEMPTS + ", was " + attempts);
        }
        Objects.requireNonNull(output, "output");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new PolyglotException("the per-exercise timeout must be positive, was " + timeout);
        }
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(toolCache, "toolCache");
    }

    /** A plan with the default timeout, the default run settings and the user's tool cache. */
    public static PolyglotPlan of(
            Path dataDir, PolyglotLanguage language, List<String> exercises, Method method, int attempts, Path output) {
        return new PolyglotPlan(
                dataDir,
                language,
                exercises,
                method,
                attempts,
                output,
                DEFAULT_TIMEOUT,
                RunSettings.defaults(output.resolve(WORKSPACES)),
                JUnitLauncherJar.defaultCacheDirectory());
    }

    public PolyglotPlan withTimeout(Duration limit) {
        return new PolyglotPlan(dataDir, language, exercises, method, attempts, output, limit, run, toolCache);
    }

    public PolyglotPlan withRun(RunSettings settings) {
        return new PolyglotPlan(dataDir, language, exercises, method, attempts, output, timeout, settings, toolCache);
    }

    public PolyglotPlan withToolCache(Path folder) {
        return new PolyglotPlan(dataDir, language, exercises, method, attempts, output, timeout, run, folder);
    }
}
