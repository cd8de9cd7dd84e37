package dev.l2mac.api;

import dev.l2mac.config.ConfigException;
import dev.l2mac.control.MachineSetup;
import dev.l2mac.control.Verdicts;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.process.sandbox.SandboxUnavailableException;
import dev.l2mac.program.Domain;
import dev.l2mac.program.ProgramFile;
import dev.l2mac.program.ProgramFileException;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.program.TemplateException;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stack;
import dev.l2mac.stack.StackFileException;
import dev.l2mac.stack.Stacks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link L2macBuilder#build()} checks and loads, each failure a {@link ConfigException} that names the setting
 * as its source names it: the builder method, or the configuration key and flag.
 */
final class BuildChecks {
    private BuildChecks() {}

    static double temperature(double temperature, Naming naming) {
        if (!RunSettings.validTemperature(temperature)) {
            throw naming.error(
                    Setting.TEMPERATURE,
                    "must be a number within [0, 2], was " + temperature,
                    "0 (the default) keeps runs repeatable");
        }
        return temperature;
    }

    /** The settings with the stack named (a built-in stack's name, or a user's stack's folder), if one is. */
    static RunSettings stack(RunSettings run, Optional<String> name, Naming naming) {
        if (name.isEmpty()) {
            return run;
        }
        Stack stack;
        try {
            stack = Stacks.resolve(name.get(), Path.of(""))
                    .orElseThrow(() -> naming.error(
                            Setting.STACK,
                            "there is no stack '" + name.get() + "'",
                            "use " + Stacks.choices()
                                    + ", or leave it out to take the stack the task names (or the model's choice)"));
        } catch (StackFileException broken) {
            throw naming.error(Setting.STACK, broken.getMessage(), "fix the stack's folder");
        }
        return run.withPolicy(run.policy().withStack(stack));
    }

    /** What only the machine knows: the sandbox a run requires, and the tool names the domains have. */
    static void machine(LlmClient client, RunSettings settings, Map<Domain, PromptPack> packs, Naming naming) {
        Set<String> known = new LinkedHashSet<>();
        for (Map.Entry<Domain, PromptPack> pack : packs.entrySet()) {
            Domain domain = pack.getKey();
            MachineSetup setup = new MachineSetup(
                    client, domain, pack.getValue(), settings, ModelRegistry.builtIn(), RetryPolicy.NONE, Verdicts.OWN);
            List<String> tools = setup.domainTools();
            known.addAll(tools);
            if (domain == Domain.CODEBASE) {
                stackFits(setup.stack(), tools, pack.getValue(), naming);
                try {
                    setup.requireSandboxWhereAsked();
                } catch (SandboxUnavailableException none) {
                    throw naming.error(
                            Setting.SANDBOX,
                            none.getMessage(),
                            "install bubblewrap, or leave out " + naming.name(Setting.SANDBOX));
                }
            }
        }
        List<String> unknown = new ArrayList<>(settings.policy().tools());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw naming.error(
                    Setting.TOOLS,
                    "unknown tool" + (unknown.size() == 1 ? " '" : "s '") + String.join("', '", unknown)
                            + "'; the valid tools are: " + String.join(", ", known),
                    "name tools from that list");
        }
    }

    /** A user's stack names only tools the codebase has, and prompts the pack has, with their placeholders. */
    private static void stackFits(Stack stack, List<String> tools, PromptPack pack, Naming naming) {
        List<String> unknown = new ArrayList<>(stack.tools());
        unknown.removeAll(tools);
        if (!unknown.isEmpty()) {
            throw naming.error(
                    Setting.STACK,
                    "the stack " + stack.name() + " offers the unknown tool '" + unknown.getFirst()
                            + "'; the codebase tools are " + String.join(", ", tools),
                    "fix the tools of " + stack.recorded());
        }
        try {
            pack.forStack(stack);
        } catch (IllegalStateException | TemplateException wrong) {
            throw naming.error(Setting.STACK, wrong.getMessage(), "fix the prompts of " + stack.recorded());
        }
    }

    static ModelRegistry registry(Optional<Path> modelsFile, Naming naming) {
        if (modelsFile.isEmpty()) {
            return ModelRegistry.builtIn();
        }
        try {
            return ModelRegistry.builtIn().withFile(modelsFile.get());
        } catch (IllegalArgumentException invalid) {
            throw naming.error(
                    Setting.MODELS,
                    invalid.getMessage(),
                    "fix the models file; see the built-in table " + "for its shape");
        }
    }

    static Map<Domain, PromptPack> promptPacks(Optional<Path> prompts, Naming naming) {
        Map<Domain, PromptPack> packs = new EnumMap<>(Domain.class);
        for (Domain domain : Domain.values()) {
            packs.put(domain, promptPack(domain, prompts, naming));
        }
        return packs;
    }

    private static PromptPack promptPack(Domain domain, Optional<Path> prompts, Naming naming) {
        try {
            PromptPack pack = PromptPack.builtIn(domain);
            return prompts.isPresent() ? pack.withOverrides(prompts.get()) : pack;
        } catch (PromptPackException e) {
            throw naming.error(
                    Setting.PROMPTS,
                    e.getMessage(),
                    "fix the prompts file, or leave out " + naming.name(Setting.PROMPTS));
        }
    }

    static Optional<PromptProgram> program(Optional<PromptProgram> program, Optional<Path> programFile, Naming naming) {
        if (program.isPresent() || programFile.isEmpty()) {
            return program;
        }
        try {
            return Optional.of(ProgramFile.load(programFile.get()));
        } catch (ProgramFileException e) {
            throw naming.error(Setting.PROGRAM, e.getMessage(), "fix the program file: a YAML list of instructions");
        }
    }

    /** The settings {@link #build()} checks, as each source of settings names them. */
    enum Setting {
        TEMPERATURE("temperature(double)", "llm.temperature (--temperature)"),
        SANDBOX("requireSandbox(true)", "run.require_sandbox (--require-sandbox)"),
        TOOLS("tools(...)", "run.tools (--tools)"),
        MODELS("modelsFile(Path)", "run.models_file (--models-file)"),
        PROMPTS("prompts(Path)", "run.prompts (--prompts)"),
        PROGRAM("programFile(Path)", "run.program (--program)"),
        STACK("stack(String)", "run.stack (--stack)");

        private final String method;
        private final String key;

        Setting(String method, String key) {
            this.method = method;
            this.key = key;
        }
    }

    /** Whether the settings came from the builder's methods or from configuration (files, environment, flags). */
    enum Naming {
        BUILDER,
        CONFIGURATION;

        String name(Setting setting) {
            return this == BUILDER ? setting.method : setting.key;
        }

        ConfigException error(Setting setting, @Nullable String problem, String hint) {
            return new ConfigException(name(setting) + ": " + problem, hint);
        }
    }
}
