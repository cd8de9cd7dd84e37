package dev.l2mac.check.python;

import dev.l2mac.check.KnownNames;
import dev.l2mac.check.LargeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages a Python project declares at its root, in {@code requirements.txt} (and {@code requirements-*.txt})
 * and {@code pyproject.toml} (PEP 621 dependency lists and Poetry's dependency tables), by the top-level module each
 * provides: the distribution's name normalised ({@code Flask-Login} provides {@code flask_login}), or the module a
 * table of known exceptions gives ({@code beautifulsoup4} provides {@code bs4}). Lines it cannot read are skipped.
 */
final class PythonManifests {

    /** A requirement's distribution name at the start of a line or string. */
    private static final Pattern NAME = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    private static final Pattern DEPENDENCY_ARRAY = Pattern.compile("(?m)^dependencies\\s*=\\s*\\[");
    private static final Pattern ANY_ARRAY = Pattern.compile("(?m)^[\"']?[A-Za-z0-9_.-]+[\"']?\\s*=\\s*\\[");
    private static final Pattern POETRY_TABLE = Pattern.compile("^\\[tool\\.poetry\\.(?:[\\w.-]*\\.)?dependencies]");
    /** Distributions whose module is not their normalised name. */
    private static final Map<String, String> MODULE_OF =
            KnownNames.read(PythonManifests.class, "python-modules.properties");

    private PythonManifests() {}

    /** Each declared top-level module (lower case), with the manifest that declares it. */
    static Map<String, String> declaredModules(Path workspace) {
        Map<String, String> modules = new LinkedHashMap<>();
        for (String manifest : manifests(workspace)) {
            String text = read(workspace.resolve(manifest));
            List<String> names = manifest.endsWith(".toml") ? pyprojectNames(text) : requirementNames(text);
            names.forEach(name -> modules.putIfAbsent(moduleOf(name), manifest));
        }
        return modules;
    }

    /** The top-level module a distribution provides, in lower case. */
    static String moduleOf(String distribution) {
        String normalised = distribution.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
        return MODULE_OF.getOrDefault(normalised, normalised.replace('-', '_')).toLowerCase(Locale.ROOT);
    }

    private static List<String> manifests(Path workspace) {
        try (var entries = Files.list(workspace)) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.equals("pyproject.toml") || name.matches("requirements([-_.][\\w.-]*)?\\.txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> requirementNames(String text) {
        return text.lines()
                .map(line -> line.replaceFirst("(^|\\s)#.*$", "").strip())
                .filter(line -> !line.isEmpty() && !line.startsWith("-") && !line.contains("://"))
                .map(PythonManifests::nameOf)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /**
     * Names in the dependency arrays of {@code [project]} ({@code dependencies}), of
     * {@code [project.optional-dependencies]} and {@code [dependency-groups]} (every array), and the keys of Poetry's
     * dependency tables but Python itself.
     */
    private static List<String> pyprojectNames(String text) {
        List<String> names = new ArrayList<>();
        String section = "";
        StringBuilder body = new StringBuilder();
        for (String line : (text + "\n[]").lines().map(String::strip).toList()) {
            if (line.startsWith("[") && !line.startsWith("[[")) {
                names.addAll(sectionNames(section, body.toString()));
                section = line;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return names.stream().filter(name -> !name.isEmpty()).toList();
    }

    private static List<String> sectionNames(String section, String body) {
        List<String> names = new ArrayList<>();
        boolean everyArray = section.equals("[project.optional-dependencies]") || section.equals("[dependency-groups]");
        if (section.equals("[project]") || everyArray) {
            Matcher array = (everyArray ? ANY_ARRAY : DEPENDENCY_ARRAY).matcher(body);
            while (array.find()) {
                int end = body.indexOf(']', array.end());
                Matcher quoted = QUOTED.matcher(body.substring(array.end(), end < 0 ? body.length() : end));
                while (quoted.find()) {
                    names.add(nameOf(quoted.group(1) != null ? quoted.group(1) : quoted.group(2)));
                }
            }
        } else if (POETRY_TABLE.matcher(section).find()) {
            body.lines()
                    .filter(line -> line.contains("="))
                    .map(PythonManifests::nameOf)
                    .filter(name -> !name.equalsIgnoreCase("python"))
                    .forEach(names::add);
        }
        return names;
    }

    private static String nameOf(String requirement) {
        Matcher matcher = NAME.matcher(requirement);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String read(Path file) {
        return LargeFiles.read(file).orElse("");
    }
}
