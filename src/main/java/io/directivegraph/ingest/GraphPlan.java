package io.directivegraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.directivegraph.extract.model.Extraction;
import io.directivegraph.extract.model.Extraction.DocumentExtraction;
import io.directivegraph.extract.model.Extraction.Header;
import io.directivegraph.extract.model.Extraction.Reference;
import io.directivegraph.extract.model.Extraction.Relation;
import io.directivegraph.extract.model.Extraction.Task;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.domain.DocumentIds;

/**
 * The graph form of one extraction: parameter lists for the
 * {@code cypher/ingest/*.cypher} statements, with document identity decided (jurisdiction
 * + kind + number + year) and dateless citations resolved only when exactly one candidate
 * fits. Built inside the write transaction, so candidates are read from the state it
 * replaces.
 */
final class GraphPlan {

	final List<PlanRows.Agency> agencies = new ArrayList<>();

	final List<PlanRows.Document> documents = new ArrayList<>();

	final List<PlanRows.Citation> citations = new ArrayList<>();

	final List<PlanRows.Reference> references = new ArrayList<>();

	final List<PlanRows.Relation> relations = new ArrayList<>();

	final List<PlanRows.Task> tasks = new ArrayList<>();

	final Set<String> jurisdictions = new LinkedHashSet<>();

	private final Map<String, PlanRows.Agency> agencyById = new LinkedHashMap<>();

	/**
	 * Unresolved references of this plan by what they name, to give one its several
	 * lines.
	 */
	private final Map<List<Object>, PlanRows.Reference> referenceByKey = new HashMap<>();

	/** Agency ids by (name as written, jurisdiction of the naming document). */
	private final Map<List<String>, String> agencyIds = new HashMap<>();

	/** Tasks planned so far by (document, title key, lead): the n-th is told apart. */
	private final Map<List<String>, Integer> occurrences = new HashMap<>();

	/**
	 * Agencies whose parents are being registered: a cycle in the gazetteer stops here.
	 */
	private final Set<String> visiting = new java.util.HashSet<>();

	private final Gazetteer gazetteer;

	/**
	 * Reads the graph for candidate documents: (jurisdiction, kind, number) to [id,
	 * issuedOn] pairs.
	 */
	private final Function<List<String>, List<String[]>> candidates;

	GraphPlan(Gazetteer gazetteer, Function<List<String>, List<String[]>> candidates) {
		this.gazetteer = gazetteer;
		this.candidates = candidates;
	}

	GraphPlan build(Extraction extraction) {
		String file = extraction.source().file();
		for (DocumentExtraction doc : extraction.documents()) {
			Header h = doc.document();
			String jurisdiction = DocumentIds.jurisdiction(h.jurisdiction());
			this.jurisdictions.add(jurisdiction);
			String id = documentId(h, jurisdiction, file);
			PlanRows.DocumentProps props = new PlanRows.DocumentProps(h.kind(), KindNames.of(h.kind()), h.number(),
					h.issuedOn(), yearOf(h.issuedOn(), h.number()), h.issuer(), jurisdiction, h.title(), h.signer(),
					h.titleAsWritten(),
					(h.issuedOn() != null && h.issuedOn().length() >= 10) ? h.issuedOn() : h.issuedOnInferred(),
					(h.issuedOn() != null && h.issuedOn().length() >= 10) ? null : h.issuedOnBasis());
			this.documents.add(new PlanRows.Document(id, file, List.of(DocumentIds.label(h.kind())), props, h.lines(),
					jurisdiction, (h.issuer() != null) ? agency(h.issuer(), jurisdiction) : null));

			Map<String, String> refIds = new HashMap<>();
			refIds.put("SELF", id);
			if (h.number() != null) {
				refIds.put(h.number(), id);
			}
			int ordinal = 0;
			for (Reference r : doc.references()) {
				ordinal++;
				citation(file, id, h, r, ordinal, refIds, doc.references());
			}
			Set<String> seen = new LinkedHashSet<>();
			for (Relation r : doc.relations()) {
				String from = refIds.get(r.from());
				String to = refIds.get(r.to());
				if ("IMPLEMENTS".equals(r.type()) && !implementable(h, jurisdiction, r, doc.references())) {
					continue;
				}
				if (from != null && to != null && !from.equals(to) && seen.add(from + r.type() + to)) {
					this.relations.add(new PlanRows.Relation(file, from, r.type(), to, r.line()));
				}
			}
			for (Task t : doc.tasks()) {
				task(file, id, jurisdiction, t);
			}
		}
		return this;
	}

