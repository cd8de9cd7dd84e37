package dev.l2mac.config;

/** The text that tells a new user how to point the command at a model; kept in one place so docs can match it. */
final class SetupHints {

    static final String NO_MODEL = """
            configure a model in one of these ways:
              OpenAI:         export OPENAI_API_KEY=... and --model gpt-4o
              a local OpenAI-compatible server such as Ollama:
                              ollama serve; l2mac codebase "..." --base-url http://localhost:11434/v1 --model llama3.1
              a config file:  ~/.l2mac/config.yaml (or ./l2mac.yaml) with
                                llm:
                                  model: gpt-4o
                                  base_url: https://api.openai.com/v1
                                  api_key: sk-...
            or the environment variables L2MAC_MODEL, L2MAC_BASE_URL, L2MAC_API_KEY""";

    static final String NO_KEY = """
            the OpenAI API needs a key; give it in one of these ways:
              export OPENAI_API_KEY=sk-...   (or L2MAC_API_KEY)
              llm.api_key in ~/.l2mac/config.yaml
            or use a local OpenAI-compatible server that needs no key, such as Ollama:
              ollama serve; l2mac codebase "..." --base-url http://localhost:11434/v1 --model llama3.1""";

    private SetupHints() {}
}
