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
	 * A component left out of the map when it (or the component {@link #value} names) is
	 * null, instead of mapped to null: for the property maps of
	 * {@code SET n += row.props}, where a null removes a property that an absent key
	 * keeps.
	 */
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@java.lang.annotation.Target(java.lang.annotation.ElementType.RECORD_COMPONENT)
	public @interface OmitWhenNull {

		/** The component whose null decides; empty: this one. */
		String value() default "";

	}

	/**
	 * A record class's components, read once per class; {@code omitWhenNullOf}: the index
	 * of the component whose null leaves this one out, or -1.
	 */
	private record Component(String name, java.lang.invoke.MethodHandle accessor, int omitWhenNullOf) {
	}

	private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
		@Override
		protected Component[] computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Component[] read = new Component[components.length];
			List<String> names = java.util.Arrays.stream(components).map(RecordComponent::getName).toList();
			for (int i = 0; i < components.length; i++) {
				OmitWhenNull omit = components[i].getAnnotation(OmitWhenNull.class);
				int of = (omit == null) ? -1 : omit.value().isEmpty() ? i : names.indexOf(omit.value());
				if (omit != null && of < 0) {
					throw new IllegalStateException(type.getSimpleName() + " has no component " + omit.value());
				}
				java.lang.reflect.Method accessor = components[i].getAccessor();
				// The parameter and plan records are package-private beside their
				// statements.
				accessor.setAccessible(true);
				try {
					read[i] = new Component(components[i].getName(),
							java.lang.invoke.MethodHandles.lookup().unreflect(accessor), of);
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException("Cannot read " + components[i], ex);
				}
			}
			return read;
		}
	};

	/**
	 * The parameters of a statement from a record named as its {@code $parameters}. Null
	 * components are kept (the driver's own record mapping drops them, and a statement
	 * then fails on a missing parameter where it meant "any"); enums are passed by name;
	 * nested records become maps and lists of records lists of maps.
	 */
	public static Map<String, Object> parameters(Record parameters) {
		Component[] components = COMPONENTS.get(parameters.getClass());
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			try {
				values[i] = components[i].accessor().invoke(parameters);
			}
			catch (Throwable ex) {
				throw new IllegalStateException(
						"Cannot read " + components[i].name() + " of " + parameters.getClass().getSimpleName(), ex);
			}
		}
		Map<String, Object> map = new HashMap<>(components.length * 2);
		for (int i = 0; i < components.length; i++) {
			int of = components[i].omitWhenNullOf();
			if (of < 0 || values[of] != null) {
				map.put(components[i].name(), value(values[i]));
			}
		}
		return map;
	}

	/** Rows of an UNWIND statement from records. */
	public static List<Map<String, Object>> parameters(List<? extends Record> rows) {
		List<Map<String, Object>> maps = new java.util.ArrayList<>(rows.size());
		for (Record row : rows) {
			maps.add(parameters(row));
		}
		return maps;
	}

	private static Object value(Object value) {
		if (value instanceof Record record) {
			return parameters(record);
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
			return list.stream().map(Rows::value).toList();
		}
		return value;
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
