package dev.l2mac.check;

import dev.l2mac.llm.ToolCall;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.Fingerprints;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolResult;
import dev.l2mac.tools.ToolSettings;
import java.nio.file.Path;
import java.util.Set;

/**
 * The file tools and a check round over a workspace holding a huge file, in a process of its own (started with a
 * small heap by {@link BoundedMemoryTest}). Prints one line per step: its name, the characters it returned, the
 * milliseconds it took and its first line; then {@value #DONE}.
 *
 * <p>Arguments: workspace, then the view entries to show, one call each.
 */
public final class BoundedMemoryChild {
    static final String DONE = "DONE";

    private BoundedMemoryChild() {}

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        Limits limits = Limits.DEFAULTS;
        ToolBox tools = ToolBox.codebase(
                new DiskFileStore(workspace, limits.maxFileBytes()),
                new LocalProcessRunner(),
                ToolSettings.of(limits.viewMaxChars(), limits.toolOutputMaxChars(), limits.runTimeout(), workspace));
        step("list_files", () -> text(tools.dispatch(new ToolCall("c0", "list_files", "{}"))));
        for (int i = 1; i < args.length; i++) {
            String entry = args[i];
            String id = "c" + i;
            step(
                    "view " + entry,
                    () -> text(tools.dispatch(new ToolCall(id, "view_files", "{\"files\": [\"" + entry + "\"]}"))));
        }
        step("syntax check", () -> {
            CheckReport report = TreeSitterSyntaxChecker.loads()
                    ? TreeSitterSyntaxChecker.python().check(workspace, Set.of())
                    : new CheckReport.Unavailable("python-syntax", "tree-sitter does not load here");
            return report + "\n";
        });
        step("fingerprints", () -> Fingerprints.ofFiles(workspace, WorkspaceFiles.list(workspace)) + "\n");
        System.out.println(DONE);
    }

    private interface Step {
        String run() throws Exception;
    }

    private static void step(String name, Step step) {
        long start = System.nanoTime();
        String text;
        try {
            text = step.run();
        } catch (Exception e) {
            text = "FAILED " + e + "\n";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String first = text.lines().findFirst().orElse("");
        System.out.println(
                name + "\t" + text.length() + "\t" + millis + "\t" + first.substring(0, Math.min(first.length(), 200)));
        System.out.flush();
    }

    private static String text(ToolResult result) {
        return (result instanceof ToolResult.Error ? "ERROR " : "") + result.text();
    }
}
