package dev.l2mac.process;

/**
 * Process output kept within a character budget: the first two thirds of the budget from the head, the last third
 * from the tail, and a count of what was cut in between. Everything appended beyond the budget is still counted, so
 * a reader can keep draining a pipe without holding it in memory. Safe to append from one thread and read from
 * another.
 */
final class CappedOutput {

    private static final int HEAD_SHARE_NUMERATOR = 2;
    private static final int HEAD_SHARE_DENOMINATOR = 3;

    private final int headCapacity;
    private final StringBuilder head = new StringBuilder();
    private final char[] tail;
    private int tailStart;
    private int tailLength;
    private long total;

    CappedOutput(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        headCapacity = (int) ((long) maxChars * HEAD_SHARE_NUMERATOR / HEAD_SHARE_DENOMINATOR);
        tail = new char[maxChars - headCapacity];
    }

    synchronized void append(char[] chars, int offset, int length) {
        total += length;
        int intoHead = Math.min(length, headCapacity - head.length());
        head.append(chars, offset, intoHead);
        for (int i = offset + intoHead; i < offset + length; i++) {
            appendToTail(chars[i]);
        }
    }

    private void appendToTail(char c) {
        if (tail.length == 0) {
            return;
        }
        if (tailLength < tail.length) {
            tail[(tailStart + tailLength) % tail.length] = c;
            tailLength++;
        } else {
            tail[tailStart] = c;
            tailStart = (tailStart + 1) % tail.length;
        }
    }

    synchronized boolean truncated() {
        return cutChars() > 0;
    }

    /** The kept text, with a line saying how many characters were cut when anything was. */
    synchronized String text() {
        StringBuilder text = new StringBuilder(head);
        long cut = cutChars();
        if (cut > 0) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            text.append("[... ").append(cut).append(" characters cut ...]\n");
        }
        for (int i = 0; i < tailLength; i++) {
            text.append(tail[(tailStart + i) % tail.length]);
        }
        return text.toString();
    }

    private long cutChars() {
        return total - head.length() - tailLength;
    }
}
