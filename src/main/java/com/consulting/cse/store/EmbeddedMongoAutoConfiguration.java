package com.consulting.cse.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an in-process MongoDB-wire-compatible server on a file under {@code data/} when neither
 * {@code spring.mongodb.uri} nor {@code spring.mongodb.host} is set, and points the MongoDB driver at it.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@Conditional(NoMongoAddressConfigured.class)
@ConditionalOnMissingBean(MongoConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
public class EmbeddedMongoAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoAutoConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(EmbeddedStoreProperties properties) {
		Path file = Path.of(properties.file()).toAbsolutePath();
		createParent(file);
		MongoServer server = new MongoServer(DurableH2Backend.open(file.toString()));
		server.bind("127.0.0.1", 0);
		log.info("Embedded MongoDB-compatible store on {} keeping its data in {}", server.getLocalAddress(), file);
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, EmbeddedStoreProperties properties) {
		String address = server.getLocalAddress().getHostString() + ":" + server.getLocalAddress().getPort();
		ConnectionString connectionString = new ConnectionString("mongodb://" + address + "/" + properties.database());
		return () -> connectionString;
	}

	private static void createParent(Path file) {
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the directory for the embedded store " + file, ex);
		}
	}

}
