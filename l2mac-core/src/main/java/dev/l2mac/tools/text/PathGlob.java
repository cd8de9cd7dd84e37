package dev.l2mac.tools.text;

import java.util.regex.Pattern;

/**
 * A glob over workspace paths ({@code /}-separated): {@code *} and {@code ?} stay within one folder, {@code **}
 * crosses folders ({@code src/**}{@code /*.py} also matches {@code src/a.py}), {@code [abc]}, {@code [!abc]} and
 * {@code {py,pyi}} work as in a shell. A glob without {@code /} matches file names in any folder, so {@code *.py}
 * finds every Python file.
 */
public record PathGlob(String glob, Pattern regex) {

    /** A glob that is not well formed; the message says what is wrong and where. */
    public static final class InvalidGlobException extends Exception {
        InvalidGlobException(String message) {
            super(message);
        }
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    public static PathGlob parse(String glob) throws InvalidGlobException {
        String body = glob.startsWith("./") ? glob.substring(2) : glob;
        StringBuilder regex = new StringBuilder(body.contains("/") ? "" : "(?:.*/)?");
        boolean inAlternatives = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            switch (c) {
                case '*' -> {
                    if (body.startsWith("**/", i)) {
                        regex.append("(?:.*/)?");
                        i += 2;
                    } else if (body.startsWith("**", i)) {
                        regex.append(".*");
                        i++;
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> i = charClass(glob, body, i, regex);
                case '{' -> {
                    if (inAlternatives) {
                        throw invalid("'{' inside '{...}'", glob, i);
                    }
                    inAlternatives = true;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (!inAlternatives) {
                        throw invalid("'}' without '{'", glob, i);
                    }
                    inAlternatives = false;
                    regex.append(')');
                }
                case ',' -> regex.append(inAlternatives ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inAlternatives) {
            throw invalid("unclosed '{'", glob, body.lastIndexOf('{'));
        }
        return new PathGlob(glob, Pattern.compile(regex.toString()));
    }

    /** Appends the class {@code [...]} that starts at {@code start}; returns the index of its {@code ]}. */
    private static int charClass(String glob, String body, int start, StringBuilder regex) throws InvalidGlobException {
        int end = body.indexOf(']', start + 2);
        if (end < 0) {
            throw invalid("unclosed '['", glob, start);
        }
        String members = body.substring(start + 1, end);
        boolean negated = members.startsWith("!");
        regex.append(negated ? "[^/" : "[");
        for (char member : (negated ? members.substring(1) : members).toCharArray()) {
            // A backslash before any character that is not a letter or digit makes it literal in a Java regex.
            regex.append(Character.isLetterOrDigit(member) || member == '-' ? "" : "\\")
                    .append(member);
        }
        regex.append(']');
        return end;
    }

    private static InvalidGlobException invalid(String what, String glob, int index) {
        int offset = glob.startsWith("./") ? 2 : 0;
        return new InvalidGlobException(what + ", at character " + (index + offset + 1) + " of '" + glob + "'");
    }
}
