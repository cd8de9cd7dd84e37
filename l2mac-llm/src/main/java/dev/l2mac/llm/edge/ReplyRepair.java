package dev.l2mac.llm.edge;

/**
 * What an adapter does to a successful reply before its provider library reads it: mends what can be mended into a
 * reply the model can be answered about (a tool call of the wrong shape becomes one the dispatcher refuses with an
 * error), and refuses what cannot be read at all.
 */
@FunctionalInterface
public interface ReplyRepair {
    /** Leaves every reply as sent. */
    ReplyRepair NONE = (json, chunk) -> json;

    /**
     * @param json  a whole reply body, or the data of one server-sent event
     * @param chunk whether {@code json} is one piece of a streamed reply
     * @return the reply to hand on
     * @throws MalformedReply when the reply cannot be read as one
     */
    String repair(String json, boolean chunk) throws MalformedReply;
}
