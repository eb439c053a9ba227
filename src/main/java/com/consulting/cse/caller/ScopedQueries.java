package com.consulting.cse.caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Reads of client-owned documents that always carry the caller's {@link ClientScope} on {@code client_id}.
 */
public final class ScopedQueries {

	private static final String CLIENT_ID = "client_id";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("created_at"), Sort.Order.desc("_id"));

	private ScopedQueries() {
	}

	/**
	 * The document with {@code id}, if its client ({@code clientOf}) lies in {@code scope}. The query names the
	 * id alone, which every store answers from its {@code _id} index (the embedded store uses an index only for
	 * a query on exactly its keys); the scope is applied to the one document found.
	 */
	public static <T> Optional<T> findById(MongoOperations mongo, Class<T> type, String id, ClientScope scope,
			Function<T, String> clientOf) {
		return Optional.ofNullable(mongo.findById(id, type)).filter((document) -> scope.includes(clientOf.apply(document)));
	}

	/**
	 * A page, newest first, of the documents in {@code scope} (narrowed to {@code clientId} when given) that
	 * match every non-null {@code field = value} filter.
	 */
	public static <T> Page<T> page(MongoOperations mongo, Class<T> type, ClientScope scope, String clientId,
			List<Criteria> filters, Pageable pageable, String... excludedFields) {
		List<Criteria> criteria = new ArrayList<>(filters);
		criteria.add(0, scope.criteria(CLIENT_ID, clientId));
		Query query = Query.query(new Criteria().andOperator(criteria)).with(NEWEST_FIRST);
		for (String field : excludedFields) {
			query.fields().exclude(field);
		}
		List<T> content = mongo.find(Query.of(query).with(pageable), type);
		return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(Query.of(query), type));
	}

	/** Equality filters of a list, skipping the absent ones. */
	public static List<Criteria> filters(Object... fieldsAndValues) {
		List<Criteria> criteria = new ArrayList<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			if (fieldsAndValues[i + 1] != null) {
				criteria.add(Criteria.where((String) fieldsAndValues[i]).is(fieldsAndValues[i + 1]));
			}
		}
		return criteria;
	}

}
