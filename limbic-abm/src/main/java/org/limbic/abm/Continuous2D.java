package org.limbic.abm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded rectangle [0, width] × [0, height] holding the positions of its occupants (MASON's
 * Continuous2D without its bucketing: the models here have tens of agents, so a linear scan is
 * faster than a grid). Occupants are kept in insertion order, so queries are deterministic.
 */
public final class Continuous2D<T> {

  private final double width;
  private final double height;
  private final Map<T, Point> positions = new LinkedHashMap<>();

  public Continuous2D(double width, double height) {
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("space needs a positive width and height, got " + width + " x " + height);
    }
    this.width = width;
    this.height = height;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  /** Places or moves {@code occupant} to {@code p}, clamped to the bounds. */
  public Point place(T occupant, Point p) {
    Point clamped = new Point(Math.clamp(p.x(), 0, width), Math.clamp(p.y(), 0, height));
    positions.put(occupant, clamped);
    return clamped;
  }

  public Point position(T occupant) {
    Point p = positions.get(occupant);
    if (p == null) {
      throw new IllegalArgumentException(occupant + " is not in this space");
    }
    return p;
  }

  /** Moves {@code occupant} at most {@code step} towards {@code target}; returns the new position. */
  public Point moveToward(T occupant, Point target, double step) {
    return place(occupant, position(occupant).toward(target, step));
  }

  public double distance(T a, T b) {
    return position(a).distance(position(b));
  }

  /** Every other occupant within {@code radius} of {@code occupant}, in insertion order. */
  public List<T> neighbours(T occupant, double radius) {
    Point p = position(occupant);
    List<T> near = new ArrayList<>();
    for (Map.Entry<T, Point> e : positions.entrySet()) {
      if (e.getKey() != occupant && e.getValue().distance(p) <= radius) {
        near.add(e.getKey());
      }
    }
    return near;
  }

  public List<T> occupants() {
    return Collections.unmodifiableList(new ArrayList<>(positions.keySet()));
  }
}
