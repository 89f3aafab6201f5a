package org.limbic.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyOrderTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Set<String>> graph(Object... nodeAndReads) {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    for (int i = 0; i < nodeAndReads.length; i += 2) {
      g.put((String) nodeAndReads[i], (Set<String>) nodeAndReads[i + 1]);
    }
    return g;
  }

  @Test
  void eachNodeComesAfterWhatItReadsAndDeclarationOrderBreaksTies() {
    // c reads a and b; a reads b; d reads nothing but is declared last; "x" is no node and ignored
    var g = graph("c", Set.of("a", "b"), "a", Set.of("b", "x"), "b", Set.of(), "d", Set.of());
    assertThat(DependencyOrder.of(g, "rules")).containsExactly("b", "a", "c", "d");
    assertThat(DependencyOrder.cycle(g)).isEmpty();
  }

  @Test
  void aCycleIsReportedAsAPathBackToItsFirstNode() {
    var g = graph("free", Set.of(), "x", Set.of("y"), "y", Set.of("z"), "z", Set.of("x", "free"));
    assertThat(DependencyOrder.cycle(g)).contains(java.util.List.of("x", "y", "z", "x"));
    assertThatThrownBy(() -> DependencyOrder.of(g, "assignment rules"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'x'")
        .hasMessageContaining("assignment rules depend on each other in a cycle x -> y -> z -> x");
  }

  @Test
  void aNodeReadingItselfIsACycle() {
    var g = graph("a", Set.of(), "s", Set.of("s"));
    assertThat(DependencyOrder.cycle(g)).contains(java.util.List.of("s", "s"));
  }
}
