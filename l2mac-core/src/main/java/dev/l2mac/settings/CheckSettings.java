package dev.l2mac.settings;

import dev.l2mac.check.CommandCheck;
import dev.l2mac.check.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is checked after each instruction of a codebase run.
 *
 * @param enabled             whether syntax and tests are checked at all
 * @param languages           the languages checked; empty: every language whose files the workspace has
 * @param commands            the user's own checks (a linter, a type checker), run after the languages' checks
 * @param installDependencies whether each check first installs the packages of a changed manifest
 *                            ({@code requirements.txt}, {@code package.json}, {@code pom.xml}), with the network
 *                            open to the package manager only
 */
public record CheckSettings(
        boolean enabled, Set<Language> languages, List<CommandCheck> commands, boolean installDependencies) {
    /** Every language present is checked; no command checks; nothing is installed. */
    public static final CheckSettings DEFAULTS = new CheckSettings(true, Set.of(), List.of(), false);

    public CheckSettings {
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
        commands = List.copyOf(Objects.requireNonNull(commands, "commands"));
    }

    /** The languages whose checkers may run: those named, or every one when none is. */
    public Set<Language> checkedLanguages() {
        return languages.isEmpty() ? EnumSet.allOf(Language.class) : languages;
    }

    public CheckSettings withEnabled(boolean on) {
        return new CheckSettings(on, languages, commands, installDependencies);
    }

    public CheckSettings withLanguages(Set<Language> checked) {
        return new CheckSettings(enabled, checked, commands, installDependencies);
    }

    public CheckSettings withCommands(List<CommandCheck> added) {
        return new CheckSettings(enabled, languages, added, installDependencies);
    }

    public CheckSettings withInstallDependencies(boolean install) {
        return new CheckSettings(enabled, languages, commands, install);
    }
}
