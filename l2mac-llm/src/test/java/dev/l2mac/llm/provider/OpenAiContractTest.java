package dev.l2mac.llm.provider;

class OpenAiContractTest extends ProviderContract {
    @Override
    WireDialect dialect() {
        return new OpenAiDialect();
    }
}
