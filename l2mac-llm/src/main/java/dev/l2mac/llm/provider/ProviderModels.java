package dev.l2mac.llm.provider;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;

/**
 * What differs between providers that LangChain4j models serve: how the models are built and how one request,
 * forcing a named tool or not, is put to them. Everything else is shared by {@link ChatModelClient}.
 */
interface ProviderModels {

    /** The model for a request that forces {@code forcedTool}, or forces nothing when it is {@code null}. */
    ChatModel chatModel(String forcedTool);

    StreamingChatModel streamingModel(String forcedTool);

    /** The request in LangChain4j's terms, with this provider's way of forcing {@code forcedTool} (may be null). */
    ChatRequest request(
            List<ChatMessage> messages,
            List<ToolSpecification> tools,
            String forcedTool,
            double temperature,
            int maxOutputTokens);
}
