package dev.l2mac.tools;

import dev.l2mac.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records every command it is asked to run and answers with a canned result. */
final class FakeProcessRunner implements ProcessRunner {

    record Invocation(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars) {}

    final List<Invocation> invocations = new ArrayList<>();
    private ProcessResult answer = new ProcessResult.Exited(0, "", false);

    FakeProcessRunner answering(ProcessResult result) {
        this.answer = result;
        return this;
    }

    Invocation last() {
        return invocations.getLast();
    }

    @Override
    public ProcessResult run(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars) {
        invocations.add(new Invocation(List.copyOf(command), directory, environment, timeout, maxOutputChars));
        return answer;
    }
}
