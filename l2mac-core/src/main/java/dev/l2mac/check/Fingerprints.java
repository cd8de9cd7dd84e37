package dev.l2mac.check;

import java.io.IOException;
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
final class Fingerprints {

    private static final String ALGORITHM = "SHA-256";

    private Fingerprints() {
    }

    /** The digest of {@code content}, as hex. */
    static String of(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /**
     * One digest over the names and contents of {@code files} (relative to {@code workspace}, in the order given);
     * a file that vanished counts as absent rather than failing the check.
     */
    static String ofFiles(Path workspace, Collection<String> files) {
        MessageDigest digest = digest();
        for (String file : files) {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                digest.update(Files.readAllBytes(workspace.resolve(file)));
            } catch (java.nio.file.NoSuchFileException e) {
                digest.update((byte) 1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " to see whether it changed: "
                        + e.getMessage(), e);
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
