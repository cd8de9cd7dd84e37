package dev.l2mac.llm.provider;

class AzureContractTest extends ProviderContract {
    @Override
    WireDialect dialect() {
        return new AzureDialect();
    }
}
