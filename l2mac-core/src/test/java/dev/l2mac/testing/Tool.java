package dev.l2mac.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A program the tests run, probed once by running it: present when its probe exits with 0. */
public enum Tool {
    PYTHON3("python3", "install Python 3 (apt-get install python3)", "python3", "--version"),
    PIP(
            "pip for python3",
            "install pip for the python3 on PATH (apt-get install python3-pip)",
            "python3",
            "-m",
            "pip",
            "--version"),
    PYTEST(
            "pytest for python3",
            "python3 -m pip install pytest, or apt-get install python3-pytest where python3" + " is Debian's",
            "python3",
            "-m",
            "pytest",
            "--version"),
    NUMPY(
            "numpy for python3",
            "python3 -m pip install numpy, or apt-get install python3-numpy where python3 is" + " Debian's",
            "python3",
            "-c",
            "import numpy"),
    FLASK(
            "Flask for python3",
            "python3 -m pip install flask, or apt-get install python3-flask where python3 is" + " Debian's",
            "python3",
            "-c",
            "import flask"),
    PYLINT("pylint", "apt-get install pylint", "pylint", "--version"),
    BUBBLEWRAP("bubblewrap (bwrap)", "apt-get install bubblewrap", "bwrap", "--version"),
    NODE("Node.js (node)", "install Node.js 20.13 or newer (apt-get install nodejs)", "node", "--version"),
    NPM("npm", "apt-get install npm", "npm", "--version"),
    MAVEN("Maven (mvn)", "apt-get install maven", "mvn", "--version");

    /** Long enough for a cold JVM (mvn) or interpreter on a loaded machine. */
    private static final long PROBE_SECONDS = 60;

    private final String description;
    private final String remedy;
    private final List<String> probe;
    private volatile Optional<String> output;

    Tool(String description, String remedy, String... probe) {
        this.description = description;
        this.remedy = remedy;
        this.probe = List.of(probe);
    }

    /** True when the probe succeeds on this machine. */
    public boolean present() {
        return probeOutput().isPresent();
    }

    /** The probe's output (a version line, mostly), or empty when the tool is missing. */
    public Optional<String> probeOutput() {
        Optional<String> known = output;
        if (known == null) {
            known = run(probe);
            output = known;
        }
        return known;
    }

    /** What is missing and how to install it, for a skip or a CI failure. */
    String missing() {
        return description + " (`" + String.join(" ", probe) + "` failed); " + remedy;
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
