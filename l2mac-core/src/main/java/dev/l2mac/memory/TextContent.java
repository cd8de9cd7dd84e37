package dev.l2mac.memory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The rules every store applies to file content: text only, and at most the store's size cap. */
final class TextContent {

    private TextContent() {
    }

    /** Refuses content that is binary or larger than {@code maxFileBytes} once encoded as UTF-8. */
    static void requireWritable(WorkspacePath path, String content, long maxFileBytes) throws MemoryException {
        if (content == null) {
            throw new MemoryException("No content was given for '" + path + "'; give the whole file as text.");
        }
        if (content.indexOf('\0') >= 0) {
            throw new MemoryException("The content for '" + path + "' contains NUL characters, so it is binary; only"
                    + " text files can be written. Write the file as plain text.");
        }
        long bytes = utf8Length(content);
        if (bytes > maxFileBytes) {
            throw new MemoryException("The content for '" + path + "' is " + bytes + " bytes, over the limit of "
                    + maxFileBytes + " bytes per file; split it into smaller modules and write each one separately.");
        }
    }

    /** Decodes a file read from disk, refusing anything that is not NUL-free UTF-8 text. */
    static String decode(WorkspacePath path, byte[] bytes) throws MemoryException {
        for (byte b : bytes) {
            if (b == 0) {
                throw binary(path);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw binary(path);
        }
    }

    /** Counts the UTF-8 bytes of {@code text} without encoding it. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static MemoryException binary(WorkspacePath path) {
        return new MemoryException("File '" + path + "' is binary (not UTF-8 text), so it cannot be shown; the tools"
                + " work with text files only. Leave it as it is, or delete it if it is not needed.");
    }
}
