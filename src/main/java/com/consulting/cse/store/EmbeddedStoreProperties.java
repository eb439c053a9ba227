package com.consulting.cse.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded store keeps its file and which database name it serves.
 *
 * @param file the H2 MVStore file, relative to the working directory
 * @param database the database name the service uses
 */
@ConfigurationProperties("app.store.embedded")
public record EmbeddedStoreProperties(String file, String database) {

	public EmbeddedStoreProperties {
		file = (file == null || file.isBlank()) ? "data/store.mv" : file;
		database = (database == null || database.isBlank()) ? "client-scoped-execution" : database;
	}

}
