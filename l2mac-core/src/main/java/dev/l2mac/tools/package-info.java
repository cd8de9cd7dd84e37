/**
 * The machine's I/O devices: tools the model calls to read, write, run and check memory. A tool never throws at
 * the model: bad arguments, unknown tools, refused paths and oversized content come back as
 * {@link dev.l2mac.tools.ToolResult.Error} with a sentence the model can act on.
 */
package dev.l2mac.tools;
