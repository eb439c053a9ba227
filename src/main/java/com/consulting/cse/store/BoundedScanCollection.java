package com.consulting.cse.store;

import java.util.PriorityQueue;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection whose scans hold only what they answer, not the whole collection. The default backend
 * sorts every matching document in memory to answer a page, and reads every document into a list before an
 * aggregation (such as the count of a page's total) starts, so that a list of a large collection needs heap in
 * proportion to the collection and a few concurrent lists exhaust it. Here a sorted, limited scan keeps the
 * best {@code skip + limit} matches in a bounded heap, and an aggregation streams the documents. Other scans
 * are answered as before.
 */
class BoundedScanCollection extends H2Collection {

	/** Beyond this many documents to keep, a bounded heap saves nothing over sorting them all. */
	private static final int MAX_KEPT = 100_000;

	private final MVMap<Object, Document> documents;

	BoundedScanCollection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
		super(database, collectionName, options, documents, meta, cursors);
		this.documents = documents;
	}

	@Override
	protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
			int batchSize, Document fieldSelector) {
		DocumentComparator order = deriveComparator(orderBy);
		long kept = (long) Math.max(numberToSkip, 0) + numberToReturn;
		if (order == null || numberToReturn <= 0 || kept > MAX_KEPT) {
			return super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
		}
		// the worst kept document on top, so that a better match replaces it
		PriorityQueue<Document> best = new PriorityQueue<>((int) kept + 1, order.reversed());
		for (Document document : this.documents.values()) {
			if (documentMatchesQuery(document, query)) {
				best.add(document);
				if (best.size() > kept) {
					best.poll();
				}
			}
		}
		return matchDocumentsFromStream(query, best.stream(), numberToSkip, numberToReturn, batchSize, order,
				fieldSelector);
	}

	/** What an aggregation reads: the documents one by one, in the store's order. */
	@Override
	public Stream<Document> queryAllAsStream() {
		return this.documents.values().stream();
	}

}
