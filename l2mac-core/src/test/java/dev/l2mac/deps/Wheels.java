package dev.l2mac.deps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a pure-Python wheel on disk, so that pip can install a package without reaching an index. Tests put it
 * inside the workspace: pip runs in the sandbox, whose private {@code /tmp} would hide a wheel elsewhere whenever the
 * checkout lives under {@code /tmp}.
 */
public final class Wheels {

    /** The workspace folder the tests' wheels go to. */
    public static final String FOLDER = "wheels";

    private Wheels() {}

    /** A wheel of {@code name} 1.0 whose module {@code name} holds {@code source}, written into {@code folder}. */
    public static Path pure(Path folder, String name, String source) throws IOException {
        String distInfo = name + "-1.0.dist-info/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name + "/__init__.py", source);
        files.put(distInfo + "METADATA", "Metadata-Version: 2.1\nName: " + name + "\nVersion: 1.0\n");
        files.put(
                distInfo + "WHEEL",
                "Wheel-Version: 1.0\nGenerator: l2mac-test\nRoot-Is-Purelib: true\n" + "Tag: py3-none-any\n");
        StringBuilder record = new StringBuilder();
        files.forEach((path, content) -> record.append(path)
                .append(",sha256=")
                .append(hash(content))
                .append(',')
                .append(content.getBytes(StandardCharsets.UTF_8).length)
                .append('\n'));
        record.append(distInfo).append("RECORD,,\n");
        files.put(distInfo + "RECORD", record.toString());
        Path wheel = folder.resolve(name + "-1.0-py3-none-any.whl");
        try (OutputStream out = Files.newOutputStream(wheel);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return wheel;
    }

    private static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
