package dev.l2mac.cli.invocation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The {@code --version} text: the build's version (stamped into a resource at build time) and the Java runtime. */
public final class VersionText implements IVersionProvider {

    private static final String RESOURCE = "/dev/l2mac/cli/version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties build = new Properties();
        try (InputStream in = VersionText.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        }
        return new String[] {
            "l2mac " + build.getProperty("version", "(unknown version)"),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }
}
