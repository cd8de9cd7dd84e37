package dev.l2mac.check.java;

import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.KnownNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The libraries a Java project declares in its {@code pom.xml} files (the root's and its modules'), and which Java
 * packages each provides. A POM names Maven coordinates, not packages, so a library is taken to provide the packages
 * that share the first two segments of its group ({@code com.fasterxml.jackson.core} provides
 * {@code com.fasterxml.jackson.databind}), or those a table of known exceptions gives ({@code org.projectlombok}
 * provides {@code lombok}). Too many rather than too few: a package taken for a declared library's is a note, one
 * taken for nobody's is an error the model must act on. A POM that cannot be read declares nothing.
 */
final class PomDependencies {

    /** Segments of a group that its packages share, when the table does not say otherwise. */
    static final int SHARED_SEGMENTS = 2;

    private static final Map<String, String> PACKAGES_OF_GROUP =
            KnownNames.read(PomDependencies.class, "java-packages.properties");

    /** One declared library; {@code pom} is the workspace path of the POM that declares it. */
    record Library(String groupId, String artifactId, String pom) {
        /** {@code groupId:artifactId}. */
        String coordinates() {
            return groupId + ":" + artifactId;
        }

        boolean provides(String javaPackage) {
            String known = PACKAGES_OF_GROUP.get(groupId.toLowerCase(Locale.ROOT));
            if (known != null) {
                return Arrays.stream(known.split(","))
                        .map(String::strip)
                        .anyMatch(prefix -> JavaPackageHomes.within(javaPackage, prefix));
            }
            String[] group = groupId.split("\\.");
            return group.length >= SHARED_SEGMENTS
                    && JavaPackageHomes.within(javaPackage, String.join(".", Arrays.copyOf(group, SHARED_SEGMENTS)));
        }

        /** True when the project's resolved class path holds this library's jar. */
        boolean installedIn(List<Path> classpath) {
            String folder = "/" + groupId.replace('.', '/') + "/" + artifactId + "/";
            return classpath.stream()
                    .anyMatch(entry -> entry.toString().replace('\\', '/').contains(folder));
        }
    }

    private PomDependencies() {}

    /** Every library the workspace's POMs declare as a dependency (not only manage), in the order found. */
    static List<Library> of(Path workspace, List<String> files) {
        List<Library> libraries = new ArrayList<>();
        for (String file : files) {
            if (file.equals(ProjectClasspath.POM) || file.endsWith("/" + ProjectClasspath.POM)) {
                libraries.addAll(read(workspace, file));
            }
        }
        return libraries;
    }

    private static List<Library> read(Path workspace, String pom) {
        Path file = workspace.resolve(pom);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Library> libraries = new ArrayList<>();
        try {
            NodeList dependencies =
                    JUnitXmlReport.secureBuilder().parse(file.toFile()).getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                String groupId = child(dependency, "groupId");
                String artifactId = child(dependency, "artifactId");
                if (!managed(dependency) && !groupId.isEmpty() && !artifactId.isEmpty() && !groupId.contains("${")) {
                    libraries.add(new Library(groupId, artifactId, pom));
                }
            }
        } catch (SAXException | IOException e) {
            return List.of();
        }
        return libraries;
    }

    /** A dependency inside {@code <dependencyManagement>} or a plugin's configuration is not one of the project's. */
    private static boolean managed(Element dependency) {
        for (Node parent = dependency.getParentNode(); parent != null; parent = parent.getParentNode()) {
            if (parent.getNodeName().equals("dependencyManagement")
                    || parent.getNodeName().equals("plugin")) {
                return true;
            }
        }
        return false;
    }

    private static String child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }
}
