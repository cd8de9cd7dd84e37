package dev.l2mac.eval.design;

/** One checklist item of a task description, numbered from 1 in the order it appears. */
public record Feature(int id, String text) {}
