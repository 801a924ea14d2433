package io.directivegraph.neo4j;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link GraphTransactions} go straight to the embedded database when there is one, else
 * through the driver.
 */
@Configuration(proxyBeanMethods = false)
class GraphTransactionsConfiguration {

	@Bean
	GraphTransactions graphTransactions(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
		EmbeddedNeo4j neo4j = embedded.getIfAvailable();
		return (neo4j != null) ? new EmbeddedTransactions(neo4j.database()) : new DriverTransactions(driver);
	}

}
