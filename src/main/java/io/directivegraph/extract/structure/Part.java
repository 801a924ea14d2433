package io.directivegraph.extract.structure;

/**
 * One document inside a source file: its line range and the line of its kind title ("BÁO
 * CÁO", "CHƯƠNG TRÌNH").
 *
 * @param titleLine the line of the kind title, or {@code firstLine} when the document has
 * none
 */
public record Part(int firstLine, int lastLine, int titleLine) {
}
