package dev.l2mac.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * An existing repository of many small source files that use one another, committed with git, as a user's project
 * is: packages of a hundred modules each, every module defining a function and a class and calling a function of
 * the module before it. One module also defines a known function ({@link #target()}) for a one-line change.
 *
 * @param root     the repository
 * @param language {@code python} or {@code java}
 * @param files    how many source files it holds
 */
public record LargeRepository(Path root, String language, int files) {

    private static final int MODULES_PER_PACKAGE = 100;
    /** The module that defines the function a test changes: package 42, module 17 (or the last one, if fewer). */
    private static final int TARGET = 42 * MODULES_PER_PACKAGE + 17;

    /** A Python repository of {@code files} modules under {@code app/}. */
    public static LargeRepository python(Path root, int files) throws IOException {
        return new LargeRepository(root, "python", files).written();
    }

    /** A Java repository of {@code files} classes under {@code src/main/java/app/}. */
    public static LargeRepository java(Path root, int files) throws IOException {
        return new LargeRepository(root, "java", files).written();
    }

    /** The function a one-line change edits, as it is named in the source. */
    public String targetFunction() {
        return python() ? "parse_discount_code" : "parseDiscountCode";
    }

    /** The task of the one-line change, as a user gives it. */
    public String task() {
        return "Make " + targetFunction() + " ignore surrounding whitespace.";
    }

    /** The one step a model plans for {@link #task()}: it names {@link #targetFunction()}. */
    public String instruction() {
        return "In " + targetFunction() + ", strip the surrounding whitespace from the code before upper-casing it.";
    }

    /** The file that defines {@link #targetFunction()}, relative to the root. */
    public String target() {
        return path(Math.min(TARGET, files - 1));
    }

    /** The line of {@link #target()} that the change replaces, as it reads. */
    public String targetLine() {
        return python() ? "    return code.upper()" : "        return code.toUpperCase();";
    }

    /** The line that replaces {@link #targetLine()}: surrounding blanks are stripped from the code first. */
    public String changedLine() {
        return python() ? "    return code.strip().upper()" : "        return code.strip().toUpperCase();";
    }

    /** The 1-based line number of {@link #targetLine()} in {@link #target()}. */
    public int targetLineNumber() throws IOException {
        return Files.readAllLines(root.resolve(target())).indexOf(targetLine()) + 1;
    }

    private boolean python() {
        return language.equals("python");
    }

    private String path(int index) {
        String folder = String.format(Locale.ROOT, "pkg%03d", index / MODULES_PER_PACKAGE);
        int module = index % MODULES_PER_PACKAGE;
        return python()
                ? String.format(Locale.ROOT, "app/%s/mod_%02d.py", folder, module)
                : String.format(Locale.ROOT, "src/main/java/app/%s/Mod%02d.java", folder, module);
    }

    private LargeRepository written() throws IOException {
        Files.createDirectories(root);
        for (int i = 0; i < files; i++) {
            Path file = root.resolve(path(i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, python() ? pythonModule(i) : javaClass(i), StandardCharsets.UTF_8);
        }
        if (python()) {
            for (int p = 0; p * MODULES_PER_PACKAGE < files; p++) {
                Files.writeString(root.resolve(String.format(Locale.ROOT, "app/pkg%03d/__init__.py", p)), "");
            }
            Files.writeString(root.resolve("app/__init__.py"), "");
        }
        Files.writeString(root.resolve("README.md"), "# A large " + language + " project\n");
        commit();
        return this;
    }

    private String pythonModule(int i) {
        StringBuilder text = new StringBuilder("\"\"\"Module " + i + " of the application.\"\"\"\n");
        String previous = i == 0 ? "" : "helper_" + (i - 1);
        if (i > 0) {
            text.append("from app.")
                    .append(folderOf(i - 1))
                    .append('.')
                    .append(moduleOf(i - 1))
                    .append(" import ")
                    .append(previous)
                    .append('\n');
        }
        text.append("\n\ndef helper_")
                .append(i)
                .append("(value):\n")
                .append("    \"\"\"Return the value, shifted by ")
                .append(i)
                .append(".\"\"\"\n")
                .append("    return ")
                .append(i > 0 ? previous + "(value)" : "value")
                .append(" + 1\n")
                .append("\n\nclass Record")
                .append(i)
                .append(":\n")
                .append("    \"\"\"A value and its shifted form.\"\"\"\n\n")
                .append("    def __init__(self, value):\n        self.value = value\n\n")
                .append("    def shifted(self):\n        \"\"\"The value, shifted.\"\"\"\n")
                .append("        return helper_")
                .append(i)
                .append("(self.value)\n");
        if (i == Math.min(TARGET, files - 1)) {
            text.append("\n\ndef parse_discount_code(code):\n")
                    .append("    \"\"\"Return the discount code in upper case.\"\"\"\n")
                    .append(targetLine())
                    .append('\n');
        }
        return text.toString();
    }

    private String javaClass(int i) {
        String name = String.format(Locale.ROOT, "Mod%02d", i % MODULES_PER_PACKAGE);
        StringBuilder text =
                new StringBuilder("package app.").append(folderOf(i)).append(";\n\n");
        if (i > 0) {
            text.append("import app.")
                    .append(folderOf(i - 1))
                    .append('.')
                    .append(String.format(Locale.ROOT, "Mod%02d", (i - 1) % MODULES_PER_PACKAGE))
                    .append(";\n\n");
        }
        text.append("/** Module ")
                .append(i)
                .append(" of the application. */\n")
                .append("public final class ")
                .append(name)
                .append(" {\n\n")
                .append("    private ")
                .append(name)
                .append("() {}\n\n")
                .append("    /** The value, shifted by ")
                .append(i)
                .append(". */\n")
                .append("    public static int helper")
                .append(i)
                .append("(int value) {\n")
                .append("        return ")
                .append(i > 0 ? String.format(Locale.ROOT, "Mod%02d.helper%d(value)", (i - 1) % 100, i - 1) : "value")
                .append(" + 1;\n    }\n");
        if (i == Math.min(TARGET, files - 1)) {
            text.append("\n    /** The discount code in upper case. */\n")
                    .append("    public static String parseDiscountCode(String code) {\n")
                    .append(targetLine())
                    .append("\n    }\n");
        }
        return text.append("}\n").toString();
    }

    private static String folderOf(int index) {
        return String.format(Locale.ROOT, "pkg%03d", index / MODULES_PER_PACKAGE);
    }

    private static String moduleOf(int index) {
        return String.format(Locale.ROOT, "mod_%02d", index % MODULES_PER_PACKAGE);
    }

    private void commit() throws IOException {
        try (Git git = Git.init().setDirectory(root.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent author = new PersonIdent("A Developer", "dev@example.com");
            git.commit()
                    .setMessage("The project as it stands")
                    .setAuthor(author)
                    .setCommitter(author)
                    .call();
        } catch (GitAPIException e) {
            throw new IOException("cannot commit " + root + ": " + e.getMessage(), e);
        }
    }
}
