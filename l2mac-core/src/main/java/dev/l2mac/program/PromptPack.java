package dev.l2mac.program;

import dev.l2mac.stack.Stack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The prompts of one domain, one per {@link PromptName}: built in from resource files, optionally overridden by a
 * user's YAML file. Rendering is strict in both directions: the caller passes exactly the prompt's placeholders, and
 * each text uses only those.
 */
public final class PromptPack {

    private static final String RESOURCE_ROOT = "prompts/";
    private static final String RESOURCE_SUFFIX = ".txt";

    private final Domain domain;
    private final String source;
    private final Map<PromptName, Template> templates;
    /** The prompts a user's file replaced, which a stack leaves as they are. */
    private final Set<PromptName> fromUser;

    private PromptPack(Domain domain, String source, Map<PromptName, Template> templates, Set<PromptName> fromUser) {
        this.domain = domain;
        this.source = source;
        this.templates = Map.copyOf(templates);
        this.fromUser = Set.copyOf(fromUser);
    }

    /** The built-in pack of {@code domain}. */
    public static PromptPack builtIn(Domain domain) throws PromptPackException {
        Objects.requireNonNull(domain, "domain");
        Map<PromptName, Template> templates = new EnumMap<>(PromptName.class);
        for (PromptName prompt : PromptName.values()) {
            String resource = RESOURCE_ROOT + domain.written() + "/" + prompt.key() + RESOURCE_SUFFIX;
            templates.put(prompt, checked(prompt, Template.parse(resource, readResource(resource))));
        }
        return new PromptPack(domain, "built-in " + domain.written() + " prompts", templates, Set.of());
    }

    /**
     * This pack with some prompts replaced by those of a YAML file that maps prompt keys (such as {@code system} or
     * {@code checks_failed}) to texts; the prompts the file does not name stay as they are.
     *
     * @throws PromptPackException naming the file, and the prompt and placeholder when one is unknown
     */
    public PromptPack withOverrides(Path yamlFile) throws PromptPackException {
        Map<PromptName, Template> overrides = PromptOverrides.load(yamlFile);
        Map<PromptName, Template> merged = new EnumMap<>(templates);
        merged.putAll(overrides);
        Set<PromptName> user = EnumSet.noneOf(PromptName.class);
        user.addAll(fromUser);
        user.addAll(overrides.keySet());
        return new PromptPack(domain, source + " overridden by " + yamlFile, merged, user);
    }

    /**
     * This codebase pack worded for {@code stack}: each prompt the stack rewords replaces the built-in one, while a
     * prompt from a user's file stays. A stack that rewords nothing, and any other domain, leave the pack as it is.
     *
     * @throws IllegalStateException when the stack's prompt names an unknown prompt or placeholder: the built-in
     *                               stacks are then broken
     */
    public PromptPack forStack(Stack stack) {
        if (domain != Domain.CODEBASE || stack.prompts().isEmpty()) {
            return this;
        }
        Map<PromptName, Template> merged = new EnumMap<>(templates);
        for (Map.Entry<String, String> entry : stack.prompts().entrySet()) {
            PromptName prompt = PromptName.ofKey(entry.getKey())
                    .orElseThrow(() -> new IllegalStateException("The stack " + stack.name() + " rewords the"
                            + " unknown prompt '" + entry.getKey() + "'; the prompts are "
                            + String.join(", ", PromptName.keys()) + "."));
            if (!fromUser.contains(prompt)) {
                String name = "stack " + stack.name() + " " + prompt.key();
                merged.put(prompt, checked(prompt, Template.parse(name, entry.getValue())));
            }
        }
        return new PromptPack(domain, source + " for the " + stack.name() + " stack", merged, fromUser);
    }

    /**
     * Renders one prompt.
     *
     * @param values exactly the prompt's {@link PromptName#placeholders()}, even those its text does not use
     * @throws TemplateException when a value is missing or a key is not a placeholder of that prompt
     */
    public String render(PromptName prompt, Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        Set<String> allowed = prompt.placeholders();
        for (String key : allowed) {
            if (values.get(key) == null) {
                throw new TemplateException("Prompt " + prompt.key() + " needs a value for {{" + key
                        + "}}; pass all of " + Template.describe(allowed) + ".");
            }
        }
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new TemplateException("Prompt " + prompt.key() + " takes no key '"
                    + unknown.iterator().next() + "'; it takes " + Template.describe(allowed) + ".");
        }
        Template template = templates.get(prompt);
        Map<String, String> used = new HashMap<>(values);
        used.keySet().retainAll(template.placeholders());
        return template.render(used);
    }

    /** Renders a prompt that has no placeholders. */
    public String render(PromptName prompt) {
        return render(prompt, Map.of());
    }

    /** The domain this pack was built for. */
    public Domain domain() {
        return domain;
    }

    /** Where the prompts came from, for the run log. */
    public String source() {
        return source;
    }

    /** The template a prompt renders, for inspection. */
    public Template template(PromptName prompt) {
        return templates.get(prompt);
    }

    /** Returns the template when it uses only placeholders of {@code prompt}, or says which one it does not know. */
    static Template checked(PromptName prompt, Template template) {
        for (String used : template.placeholders()) {
            if (!prompt.placeholders().contains(used)) {
                throw new TemplateException("Template '" + template.name() + "' uses the unknown placeholder {{"
                        + used + "}}; prompt " + prompt.key() + " allows " + Template.describe(prompt.placeholders())
                        + ".");
            }
        }
        return template;
    }

    private static String readResource(String resource) {
        try (InputStream in = PromptPack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The built-in prompt " + resource + " is missing from the"
                        + " classpath; the installation is incomplete, so reinstall it.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the built-in prompt " + resource + ": " + e.getMessage(), e);
        }
    }
}
