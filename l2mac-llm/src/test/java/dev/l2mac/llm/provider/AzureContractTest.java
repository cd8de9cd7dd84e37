package dev.l2mac.llm.provider;

class AzureContractTest extends TextArgumentsContract {
    @Override
    WireDialect dialect() {
        return new AzureDialect();
    }
}
