package com.consulting.cse.client;

import java.util.List;
import java.util.Optional;

import com.consulting.cse.caller.ClientScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

/**
 * All clients, read through a caller's scope.
 */
@Repository
class Clients {

	private final MongoOperations mongo;

	Clients(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Client insert(Client client) {
		return this.mongo.insert(client);
	}

	Client save(Client client) {
		return this.mongo.save(client);
	}

	Optional<Client> findById(String clientId) {
		return Optional.ofNullable(this.mongo.findById(clientId, Client.class));
	}

	Optional<Client> findByIdIn(String clientId, ClientScope scope) {
		return scope.includes(clientId) ? findById(clientId) : Optional.empty();
	}

	Page<Client> findAll(ClientScope scope, ClientStatus status, Pageable pageable) {
		Criteria criteria = scope.criteria("_id", null);
		if (status != null) {
			criteria = new Criteria().andOperator(criteria, Criteria.where("status").is(status));
		}
		Query query = Query.query(criteria).with(Sort.by("_id"));
		List<Client> content = this.mongo.find(Query.of(query).with(pageable), Client.class);
		return PageableExecutionUtils.getPage(content, pageable, () -> this.mongo.count(Query.of(query), Client.class));
	}

}
