package dev.l2mac.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceStackTest {

    @Test
    void the_language_of_most_source_files_decides() {
        assertThat(WorkspaceStack.of(List.of("pom.xml", "src/main/java/a/A.java", "src/main/java/a/B.java", "x.py")))
                .map(Stack::name)
                .contains("java");
        assertThat(WorkspaceStack.of(List.of("src/index.ts", "src/cart.ts", "jest.config.js")))
                .map(Stack::name)
                .contains("typescript");
        assertThat(WorkspaceStack.of(List.of("app/__init__.py", "app/cart.py", "README.md")))
                .map(Stack::name)
                .contains("python");
    }

    @Test
    void no_source_files_or_a_tie_decide_nothing() {
        assertThat(WorkspaceStack.of(List.of())).isEmpty();
        assertThat(WorkspaceStack.of(List.of("README.md", "notes.txt"))).isEmpty();
        assertThat(WorkspaceStack.of(List.of("server.py", "Client.java"))).isEmpty();
    }
}
