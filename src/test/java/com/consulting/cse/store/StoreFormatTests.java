package com.consulting.cse.store;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded store's formats: documents and index keys survive the compact encoding whole, index keys
 * compare as a total order, and a store written in the default format keeps working.
 */
class StoreFormatTests {

	@TempDir
	Path dir;

	@Test
	void documentsOfEveryStoredTypeRoundTripThroughBson() {
		Document nested = new Document("step", "one").append("done", true).append("at", Instant.ofEpochMilli(1_700_000_000_123L));
		Document document = new Document("_id", "exe_0123456789abcdef01234567").append("client_id", "acme")
			.append("count", 42)
			.append("big", 9_007_199_254_740_993L)
			.append("ratio", 0.25)
			.append("missing_client", null)
			.append("object_id", new ObjectId())
			.append("decimal", new Decimal128(new BigDecimal("12.50")))
			.append("uuid", UUID.randomUUID())
			.append("steps", List.of(nested, new Document("step", "two")))
			.append("text", "Zürich \uD83D\uDE80 \u0000 end");

		assertThat(roundTrip(BsonDocumentType.INSTANCE, document)).isEqualTo(document);
	}

	@Test
	void indexKeysRoundTripIncludingMissingValues() {
		KeyValue key = new KeyValue("acme", 7, Missing.getInstance(), null, 1.5);

		assertThat(roundTrip(KeyValueType.INSTANCE, key)).isEqualTo(key);
	}

	@Test
	void indexKeysCompareAsATotalOrderThatAgreesWithEquality() {
		List<KeyValue> keys = List.of(new KeyValue("a"), new KeyValue("b"), new KeyValue("ab"), new KeyValue(""),
				new KeyValue(1), new KeyValue(2L), new KeyValue(1.0), new KeyValue(Missing.getInstance()),
				new KeyValue((Object) null), new KeyValue("a", "b"), new KeyValue("a", 1), new KeyValue(true),
				new KeyValue(new Document("x", 1)), new KeyValue("\uD83D\uDE80"));
		for (KeyValue a : keys) {
			for (KeyValue b : keys) {
				int ab = KeyValueType.INSTANCE.compare(a, b);
				assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(KeyValueType.INSTANCE.compare(b, a)));
				assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
				for (KeyValue c : keys) {
					if (ab < 0 && KeyValueType.INSTANCE.compare(b, c) < 0) {
						assertThat(KeyValueType.INSTANCE.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
					}
				}
			}
		}
	}

