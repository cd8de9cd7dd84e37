package dev.l2mac.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The rules every store applies to file content: text only, and at most the store's size cap. */
final class TextContent {

    private TextContent() {}

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
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw binary(path);
        }
    }

    /** How many bytes {@link #summarise} reads at a time. */
    static final int SUMMARY_CHUNK_BYTES = 64 * 1024;

    /**
     * The summary of a file's bytes, read {@value #SUMMARY_CHUNK_BYTES} at a time: text when it is NUL-free UTF-8,
     * as {@link #decode} requires; a newline byte is never part of a longer UTF-8 sequence, so lines are counted on
     * the bytes.
     */
    static FileSummary summarise(InputStream in) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer pending = ByteBuffer.allocate(SUMMARY_CHUNK_BYTES);
        CharBuffer chars = CharBuffer.allocate(SUMMARY_CHUNK_BYTES);
        long size = 0;
        long newlines = 0;
        byte last = '\n';
        boolean text = true;
        int read;
        while ((read = in.read(pending.array(), pending.position(), pending.remaining())) >= 0) {
            int start = pending.position();
            for (int i = start; i < start + read; i++) {
                byte b = pending.array()[i];
                text &= b != 0;
                newlines += b == '\n' ? 1 : 0;
            }
            last = read > 0 ? pending.array()[start + read - 1] : last;
            size += read;
            pending.position(start + read).flip();
            // A sequence cut by the end of this piece stays pending; anything else left means malformed input.
            text = text && !utf8.decode(pending, chars.clear(), false).isError();
            if (text) {
                pending.compact();
            } else {
                pending.clear();
            }
        }
        pending.flip();
        text = text && !utf8.decode(pending, chars.clear(), true).isError() && !pending.hasRemaining();
        long lines = size > 0 && last != '\n' ? newlines + 1 : newlines;
        return new FileSummary(size, text, text ? lines : 0);
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
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    static MemoryException binary(WorkspacePath path) {
        return new MemoryException("File '" + path + "' is binary (not UTF-8 text), so it cannot be shown; the tools"
                + " work with text files only. Leave it as it is, or delete it if it is not needed.");
    }
}
