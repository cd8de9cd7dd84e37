package dev.l2mac.process.sandbox;

import dev.l2mac.process.DevNull;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The bubblewrap mounts that hide the user's home directories from generated code, where API keys live (for
 * example {@code ~/.l2mac/config.yaml}). Tool installations in a home that the {@code PATH} points into (pyenv,
 * nvm, sdkman) are shown again read-only, so that {@code python3} still works, with well-known credential files
 * inside them hidden again. Every file settings were read from ({@link SecretFiles}) is hidden too, wherever it lies.
 */
final class HomeShield {

    /** Never shown again, whatever the {@code PATH} says: this project's own settings and keys. */
    static final String L2MAC_DIRECTORY = ".l2mac";
    /** Credential files and directories of common tools, relative to a home. */
    static final List<String> CREDENTIALS = List.of(
            L2MAC_DIRECTORY,
            ".ssh",
            ".gnupg",
            ".aws",
            ".azure",
            ".kube",
            ".docker",
            ".netrc",
            ".git-credentials",
            ".pypirc",
            ".npmrc",
            ".m2/settings.xml",
            ".m2/settings-security.xml",
            ".gradle/gradle.properties",
            ".cargo/credentials",
            ".cargo/credentials.toml",
            ".config/gcloud",
            ".config/gh",
            ".local/share/keyrings");
    /** System places that hold secrets in containers and servers. */
    static final List<Path> SYSTEM_SECRETS =
            List.of(Path.of("/run/secrets"), Path.of("/var/run/secrets"), Path.of("/etc/ssh"));

    private static final Pattern PATH_SEPARATOR = Pattern.compile(":");

    private final Set<Path> homes;
    private final List<Path> searchPath;
    private final Supplier<Set<Path>> settingFiles;

    HomeShield(Collection<Path> homes, String searchPath) {
        this(homes, searchPath, SecretFiles::existing);
    }

    /** @param settingFiles the files settings were read from, asked each time a sandbox starts */
    HomeShield(Collection<Path> homes, String searchPath, Supplier<Set<Path>> settingFiles) {
        this.settingFiles = settingFiles;
        this.homes = new LinkedHashSet<>();
        for (Path home : homes) {
            Path absolute = home.toAbsolutePath().normalize();
            // Hiding "/" would hide the whole system; such a home has nothing of its own to hide.
            if (absolute.getNameCount() > 0 && Files.isDirectory(absolute)) {
                this.homes.add(absolute);
            }
        }
        this.searchPath = searchPath == null
                ? List.of()
                : PATH_SEPARATOR
                        .splitAsStream(searchPath)
                        .filter(entry -> entry.startsWith("/"))
                        .map(entry -> Path.of(entry).normalize())
                        .toList();
    }

    /** The homes of the user running this JVM, as Java and the environment name them. */
    static HomeShield ofCurrentUser(String searchPath) {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("user.home")));
        String home = System.getenv("HOME");
        if (home != null && !home.isBlank()) {
            homes.add(Path.of(home));
        }
        return new HomeShield(homes, searchPath);
    }

    /** The mounts, in order: hide each home, show tools again read-only, then hide credentials again. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        for (Path home : homes) {
            arguments.addAll(List.of("--tmpfs", home.toString()));
        }
        for (Path tools : toolDirectories()) {
            arguments.addAll(List.of("--ro-bind", tools.toString(), tools.toString()));
        }
        for (Path home : homes) {
            for (String credential : CREDENTIALS) {
                hide(home.resolve(credential), arguments);
            }
        }
        SYSTEM_SECRETS.forEach(secret -> hide(secret, arguments));
        return arguments;
    }

    /**
     * The mounts that hide every file settings were read from, wherever it lies; they come after every other
     * mount, so that a project file inside the workspace is hidden too.
     */
    List<String> settingFileArguments() {
        List<String> arguments = new ArrayList<>();
        for (Path file : settingFiles.get()) {
            arguments.addAll(List.of("--ro-bind", DevNull.FILE.getPath(), file.toString()));
        }
        return arguments;
    }

    /** The top directory under a home of each {@code PATH} entry that lies inside one. */
    Set<Path> toolDirectories() {
        Set<Path> tools = new LinkedHashSet<>();
        for (Path entry : searchPath) {
            for (Path home : homes) {
                if (entry.startsWith(home) && !entry.equals(home)) {
                    Path top = home.resolve(home.relativize(entry).getName(0));
                    if (!top.getFileName().toString().equals(L2MAC_DIRECTORY) && Files.isDirectory(top)) {
                        tools.add(top);
                    }
                }
            }
        }
        return tools;
    }

    private static void hide(Path path, List<String> arguments) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            arguments.addAll(List.of("--tmpfs", path.toString()));
        } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            arguments.addAll(List.of("--ro-bind", DevNull.FILE.getPath(), path.toString()));
        }
    }
}
