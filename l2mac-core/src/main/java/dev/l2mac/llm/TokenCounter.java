package dev.l2mac.llm;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the tokens a context window will take, before it is sent, with the model's tokenizer where it is known
 * (o200k for the GPT-4o and o-series families, cl100k otherwise). Counts follow OpenAI's accounting of chat
 * messages: a few tokens of framing per message and per tool call on top of the text.
 */
public final class TokenCounter {
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
    /**
     * Distinct texts whose token counts are remembered: far more than the parts of one context (prompts, file
     * listing, dialog messages, tool calls and tool definitions), so a context counted before each call (by the
     * processor, or by a replay as the processor does) is tokenized only where it is new.
     */
    public static final int CONTEXT_TEXTS = 1_024;
    /** Framing tokens OpenAI adds per message ({@code <|start|>role ... <|end|>}). */
    static final int TOKENS_PER_MESSAGE = 4;
    /** Framing tokens for the reply the model is primed to write. */
    static final int TOKENS_PER_REPLY = 3;

    private final Encoding encoding;
    /** Counts of texts already seen, least recently used first; null when nothing is remembered. */
    private final Map<String, Integer> remembered;

    private TokenCounter(Encoding encoding, Map<String, Integer> remembered) {
        this.encoding = encoding;
        this.remembered = remembered;
    }

    /** A counter for a tokenizer named as in the model registry: {@code cl100k} or {@code o200k}. */
    public static TokenCounter forTokenizer(String tokenizer) {
        EncodingType type = ModelInfo.O200K.equals(tokenizer) ? EncodingType.O200K_BASE : EncodingType.CL100K_BASE;
        return new TokenCounter(REGISTRY.getEncoding(type), null);
    }

    public static TokenCounter forModel(String model) {
        String name = model == null ? "" : model.toLowerCase(java.util.Locale.ROOT);
        boolean o200k = name.startsWith("gpt-4o")
                || name.startsWith("gpt-4.1")
                || name.startsWith("gpt-5")
                || name.matches("^o\\d.*")
                || name.startsWith("chatgpt-4o");
        return new TokenCounter(REGISTRY.getEncoding(o200k ? EncodingType.O200K_BASE : EncodingType.CL100K_BASE), null);
    }

    /**
     * The same counter, remembering the counts of up to {@code maxTexts} distinct texts (least recently used
     * forgotten first), so that a context counted again and again is tokenized only where it changed. The counts
     * are exactly those of an unremembering counter.
     */
    public TokenCounter remembering(int maxTexts) {
        if (maxTexts <= 0) {
            throw new IllegalArgumentException("maxTexts must be positive, was " + maxTexts);
        }
        return new TokenCounter(encoding, new LinkedHashMap<>(maxTexts, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > maxTexts;
            }
        });
    }

    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (remembered == null) {
            return encoding.countTokensOrdinary(text);
        }
        synchronized (remembered) {
            Integer known = remembered.get(text);
            if (known != null) {
                return known;
            }
        }
        int counted = encoding.countTokensOrdinary(text);
        synchronized (remembered) {
            remembered.put(text, counted);
        }
        return counted;
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
