package dev.delist.review;

import java.util.List;

/**
 * One page of the queue.
 *
 * @param nextCursor pass it back for the page after this one; null on the last page
 */
public record QueuePage<T>(List<T> items, String nextCursor) {

	public QueuePage {
		items = List.copyOf(items);
	}

	public boolean hasNext() {
		return this.nextCursor != null;
	}

}
