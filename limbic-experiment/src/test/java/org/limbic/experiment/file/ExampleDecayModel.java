package org.limbic.experiment.file;

import org.limbic.experiment.library.BuiltInModel;
import org.limbic.model.Model;

/**
 * The model the experiment-file tests and docs/examples/*.yaml run against, registered through
 * src/test/resources/META-INF/services. Its id is the one place example files name a model; when
 * real built-in models ship, point the examples at one of them and change {@link #ID}.
 *
 * <p>A hormone H secreted at a basal rate plus a stimulus-driven rate and cleared first-order.
 */
public final class ExampleDecayModel implements BuiltInModel {

  public static final String ID = "example_decay";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Example: a hormone with basal and stimulated secretion and first-order clearance (tests only)";
  }

  @Override
  public Model model() {
    return Model.builder(ID)
        .compartment("plasma", 1.0)
        .species("H", "plasma", 0.0)
        .parameter("k_clear", 0.2, "1/min", "assumed: illustration")
        .parameter("base", 1.0, "pmol/min", "assumed: illustration")
        .parameter("release", 2.0, "pmol/min", "assumed: illustration")
        .parameter("suckling", 0.0, "1", "assumed: stimulus off by default")
        .parameter("k_oxtr", 1.0, "1", "assumed: receptor present")
        .parameter("bolus", 0.0, "pmol", "assumed: illustration")
        .parameter("period", 10.0, "min", "assumed: illustration")
        .reaction("secretion", "-> H", "base + release * suckling * k_oxtr")
        .reaction("clearance", "H ->", "k_clear * H * plasma")
        .build();
  }
}
