package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.limbic.model.Model;
import org.limbic.report.diagram.LayeredLayout;
import org.limbic.report.diagram.ModelDiagram;
import org.limbic.report.diagram.ModelGraph;

/** A small model with a flow, an influence and a feedback loop, drawn left to right. */
class ModelDiagramTest {

  /** A -> B by reaction conv (rate k*A*E), E assigned from B (feedback), C a rate rule reading B. */
  private static Model model() {
    return Model.builder("loop").compartment("cell", 1)
        .species("A", "cell", 10).species("B", "cell", 0)
        .parameter("k", 0.1).variable("E", 1).variable("C", 0)
        .assignmentRule("E", "1 + B")
        .rateRule("C", "B - C")
        .reaction("conv", "A -> B", "k * A * E")
        .build();
  }

  @Test
  void theGraphHasTheFlowsAndTheInfluencesOfTheModel() {
    ModelGraph g = ModelGraph.of(model());
    assertThat(g.nodes()).extracting(ModelGraph.Node::id).containsExactly("A", "B", "E", "C", "reaction:conv");
    assertThat(g.edges()).contains(new ModelGraph.Edge("A", "reaction:conv", true), new ModelGraph.Edge("reaction:conv", "B", true),
        new ModelGraph.Edge("E", "reaction:conv", false), new ModelGraph.Edge("B", "E", false), new ModelGraph.Edge("B", "C", false));
    assertThat(g.edges()).doesNotContain(new ModelGraph.Edge("A", "reaction:conv", false)).as("a reactant is a flow, not also an influence");
  }

  /** Every edge but those that close the cycle B -> E -> conv -> B points to a later layer. */
  @Test
  void layersRunWithTheFlowAndTheDrawingHasEveryNode() {
    ModelGraph g = ModelGraph.of(model());
    LayeredLayout l = LayeredLayout.of(g);
    assertThat(l.layer().get("A")).isLessThan(l.layer().get("reaction:conv"));
    assertThat(l.layer().get("reaction:conv")).isLessThan(l.layer().get("B"));
    assertThat(l.layer().get("B")).isLessThan(l.layer().get("C"));
    String svg = ModelDiagram.svg(model());
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
    for (String id : new String[] {"A", "B", "E", "C", "conv"}) {
      assertThat(svg).contains(">" + id + "</text>");
    }
    assertThat(Pattern.compile("<path d=").matcher(svg).results().count()).as("an arrow per edge, and the marker")
        .isEqualTo(g.edges().size() + 1);
    assertThat(ModelDiagram.svg(model())).as("deterministic").isEqualTo(svg);
  }
}