	/**
	 * Whether the text's IMPLEMENTS relation can be drawn as stated: never a document
	 * implementing one issued after it (a date misread, a text quoting a later document
	 * in its own preamble), nor a national document a provincial one; the same rule the
	 * relation finder applies between two cited documents, here for the document itself.
	 */
	private static boolean implementable(Header h, String jurisdiction, Relation r, List<Reference> references) {
		String fromDate = "SELF".equals(r.from()) ? h.issuedOn() : dateOf(r.from(), references);
		String fromJurisdiction = "SELF".equals(r.from()) ? jurisdiction : jurisdictionOf(r.from(), references);
		String toDate = dateOf(r.to(), references);
		String toJurisdiction = jurisdictionOf(r.to(), references);
		if (fromDate != null && toDate != null && fromDate.length() >= 10 && toDate.length() >= 10
				&& fromDate.compareTo(toDate) < 0) {
			return false;
		}
		return !(DocumentIds.NATIONAL.equals(fromJurisdiction) && toJurisdiction != null
				&& !DocumentIds.NATIONAL.equals(toJurisdiction));
	}

	private static String dateOf(String key, List<Reference> references) {
		for (Reference ref : references) {
			if (key.equals(ref.number()) || key.equals(ref.name())) {
				if (ref.issuedOn() != null) {
					return ref.issuedOn();
				}
			}
		}
		return null;
	}

	private static String jurisdictionOf(String key, List<Reference> references) {
		for (Reference ref : references) {
			if (key.equals(ref.number()) || key.equals(ref.name())) {
				return DocumentIds.jurisdiction(ref.jurisdiction());
			}
		}
		return null;
	}

	private static String documentId(Header h, String jurisdiction, String file) {
		if (h.number() != null) {
			return DocumentIds.numbered(jurisdiction, h.kind(), h.number(), yearOf(h.issuedOn(), h.number()));
		}
		String year = yearOf(h.issuedOn(), null);
		// An unnumbered document is known by its title; a title of a few words ("BÁO
		// CÁO") says too little, so
		// the file it came from and its first line are part of its identity then.
		String name = (h.title() != null && h.title().split("\\s+").length >= 5) ? h.title()
				: ((h.title() != null) ? h.title() + " " : "") + file + " " + h.lines().get(0);
		return DocumentIds.named(jurisdiction, h.kind(), ((year != null) ? year + " " : "") + name);
	}

	private static String yearOf(String issuedOn, String number) {
		return DocumentIds.year(issuedOn, number);
	}

