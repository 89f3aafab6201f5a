package org.limbic.abm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An observer that records the positions of chosen occupants of a space at each observation. */
public final class TrajectoryRecorder<T> implements Observer {

  /** The path of one occupant: times and coordinates, in the order observed. */
  public record Path(double[] t, double[] x, double[] y) {
  }

  private final Continuous2D<T> space;
  private final Map<T, List<double[]>> samples = new LinkedHashMap<>();

  public TrajectoryRecorder(Continuous2D<T> space, List<T> tracked) {
    this.space = space;
    tracked.forEach(o -> samples.put(o, new ArrayList<>()));
  }

  @Override
  public void observe(SimState state) {
    samples.forEach((o, list) -> {
      Point p = space.position(o);
      list.add(new double[] {state.time(), p.x(), p.y()});
    });
  }

  public Path path(T occupant) {
    List<double[]> list = samples.get(occupant);
    if (list == null) {
      throw new IllegalArgumentException(occupant + " was not tracked");
    }
    double[] t = new double[list.size()];
    double[] x = new double[list.size()];
    double[] y = new double[list.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = list.get(i)[0];
      x[i] = list.get(i)[1];
      y[i] = list.get(i)[2];
    }
    return new Path(t, x, y);
  }
}
