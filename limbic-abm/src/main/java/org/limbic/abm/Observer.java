package org.limbic.abm;

/**
 * Reads the state after every agent of a time step has acted (the view side of MASON's model/view
 * split): observers record, they do not change the model.
 */
@FunctionalInterface
public interface Observer {

  void observe(SimState state);
}
