package dev.l2mac.llm.edge;

import java.io.IOException;

/**
 * A successful answer whose body cannot be read as the provider's reply at all (too large, cut off, a chat
 * completion of the wrong shape). It is an {@link IOException} so that it travels the transport's failure paths;
 * {@link FailureClassifier} makes it a retryable failure whose message is this one's.
 */
public final class MalformedReply extends IOException {
    /** @param what what was wrong with the reply, said for a person */
    public MalformedReply(String what) {
        super(what);
    }
}
