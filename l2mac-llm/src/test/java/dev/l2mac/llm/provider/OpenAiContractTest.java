package dev.l2mac.llm.provider;

class OpenAiContractTest extends TextArgumentsContract {
    @Override
    WireDialect dialect() {
        return new OpenAiDialect();
    }
}
