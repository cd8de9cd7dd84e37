package dev.l2mac.map;

import dev.l2mac.check.Grammars;
import dev.l2mac.check.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.treesitter.TSNode;
import org.treesitter.TSParser;

/**
 * The classes, functions and methods of one source file, found by parsing it with its language's tree-sitter
 * grammar ({@link Grammars}): each with its depth of nesting, its kind, name and parameters, and its lines. The one
 * place definitions are extracted: {@code outline_files} shows them, and the {@link CodebaseMap} ranks and shows them.
 */
public final class Outline {

    /** Characters of a parameter list shown; a longer one is cut. */
    public static final int MAX_PARAMETER_CHARS = 80;

    /**
     * One definition; its lines are 1-based and inclusive, decorators and annotations included, and {@code nameLine}
     * is the line holding its name (the line a signature starts on).
     */
    public record Definition(
            int depth, String kind, String name, String parameters, long firstLine, long lastLine, long nameLine) {}

    /** The definitions in source order, and whether the parser had to recover from syntax errors. */
    public record Result(List<Definition> definitions, boolean syntaxErrors) {}

    /** Node types that define something, by language, with the word the outline shows for them. */
    private static final Map<String, String> PYTHON = Map.of("class_definition", "class", "function_definition", "def");

    private static final Map<String, String> JAVA = Map.of(
            "class_declaration", "class",
            "interface_declaration", "interface",
            "enum_declaration", "enum",
            "record_declaration", "record",
            "annotation_type_declaration", "@interface",
            "method_declaration", "method",
            "constructor_declaration", "constructor",
            "compact_constructor_declaration", "constructor");

    private static final Map<String, String> JAVASCRIPT = Map.of(
            "class_declaration", "class",
            "function_declaration", "function",
            "generator_function_declaration", "function*",
            "method_definition", "method");

    private static final Map<String, String> TYPESCRIPT_ONLY = Map.of(
            "abstract_class_declaration", "abstract class",
            "interface_declaration", "interface",
            "enum_declaration", "enum",
            "method_signature", "method",
            "abstract_method_signature", "abstract method");

    /** Nodes that bind a name to a value, which is a definition when the value is a function or a class. */
    private static final Set<String> BINDINGS =
            Set.of("variable_declarator", "field_definition", "public_field_definition");

    private static final Map<String, String> BOUND_VALUES = Map.of(
            "arrow_function", "function",
            "function_expression", "function",
            "function", "function",
            "generator_function", "function*",
            "class", "class");

    /**
     * The Python nodes that may hold a definition: statements with bodies. Python defines nothing inside an
     * expression, so the outline need not walk them.
     */
    private static final Set<String> PYTHON_HOLDERS = Set.of(
            "module",
            "block",
            "decorated_definition",
            "if_statement",
            "elif_clause",
            "else_clause",
            "for_statement",
            "while_statement",
            "try_statement",
            "except_clause",
            "except_group_clause",
            "finally_clause",
            "with_statement",
            "match_statement",
            "case_clause");

    /** Nodes of the other languages that never hold a definition (their expressions can: anonymous classes). */
    private static final Set<String> NEVER_HOLDERS = Set.of(
            "import_declaration",
            "package_declaration",
            "import_statement",
            "modifiers",
            "formal_parameters",
            "type_arguments",
            "type_parameters",
            "superclass",
            "super_interfaces",
            "throws",
            "string",
            "string_literal",
            "comment",
            "line_comment",
            "block_comment");

    private final Map<String, String> kinds;
    private final Predicate<String> mayHold;
    private final byte[] source;
    private final List<Definition> definitions = new ArrayList<>();

    private Outline(Language language, byte[] source) {
        this.kinds = kinds(language);
        this.mayHold = language == Language.PYTHON ? PYTHON_HOLDERS::contains : type -> !NEVER_HOLDERS.contains(type);
        this.source = source;
    }

