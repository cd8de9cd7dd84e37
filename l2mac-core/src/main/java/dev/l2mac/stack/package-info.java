/**
 * The stacks a codebase can be written in (Python, Java, TypeScript, JavaScript), each one data: a resource folder
 * with the stack's file naming its tools and the words that name it in a task, and the prompts it words differently
 * from the built-in codebase pack. A stack is added by adding a folder and a line to the list of stacks.
 */
package dev.l2mac.stack;
