package dev.delist.list;

/** One store identifier a list names, with how sure its authors are and where they read it. */
public record Identifier(IdentifierType type, String value, Confidence confidence, String source, String note) {

}
