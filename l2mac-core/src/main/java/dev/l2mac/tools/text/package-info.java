/**
 * The text the file tools work on: a file's lines as the model sees them (counted, located, rewritten), the ladder
 * that finds the text an edit replaces and the closest lines when it finds none, and the globs and patterns a
 * search matches. Nothing here reads or writes files, or knows of tools.
 */
package dev.l2mac.tools.text;
