/**
 * A small, generic agent-based simulation kernel: a {@link org.limbic.abm.SimState} owns a seeded
 * random generator and a {@link org.limbic.abm.Schedule}; {@link org.limbic.abm.Agent}s have one
 * step method; {@link org.limbic.abm.Observer}s read the state after the agents of a time step;
 * {@link org.limbic.abm.Continuous2D} is a bounded plane of positions. It follows MASON's design
 * (Luke et al. 2005, Simulation 81:517) and is hand-written because neither MASON nor Repast is on
 * Maven Central (../shared/DEPENDENCIES.md). Nothing here knows about any particular model.
 */
package org.limbic.abm;