    /** The outline of {@code content}; loading the grammar may throw a LinkageError where tree-sitter cannot load. */
    public static Result of(Language language, String content) {
        byte[] source = content.getBytes(StandardCharsets.UTF_8);
        TSParser parser = Grammars.parser(language);
        TSNode root = parser.parseString(null, content).getRootNode();
        Outline outline = new Outline(language, source);
        outline.collect(root, 0);
        return new Result(List.copyOf(outline.definitions), root.hasError());
    }

    private static Map<String, String> kinds(Language language) {
        return switch (language) {
            case PYTHON -> PYTHON;
            case JAVA -> JAVA;
            case JAVASCRIPT -> JAVASCRIPT;
            case TYPESCRIPT -> {
                Map<String, String> both = new HashMap<>(JAVASCRIPT);
                both.putAll(TYPESCRIPT_ONLY);
                yield Map.copyOf(both);
            }
        };
    }

    /**
     * Adds the definitions below {@code node}. Each node's type is asked for once, and a node without named children
     * (most are identifiers and literals) is passed over without asking: every crossing into the native library
     * costs, and the map outlines thousands of files.
     */
    private void collect(TSNode node, int depth) {
        int children = node.getNamedChildCount();
        for (int i = 0; i < children; i++) {
            TSNode child = node.getNamedChild(i);
            if (child.getNamedChildCount() == 0) {
                continue;
            }
            String type = child.getType();
            String kind = kindOf(child, type);
            if (kind == null) {
                if (mayHold.test(type)) {
                    collect(child, depth);
                }
                continue;
            }
            TSNode defined = BINDINGS.contains(type) ? child.getChildByFieldName("value") : child;
            definitions.add(new Definition(
                    depth,
                    kind,
                    name(child),
                    parameters(defined),
                    firstLine(child),
                    child.getEndPoint().getRow() + 1L,
                    nameLine(child)));
            collect(defined, depth + 1);
        }
    }

    /** Where {@code node} starts, with the decorators Python keeps outside it. */
    private static long firstLine(TSNode node) {
        TSNode parent = node.getParent();
        TSNode start = !parent.isNull() && parent.getType().equals("decorated_definition") ? parent : node;
        return start.getStartPoint().getRow() + 1L;
    }

    /** The line of {@code node}'s name, or of its start when it has none. */
    private static long nameLine(TSNode node) {
        for (String field : List.of("name", "property")) {
            TSNode name = node.getChildByFieldName(field);
            if (!name.isNull()) {
                return name.getStartPoint().getRow() + 1L;
            }
        }
        return node.getStartPoint().getRow() + 1L;
    }

    /** The word shown for {@code node}, or null when it defines nothing. */
    private @Nullable String kindOf(TSNode node, String type) {
        if (BINDINGS.contains(type)) {
            TSNode value = node.getChildByFieldName("value");
            return value.isNull() ? null : BOUND_VALUES.get(value.getType());
        }
        return kinds.get(type);
    }

    private String name(TSNode node) {
        for (String field : List.of("name", "property")) {
            TSNode name = node.getChildByFieldName(field);
            if (!name.isNull()) {
                return text(name);
            }
        }
        return "(anonymous)";
    }

    private String parameters(TSNode node) {
        for (String field : List.of("parameters", "parameter")) {
            TSNode parameters = node.getChildByFieldName(field);
            if (!parameters.isNull()) {
                String text = text(parameters).replaceAll("\\s+", " ");
                String shown = text.startsWith("(") ? text : "(" + text + ")";
                return shown.length() <= MAX_PARAMETER_CHARS ? shown : shown.substring(0, MAX_PARAMETER_CHARS) + "...)";
            }
        }
        return "";
    }

    private String text(TSNode node) {
        int start = Math.min(node.getStartByte(), source.length);
        int end = Math.min(node.getEndByte(), source.length);
        return new String(source, start, end - start, StandardCharsets.UTF_8);
    }
}
