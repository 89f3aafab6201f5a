package org.limbic.models.vole;

/**
 * Oxtr genotype of an animal. Only {@link #functionalAlleles} is read by the model, and only once,
 * when an animal's OXTR density is drawn ({@link Traits#draw}); the label is for tables and figures.
 * The CRISPR allele of Berendzen et al. 2023 (Neuron 111:787) is a null: no functional receptor.
 */
public enum Genotype {
  WILD_TYPE("WT", 2), HETEROZYGOUS("Oxtr+/-", 1), KNOCKOUT("Oxtr-/-", 0);

  private final String label;
  private final int functionalAlleles;

  Genotype(String label, int functionalAlleles) {
    this.label = label;
    this.functionalAlleles = functionalAlleles;
  }

  public String label() {
    return label;
  }

  /** Receptor density relative to wild type, before individual variation (gene dose, assumed linear). */
  double alleleDose() {
    return functionalAlleles / 2.0;
  }
}
