package dev.l2mac.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackChoiceTest {

    @Test
    void a_task_that_names_no_stack_is_python() {
        assertThat(StackChoice.inferred("Write an online chat app with rooms and users.")
                        .name())
                .isEqualTo("python");
    }

    @Test
    void java_maven_or_junit_names_java() {
        assertThat(StackChoice.inferred("Build a URL shortener in Java.").name())
                .isEqualTo("java");
        assertThat(StackChoice.inferred("A Maven project for a to-do list.").name())
                .isEqualTo("java");
        assertThat(StackChoice.inferred("Tested with JUnit, a bank ledger.").name())
                .isEqualTo("java");
    }

    @Test
    void typescript_and_javascript_or_node_name_their_stacks() {
        assertThat(StackChoice.inferred("A TypeScript library for dates.").name())
                .isEqualTo("typescript");
        assertThat(StackChoice.inferred("A JavaScript library for dates.").name())
                .isEqualTo("javascript");
        assertThat(StackChoice.inferred("A Node.js command-line tool.").name()).isEqualTo("javascript");
    }

    @Test
    void java_is_not_found_inside_javascript() {
        assertThat(StackChoice.inferred("Write it in JavaScript.").name()).isEqualTo("javascript");
    }

    @Test
    void a_python_task_stays_python() {
        assertThat(StackChoice.inferred("A Python package for matrices, tested with pytest.")
                        .name())
                .isEqualTo("python");
    }

    /** Two languages: the one the task names first wins, here Java before JavaScript and Python before Java. */
    @Test
    void of_two_languages_the_one_named_first_wins() {
        assertThat(StackChoice.inferred("A Java server with a JavaScript client.")
                        .name())
                .isEqualTo("java");
        assertThat(StackChoice.inferred("A JavaScript client for a Java server.")
                        .name())
                .isEqualTo("javascript");
        assertThat(StackChoice.inferred("Port this Python script to Java.").name())
                .isEqualTo("python");
    }
}
