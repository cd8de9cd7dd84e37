package dev.l2mac.llm.provider;

import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.Usage;
import java.util.ArrayList;
import java.util.List;

/** Keeps every piece a stream reported, in order, as short strings that read well in assertion failures. */
final class RecordingListener implements StreamListener {
    final List<String> texts = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    Usage usage;

    @Override
    public void onText(String fragment) {
        texts.add(fragment);
    }

    @Override
    public void onToolCallStarted(int index, String id, String name) {
        events.add("started " + index + " " + name);
    }

    @Override
    public void onToolCallArguments(int index, String fragment) {
        events.add("arguments " + index + " " + fragment);
    }

    @Override
    public void onUsage(Usage reported) {
        usage = reported;
    }

    String argumentsOf(int index) {
        String prefix = "arguments " + index + " ";
        StringBuilder all = new StringBuilder();
        events.stream()
                .filter(event -> event.startsWith(prefix))
                .forEach(event -> all.append(event.substring(prefix.length())));
        return all.toString();
    }
}
