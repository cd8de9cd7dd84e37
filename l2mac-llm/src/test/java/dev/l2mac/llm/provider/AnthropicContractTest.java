package dev.l2mac.llm.provider;

class AnthropicContractTest extends TextArgumentsContract {
    @Override
    WireDialect dialect() {
        return new AnthropicDialect();
    }
}
