package dev.l2mac.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StackChoiceTest {

    @Test
    void a_task_that_names_no_stack_leaves_the_choice_open() {
        assertThat(StackChoice.read("Write an online chat app with rooms and users."))
                .isEqualTo(new StackChoice.Unnamed());
        assertThat(StackChoice.fixedBy(StackChoice.read("A to-do list."))).isEmpty();
    }

    @Test
    void java_maven_or_junit_names_java() {
        assertThat(stack("Build a URL shortener in Java.")).isEqualTo("java");
        assertThat(stack("A Maven project for a to-do list.")).isEqualTo("java");
        assertThat(stack("Tested with JUnit, a bank ledger.")).isEqualTo("java");
    }

    @Test
    void typescript_and_javascript_or_node_js_name_their_stacks() {
        assertThat(stack("A TypeScript library for dates.")).isEqualTo("typescript");
        assertThat(stack("A JavaScript library for dates.")).isEqualTo("javascript");
        assertThat(stack("A Node.js command-line tool.")).isEqualTo("javascript");
    }

    @Test
    void java_is_not_found_inside_javascript() {
        assertThat(stack("Write it in JavaScript.")).isEqualTo("javascript");
    }

    @Test
    void a_python_task_stays_python() {
        assertThat(stack("A Python package for matrices, tested with pytest.")).isEqualTo("python");
    }

    /** Plain English words are not stacks: a tree's node, to express a sum. */
    @Test
    void everyday_words_name_no_stack() {
        assertThat(StackChoice.read("A binary tree where each node can express its depth."))
                .isEqualTo(new StackChoice.Unnamed());
    }

    /** TypeScript builds on JavaScript: its tasks speak of Node.js and npm too. */
    @Test
    void typescript_outranks_the_javascript_words_it_builds_on() {
        assertThat(stack("A Node.js service in TypeScript, published on npm.")).isEqualTo("typescript");
    }

    @Test
    void a_task_naming_two_stacks_is_refused_saying_how_to_choose() {
        StackChoice.Reading reading = StackChoice.read("Port this Python script to Java.");

        assertThat(reading).isInstanceOf(StackChoice.Several.class);
        assertThatThrownBy(() -> StackChoice.fixedBy(reading))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The task names more than one stack: python, java. Say which"
                        + " one the codebase is written in: --stack python or --stack java (run.stack in the"
                        + " configuration, stack(...) in the library).");
    }

    @Test
    void a_language_without_a_stack_is_refused_never_written_in_python() {
        StackChoice.Reading reading = StackChoice.read("A command-line tool in Rust for counting words.");

        assertThat(reading).isEqualTo(new StackChoice.Unwritten("rust", "in rust"));
        assertThatThrownBy(() -> StackChoice.fixedBy(reading))
                .hasMessage(
                        "The task asks for rust (\"in rust\"), and there is no rust stack; the stacks are python, java,"
                                + " typescript, javascript. Choose one with --stack NAME if it will do, give --stack the"
                                + " folder of a stack of your own (a stack.yaml and its prompts), or reword the task.");
        assertThatThrownBy(() -> StackChoice.fixedBy(StackChoice.read("A service with Spring Boot and Django.")))
                .hasMessageStartingWith(
                        "The task names more than one stack: java (\"spring boot\"), python" + " (\"django\").");
        assertThat(StackChoice.read("A C++ matrix library.")).isEqualTo(new StackChoice.Unwritten("c++", "c++"));
        assertThat(StackChoice.read("An ASP.NET web API in C#.")).isInstanceOf(StackChoice.Unwritten.class);
    }

    /** Words that are also everyday English name a language only in phrases that name it. */
    @Test
    void a_rust_removal_shop_or_a_dart_board_is_not_a_language() {
        assertThat(StackChoice.read("A website for a rust removal shop, with a dart board score keeper for its"
                        + " ruby-red elixir bar, swift to load."))
                .isEqualTo(new StackChoice.Unnamed());
    }

    @Test
    void a_named_stack_outranks_words_of_other_languages() {
        assertThat(stack("A Java port of a Kotlin library.")).isEqualTo("java");
    }

    private static String stack(String task) {
        return StackChoice.fixedBy(StackChoice.read(task)).orElseThrow().name();
    }
}
