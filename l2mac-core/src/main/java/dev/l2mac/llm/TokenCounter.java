package dev.l2mac.llm;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;

/**
 * Counts the tokens a context window will take, before it is sent, with the model's tokenizer where it is known
 * (o200k for the GPT-4o and o-series families, cl100k otherwise). Counts follow OpenAI's accounting of chat
 * messages: a few tokens of framing per message and per tool call on top of the text.
 */
public final class TokenCounter {
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
    /** Framing tokens OpenAI adds per message ({@code <|start|>role ... <|end|>}). */
    static final int TOKENS_PER_MESSAGE = 4;
    /** Framing tokens for the reply the model is primed to write. */
    static final int TOKENS_PER_REPLY = 3;

    private final Encoding encoding;

    private TokenCounter(Encoding encoding) {
        this.encoding = encoding;
    }

    public static TokenCounter forModel(String model) {
        String name = model == null ? "" : model.toLowerCase(java.util.Locale.ROOT);
        boolean o200k = name.startsWith("gpt-4o") || name.startsWith("gpt-4.1") || name.startsWith("gpt-5")
                || name.matches("^o\\d.*") || name.startsWith("chatgpt-4o");
        return new TokenCounter(REGISTRY.getEncoding(o200k ? EncodingType.O200K_BASE : EncodingType.CL100K_BASE));
    }

    public int count(String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }

    public int count(List<Message> messages) {
        int total = TOKENS_PER_REPLY;
        for (Message message : messages) {
            total += TOKENS_PER_MESSAGE + count(message.text());
            if (message instanceof Message.AssistantMessage assistant) {
                for (ToolCall call : assistant.toolCalls()) {
                    total += TOKENS_PER_MESSAGE + count(call.name()) + count(call.arguments());
                }
            }
        }
        return total;
    }

    public int countTools(List<ToolSpec> tools) {
        int total = 0;
        for (ToolSpec tool : tools) {
            total += count(tool.name()) + count(tool.description()) + count(tool.parametersSchema());
        }
        return total;
    }
}
