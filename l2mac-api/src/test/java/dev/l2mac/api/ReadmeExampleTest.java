package dev.l2mac.api;

import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.program.Bootstrapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example, compiled as it stands against this module's class path (the engine, the provider
 * adapters and this module: no command line, no evaluations), then run with the model and workspace pointed at a
 * local chat-completions server and a temporary folder.
 */
class ReadmeExampleTest {
    private static final Pattern EXAMPLE = Pattern.compile("## Library API.*?```java\\n(.*?)```", Pattern.DOTALL);
    /** What a library must not bring its host: the command line, the evaluations, a logging binding. */
    private static final Pattern LEFT_OUT =
            Pattern.compile("l2mac-cli|l2mac-eval|picocli|slf4j-(nop|simple|jdk14|reload4j|log4j)|logback|log4j-slf4j");

    private static final String MODEL = "OpenAi.model(\"gpt-4o\")";
    private static final String WORKSPACE = "Path.of(\"url-shortener\")";
    private static final String IMPORTS = """
            import dev.l2mac.api.*;
            import dev.l2mac.check.Language;
            import dev.l2mac.control.RunResult;
            import java.nio.file.Path;
            """;

    @TempDir
    Path temp;

    @Test
    void the_readme_example_compiles_against_the_library_alone_and_runs() throws Exception {
        String example = readmeExample();
        assertThat(example)
                .as("the example's model and workspace, which the run replaces")
                .contains(MODEL, WORKSPACE);
        compile("AsWritten", example);

        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(
                    toolCalls(call(Bootstrapper.PLAN_TOOL.name(), "{\"steps\": [\"Write app.py.\"]}")),
                    toolCalls(call(
                            "write_files",
                            "{\"list_of_file_objects\": [{\"file_path\": \"app.py\","
                                    + " \"file_contents\": \"print(1)\\n\"}]}")),
                    toolCalls(call("sub_task_step_complete", "{}")),
                    text("Wrote app.py."));
            Path workspace = temp.resolve("url-shortener");
            String pointed = example.replace(MODEL, "OpenAi.compatible(\"" + server.baseUrl() + "\", \"gpt-4o\")")
                    .replace(WORKSPACE, "Path.of(\"" + workspace.toString().replace("\\", "\\\\") + "\")");

            String printed = run(compile("Pointed", pointed));

            assertThat(Files.readString(workspace.resolve("app.py"))).isEqualTo("print(1)\n");
            assertThat(printed).contains("RunFinished", "[app.py]");
            assertThat(server.requests()).hasSize(4);
        }
    }

    private static ToolCall call(String name, String arguments) {
        return new ToolCall("call_" + name, name, arguments);
    }

    private static String readmeExample() throws IOException {
        Path folder = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(folder.resolve("README.md")) || !Files.isDirectory(folder.resolve("l2mac-api"))) {
            folder = folder.getParent();
            assertThat(folder)
                    .as("the project's README.md above the working folder")
                    .isNotNull();
        }
        Matcher example = EXAMPLE.matcher(Files.readString(folder.resolve("README.md")));
        assertThat(example.find())
                .as("a java block in the README's Library API section")
                .isTrue();
        return example.group(1);
    }

    /** Compiles {@code body} as the main method of class {@code name}; returns the folder of its class. */
    private Path compile(String name, String body) throws IOException {
        Path sources = Files.createDirectories(temp.resolve("src-" + name));
        Path classes = Files.createDirectories(temp.resolve("classes-" + name));
        Path source = Files.writeString(
                sources.resolve(name + ".java"),
                IMPORTS + "public class " + name + " {\n    public static void main(String[] args) {\n" + body
                        + "\n    }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(
                null,
                null,
                errors,
                "-d",
                classes.toString(),
                "-classpath",
                classPath(),
                "--release",
                "21",
                source.toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** The test's class path as Surefire gives it: this module's classes and its dependencies. */
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = List.of(path.split(File.pathSeparator));
        assertThat(entries)
                .as("no command-line or evaluation module, and no logging binding, on the class path")
                .isNotEmpty()
                .noneMatch(entry -> LEFT_OUT.matcher(artifact(Path.of(entry))).find());
        return path;
    }

    /** A jar's file name, or the module folder of a build's classes folder ({@code l2mac-core/target/classes}). */
    private static String artifact(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(".jar") || entry.getNameCount() < 3
                ? name
                : entry.getParent().getParent().getFileName().toString();
    }

    private static String run(Path classes) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("Pointed").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
