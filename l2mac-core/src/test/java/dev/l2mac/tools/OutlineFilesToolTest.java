package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.Grammars;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.testing.Requirements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutlineFilesToolTest {

    private final InMemoryFileStore store = new InMemoryFileStore(100_000);

    @BeforeEach
    void requireTreeSitter() {
        Requirements.require(Grammars.loads(), "tree-sitter's native library, which does not load here");
    }

    private ToolResult outline(int maxChars, String arguments) {
        return new OutlineFilesTool(store, maxChars).call(json(arguments));
    }

    private String outline(String file, String content) throws MemoryException {
        store.write(file, content);
        return outline(10_000, "{\"files\": [\"" + file + "\"]}").text();
    }

    @Test
    void outlines_python_classes_functions_and_methods() throws MemoryException {
        assertThat(outline("app/shapes.py", """
                import math

                class Circle:
                    def __init__(self, r):
                        self.r = r

                    @property
                    def area(self):
                        return math.pi * self.r ** 2

                def main():
                    print(Circle(1).area)
                """)).isEqualTo("""
                --- app/shapes.py ---
                class Circle: lines 3-9
                  def __init__(self, r): lines 4-5
                  def area(self): lines 7-9
                def main(): lines 11-12
                """);
    }

    @Test
    void outlines_java_types_constructors_and_methods() throws MemoryException {
        assertThat(outline("src/Shop.java", """
                package shop;

                public class Shop {
                    private final int size;

                    public Shop(int size) {
                        this.size = size;
                    }

                    @Override
                    public String toString() { return "Shop"; }

                    record Item(String name, long cents) {}
                }
                """)).isEqualTo("""
                --- src/Shop.java ---
                class Shop: lines 3-14
                  constructor Shop(int size): lines 6-8
                  method toString(): lines 10-11
                  record Item(String name, long cents): line 13
                """);
    }

    @Test
    void outlines_javascript_functions_classes_and_bound_arrows() throws MemoryException {
        assertThat(outline("web/cart.js", """
                export function total(items) {
                  return items.reduce((sum, item) => sum + item.price, 0);
                }

                class Cart {
                  add(item) {
                    this.items.push(item);
                  }
                }

                const format = (cents) => `$${cents / 100}`;
                """)).isEqualTo("""
                --- web/cart.js ---
                function total(items): lines 1-3
                class Cart: lines 5-9
                  method add(item): lines 6-8
                function format(cents): line 11
                """);
    }

    @Test
    void outlines_typescript_interfaces_classes_and_methods() throws MemoryException {
        assertThat(outline("src/repo.ts", """
                interface Repo {
                  find(id: string): Item;
                }

                export abstract class Base implements Repo {
                  abstract find(id: string): Item;
                  protected log(message: string): void {
                    console.log(message);
                  }
                }
                """)).isEqualTo("""
                --- src/repo.ts ---
                interface Repo: lines 1-3
                  method find(id: string): line 2
                abstract class Base: lines 5-10
                  abstract method find(id: string): line 6
                  method log(message: string): lines 7-9
                """);
    }

    @Test
    void says_which_languages_are_outlined_and_refuses_missing_files_per_entry() throws MemoryException {
        store.write("README.md", "# Shop\n");
        store.write("a.py", "def f():\n    pass\n");
        assertThat(outline(10_000, "{\"files\": [\"README.md\", \"gone.py\", \"../x.py\", \"a.py\"]}"))
                .isEqualTo(new ToolResult.Ok("""
                        File 'gone.py' does not exist; check the path against the project's file list (paths are\
                         relative to the project root and case-sensitive).
                        %s

                        --- README.md ---
                        Outlines cover Python, Java, JavaScript and TypeScript files only; view this file with\
                         view_files.
                        --- a.py ---
                        def f(): lines 1-2
                        """.formatted(refusal("../x.py"))));
        assertThat(outline(10_000, "{\"files\": [\"gone.py\"]}")).isInstanceOf(ToolResult.Error.class);
        assertThat(outline(10_000, "{\"files\": []}"))
                .isEqualTo(new ToolResult.Error("outline_files argument 'files' is an empty list; give at least one"
                        + " item, for example {\"files\": [\"app/main.py\", \"src/App.java\"]}."));
    }

    @Test
    void notes_syntax_errors_and_empty_outlines() throws MemoryException {
        assertThat(outline("x.py", "x = 1\n")).isEqualTo("--- x.py ---\n(no classes, functions or methods)\n");
        assertThat(outline("y.py", "def ok():\n    pass\n\ndef broken(:\n"))
                .startsWith("--- y.py ---\ndef ok(): lines 1-2\n")
                .endsWith(OutlineFilesTool.SYNTAX_ERRORS + "\n");
    }

    @Test
    void keeps_within_the_view_and_names_what_was_not_outlined() throws MemoryException {
        for (int file = 0; file < 5; file++) {
            store.write(
                    "m" + file + ".py", "def f%d():\n    pass\n".formatted(file).repeat(20));
        }
        String text = outline(700, "{\"files\": [\"m0.py\", \"m1.py\", \"m2.py\", \"m3.py\", \"m4.py\"]}")
                .text();
        assertThat(text)
                .hasSizeLessThanOrEqualTo(700)
                .startsWith("--- m0.py ---\ndef f0(): lines 1-2\n")
                .endsWith("[outline_files shows at most 700 characters per call; not outlined in full: 'm1.py',"
                        + " 'm2.py', 'm3.py', 'm4.py'. Outline them in another call, a few files at a time.]\n");
    }

    private String refusal(String path) {
        try {
            store.read(path);
            throw new AssertionError(path + " was read");
        } catch (MemoryException e) {
            return e.getMessage();
        }
    }
}
