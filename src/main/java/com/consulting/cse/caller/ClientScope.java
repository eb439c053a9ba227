package com.consulting.cse.caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The part of a collection a caller may see: every document, or those of some clients, optionally with
 * the unscoped ones (documents without a {@code client_id}).
 *
 * @param all whether every document is visible
 * @param clientIds the visible clients when not {@code all}
 * @param unscoped whether documents without a client are visible
 */
public record ClientScope(boolean all, Set<String> clientIds, boolean unscoped) {

	public static final ClientScope ALL = new ClientScope(true, Set.of(), true);

	public ClientScope {
		clientIds = Set.copyOf(clientIds);
	}

	/** Whether a document owned by {@code clientId} ({@code null}: unscoped) is visible. */
	public boolean includes(String clientId) {
		return this.all || (clientId == null ? this.unscoped : this.clientIds.contains(clientId));
	}

	/**
	 * The criteria on {@code field} that select what is visible, narrowed to {@code requested} when the caller
	 * filters by one client.
	 */
	public Criteria criteria(String field, String requested) {
		if (requested != null) {
			return includes(requested) ? Criteria.where(field).is(requested) : Criteria.where(field).in(List.of());
		}
		if (this.all) {
			return new Criteria();
		}
		List<Object> values = new ArrayList<>(this.clientIds);
		if (this.unscoped) {
			values.add(null);
		}
		return Criteria.where(field).in(values);
	}

}
