package org.limbic.models.vole;

/** Sex of an animal: it decides only whether a cohoused pair mates (opposite sexes). */
public enum Sex {
  FEMALE, MALE
}
