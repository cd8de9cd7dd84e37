package dev.l2mac.llm.provider;

class GeminiContractTest extends ProviderContract {
    @Override
    WireDialect dialect() {
        return new GeminiDialect();
    }
}
