package io.directivegraph.neo4j;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Typed statements: a record's components are a statement's {@code $parameters}, and a
 * row (or a map column) becomes a record whose components are named as the statement's
 * columns. The one place where Cypher's names meet Java's, so a renamed column fails in
 * the mapping, not as a missing key somewhere downstream. Rows are mapped by the driver's
 * value mapping ({@link Value#as(Class)}: by component name, nested records and lists of
 * records included); nullable columns need boxed components.
 */
public final class Rows {

	private Rows() {
	}

	/**
	 * The parameters of a statement from a record named as its {@code $parameters}. Null
	 * components are kept (the driver's own record mapping drops them, and a statement
	 * then fails on a missing parameter where it meant "any"); enums are passed by name.
	 */
	public static Map<String, Object> parameters(Record parameters) {
		Map<String, Object> map = new HashMap<>();
		for (RecordComponent component : parameters.getClass().getRecordComponents()) {
			try {
				// The parameter records are package-private beside their statements.
				java.lang.reflect.Method accessor = component.getAccessor();
				accessor.setAccessible(true);
				Object value = accessor.invoke(parameters);
				map.put(component.getName(), (value instanceof Enum<?> e) ? e.name() : value);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(
						"Cannot read parameter " + component.getName() + " of " + parameters.getClass().getSimpleName(),
						ex);
			}
		}
		return map;
	}

	/** A driver value (a row's map column) as a record. */
	public static <R> R as(Value value, Class<R> type) {
		return value.as(type);
	}

	/** A list column as records. */
	public static <R> List<R> list(Value value, Class<R> type) {
		return value.isNull() ? List.of() : value.asList((v) -> v.as(type));
	}

	/**
	 * A row of {@link GraphTransactions.Statements#rows} (plain Java values) as a record.
	 */
	public static <R> R as(Map<String, Object> row, Class<R> type) {
		return Values.value(row).as(type);
	}

	/** A map column of {@link GraphTransactions.Statements#rows} as a record. */
	@SuppressWarnings("unchecked")
	public static <R> R as(Object column, Class<R> type) {
		return (column == null) ? null : as((Map<String, Object>) column, type);
	}

}
