package org.limbic.stochastic;

/**
 * Work done by a {@link StochasticMethod}.
 *
 * @param steps calls of {@code step} that advanced time (events, leaps, and steps that only reached tStop)
 * @param firings reaction events: one per exact event, the sum of all Poisson counts of a leap
 * @param leaps accepted tau-leaps (0 for exact methods)
 * @param rejectedLeaps leaps rejected because a population would have gone negative
 */
public record StochasticStatistics(long steps, long firings, long leaps, long rejectedLeaps) {
}
