package io.directivegraph.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.directivegraph.extract.citation.Provinces;

/**
 * The provincial-level units merged into others (the 1 July 2025 reorganisation), from
 * the provinces data the extraction reads: what a jurisdiction's accountability answers
 * include from the day of a merger (the unfinished tasks of the units it succeeded), and
 * what they say about a unit that no longer exists (who succeeded it, from when).
 */
public final class Mergers {

	/** A unit merged into another on a day (the first day of the successor). */
	public record Merger(String name, String on) {
	}

	private static final Provinces PROVINCES = Provinces.defaults();

	private Mergers() {
	}

	/** The units merged into {@code jurisdiction}, each with its merger day. */
	public static List<Merger> predecessors(String jurisdiction) {
		if (jurisdiction == null) {
			return List.of();
		}
		return PROVINCES.units()
			.stream()
			.filter((u) -> jurisdiction.equals(u.successor()) && u.until() != null && !u.name().equals(jurisdiction))
			.map((u) -> new Merger(u.name(), u.until().plusDays(1).toString()))
			.toList();
	}

	/**
	 * The unit {@code jurisdiction} was merged into on or before {@code asOf}, with the
	 * merger day; empty while it still existed.
	 */
	public static Optional<Merger> successor(String jurisdiction, LocalDate asOf) {
		if (jurisdiction == null) {
			return Optional.empty();
		}
		return PROVINCES.unit(jurisdiction)
			.filter((u) -> u.successor() != null && u.until() != null && !u.successor().equals(u.name())
					&& !asOf.isBefore(u.until().plusDays(1)))
			.map((u) -> new Merger(u.successor(), u.until().plusDays(1).toString()));
	}

}
