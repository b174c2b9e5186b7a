package org.scholarkg.record;

/** A research area, e.g. "Foundations of Deep Neural Networks". */
public record AreaRecord(String id, String name) {
}
