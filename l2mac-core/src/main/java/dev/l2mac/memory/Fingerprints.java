package dev.l2mac.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Content digests of workspace files, which decide what changed between two checks. Contents rather than
 * modification times: the model often rewrites a file within the clock's resolution, and rewriting it unchanged
 * changes nothing.
 */
public final class Fingerprints {

    private static final String ALGORITHM = "SHA-256";
    /** How many bytes of a file are hashed at a time. */
    static final int CHUNK_BYTES = 64 * 1024;

    private Fingerprints() {}

    /** The digest of {@code content}, as hex. */
    public static String of(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /**
     * One digest over the names and contents of {@code files} (relative to {@code workspace}, in the order given);
     * a file that vanished counts as absent rather than failing the check.
     */
    public static String ofFiles(Path workspace, Collection<String> files) {
        MessageDigest digest = digest();
        for (String file : files) {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                update(digest, workspace.resolve(file));
            } catch (java.nio.file.NoSuchFileException e) {
                digest.update((byte) 1);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot read " + file + " to see whether it changed: " + e.getMessage(), e);
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of the file's content, read in pieces, as hex. */
    public static String ofFile(Path file) throws IOException {
        MessageDigest digest = digest();
        update(digest, file);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds the file's content to {@code digest} {@value #CHUNK_BYTES} bytes at a time: files can be huge. */
    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[CHUNK_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
