package dev.l2mac.check.node;

import dev.l2mac.check.CheckContext;
import dev.l2mac.check.Checker;
import dev.l2mac.check.TreeSitterSyntaxChecker;
import dev.l2mac.process.ProcessRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The JavaScript and TypeScript checkers: syntax in-process, {@code tsc} type errors, {@code node --test}. */
public final class NodeChecks {

    private NodeChecks() {}

    /** JavaScript syntax when {@code treeSitter}, then {@code node --test}. */
    public static List<Checker> javascript(CheckContext context, boolean treeSitter) {
        NodeTestChecker tests = new NodeTestChecker(context.runner(), context.timeout(), context.maxOutputChars());
        return treeSitter ? List.of(TreeSitterSyntaxChecker.javascript(), tests) : List.of(tests);
    }

    /** TypeScript syntax when {@code treeSitter}, then type errors and tests through {@code typescript}. */
    public static List<Checker> typescript(CheckContext context, TypeScriptToolchain typescript, boolean treeSitter) {
        ProcessRunner runner = context.runner();
        Duration timeout = context.timeout();
        int maxOutputChars = context.maxOutputChars();
        List<Checker> checkers = new ArrayList<>();
        if (treeSitter) {
            checkers.add(TreeSitterSyntaxChecker.typescript());
        }
        checkers.add(new TypeScriptTypeChecker(runner, typescript, timeout, maxOutputChars));
        checkers.add(new TypeScriptTestChecker(runner, typescript, timeout, maxOutputChars));
        return checkers;
    }
}
