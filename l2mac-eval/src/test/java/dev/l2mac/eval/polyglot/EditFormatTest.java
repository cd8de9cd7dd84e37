package dev.l2mac.eval.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditFormatTest {
    private static final PolyglotExercise EXERCISE = new PolyglotExercise(
            PolyglotLanguage.JAVA,
            "demo",
            Path.of("demo"),
            "Do it.",
            Map.of("src/main/java/Demo.java", "class Demo {}\n"),
            Map.of("src/main/java/Helper.java", "class Helper {}\n"),
            Map.of("src/test/java/DemoTest.java", "class DemoTest {}\n"),
            Map.of());

    @Test
    void takes_each_file_from_the_path_line_before_its_block() {
        String reply = "Sure.\n\nsrc/main/java/Demo.java\n```java\nclass Demo { int x; }\n```\n\n"
                + "src/main/java/Extra.java\n```java\nclass Extra {}\n```\n";

        assertThat(EditFormat.parse(reply, EXERCISE))
                .isEqualTo(new EditFormat.Parsed.WellFormed(Map.of(
                        "src/main/java/Demo.java",
                        "class Demo { int x; }\n",
                        "src/main/java/Extra.java",
                        "class Extra {}\n")));
    }

    @Test
    void refuses_replies_outside_the_format() {
        assertThat(problem("no code at all")).contains("no fenced code block");
        assertThat(problem("```java\nclass Demo {}\n```\n")).contains("no code block is preceded");
        assertThat(problem("src/main/java/Demo.java\n```java\nclass Demo {}\n```\n```java\nclass B {}\n```\n"))
                .contains("not preceded by a line naming its file");
        assertThat(problem("src/test/java/DemoTest.java\n```java\nclass DemoTest {}\n```\n"))
                .contains("may not be changed");
        assertThat(problem("src/main/java/Helper.java\n```java\nclass Helper {}\n```\n"))
                .contains("may not be changed");
        assertThat(problem("build.gradle\n```\nplugins {}\n```\n")).contains("neither a solution file");
    }

    private static String problem(String reply) {
        return ((EditFormat.Parsed.Malformed) EditFormat.parse(reply, EXERCISE)).reason();
    }
}
