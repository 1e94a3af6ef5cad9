package dev.delist.review;

/**
 * How many candidates a filter selects, counted up to a cap so that a count costs no more than a bounded walk.
 *
 * @param counted the candidates counted: all of them, or the cap when there are more
 * @param more whether the filter selects more than {@code counted}
 */
public record QueueCount(int counted, boolean more) {
}
