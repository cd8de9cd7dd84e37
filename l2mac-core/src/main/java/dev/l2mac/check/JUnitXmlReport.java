package dev.l2mac.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The test cases of a JUnit XML report as pytest writes it ({@code junit_family=xunit1}, which records each test's
 * file and line). The parser refuses DTDs and external entities: the report is written by code under test.
 */
public record JUnitXmlReport(List<TestCase> testCases) {

    public JUnitXmlReport {
        testCases = List.copyOf(testCases);
    }

    public enum Outcome {
        PASSED,
        FAILED,
        ERROR,
        SKIPPED
    }

    /**
     * One test case. {@code line} is pytest's 0-based line of the test's definition, -1 when absent;
     * {@code message} is the failure's one-line message and {@code details} its traceback, both empty on a pass.
     */
    public record TestCase(
            String classname, String name, String file, int line, Outcome outcome, String message, String details) {}

    public long count(Outcome outcome) {
        return testCases.stream().filter(test -> test.outcome() == outcome).count();
    }

    public List<TestCase> problems() {
        return testCases.stream()
                .filter(test -> test.outcome() == Outcome.FAILED || test.outcome() == Outcome.ERROR)
                .toList();
    }

    /**
     * The largest report parsed. A report is held whole as a document tree, several times its size; tests that
     * print enough to pass this are judged as if they left no report (by the exit status and output).
     */
    static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;

    /** The parsed report, or empty when the file is missing, larger than {@link #MAX_REPORT_BYTES} or not XML. */
    public static Optional<JUnitXmlReport> read(Path file) {
        if (!file.toFile().isFile() || file.toFile().length() > MAX_REPORT_BYTES) {
            return Optional.empty();
        }
        try {
            Document document = secureBuilder().parse(file.toFile());
            NodeList cases = document.getElementsByTagName("testcase");
            List<TestCase> testCases = new ArrayList<>(cases.getLength());
            for (int i = 0; i < cases.getLength(); i++) {
                testCases.add(testCase((Element) cases.item(i)));
            }
            return Optional.of(new JUnitXmlReport(testCases));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    private static TestCase testCase(Element element) {
        int line = parseLine(element.getAttribute("line"));
        for (Outcome outcome : List.of(Outcome.ERROR, Outcome.FAILED, Outcome.SKIPPED)) {
            Optional<Element> child = firstChild(element, tagOf(outcome));
            if (child.isPresent()) {
                return new TestCase(
                        element.getAttribute("classname"),
                        element.getAttribute("name"),
                        element.getAttribute("file"),
                        line,
                        outcome,
                        child.get().getAttribute("message"),
                        child.get().getTextContent());
            }
        }
        return new TestCase(
                element.getAttribute("classname"),
                element.getAttribute("name"),
                element.getAttribute("file"),
                line,
                Outcome.PASSED,
                "",
                "");
    }

    private static String tagOf(Outcome outcome) {
        return switch (outcome) {
            case ERROR -> "error";
            case FAILED -> "failure";
            case SKIPPED -> "skipped";
            case PASSED -> throw new IllegalArgumentException("a passed test has no child element");
        };
    }

    private static Optional<Element> firstChild(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? Optional.empty() : Optional.of((Element) children.item(0));
    }

    private static int parseLine(String text) {
        try {
            return text.isEmpty() ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A parser that refuses DTDs and external entities, for XML that generated code or the model wrote. */
    public static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {}

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }
}
