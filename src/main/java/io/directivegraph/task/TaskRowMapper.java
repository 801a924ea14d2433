package io.directivegraph.task;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * A task row read from the map a task query returns ({@code queries/tasks/export},
 * {@code page}), field by field. The driver's own mapping ({@code Value.as(Class)}) gives
 * the same record (TaskRowMappingIT compares them on every task of the seeds) but finds
 * each record component by reflection: on an export of 70,000 tasks that was a quarter of
 * the time.
 */
final class TaskRowMapper {

	private TaskRowMapper() {
	}

	/** The row of a query's {@code item} (or of a whole record's fields, as a map). */
	static TaskRow.Read read(Value v) {
		return new TaskRow.Read(string(v, "id"), string(v, "title"), string(v, "titleAsWritten"), agency(v.get("lead")),
				agencies(v.get("coordinating")), due(v.get("due")), string(v, "deadline"), string(v, "setOn"),
				string(v, "completedOn"), fulfilment(v.get("fulfilledBy")), document(v.get("document")),
				string(v, "jurisdiction"), string(v, "evidence"), recorded(v.get("recorded")), string(v, "source"),
				number(v.get("line")), number(v.get("lastLine")), string(v, "section"), successor(v.get("responsible")),
				string(v, "mergedOn"), readings(v.get("readings")), strings(v.get("conflicts")), string(v, "status"));
	}

	/**
	 * The row of a record whose columns are the fields
	 * ({@code queries/accountability/tasks}).
	 */
	static TaskRow.Read read(org.neo4j.driver.Record record) {
		return read(org.neo4j.driver.Values.value(record.asMap((x) -> x)));
	}

	private static String string(Value v, String key) {
		Value field = v.get(key);
		return (field.isNull()) ? null : field.asString();
	}

	private static Long number(Value v) {
		return (v.isNull()) ? null : v.asLong();
	}

	private static TaskRow.Agency agency(Value v) {
		return v.isNull() ? null : new TaskRow.Agency(string(v, "id"), string(v, "name"));
	}

	private static List<TaskRow.Agency> agencies(Value v) {
		if (v.isNull()) {
			return null;
		}
		List<TaskRow.Agency> all = new ArrayList<>(v.size());
		for (Value a : v.values()) {
			all.add(agency(a));
		}
		return all;
	}

	private static TaskRow.Due due(Value v) {
		return v.isNull() ? null : new TaskRow.Due(number(v.get("year")), number(v.get("quarter")),
				number(v.get("month")), string(v, "day"));
	}

	private static TaskRow.Fulfilment fulfilment(Value v) {
		return v.isNull() ? null : new TaskRow.Fulfilment(string(v, "id"), string(v, "number"), string(v, "issuedOn"),
				string(v, "title"));
	}

	private static TaskRow.DocumentRef document(Value v) {
		return v.isNull() ? null : new TaskRow.DocumentRef(string(v, "id"), string(v, "number"), string(v, "issuedOn"),
				string(v, "setOn"), string(v, "setOnBasis"), string(v, "title"));
	}

	private static TaskRow.Recorded recorded(Value v) {
		return v.isNull() ? null : new TaskRow.Recorded(string(v, "by"), string(v, "at"));
	}

	private static TaskRow.Successor successor(Value v) {
		return v.isNull() ? null : new TaskRow.Successor(string(v, "id"), string(v, "name"), string(v, "on"));
	}

	private static List<TaskRow.Reading> readings(Value v) {
		if (v.isNull()) {
			return null;
		}
		List<TaskRow.Reading> all = new ArrayList<>(v.size());
		for (Value r : v.values()) {
			all.add(new TaskRow.Reading(string(r, "file"), number(r.get("line")), number(r.get("lastLine")),
					number(r.get("page")), string(r, "lead"), string(r, "deadline")));
		}
		return all;
	}

	private static List<String> strings(Value v) {
		return v.isNull() ? null : v.asList(Value::asString);
	}

}
