package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.Launcher;
import dev.l2mac.config.Settings;
import dev.l2mac.settings.RunSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String[] LOCAL_MODEL = {"--model", "llama3.1", "--base-url", "http://localhost:11434/v1"};

    @TempDir
    Path root;

    private Path workingDir;
    private Path home;
    private final Map<String, String> environment = new HashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Launch> launches = new ArrayList<>();
    private Launcher launcher = this::record;

    private record Launch(Settings settings, String domain, String task) {}

    private int record(Settings settings, String domain, String task, PrintStream out, PrintStream err) {
        launches.add(new Launch(settings, domain, task));
        return ExitCode.SUCCESS;
    }

    @BeforeEach
    void folders() throws IOException {
        workingDir = Files.createDirectories(root.resolve("project"));
        home = Files.createDirectories(root.resolve("home"));
    }

    private int run(String... args) {
        Invocation invocation = new Invocation(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                environment,
                workingDir,
                home,
                (settings, domain, task, o, e) -> launcher.launch(settings, domain, task, o, e));
        return Main.execute(args, invocation);
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.addAll(List.of(base));
        return all.toArray(String[]::new);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void help_lists_the_commands_and_exits_zero() {
        assertThat(run("--help")).isEqualTo(ExitCode.SUCCESS);

        assertThat(out())
                .contains("Usage: l2mac")
                .contains("codebase")
                .contains("book")
                .contains("Exit codes");
        assertThat(launches).isEmpty();
    }

    @Test
    void help_lists_every_exit_code_of_the_command_and_of_the_readme() throws IOException {
        assertThat(run("--help")).isEqualTo(ExitCode.SUCCESS);

        List<String> listed = out().lines()
                .dropWhile(line -> !line.equals("Exit codes:"))
                .skip(1)
                .takeWhile(line -> !line.isBlank())
                .toList();
        assertThat(listed)
                .containsExactly(
                        "  0    success",
                        "  1    the run failed",
                        "  2    usage or configuration error (nothing was run)",
                        "  3    the model provider failed (bad key, unknown model, unreachable server)",
                        "  4    a budget was reached: the run stopped before crossing it; output kept",
                        "  130  interrupted");
        assertThat(codes(listed, "^ +(\\d+) .*")).as("the codes of ExitCode").isEqualTo(exitCodeConstants());
        List<String> readme = Files.readAllLines(Path.of("..", "README.md")).stream()
                .dropWhile(line -> !line.equals("## Exit codes"))
                .skip(1)
                .takeWhile(line -> !line.startsWith("## "))
                .toList();
        assertThat(codes(readme, "^\\| (\\d+) \\|.*"))
                .as("README.md's table of exit codes")
                .isEqualTo(exitCodeConstants());
    }

    private static List<Integer> codes(List<String> lines, String pattern) {
        return lines.stream()
                .filter(line -> line.matches(pattern))
                .map(line -> Integer.valueOf(line.replaceFirst(pattern, "$1")))
                .toList();
    }

    private static List<Integer> exitCodeConstants() {
        return java.util.Arrays.stream(ExitCode.class.getDeclaredFields())
                .filter(field -> java.lang.reflect.Modifier.isStatic(field.getModifiers()))
                .map(field -> {
                    try {
                        return field.getInt(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted()
                .toList();
    }

    @Test
    void command_help_lists_the_options() {
        assertThat(run("codebase", "--help")).isEqualTo(ExitCode.SUCCESS);

        assertThat(out())
                .contains("--model")
                .contains("--base-url")
                .contains("--task-file")
                .contains("--no-checks");
    }

    @Test
    void version_names_the_program() {
        assertThat(run("--version")).isEqualTo(ExitCode.SUCCESS);

        assertThat(out())
                .startsWith("l2mac ")
                .contains("Java " + Runtime.version().feature());
    }

    @Test
    void unknown_flag_is_a_usage_error_with_a_hint() {
        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app", "--frobnicate")))
                .isEqualTo(ExitCode.USAGE);

        assertThat(err())
                .startsWith("l2mac: unknown option: '--frobnicate'")
                .contains("Run 'l2mac codebase --help' for usage.");
        assertThat(launches).isEmpty();
    }

    @Test
    void malformed_number_option_is_a_usage_error_naming_the_option() {
        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app", "--steps", "many")))
                .isEqualTo(ExitCode.USAGE);

        assertThat(err())
                .startsWith("l2mac: invalid value for option '--steps'")
                .contains("many");
    }

    @Test
    void missing_task_is_a_usage_error() {
        assertThat(run(with(LOCAL_MODEL, "book"))).isEqualTo(ExitCode.USAGE);

        assertThat(err()).startsWith("l2mac: no task given").contains("Run 'l2mac book --help' for usage.");
    }

    @Test
    void no_command_is_a_usage_error() {
        assertThat(run()).isEqualTo(ExitCode.USAGE);

        assertThat(err()).startsWith("l2mac: no command given; choose one of: codebase, book");
    }

    @Test
    void no_model_exits_with_the_configuration_hint() {
        assertThat(run("codebase", "a todo app")).isEqualTo(ExitCode.USAGE);

        assertThat(err())
                .startsWith("l2mac: no model is configured")
                .contains("export OPENAI_API_KEY=... and --model gpt-4o")
                .contains("ollama serve; l2mac codebase \"...\" --base-url http://localhost:11434/v1 --model llama3.1")
                .contains("~/.l2mac/config.yaml")
                .doesNotContain("\tat ");
        assertThat(launches).isEmpty();
    }

    @Test
    void hands_the_resolved_settings_to_the_launcher() {
        int code = run(with(
                LOCAL_MODEL,
                "codebase",
                "Build",
                "a",
                "todo",
                "app",
                "--steps",
                "3",
                "--no-checks",
                "--tools",
                "view_files,write_files"));

        assertThat(code).isEqualTo(ExitCode.SUCCESS);
        assertThat(launches).singleElement().satisfies(launch -> {
            assertThat(launch.domain()).isEqualTo("codebase");
            assertThat(launch.task()).isEqualTo("Build a todo app");
            assertThat(launch.settings().llm().model()).isEqualTo("llama3.1");
            assertThat(launch.settings().run().limits().maxSteps()).isEqualTo(3);
            assertThat(launch.settings().run().checks().enabled()).isFalse();
            assertThat(launch.settings().run().policy().tools()).containsExactly("view_files", "write_files");
            assertThat(launch.settings().run().workspace())
                    .isEqualTo(workingDir.resolve(RunSettings.DEFAULT_WORKSPACE));
        });
    }

    @Test
    void reads_the_task_from_a_file_relative_to_the_working_folder() throws IOException {
        Files.writeString(workingDir.resolve("task.txt"), "Write a novel about a lighthouse.\n");

        assertThat(run(with(LOCAL_MODEL, "book", "--task-file", "task.txt"))).isEqualTo(ExitCode.SUCCESS);

        assertThat(launches).singleElement().satisfies(launch -> {
            assertThat(launch.domain()).isEqualTo("book");
            assertThat(launch.task()).isEqualTo("Write a novel about a lighthouse.");
        });
    }

    @Test
    void task_as_text_and_file_together_is_a_usage_error() throws IOException {
        Files.writeString(workingDir.resolve("task.txt"), "a task");

        assertThat(run(with(LOCAL_MODEL, "book", "other task", "--task-file", "task.txt")))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("not both");
    }

    @Test
    void missing_program_file_exits_naming_the_file() {
        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app", "--program", "plan.yaml")))
                .isEqualTo(ExitCode.USAGE);

        assertThat(err())
                .startsWith("l2mac: program file " + workingDir.resolve("plan.yaml") + " does not exist")
                .contains("--program");
        assertThat(launches).isEmpty();
    }

    @Test
    void existing_program_file_is_passed_on() throws IOException {
        Path plan = Files.writeString(workingDir.resolve("plan.yaml"), "steps: []\n");

        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app", "--program", "plan.yaml")))
                .isEqualTo(ExitCode.SUCCESS);
        assertThat(launches)
                .singleElement()
                .satisfies(l -> assertThat(l.settings().programFile()).contains(plan));
    }

    @Test
    void missing_config_file_exits_naming_the_file() {
        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app", "--config", "nowhere.yaml")))
                .isEqualTo(ExitCode.USAGE);

        assertThat(err()).startsWith("l2mac: config file " + workingDir.resolve("nowhere.yaml") + " does not exist");
    }

    @Test
    void config_option_replaces_the_user_file() throws IOException {
        Files.writeString(workingDir.resolve("team.yaml"), "llm:\n  model: team-model\n  base_url: http://h:1/v1\n");

        assertThat(run("codebase", "a todo app", "--config", "team.yaml")).isEqualTo(ExitCode.SUCCESS);
        assertThat(launches)
                .singleElement()
                .satisfies(l -> assertThat(l.settings().llm().model()).isEqualTo("team-model"));
    }

    @Test
    void malformed_project_file_exits_naming_it() throws IOException {
        Files.writeString(workingDir.resolve("l2mac.yaml"), "llm:\n  model: [oops\n");

        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app"))).isEqualTo(ExitCode.USAGE);

        assertThat(err()).startsWith("l2mac: malformed YAML in " + workingDir.resolve("l2mac.yaml"));
    }

    @Test
    void returns_the_launcher_exit_code() {
        launcher = (settings, domain, task, o, e) -> ExitCode.PROVIDER;

        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app"))).isEqualTo(ExitCode.PROVIDER);
    }

    @Test
    void unexpected_failure_is_one_line_without_a_stack_trace_unless_verbose() {
        launcher = (settings, domain, task, o, e) -> {
            throw new IllegalStateException("disk on fire");
        };

        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app"))).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(err())
                .startsWith("l2mac: unexpected failure: java.lang.IllegalStateException: disk on fire")
                .contains("--verbose")
                .doesNotContain("\tat ");

        err.reset();
        assertThat(run(with(LOCAL_MODEL, "codebase", "a todo app", "--verbose")))
                .isEqualTo(ExitCode.RUN_FAILED);
        assertThat(err()).contains("\tat ");
    }

    @Test
    void environment_reaches_the_loader() {
        environment.put("L2MAC_MODEL", "from-env");
        environment.put("L2MAC_BASE_URL", "http://localhost:8000/v1");

        assertThat(run("codebase", "a todo app")).isEqualTo(ExitCode.SUCCESS);
        assertThat(launches)
                .singleElement()
                .satisfies(l -> assertThat(l.settings().llm().model()).isEqualTo("from-env"));
    }
}
