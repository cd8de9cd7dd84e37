package dev.l2mac.check.java;

import dev.l2mac.check.LargeFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Java source file imports, read from its text: the package each imported name comes from, the packages
 * imported on demand, the line of each import, and the names its types extend or implement. Enough to tell which
 * package a compile error is about; a file that cannot be read imports nothing.
 *
 * @param types       simple type names imported one by one, with their package
 * @param members     names imported by {@code import static}, with the package of their class
 * @param onDemand    packages of {@code import p.*;}
 * @param staticOnDemand packages of the classes of {@code import static p.C.*;}
 * @param lines       the package each import line names, by line number
 * @param supertypes  the names after {@code extends} and {@code implements}
 */
record JavaImports(
        Map<String, String> types,
        Map<String, String> members,
        List<String> onDemand,
        List<String> staticOnDemand,
        Map<Integer, String> lines,
        Set<String> supertypes) {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");
    private static final Pattern SUPERTYPES = Pattern.compile("\\b(?:extends|implements)\\s+([\\w.,<>?\\s]+?)\\s*\\{");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*");

    /** A file that imports nothing. */
    static final JavaImports NONE = new JavaImports(Map.of(), Map.of(), List.of(), List.of(), Map.of(), Set.of());

    static JavaImports of(Path file) {
        Optional<String> read = LargeFiles.read(file);
        if (read.isEmpty()) {
            return NONE;
        }
        String source = read.get();
        Map<String, String> types = new HashMap<>();
        Map<String, String> members = new HashMap<>();
        List<String> onDemand = new ArrayList<>();
        List<String> staticOnDemand = new ArrayList<>();
        Map<Integer, String> lines = new HashMap<>();
        List<String> all = source.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            Matcher matcher = IMPORT.matcher(all.get(i));
            if (!matcher.find()) {
                continue;
            }
            boolean isStatic = matcher.group(1) != null;
            boolean wildcard = matcher.group(3) != null;
            String name = matcher.group(2);
            String javaPackage = isStatic || !wildcard ? parent(name) : name;
            if (isStatic && !wildcard) {
                javaPackage = parent(javaPackage);
                members.put(last(name), javaPackage);
            } else if (isStatic) {
                staticOnDemand.add(javaPackage);
            } else if (wildcard) {
                onDemand.add(javaPackage);
            } else {
                types.put(last(name), javaPackage);
            }
            lines.put(i + 1, javaPackage);
        }
        return new JavaImports(types, members, onDemand, staticOnDemand, lines, supertypes(source));
    }

    /** The packages {@code name} (simple or qualified) may come from: its import's, else every on-demand one. */
    List<String> packagesOfType(String name) {
        if (name.contains(".")) {
            return List.of(parent(name));
        }
        return types.containsKey(name) ? List.of(types.get(name)) : onDemand;
    }

    /** The packages a statically imported {@code member} may come from. */
    List<String> packagesOfMember(String member) {
        return members.containsKey(member) ? List.of(members.get(member)) : staticOnDemand;
    }

    /** The packages the file's supertypes may come from. */
    List<String> packagesOfSupertypes() {
        Set<String> packages = new LinkedHashSet<>();
        supertypes.forEach(name -> packages.addAll(packagesOfType(name)));
        return List.copyOf(packages);
    }

    private static Set<String> supertypes(String source) {
        Set<String> names = new LinkedHashSet<>();
        Matcher clause = SUPERTYPES.matcher(source);
        while (clause.find()) {
            Matcher name = NAME.matcher(withoutTypeArguments(clause.group(1)));
            while (name.find()) {
                if (!name.group().equals("implements") && !name.group().equals("extends")) {
                    names.add(name.group());
                }
            }
        }
        return names;
    }

    private static String withoutTypeArguments(String types) {
        String plain = types;
        for (String previous = ""; !plain.equals(previous); ) {
            previous = plain;
            plain = plain.replaceAll("<[^<>]*>", "");
        }
        return plain;
    }

    private static String parent(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
