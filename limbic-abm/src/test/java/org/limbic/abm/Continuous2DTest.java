package org.limbic.abm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class Continuous2DTest {

  @Test
  void positionsAreClampedAndMovesStopAtTheTarget() {
    Continuous2D<String> space = new Continuous2D<>(10, 5);
    assertThat(space.place("a", new Point(12, -1))).isEqualTo(new Point(10, 0));
    space.place("b", new Point(0, 0));
    assertThat(space.moveToward("b", new Point(3, 4), 2.5)).isEqualTo(new Point(1.5, 2.0));
    assertThat(space.moveToward("b", new Point(3, 4), 10)).isEqualTo(new Point(3, 4));
  }

  @Test
  void neighboursAreInInsertionOrderAndExcludeSelf() {
    Continuous2D<String> space = new Continuous2D<>(10, 10);
    space.place("c", new Point(1, 1));
    space.place("a", new Point(1.5, 1));
    space.place("b", new Point(9, 9));
    space.place("d", new Point(1, 1.2));
    assertThat(space.neighbours("c", 1)).containsExactly("a", "d");
    assertThat(space.occupants()).containsExactly("c", "a", "b", "d");
    assertThatThrownBy(() -> space.position("z")).hasMessageContaining("z is not in this space");
  }

  @Test
  void aTrajectoryRecorderKeepsThePathInOrder() {
    SimState s = new SimState(3);
    Continuous2D<String> space = new Continuous2D<>(10, 10);
    space.place("v", new Point(0, 0));
    s.schedule().repeating(0, 1, 0, st -> space.moveToward("v", new Point(10, 0), 1));
    TrajectoryRecorder<String> rec = new TrajectoryRecorder<>(space, List.of("v"));
    s.observe(0, 1, rec);
    s.runUntil(3);
    TrajectoryRecorder.Path p = rec.path("v");
    assertThat(p.t()).containsExactly(0, 1, 2, 3);
    assertThat(p.x()).containsExactly(1, 2, 3, 4);
  }
}