	@Test
	void aNewStoreIsCompactAndKeepsDocumentsAndUniqueIndexesAcrossRestarts() {
		String file = this.dir.resolve("compact.mv").toString();
		withStore(() -> DurableH2Backend.open(file), (runs) -> {
			runs.createIndex(Indexes.ascending("artifact_id"), new IndexOptions().unique(true).sparse(true));
			insertRuns(runs, 0, 300);
		});
		assertThat(formatOf(file)).isEqualTo("bson-1");
		try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
			Document stored = store.openMap("databases.formats.runs",
					new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE)).get("run-5");
			assertThat(stored).as("written as BSON").containsEntry("artifact_id", "art-5");
		}

		withStore(() -> DurableH2Backend.open(file), (runs) -> {
			assertThat(runs.countDocuments()).isEqualTo(300);
			assertThat(runs.find(eq("_id", "run-123")).first()).containsEntry("client_id", "client-3");
			assertThat(runs.find(eq("artifact_id", "art-299")).first()).containsEntry("_id", "run-299");
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> runs.insertOne(new org.bson.Document("_id", "run-7").append("artifact_id", "new")));
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> runs.insertOne(new org.bson.Document("_id", "new").append("artifact_id", "art-7")));
		});
	}

	@Test
	void aStoreWrittenInTheDefaultFormatKeepsWorking() {
		String file = this.dir.resolve("default.mv").toString();
		withStore(() -> new H2Backend(new MVStore.Builder().fileName(file).open()), (runs) -> {
			runs.createIndex(Indexes.ascending("artifact_id"), new IndexOptions().unique(true).sparse(true));
			insertRuns(runs, 0, 50);
		});

		withStore(() -> DurableH2Backend.open(file), (runs) -> {
			assertThat(runs.countDocuments()).isEqualTo(50);
			assertThat(runs.find(eq("artifact_id", "art-42")).first()).containsEntry("_id", "run-42");
			insertRuns(runs, 50, 60);
			assertThatExceptionOfType(MongoWriteException.class)
				.isThrownBy(() -> runs.insertOne(new org.bson.Document("_id", "new").append("artifact_id", "art-55")));
		});
		assertThat(formatOf(file)).isNull();

		withStore(() -> DurableH2Backend.open(file), (runs) -> assertThat(runs.countDocuments()).isEqualTo(60));
	}

	@Test
	void pagesAndCountsAnswerAsAFullScanWould() {
		String file = this.dir.resolve("pages.mv").toString();
		Random random = new Random(7);
		List<org.bson.Document> all = new ArrayList<>();
		for (int i = 0; i < 700; i++) {
			all.add(new org.bson.Document("_id", String.format("run-%04d", i)).append("client_id", "client-" + (i % 3))
				.append("created_at", Date.from(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(200))))
				.append("context", new org.bson.Document("order", i)));
		}
		Comparator<org.bson.Document> newestFirst = Comparator
			.comparing((org.bson.Document document) -> document.getDate("created_at"))
			.thenComparing((document) -> document.getString("_id"))
			.reversed();
		withStore(() -> DurableH2Backend.open(file), (runs) -> {
			runs.insertMany(all);
			for (int skip : new int[] { 0, 1, 20, 233, 690, 700, 900 }) {
				for (int limit : new int[] { 1, 20, 100 }) {
					List<Object> expected = all.stream()
						.filter((document) -> !"client-1".equals(document.getString("client_id")))
						.sorted(newestFirst)
						.skip(skip)
						.limit(limit)
						.map((document) -> (Object) document.getString("_id"))
						.toList();
					List<Object> page = runs.find(in("client_id", "client-0", "client-2"))
						.sort(Sorts.orderBy(Sorts.descending("created_at"), Sorts.descending("_id")))
						.projection(Projections.include("_id"))
						.skip(skip)
						.limit(limit)
						.map((document) -> document.get("_id"))
						.into(new ArrayList<>());
					assertThat(page).as("skip %d, limit %d", skip, limit).isEqualTo(expected);
				}
			}
			assertThat(runs.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).hasSize(700);
			assertThat(runs.countDocuments(in("client_id", "client-0", "client-2")))
				.isEqualTo(all.stream().filter((document) -> !"client-1".equals(document.getString("client_id"))).count());
			assertThat(runs.countDocuments()).isEqualTo(700);
		});
	}

	private static void insertRuns(MongoCollection<org.bson.Document> runs, int from, int to) {
		List<org.bson.Document> documents = new ArrayList<>();
		for (int i = from; i < to; i++) {
			documents.add(new org.bson.Document("_id", "run-" + i).append("artifact_id", "art-" + i)
				.append("client_id", "client-" + (i % 10))
				.append("context", new org.bson.Document("order", i).append("note", "é".repeat(i % 7))));
		}
		runs.insertMany(documents);
	}

	private interface StoreUse {

		void accept(MongoCollection<org.bson.Document> runs);

	}

	private static void withStore(Supplier<H2Backend> backend, StoreUse use) {
		H2Backend opened = backend.get();
		MongoServer server = new MongoServer(opened);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			use.accept(client.getDatabase("formats").getCollection("runs"));
		}
		finally {
			server.shutdownNow();
		}
	}

	private static String formatOf(String file) {
		try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
			return store.hasMap(DurableH2Backend.FORMAT_MAP)
					? store.<String, String>openMap(DurableH2Backend.FORMAT_MAP).get("types") : null;
		}
	}

	private static <T> T roundTrip(BasicDataType<T> type, T value) {
		WriteBuffer buffer = new WriteBuffer();
		type.write(buffer, value);
		buffer.put((byte) 99);
		ByteBuffer written = buffer.getBuffer();
		written.flip();
		T read = type.read(written);
		assertThat(written.get()).as("the read stops where the value ends").isEqualTo((byte) 99);
		return read;
	}

}
