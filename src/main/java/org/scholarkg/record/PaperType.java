package org.scholarkg.record;

/** The kinds of publication the records distinguish. */
public enum PaperType {
    CONFERENCE_PAPER, JOURNAL_ARTICLE, WORKSHOP_PAPER, PREPRINT, THESIS, BOOK, CHAPTER, REPORT, PATENT, OTHER;

    /** The name used in record files, e.g. {@code conference-paper}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The type with this record-file name. */
    public static PaperType fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
