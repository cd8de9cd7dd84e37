package dev.l2mac.check.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.check.Finding;
import dev.l2mac.check.SourceContext;
import dev.l2mac.memory.Containment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code tsc} command lines the TypeScript checks run and the reading of its diagnostics. A workspace with a
 * {@code tsconfig.json} is compiled as that file says, with only what the check needs overridden; one without is
 * compiled with settings for Node: strict, ES2022, Node's module rules, Node's type declarations.
 */
final class TypeScriptCompiler {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String TSCONFIG = "tsconfig.json";
    /** Located findings kept from one compilation; a broken tree can produce thousands. */
    static final int MAX_FINDINGS = 30;
    /**
     * Diagnostics read before judging which are the code's: imports of packages that are not installed must not
     * crowd out the errors behind them.
     */
    static final int MAX_DIAGNOSTICS_JUDGED = 1_000;

    private static final Pattern DIAGNOSTIC =
            Pattern.compile("^(.+?)\\((\\d+),(\\d+)\\): (error|warning) (TS\\d+): (.*)$");
    private static final List<String> NODE_DEFAULTS = List.of(
            "--target",
            "es2022",
            "--module",
            "nodenext",
            "--moduleResolution",
            "nodenext",
            "--strict",
            "--esModuleInterop",
            "--skipLibCheck",
            "--forceConsistentCasingInFileNames",
            "--types",
            "node");

    private TypeScriptCompiler() {}

    /** {@code node tsc.js ...} type-checking the workspace's TypeScript files without writing anything. */
    static List<String> typeCheck(
            Path workspace, TypeScriptToolchain.Resolution.Found toolchain, List<String> sources) {
        List<String> command = start(workspace, toolchain, sources);
        command.add("--noEmit");
        return command;
    }

    /**
     * {@code node tsc.js ...} type-checking only {@code sources} (and what they import) without writing anything:
     * as the workspace's {@code tsconfig.json} says, through {@code scopedConfig}, a configuration extending it that
     * lists those files; with the settings for Node when the workspace has none.
     */
    static List<String> typeCheckOnly(
            Path workspace, TypeScriptToolchain.Resolution.Found toolchain, List<String> sources, Path scopedConfig) {
        if (!hasConfig(workspace)) {
            return typeCheck(workspace, toolchain, sources);
        }
        List<String> command = project(workspace, toolchain, scopedConfig.toString());
        command.add("--noEmit");
        return command;
    }

    /**
     * The text of a configuration that extends the workspace's {@code tsconfig.json} and lists {@code sources}
     * (absolute paths) as the only files, with project references' bookkeeping off, since it lists no other file.
     */
    static String scopedConfig(Path workspace, List<Path> sources) {
        ObjectNode config = JSON.createObjectNode();
        config.put(
                "extends",
                workspace.toAbsolutePath().normalize().resolve(TSCONFIG).toString());
        config.putObject("compilerOptions").put("composite", false).put("incremental", false);
        ArrayNode files = config.putArray("files");
        sources.forEach(source -> files.add(source.toString()));
        config.putArray("include");
        return config.toString() + "\n";
    }

    /**
     * {@code node tsc.js ...} writing JavaScript with source maps into {@code outDir} without type-checking, so that
     * tests run even while a type error elsewhere is being fixed.
     */
    static List<String> emit(
            Path workspace, TypeScriptToolchain.Resolution.Found toolchain, List<String> sources, Path outDir) {
        List<String> command = start(workspace, toolchain, sources);
        command.addAll(List.of(
                "--noCheck",
                "--noEmit",
                "false",
                "--outDir",
                outDir.toString(),
                "--sourceMap",
                "--declaration",
                "false",
                "--incremental",
                "false"));
        if (!hasConfig(workspace)) {
            command.addAll(List.of("--rootDir", "."));
        }
        return command;
    }

    private static List<String> start(
            Path workspace, TypeScriptToolchain.Resolution.Found toolchain, List<String> sources) {
        if (hasConfig(workspace)) {
            return project(workspace, toolchain, TSCONFIG);
        }
        List<String> command =
                new ArrayList<>(List.of("node", tsc(workspace, toolchain).toString(), "--pretty", "false"));
        command.addAll(NODE_DEFAULTS);
        command.addAll(List.of("--typeRoots", toolchain.typeRoots().toString()));
        command.addAll(sources);
        return command;
    }

    private static List<String> project(Path workspace, TypeScriptToolchain.Resolution.Found toolchain, String config) {
        return new ArrayList<>(List.of(
                "node",
                tsc(workspace, toolchain).toString(),
                "--pretty",
                "false",
                "--project",
                config,
                "--typeRoots",
                workspace.resolve("node_modules").resolve("@types") + "," + toolchain.typeRoots()));
    }

    /**
     * A new folder for one check's scratch files (named {@code run-...}) under {@code folder} of the workspace's
     * {@code .l2mac}; the caller deletes it.
     */
    static Path scratchFolder(Path workspace, String folder, String purpose) {
        Path parent = workspace.toAbsolutePath().normalize().resolve(folder);
        try {
            return Files.createTempDirectory(Files.createDirectories(parent), "run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for " + purpose + " under " + parent, e);
        }
    }

    /** The project's own compiler when its packages include one (its version is the one it was written for). */
    static Path tsc(Path workspace, TypeScriptToolchain.Resolution.Found toolchain) {
        Path own = workspace
                .resolve("node_modules")
                .resolve("typescript")
                .resolve("lib")
                .resolve("tsc.js");
        return Files.isRegularFile(own) ? own : toolchain.tsc();
    }

    static boolean hasConfig(Path workspace) {
        return Files.isRegularFile(workspace.resolve(TSCONFIG));
    }

    /** The diagnostics {@code tsc --pretty false} printed about files in the workspace, located, at most a few. */
    static List<Finding> findings(Path workspace, String output) {
        return findings(workspace, output, MAX_FINDINGS);
    }

    /** The first {@code limit} located diagnostics, before some are judged to be no error of the code. */
    static List<Finding> findings(Path workspace, String output, int limit) {
        Path root = workspace.toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher matcher = DIAGNOSTIC.matcher(line.strip());
            if (!matcher.matches() || findings.size() == limit) {
                continue;
            }
            Optional<String> file = Containment.workspaceFile(root, matcher.group(1));
            if (file.isEmpty()) {
                continue;
            }
            String relative = file.get();
            int lineNumber = Integer.parseInt(matcher.group(2));
            int column = Integer.parseInt(matcher.group(3));
            Finding.Severity severity =
                    matcher.group(4).equals("warning") ? Finding.Severity.WARNING : Finding.Severity.ERROR;
            findings.add(new Finding(
                    relative,
                    lineNumber,
                    column,
                    severity,
                    matcher.group(5) + ": " + matcher.group(6),
                    SourceContext.around(root, relative, lineNumber, column)));
        }
        return findings;
    }
}
