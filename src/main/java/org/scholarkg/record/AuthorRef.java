package org.scholarkg.record;

/**
 * An author of a paper as printed, with the id of the person it is known to be, or null.
 *
 * @param printedName the name exactly as the source prints it, e.g. "S. Jegelka"
 * @param person the id of a {@link PersonRecord}, or null when the source does not say
 */
public record AuthorRef(String printedName, String person) {
}