	private void citation(String file, String documentId, Header citing, Reference r, int ordinal,
			Map<String, String> refIds, List<Reference> all) {
		String jurisdiction = DocumentIds.jurisdiction(r.jurisdiction());
		String target = null;
		List<String> candidateIds = List.of();
		if (r.name() != null) {
			target = DocumentIds.named(jurisdiction, r.kind(), r.name());
		}
		else if (r.number() != null && !r.informal()) {
			String year = citedYear(r, all);
			if (year != null) {
				target = DocumentIds.numbered(jurisdiction, r.kind(), r.number(), year);
			}
			else {
				candidateIds = candidates(jurisdiction, r, citing);
				if (candidateIds.size() == 1) {
					target = candidateIds.get(0);
				}
			}
		}
		else if (r.number() != null) {
			candidateIds = List.of();
		}
		if (target == null) {
			// The same unresolved citation stated again in the file ("Nghị quyết số
			// 09-NQ/TU" on three lines) is
			// one reference with three lines.
			List<Object> sameKey = List.of(documentId, file, String.valueOf(r.kind()), String.valueOf(r.number()),
					String.valueOf(r.name()), jurisdiction);
			PlanRows.Reference earlier = this.referenceByKey.get(sameKey);
			if (earlier != null) {
				earlier.lines().add(r.line());
				return;
			}
			List<Integer> lines = new ArrayList<>();
			lines.add(r.line());
			// Two files may state the same document: its references are each file's own.
			PlanRows.Reference ref = new PlanRows.Reference(documentId + ".r" + ordinal + "." + DocumentIds.slug(file),
					documentId, file, r.kind(), r.number(), r.name(), jurisdiction, r.line(), lines, candidateIds);
			this.referenceByKey.put(sameKey, ref);
			this.references.add(ref);
			return;
		}
		String key = (r.number() != null) ? r.number() : r.name();
		refIds.putIfAbsent(key, target);
		PlanRows.CitedProps props = new PlanRows.CitedProps(r.kind(), KindNames.of(r.kind()), r.number(), r.name(),
				r.issuedOn(), yearOf(r.issuedOn(), r.number()), r.issuer(), jurisdiction,
				(r.title() != null) ? r.title() : r.name());
		this.citations.add(new PlanRows.Citation(target, file, List.of(DocumentIds.label(r.kind())), props,
				jurisdiction, r.line(), documentId, r.citedAt()));
	}

	/** The year a numbered citation names or its source gives it elsewhere, else null. */
	private static String citedYear(Reference r, List<Reference> all) {
		String year = yearOf(r.issuedOn(), r.number());
		return (year != null) ? year : yearFromSameSource(r, all);
	}

	/**
	 * The (jurisdiction, kind, number) keys whose candidate documents planning the
	 * extraction will ask for: its numbered citations without a year. Read in one query
	 * for a whole batch.
	 */
	static Set<List<String>> candidateKeys(Extraction extraction) {
		Set<List<String>> keys = new LinkedHashSet<>();
		for (DocumentExtraction doc : extraction.documents()) {
			for (Reference r : doc.references()) {
				if (r.name() == null && r.number() != null && !r.informal() && citedYear(r, doc.references()) == null) {
					keys.add(List.of(DocumentIds.jurisdiction(r.jurisdiction()), r.kind(), r.number()));
				}
			}
		}
		return keys;
	}

	/** The same source often dates a citation once and repeats it without a date. */
	private static String yearFromSameSource(Reference r, List<Reference> all) {
		String found = null;
		for (Reference other : all) {
			if (r.number().equals(other.number()) && r.kind().equals(other.kind())
					&& java.util.Objects.equals(r.jurisdiction(), other.jurisdiction()) && other.issuedOn() != null) {
				String year = other.issuedOn().substring(0, 4);
				if (found != null && !found.equals(year)) {
					return null;
				}
				found = year;
			}
		}
		return found;
	}

	/**
	 * Known documents the dateless citation could mean: same jurisdiction, kind, number,
	 * issued before the citer.
	 */
	private List<String> candidates(String jurisdiction, Reference r, Header citing) {
		List<String> ids = new ArrayList<>();
		for (String[] candidate : this.candidates.apply(List.of(jurisdiction, r.kind(), r.number()))) {
			String issuedOn = candidate[1];
			if (issuedOn == null || citing.issuedOn() == null || issuedOn.compareTo(citing.issuedOn()) < 0) {
				ids.add(candidate[0]);
			}
		}
		return ids;
	}

