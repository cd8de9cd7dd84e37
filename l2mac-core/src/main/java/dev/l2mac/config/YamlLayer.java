package dev.l2mac.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.l2mac.config.ConfigKeys.Key;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one YAML config file (sections {@code llm}, {@code limits}, {@code run}) into a {@link Layer}; a missing
 * file is an empty layer. Relative paths in the file are resolved against the file's folder.
 */
final class YamlLayer {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private YamlLayer() {}

    static Layer read(Path file) {
        Layer layer = new Layer();
        if (!Files.exists(file)) {
            return layer;
        }
        JsonNode root = parse(file);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return layer;
        }
        if (!root.isObject()) {
            throw new ConfigException(
                    file + " must hold sections (llm:, limits:, run:), found " + root.getNodeType(),
                    "see the README, section Configuration, for an example");
        }
        for (Map.Entry<String, JsonNode> section : root.properties()) {
            readSection(section.getKey(), section.getValue(), file, layer);
        }
        return layer;
    }

    private static void readSection(String section, JsonNode body, Path file, Layer layer) {
        if (!ConfigKeys.sections().contains(ConfigKeys.normalize(section))) {
            throw ConfigKeys.unknownSection(section, file.toString());
        }
        if (body.isNull()) {
            return;
        }
        if (!body.isObject()) {
            throw new ConfigException(
                    "section " + section + " in " + file + " must hold keys, found " + body,
                    "write it as \"" + section + ":\" followed by indented \"key: value\" lines");
        }
        // an absolute path to a file always has a parent
        Path baseDir = Objects.requireNonNull(file.toAbsolutePath().getParent());
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            String name = section + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (ConfigKeys.normalize(name).equals(ConfigKeys.PROXY)) {
                refuseProxy(value, file);
            } else {
                Key key = ConfigKeys.resolve(section, entry.getKey(), file.toString());
                if (!value.isNull()) {
                    layer.put(key, value, file.toString(), baseDir);
                }
            }
        }
    }

    private static void refuseProxy(JsonNode value, Path file) {
        if (!value.isNull() && !value.asText().isBlank()) {
            throw new ConfigException(
                    "llm.proxy in " + file + " is not supported, found " + value,
                    "remove llm.proxy, or set it to \"\"");
        }
    }

    private static JsonNode parse(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String line = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr();
            throw new ConfigException(
                    "malformed YAML in " + file + line + ": "
                            + malformed
                                    .getOriginalMessage()
                                    .lines()
                                    .findFirst()
                                    .orElse("")
                                    .strip(),
                    "fix the file; keys are \"key: value\" lines indented under llm:, limits: or run:");
        } catch (IOException unreadable) {
            throw new ConfigException(
                    "cannot read " + file + ": " + unreadable.getMessage(), "check that the file is readable");
        }
    }
}
