package com.consulting.cse.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Everything in the store at one moment, to prove that a refused request wrote nothing.
 */
public record StoreSnapshot(Map<String, List<Document>> collections) {

	public static StoreSnapshot of(MongoOperations mongo) {
		Map<String, List<Document>> collections = new TreeMap<>();
		for (String name : mongo.getCollectionNames()) {
			collections.put(name, mongo.getCollection(name).find().into(new ArrayList<>()));
		}
		return new StoreSnapshot(collections);
	}

	/** What differs from {@code before}: one line per changed, added or removed document. */
	public List<String> changesSince(StoreSnapshot before) {
		List<String> changes = new ArrayList<>();
		for (String name : union(before)) {
			List<Document> was = before.collections.getOrDefault(name, List.of());
			List<Document> now = this.collections.getOrDefault(name, List.of());
			now.stream().filter((document) -> !was.contains(document)).forEach((document) -> changes.add(name + " now has " + document.toJson()));
			was.stream().filter((document) -> !now.contains(document)).forEach((document) -> changes.add(name + " lost " + document.toJson()));
		}
		return changes;
	}

	private List<String> union(StoreSnapshot other) {
		TreeMap<String, Boolean> names = new TreeMap<>();
		this.collections.keySet().forEach((name) -> names.put(name, true));
		other.collections.keySet().forEach((name) -> names.put(name, true));
		return new ArrayList<>(names.keySet());
	}

}
