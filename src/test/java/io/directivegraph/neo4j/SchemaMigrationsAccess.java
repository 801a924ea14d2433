package io.directivegraph.neo4j;

/** What tests of other packages may ask of the package-private schema scripts. */
public final class SchemaMigrationsAccess {

	private SchemaMigrationsAccess() {
	}

	/** How many versioned schema scripts the class path holds. */
	public static int scriptCount() {
		return SchemaMigrations.scripts().size();
	}

}
