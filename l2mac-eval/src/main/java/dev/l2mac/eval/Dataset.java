package dev.l2mac.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** A benchmark's problems in file order, read from its JSONL data file (gzip-compressed when named {@code .gz}). */
public record Dataset(Benchmark benchmark, Path file, List<Problem> problems) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Dataset {
        problems = List.copyOf(problems);
    }

    /** Reads every problem; an unreadable file or row is a {@link DatasetException} that says which and why. */
    public static Dataset read(Benchmark benchmark, Path given) {
        Path file = given.toAbsolutePath().normalize();
        try (BufferedReader reader = open(file)) {
            List<Problem> problems = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                Problem problem = benchmark.problem(new JsonRow(file, line, parse(file, line, text)));
                if (!ids.add(problem.id())) {
                    throw new DatasetException(file + " line " + line + ": problem " + problem.id()
                            + " appears twice; the file is not a published " + benchmark.command() + " data file");
                }
                problems.add(problem);
            }
            if (problems.isEmpty()) {
                throw new DatasetException(
                        file + " holds no problems; point at the " + benchmark.command() + " data file");
            }
            return OutputJudged.attach(new Dataset(benchmark, file, problems));
        } catch (NoSuchFileException e) {
            throw new DatasetException(
                    "data file " + file + " does not exist; download the " + benchmark.command()
                            + " data (see docs/evaluation.md) and pass its path with --data",
                    e);
        } catch (IOException e) {
            throw new DatasetException("cannot read data file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The problems whose ids are listed, in file order; an unknown id is an error rather than a silent skip. */
    public Dataset only(List<String> ids) {
        Set<String> known = new HashSet<>();
        problems.forEach(p -> known.add(p.id()));
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new DatasetException("no problem " + String.join(", ", unknown) + " in " + file + "; ids look like "
                    + problems.getFirst().id());
        }
        Set<String> wanted = Set.copyOf(ids);
        return new Dataset(
                benchmark,
                file,
                problems.stream().filter(p -> wanted.contains(p.id())).toList());
    }

    /** The first {@code count} problems. */
    public Dataset first(int count) {
        return new Dataset(benchmark, file, problems.subList(0, Math.min(count, problems.size())));
    }

    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
        } catch (IOException notGzip) {
            in.close();
            throw new IOException("it is named .gz but is not gzip-compressed (" + notGzip.getMessage() + ")");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static JsonNode parse(Path file, int line, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                throw new DatasetException(file + " line " + line + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new DatasetException(file + " line " + line + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
