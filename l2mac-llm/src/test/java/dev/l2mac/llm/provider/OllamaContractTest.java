package dev.l2mac.llm.provider;

class OllamaContractTest extends ProviderContract {
    @Override
    WireDialect dialect() {
        return new OllamaDialect();
    }
}
