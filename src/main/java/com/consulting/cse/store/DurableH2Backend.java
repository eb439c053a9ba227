package com.consulting.cse.store;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An H2 backend that commits its MVStore before a write command is answered, so that every write the
 * client saw acknowledged is in the file even if the process is killed right after. Each command also pins
 * the store version it reads: without that, a long scan running while other commands commit can find the
 * pages of its version already reclaimed ("Unable to read the page", a known MVStore behaviour).
 * <p>
 * A store this backend creates keeps documents as BSON and index keys in a compact form ({@link BsonDocumentType},
 * {@link KeyValueType}), recorded in the store's {@value #FORMAT_MAP} map. A store written without that record
 * is opened with the default types it was written in.
 */
class DurableH2Backend extends H2Backend {

	private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

	/** A map name no database's maps can clash with: database names cannot contain {@code $}. */
	static final String FORMAT_MAP = "$format";

	private static final String FORMAT_KEY = "types";

	private static final String COMPACT = "bson-1";

	private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
			"createindexes", "create", "drop", "dropindexes", "dropdatabase");

	DurableH2Backend(MVStore store) {
		super(store);
	}

	static DurableH2Backend open(String file) {
		MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().open();
		MVMap<String, String> format = store.openMap(FORMAT_MAP);
		boolean empty = store.getMapNames().stream().noneMatch((name) -> name.startsWith("databases."));
		if (empty && format.isEmpty()) {
			format.put(FORMAT_KEY, COMPACT);
			store.commit();
		}
		if (!COMPACT.equals(format.get(FORMAT_KEY))) {
			log.warn("The store {} was written in the default format; it works, but writes and scans cost more. "
					+ "Export the data and import it into a new store to change that.", file);
		}
		return new DurableH2Backend(store);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new CompactDatabase(databaseName);
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		MVStore.TxCounter reading = getMvStore().registerVersionUsage();
		Document reply;
		try {
			reply = super.handleCommand(channel, database, command, query);
		}
		finally {
			getMvStore().deregisterVersionUsage(reading);
		}
		if (WRITE_COMMANDS.contains(command.toLowerCase())) {
			commit();
		}
		return reply;
	}

	private boolean compact() {
		return COMPACT.equals(getMvStore().<String, String>openMap(FORMAT_MAP).get(FORMAT_KEY));
	}

	/**
	 * Opens each collection's documents and each unique index with the compact types before the H2 database
	 * opens them by name (an open map is reused). An inner class, so that this works while the database's
	 * constructor opens the collections it already has.
	 */
	private final class CompactDatabase extends H2Database {

		CompactDatabase(String databaseName) {
			super(databaseName, getMvStore(), getCursorRegistry());
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			if (compact()) {
				getMvStore().openMap("databases." + getFullCollectionNamespace(collectionName),
						new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
			}
			return super.openOrCreateCollection(collectionName, options);
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			if (compact()) {
				getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
						new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
			}
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

		/** Renaming would leave the maps under names opened with other types; nothing here renames. */
		@Override
		public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
			throw new MongoServerException("renaming collections is not supported by the embedded store");
		}

	}

}
