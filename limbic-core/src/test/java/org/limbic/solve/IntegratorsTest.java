package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntegratorsTest {

  @Test
  void createsEveryRegisteredIntegratorUnderItsName() {
    assertThat(Integrators.names()).contains("auto", "dopri5", "rodas5p", "rodas4");
    for (String name : Integrators.names()) {
      assertThat(Integrators.create(name, IntegratorOptions.DEFAULTS).name()).isEqualTo(name);
    }
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Integrators.create("cvode", IntegratorOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown integrator 'cvode'")
        .hasMessageContaining("dopri5")
        .hasMessageContaining("rodas5p")
        .hasMessageContaining("auto");
  }
}
