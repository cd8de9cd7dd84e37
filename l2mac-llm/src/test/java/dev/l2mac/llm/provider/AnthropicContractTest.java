package dev.l2mac.llm.provider;

class AnthropicContractTest extends ProviderContract {
    @Override
    WireDialect dialect() {
        return new AnthropicDialect();
    }
}
