package dev.l2mac.control;

import dev.l2mac.testing.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What this project's Maven build hands its tests ({@code l2mac-core/pom.xml}): the Maven running it, its local
 * repository, and the JUnit and plugin versions it put there, so that a generated project declaring the same
 * versions builds offline.
 *
 * @param mavenHome  the Maven running this build
 * @param repository its local repository
 * @param junit      the JUnit Jupiter version of this build's tests
 * @param resources  the version of maven-resources-plugin
 * @param compiler   the version of maven-compiler-plugin
 * @param surefire   the version of maven-surefire-plugin
 */
record ThisBuild(Path mavenHome, Path repository, String junit, String resources, String compiler, String surefire) {

    private static final String PREFIX = "l2mac.build.";

    /** The build's facts; the calling test fails under CI (and is skipped elsewhere) when Maven did not pass them. */
    static ThisBuild current() {
        List<String> names = List.of(
                "maven.home",
                "repository",
                "junit.version",
                "resources.version",
                "compiler.version",
                "surefire.version");
        List<String> values = new ArrayList<>();
        for (String name : names) {
            String value = System.getProperty(PREFIX + name, "");
            Requirements.require(
                    !value.isBlank() && !value.contains("${"),
                    () -> "the system property " + PREFIX + name + ", which this project's Maven build sets for its"
                            + " tests (l2mac-core/pom.xml); run the test through ./mvnw");
            values.add(value);
        }
        ThisBuild build = new ThisBuild(
                Path.of(values.get(0)),
                Path.of(values.get(1)),
                values.get(2),
                values.get(3),
                values.get(4),
                values.get(5));
        Requirements.require(Files.isExecutable(build.mvn()), () -> "the Maven running this build, at " + build.mvn());
        return build;
    }

    /** The {@code mvn} command of the Maven running this build. */
    Path mvn() {
        return mavenHome.resolve("bin").resolve("mvn");
    }

    /** {@code mvn} running {@code goals} offline against this build's repository, in batch mode. */
    List<String> offline(String... goals) {
        return Stream.concat(
                        Stream.of(
                                mvn().toString(),
                                "-B",
                                "-o",
                                "-Dmaven.repo.local=" + repository,
                                "-Dstyle.color=never"),
                        Stream.of(goals))
                .toList();
    }
}
