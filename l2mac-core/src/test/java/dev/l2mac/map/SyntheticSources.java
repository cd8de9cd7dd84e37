package dev.l2mac.map;

import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Synthetic workspaces of cross-referencing modules: {@code packages} folders of {@code modules} files each, every
 * module extending a shared base ({@code core/base.py}, {@code Base.java}) and using three other modules picked by a
 * fixed formula, so that the same sizes always give the same files.
 */
final class SyntheticSources {

    private SyntheticSources() {}

    static Map<String, String> python(int packages, int modules) {
        Map<String, String> files = new TreeMap<>();
        files.put("core/base.py", "class Base:\n    def describe(self):\n        return type(self).__name__\n");
        int count = packages * modules;
        for (int i = 0; i < count; i++) {
            int p = i / modules;
            int m = i % modules;
            StringBuilder text = new StringBuilder("from core.base import Base\n");
            int[] uses = uses(i, count);
            for (int used : uses) {
                text.append("from pkg%d.mod%d import Widget%dx%d, helper_%d_%d\n"
                        .formatted(
                                used / modules,
                                used % modules,
                                used / modules,
                                used % modules,
                                used / modules,
                                used % modules));
            }
            text.append(
                    "\n\nclass Widget%dx%d(Base):\n    \"\"\"Widget %d of package %d.\"\"\"\n\n".formatted(p, m, m, p));
            text.append("    def __init__(self, size):\n        self.size = size\n\n");
            for (int used : uses) {
                String other = "Widget%dx%d".formatted(used / modules, used % modules);
                text.append("    def combine_with_%s(self, other: %s):\n".formatted(other.toLowerCase(), other))
                        .append("        total = other.size + helper_%d_%d(self.size)\n"
                                .formatted(used / modules, used % modules))
                        .append("        for step in range(total):\n            total += step %% %d\n".formatted(m + 2))
                        .append("        return total\n\n");
            }
            text.append("\ndef helper_%d_%d(value):\n    \"\"\"Scales value for module %d.\"\"\"\n".formatted(p, m, m))
                    .append("    return value * %d + %d\n".formatted(m + 1, p));
            files.put("pkg%d/mod%d.py".formatted(p, m), text.toString());
        }
        return files;
    }

    static Map<String, String> java(int packages, int classes) {
        Map<String, String> files = new TreeMap<>();
        String root = "src/main/java/com/acme/";
        files.put(
                root + "core/Base.java",
                "package com.acme.core;\n\npublic abstract class Base {\n"
                        + "    public String describe() {\n        return getClass().getSimpleName();\n    }\n}\n");
        int count = packages * classes;
        for (int i = 0; i < count; i++) {
            int p = i / classes;
            int c = i % classes;
            String name = "Service%dx%d".formatted(p, c);
            StringBuilder text =
                    new StringBuilder("package com.acme.pkg%d;\n\nimport com.acme.core.Base;\n".formatted(p));
            int[] uses = uses(i, count);
            for (int used : uses) {
                text.append("import com.acme.pkg%d.Service%dx%d;\n"
                        .formatted(used / classes, used / classes, used % classes));
            }
            text.append("\n/** Service %d of package %d. */\npublic class %s extends Base {\n".formatted(c, p, name))
                    .append("    private final int size;\n\n")
                    .append("    public %s(int size) {\n        this.size = size;\n    }\n\n".formatted(name))
                    .append("    public int size() {\n        return size;\n    }\n\n");
            for (int used : uses) {
                String other = "Service%dx%d".formatted(used / classes, used % classes);
                text.append("    public int combineWith%s(%s other) {\n".formatted(other, other))
                        .append("        int total = other.size() + size;\n")
                        .append("        for (int step = 0; step < total; step++) {\n")
                        .append("            total += step %% %d;\n        }\n".formatted(c + 2))
                        .append("        return total;\n    }\n\n");
            }
            text.append("}\n");
            files.put(root + "pkg%d/%s.java".formatted(p, name), text.toString());
        }
        return files;
    }

    /** Three other modules module {@code i} of {@code count} uses. */
    private static int[] uses(int i, int count) {
        return new int[] {(i * 7 + 1) % count, (i * 13 + 5) % count, (i * 31 + 11) % count};
    }

    static void writeTo(FileStore store, Map<String, String> files) {
        files.forEach((path, content) -> {
            try {
                store.write(path, content);
            } catch (MemoryException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Writes the files straight to disk, as a checkout would, without a store's checks. */
    static void writeTo(Path root, Map<String, String> files) {
        files.forEach((path, content) -> {
            try {
                Path file = root.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
