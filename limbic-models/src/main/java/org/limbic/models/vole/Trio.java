package org.limbic.models.vole;

/** A focal animal, the cagemate it is housed with (its partner) and an unfamiliar animal for its tests. */
record Trio(Vole focal, Vole partner, Vole stranger) {
}
