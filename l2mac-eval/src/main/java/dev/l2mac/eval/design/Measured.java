package dev.l2mac.eval.design;

/** A metric that may not be measurable here (its tool is not installed, or it failed); never a silent zero. */
public sealed interface Measured<T> {

    record Value<T>(T value) implements Measured<T> {}

    record NotMeasured<T>(String reason) implements Measured<T> {}
}
