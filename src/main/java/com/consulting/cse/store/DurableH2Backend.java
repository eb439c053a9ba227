package com.consulting.cse.store;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

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
 * client saw acknowledged is in the file even if the process is killed right after; concurrent writes share
 * a commit. Each command also pins the store version it reads: without that, a long scan running while other
 * commands commit can find the pages of its version already reclaimed ("Unable to read the page", a known
 * MVStore behaviour). Once a second the file is synced to the disk.
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

	/**
	 * How long a chunk that holds no live data is kept before its space is reused. MVStore's default (45 s)
	 * assumes the operating system writes its buffers out within that time; {@link #maintain()} syncs the
	 * file every {@value #MAINTENANCE_PERIOD_MILLIS} ms, well within this. The shorter time keeps the file
	 * and its chunk metadata smaller under hundreds of commits a second.
	 */
	private static final int RETENTION_MILLIS = 5_000;

	private static final long MAINTENANCE_PERIOD_MILLIS = 1_000;

	private final AtomicLong applied = new AtomicLong();

	private final Object committing = new Object();

	/** Guarded by {@link #committing}: every write up to this one is in the file. */
	private long committed;

	private final Lock applying;

	private final Lock pausingWrites;

	private final ScheduledExecutorService maintenance;

	DurableH2Backend(MVStore store) {
		super(store);
		ReadWriteLock writes = new ReentrantReadWriteLock();
		this.applying = writes.readLock();
		this.pausingWrites = writes.writeLock();
		this.maintenance = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-store-maintenance");
			thread.setDaemon(true);
			return thread;
		});
		this.maintenance.scheduleWithFixedDelay(this::maintain, MAINTENANCE_PERIOD_MILLIS, MAINTENANCE_PERIOD_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	static DurableH2Backend open(String file) {
		MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().open();
		store.setRetentionTime(RETENTION_MILLIS);
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
		if (!WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
			return pinned(() -> super.handleCommand(channel, database, command, query));
		}
		long write;
		Document reply;
		this.applying.lock();
		try {
			reply = pinned(() -> super.handleCommand(channel, database, command, query));
			write = this.applied.incrementAndGet();
		}
		finally {
			this.applying.unlock();
		}
		commitThrough(write);
		return reply;
	}

	/**
	 * Makes every write up to {@code write} durable before it is acknowledged. Writes are committed in groups:
	 * one commit covers every write applied before it started, so writers that queue behind a commit in
	 * progress usually find their write already committed. A commit runs while no write is being applied, so
	 * the file never holds half of a command (a document without its index entries).
	 */
	private void commitThrough(long write) {
		synchronized (this.committing) {
			if (this.committed >= write) {
				return;
			}
			long through;
			this.pausingWrites.lock();
			try {
				through = this.applied.get();
				commit();
			}
			finally {
				this.pausingWrites.unlock();
			}
			this.committed = through;
		}
	}

	/**
	 * Syncs the file to the disk. It takes no lock: writes go on while the operating system writes the file's
	 * buffers out.
	 */
	void maintain() {
		MVStore store = getMvStore();
		try {
			if (!store.isClosed()) {
				store.sync();
			}
		}
		catch (Throwable ex) {
			// an exception would cancel every later round; log it and go on
			log.warn("Syncing the embedded store failed; it is tried again in {} ms", MAINTENANCE_PERIOD_MILLIS, ex);
		}
	}

	@Override
	public void close() {
		this.maintenance.shutdown();
		try {
			this.maintenance.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		super.close();
	}

	private Document pinned(Supplier<Document> command) {
		MVStore.TxCounter reading = getMvStore().registerVersionUsage();
		try {
			return command.get();
		}
		finally {
			getMvStore().deregisterVersionUsage(reading);
		}
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

		/** As the H2 database opens a collection (same maps), as a {@link BoundedScanCollection}. */
		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String namespace = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> documents = compact()
					? getMvStore().openMap("databases." + namespace,
							new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE))
					: getMvStore().openMap("databases." + namespace);
			MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
			return new BoundedScanCollection(this, collectionName, options, documents, meta,
					DurableH2Backend.this.getCursorRegistry());
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
