package dev.l2mac.control;

/**
 * The sampling temperature of one instruction: raised a step while the dialog cycles (up to a ceiling) and
 * lowered a step back toward the configured base each time progress resumes.
 */
final class Temperature {
    private final double base;
    private final double step;
    private final double ceiling;
    private double current;

    Temperature(double base, double step, double ceiling) {
        this.base = base;
        this.step = step;
        this.ceiling = Math.max(base, ceiling);
        this.current = base;
    }

    double current() {
        return current;
    }

    /** Moves the temperature after a reply; returns true when it changed. */
    boolean adjust(boolean cycling) {
        double before = current;
        current = cycling ? Math.min(ceiling, current + step) : Math.max(base, current - step);
        current = Math.round(current * 1000) / 1000.0;
        return current != before;
    }
}
