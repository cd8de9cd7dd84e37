package dev.l2mac.program;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file the user wrote (YAML, or JSON when it ends in {@code .json}) into a tree, turning every failure into
 * one sentence about what is wrong, with the line number when the parser knows it. Duplicate keys are errors.
 */
final class UserFile {

    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = strict(new ObjectMapper());

    /** A problem with the file, phrased to follow "cannot use FILE: ". */
    static final class Problem extends Exception {
        Problem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private UserFile() {}

    static JsonNode read(Path file) throws Problem {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new Problem("the file does not exist", e);
        } catch (IOException e) {
            throw new Problem(
                    "the file cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode tree;
        try {
            tree = (json ? JSON : YAML).readTree(text);
        } catch (JsonProcessingException e) {
            throw new Problem("it is not valid " + (json ? "JSON" : "YAML") + " (" + Phrasing.failure(e) + ")", e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new Problem("the file is empty", null);
        }
        return tree;
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper;
    }
}
