package dev.l2mac.deps;

/** A kind of project dependencies the installation step knows: its manifest at the workspace root and its tool. */
public enum Ecosystem {
    PYTHON(
            "python",
            "requirements.txt",
            "pip",
            "install Python 3 with pip (apt-get install python3-pip, or python3 -m ensurepip)"),
    NODE("node", "package.json", "npm", "install Node.js with npm (https://nodejs.org, or apt-get install npm)"),
    MAVEN("maven", "pom.xml", "mvn", "install Apache Maven (https://maven.apache.org, or apt-get install maven)");

    private final String label;
    private final String manifest;
    private final String tool;
    private final String installHint;

    Ecosystem(String label, String manifest, String tool, String installHint) {
        this.label = label;
        this.manifest = manifest;
        this.tool = tool;
        this.installHint = installHint;
    }

    /** A short lower-case name for output, such as {@code python}. */
    public String label() {
        return label;
    }

    /** The file at the workspace root that lists the dependencies, such as {@code requirements.txt}. */
    public String manifest() {
        return manifest;
    }

    /** The package manager that installs them, such as {@code pip}. */
    public String tool() {
        return tool;
    }

    /** What to do when {@link #tool()} is missing. */
    String installHint() {
        return installHint;
    }
}
