package dev.l2mac.control;

import dev.l2mac.llm.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Notices when the dialog of an instruction goes round in circles: the latest replies repeat the block of replies
 * just before them (the same reply twice in a row, or ABAB, up to blocks of {@code window} replies).
 */
final class CycleDetector {
    private final int window;
    private final List<String> replies = new ArrayList<>();

    CycleDetector(int window) {
        this.window = window;
    }

    /** Records a reply and says whether the dialog is now cycling. */
    boolean cyclesAfter(Message.AssistantMessage reply) {
        replies.add(fingerprint(reply));
        for (int length = 1; length <= window && 2 * length <= replies.size(); length++) {
            if (lastBlockRepeats(length)) {
                return true;
            }
        }
        return false;
    }

    void reset() {
        replies.clear();
    }

    private boolean lastBlockRepeats(int length) {
        int end = replies.size();
        for (int i = 0; i < length; i++) {
            if (!replies.get(end - 1 - i).equals(replies.get(end - 1 - length - i))) {
                return false;
            }
        }
        return true;
    }

    private static String fingerprint(Message.AssistantMessage reply) {
        StringBuilder print = new StringBuilder(reply.text().strip());
        reply.toolCalls()
                .forEach(call -> print.append('\u0000')
                        .append(call.name())
                        .append('\u0000')
                        .append(call.arguments()));
        return print.toString();
    }
}
