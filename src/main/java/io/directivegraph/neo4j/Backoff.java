package io.directivegraph.neo4j;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The one wait before another attempt of a transaction that failed transiently (a
 * deadlock, a lock timeout, a leader switch, a lost race on a constraint): random, and
 * doubling with each attempt up to a second, so two transactions that just deadlocked do
 * not meet again at once and a busy cluster gets time to settle.
 */
final class Backoff {

	private static final long FIRST_MS = 10;

	private static final long MAX_MS = 1000;

	private Backoff() {
	}

	/** Waits before attempt {@code attempt + 1}; rethrows the failure if interrupted. */
	static void pause(int attempt, RuntimeException failure) {
		long ceiling = Math.min(MAX_MS, FIRST_MS << Math.min(attempt, 10));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure;
		}
	}

}
