package dev.l2mac;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The package picture declared in docs/architecture.md: one row per package (its module and the packages it may use)
 * and the arrows that must never exist. {@link #violations} checks sources against it and says, for each violation,
 * which row of the document to add or change.
 */
record PackagePicture(Map<String, Row> rows, List<Never> nevers) {
    static final String DOCUMENT = "docs/architecture.md";
    static final String ROWS_HEADER = "| package | module | may use |";
    static final String NEVERS_HEADER = "| packages of | never reach | never import |";

    private static final Pattern NAME = Pattern.compile("`([a-z][a-z0-9]*(?:[.-][a-z][a-z0-9]*)*)`");
    private static final Pattern REFERENCE =
            Pattern.compile("\\bdev\\.l2mac\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\b");

    /** One row of the package table; {@code why} is the free-text last cell, kept when a row is rewritten. */
    record Row(String pkg, String module, Set<String> mayUse, String why) {
        String render(Set<String> uses) {
            String used =
                    uses.isEmpty() ? "—" : uses.stream().map(u -> "`" + u + "`").collect(Collectors.joining(", "));
            return "| `" + pkg + "` | `" + module + "` | " + used + " |" + (why.isEmpty() ? "" : " " + why) + " |";
        }
    }

    /** The packages of {@code from} (a module or one package) never reach {@code packages} nor import {@code libraries}. */
    record Never(String from, Set<String> packages, Set<String> libraries) {}

    /** One main source file: its module, its path for messages, its package (relative to dev.l2mac) and its text. */
    record Source(String module, String path, String pkg, String text) {}

    static PackagePicture parse(String markdown) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (List<String> cells : table(markdown, ROWS_HEADER)) {
            List<String> pkg = names(cells.get(0));
            List<String> module = names(cells.get(1));
            if (pkg.size() != 1 || module.size() != 1) {
                throw new IllegalArgumentException(DOCUMENT + ": a package row names one package and one module, in"
                        + " backticks; this one does not: " + String.join(" | ", cells));
            }
            String why = cells.size() > 3 ? cells.get(3) : "";
            rows.put(pkg.get(0), new Row(pkg.get(0), module.get(0), new LinkedHashSet<>(names(cells.get(2))), why));
        }
        List<Never> nevers = new ArrayList<>();
        for (List<String> cells : table(markdown, NEVERS_HEADER)) {
            for (String from : names(cells.get(0))) {
                nevers.add(new Never(from, Set.copyOf(names(cells.get(1))), Set.copyOf(names(cells.get(2)))));
            }
        }
        return new PackagePicture(rows, nevers);
    }

    /** Every violation of the picture by these sources, each a message that says what to change and where. */
    List<String> violations(List<Source> sources) {
        List<String> violations = new ArrayList<>();
        violations.addAll(tableProblems());
        Map<String, Map<String, String>> usesByPackage = new TreeMap<>();
        Map<String, Set<String>> modulesByPackage = new TreeMap<>();
        for (Source source : sources) {
            modulesByPackage.computeIfAbsent(source.pkg(), p -> new TreeSet<>()).add(source.module());
            Map<String, String> uses = usesByPackage.computeIfAbsent(source.pkg(), p -> new TreeMap<>());
            Matcher reference = REFERENCE.matcher(source.text());
            while (reference.find()) {
                String used = reference.group(1);
                if (!used.equals(source.pkg())) {
                    uses.putIfAbsent(used, source.path() + ":" + line(source.text(), reference.start()));
                }
            }
            libraryProblems(source).forEach(violations::add);
        }
        usesByPackage.forEach((pkg, uses) -> violations.addAll(packageProblems(pkg, modulesByPackage.get(pkg), uses)));
        rows.keySet().stream()
                .filter(pkg -> !usesByPackage.containsKey(pkg))
                .map(pkg -> DOCUMENT + ": the row for `" + pkg + "` names a package with no main sources in `"
                        + rows.get(pkg).module() + "`; remove the row "
                        + rows.get(pkg).render(rows.get(pkg).mayUse())
                        + " (or move it to the module that holds the package)")
                .forEach(violations::add);
        return violations;
    }

    private List<String> packageProblems(String pkg, Set<String> modules, Map<String, String> uses) {
        Row row = rows.get(pkg);
        String module = String.join(", ", modules);
        if (row == null) {
            Row added = new Row(pkg, module, uses.keySet(), "");
            return List.of("package dev.l2mac." + pkg + " (module " + module + ") is not in the package table of "
                    + DOCUMENT + ": add the row\n    " + added.render(uses.keySet())
                    + "\n  (it lists what the package uses today; every used package needs a row of its own too)");
        }
        List<String> problems = new ArrayList<>();
        if (!modules.equals(Set.of(row.module()))) {
            problems.add(DOCUMENT + ": the row for `" + pkg + "` says module `" + row.module() + "` but its sources are"
                    + " in " + module + "; change the row to\n    "
                    + new Row(pkg, module, row.mayUse(), row.why()).render(row.mayUse()));
        }
        Map<String, String> outside = new TreeMap<>(uses);
        outside.keySet().removeAll(row.mayUse());
        if (!outside.isEmpty()) {
            Set<String> widened = new LinkedHashSet<>(row.mayUse());
            widened.addAll(outside.keySet());
            String where = outside.entrySet().stream()
                    .map(e -> "`" + e.getKey() + "` (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            problems.add("`" + pkg + "` uses " + where + ", which its row in " + DOCUMENT + " does not allow.\n"
                    + "  Remove the reference, or if the arrow belongs in the design change the row\n    "
                    + row.render(row.mayUse()) + "\n  to\n    " + row.render(widened)
                    + unknown(outside.keySet()) + forbidden(pkg, outside.keySet()));
        }
        return problems;
    }

    private String unknown(Set<String> used) {
        Set<String> missing =
                used.stream().filter(u -> !rows.containsKey(u)).collect(Collectors.toCollection(TreeSet::new));
        return missing.isEmpty() ? "" : "\n  and add a row for " + String.join(", ", missing);
    }

    /** A warning when widening the row would break a "never" arrow, so the row cannot simply be changed. */
    private String forbidden(String pkg, Set<String> used) {
        Set<String> banned = new TreeSet<>();
        for (Never never : nevers) {
            if (packagesOf(never.from()).contains(pkg)) {
                for (String target : used) {
                    Set<String> reached = new TreeSet<>(reachable(target).keySet());
                    reached.add(target);
                    reached.retainAll(never.packages());
                    reached.forEach(b -> banned.add("`" + b + "` (\"never reach\" row for `" + never.from() + "`)"));
                }
            }
        }
        return banned.isEmpty()
                ? ""
                : "\n  But that row would reach " + String.join(", ", banned)
                        + ", which the design forbids: remove the reference instead";
    }

    private List<String> tableProblems() {
        List<String> problems = new ArrayList<>();
        for (Row row : rows.values()) {
            for (String used : row.mayUse()) {
                if (!rows.containsKey(used)) {
                    problems.add(DOCUMENT + ": the row for `" + row.pkg() + "` may use `" + used
                            + "`, which has no row of its own; add one or remove it from the row");
                }
            }
        }
        cycle().ifPresent(cycle -> problems.add(DOCUMENT + ": the package table has a cycle, "
                + String.join(" → ", cycle) + "; remove one of these arrows from its row"));
        for (Never never : nevers) {
            for (String from : packagesOf(never.from())) {
                Map<String, String> path = reachable(from);
                for (String banned : new TreeSet<>(never.packages())) {
                    if (path.containsKey(banned)) {
                        problems.add("`" + from + "` reaches `" + banned + "` (" + path.get(banned) + "), which the"
                                + " \"never reach\" row for `" + never.from() + "` in " + DOCUMENT
                                + " forbids; remove that arrow from the package table and the code");
                    }
                }
            }
        }
        return problems;
    }

    private List<String> libraryProblems(Source source) {
        List<String> problems = new ArrayList<>();
        for (Never never : nevers) {
            if (!packagesOf(never.from()).contains(source.pkg())) {
                continue;
            }
            for (String library : new TreeSet<>(never.libraries())) {
                Matcher use = Pattern.compile("\\b" + Pattern.quote(library) + "\\.[A-Za-z]")
                        .matcher(source.text());
                if (use.find()) {
                    problems.add(source.path() + ":" + line(source.text(), use.start()) + " (`" + source.pkg()
                            + "`) uses the library " + library + ", which the \"never import\" row for `"
                            + never.from() + "` in " + DOCUMENT + " forbids");
                }
            }
        }
        return problems;
    }

    /** The packages a "never" row speaks of: all rows of a module, or the one package named. */
    private Set<String> packagesOf(String from) {
        if (from.startsWith("l2mac-")) {
            return rows.values().stream()
                    .filter(r -> r.module().equals(from))
                    .map(Row::pkg)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        return Set.of(from);
    }

    /** Every package reachable from {@code start} through the table, each with one path that reaches it. */
    private Map<String, String> reachable(String start) {
        Map<String, String> paths = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        paths.put(start, start);
        while (!queue.isEmpty()) {
            String pkg = queue.removeFirst();
            Row row = rows.get(pkg);
            for (String used : row == null ? Set.<String>of() : row.mayUse()) {
                if (!paths.containsKey(used)) {
                    paths.put(used, paths.get(pkg) + " → " + used);
                    queue.addLast(used);
                }
            }
        }
        paths.remove(start);
        return paths;
    }

    private Optional<List<String>> cycle() {
        for (String start : rows.keySet()) {
            Map<String, String> paths = reachable(start);
            for (String used : rows.get(start).mayUse()) {
                if (used.equals(start)) {
                    return Optional.of(List.of(start, start));
                }
            }
            for (Map.Entry<String, String> entry : paths.entrySet()) {
                Row row = rows.get(entry.getKey());
                if (row != null && row.mayUse().contains(start)) {
                    List<String> cycle =
                            new ArrayList<>(List.of(entry.getValue().split(" → ")));
                    cycle.add(start);
                    return Optional.of(cycle);
                }
            }
        }
        return Optional.empty();
    }

    /** The body rows of the markdown table whose header starts with {@code header}, as trimmed cells. */
    private static List<List<String>> table(String markdown, String header) {
        List<String> lines = markdown.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException(DOCUMENT + " has no table headed " + header);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i).strip();
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length())
                    .split("\\|", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