	private void task(String file, String documentId, String jurisdiction, Task t) {
		LocalDate deadline = (t.due() != null) ? LocalDate.parse(t.due().deadline()) : null;
		PlanRows.Quarter quarter = null;
		if (deadline != null) {
			int q = (deadline.getMonthValue() - 1) / 3 + 1;
			quarter = new PlanRows.Quarter(deadline.getYear() + "-q" + q, deadline.getYear(), q);
		}
		// titleKey finds changes recorded by hand again after a re-ingest renumbered the
		// tasks; deadlineRead is what the text says, kept when a person corrects the
		// deadline.
		PlanRows.TaskProps props = new PlanRows.TaskProps(t.title(), t.titleAsWritten(),
				DocumentIds.slug((t.title() != null) ? t.title() : ""), t.output(), t.recurrence(), t.section(),
				t.line(), t.lastLine(), t.lead(), t.leadKnown(), t.coordinating(), deadline, deadline,
				(t.due() != null) ? t.due().year() : null, (t.due() != null) ? t.due().quarter() : null,
				(t.due() != null) ? t.due().month() : null, (t.due() != null) ? t.due().day() : null);
		// Two names of one agency are one COORDINATES edge.
		Set<String> coordinating = new LinkedHashSet<>();
		for (String name : t.coordinating()) {
			coordinating.add(agency(name, jurisdiction));
		}
		// A lead named with its province ("Ủy ban nhân dân tỉnh Quảng Ninh") is that
		// province's, whatever the document's jurisdiction.
		String lead = (t.lead() != null)
				? agency(t.lead(), (t.leadJurisdiction() != null) ? t.leadJurisdiction() : jurisdiction) : null;
		// A task is what it says: the same title and lead in another copy of the document
		// is the same task (TaskIdentity), wherever it stands in the file.
		int occurrence = this.occurrences.merge(List.of(documentId, props.titleKey(), String.valueOf(lead)), 1,
				Integer::sum);
		this.tasks.add(new PlanRows.Task(TaskIdentity.naturalId(documentId, props.titleKey(), lead, occurrence), file,
				documentId, props, lead, List.copyOf(coordinating), quarter));
	}

	/**
	 * The id of an agency named in a document of {@code jurisdiction}; registers it (and
	 * its parents) to write.
	 */
	private String agency(String name, String jurisdiction) {
		// A document names its few agencies again and again (a lead per task).
		String named = this.agencyIds.get(List.of(name, jurisdiction));
		if (named != null) {
			return named;
		}
		String id = register(name, jurisdiction);
		this.agencyIds.put(List.of(name, jurisdiction), id);
		return id;
	}

	private String register(String name, String jurisdiction) {
		Gazetteer.Agency known = this.gazetteer.byName(name);
		String where = (known != null && known.national()) ? DocumentIds.NATIONAL : jurisdiction;
		String canonical = (known != null) ? known.name() : name;
		String id = DocumentIds.agency(where, canonical);
		if (!this.agencyById.containsKey(id) && this.visiting.add(id)) {
			String parent = null;
			if (known != null && known.parent() != null && !known.parent().isBlank()
					&& !known.parent().equals(known.name())) {
				parent = agency(known.parent(), jurisdiction);
			}
			PlanRows.Agency a = new PlanRows.Agency(id, canonical, (known != null) ? known.kind() : null,
					(known != null) ? known.level() : null, where, known != null, parent);
			this.agencyById.put(id, a);
			// Parents were registered first (recursion above), so they are written before
			// their children.
			this.agencies.add(a);
		}
		return id;
	}

	/** Adds another file's plan to this one, to write both with one statement each. */
	void add(GraphPlan other) {
		for (PlanRows.Agency agency : other.agencies) {
			if (this.agencyById.putIfAbsent(agency.id(), agency) == null) {
				this.agencies.add(agency);
			}
		}
		this.documents.addAll(other.documents);
		this.citations.addAll(other.citations);
		this.references.addAll(other.references);
		this.relations.addAll(other.relations);
		this.tasks.addAll(other.tasks);
		this.jurisdictions.addAll(other.jurisdictions);
	}

	/**
	 * Orders the shared nodes by key, so two ingests running at once lock them in the
	 * same order (fewer deadlocks, each of which costs a retry).
	 */
	GraphPlan inLockOrder() {
		this.agencies.sort(Comparator.comparing(PlanRows.Agency::id));
		this.documents.sort(Comparator.comparing(PlanRows.Document::id));
		this.citations.sort(Comparator.comparing(PlanRows.Citation::target));
		return this;
	}

}
