package com.consulting.cse.client;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.caller.Role;
import com.consulting.cse.client.ClientResolution.Target;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The client rule of API.md ("Which client a deployment or execution runs for"), one row per outcome of its
 * steps. Existing clients: {@code acme}, {@code globex}, {@code initech} (active) and {@code umbrella}
 * (suspended); {@code ghost} does not exist.
 */
class ClientResolutionTests {

	private static final Map<String, ClientStatus> DIRECTORY = Map.of("acme", ClientStatus.ACTIVE, "globex",
			ClientStatus.ACTIVE, "initech", ClientStatus.ACTIVE, "umbrella", ClientStatus.SUSPENDED);

	private static final Caller ADMIN = new Caller("ada", Set.of(Role.ADMIN), Set.of());

	/** May act for acme, globex and umbrella, and holds a stale claim for the unknown ghost. */
	private static final Caller STAFF = new Caller("sam", Set.of(Role.STAFF),
			Set.of("acme", "globex", "umbrella", "ghost"));

	private static final Caller CLIENT_OF_ACME = new Caller("cleo", Set.of(Role.CLIENT), Set.of("acme"));

	private static final Caller CLIENT_OF_TWO = new Caller("carl", Set.of(Role.CLIENT), Set.of("acme", "globex"));

	private static final Caller CLIENT_OF_NONE = new Caller("nina", Set.of(Role.CLIENT), Set.of());

	private static final Caller CLIENT_OF_UMBRELLA = new Caller("uma", Set.of(Role.CLIENT), Set.of("umbrella"));

	private static final Target MISSING = Target.missing();

	private static final Target UNSCOPED = Target.ownedBy(null);

	private static final Target OF_ACME = Target.ownedBy("acme");

	private static final Target OF_INITECH = Target.ownedBy("initech");

	private static final Target OF_UMBRELLA = Target.ownedBy("umbrella");

	static Stream<Arguments> refusals() {
		return Stream.of(
				// step 1
				argumentSet("1: ADMIN, P and C differ -> client_id_conflict", ADMIN, "acme", "globex", OF_ACME,
						ErrorCode.CLIENT_ID_CONFLICT),
				argumentSet("1: STAFF, P and C differ -> client_id_conflict", STAFF, "acme", "globex", OF_ACME,
						ErrorCode.CLIENT_ID_CONFLICT),
				argumentSet("1: CLIENT, P and C differ -> client_id_conflict", CLIENT_OF_TWO, "globex", "acme", OF_ACME,
						ErrorCode.CLIENT_ID_CONFLICT),
				argumentSet("1: conflict comes before authorization and existence", CLIENT_OF_ACME, "initech", "acme",
						MISSING, ErrorCode.CLIENT_ID_CONFLICT),
				// step 3
				argumentSet("3: ADMIN, R names a client that does not exist -> client_not_authorized", ADMIN, "ghost",
						null, UNSCOPED, ErrorCode.CLIENT_NOT_AUTHORIZED),
				argumentSet("3: STAFF, P not in A -> client_not_authorized", STAFF, "initech", null, UNSCOPED,
						ErrorCode.CLIENT_NOT_AUTHORIZED),
				argumentSet("3: STAFF, R in A but no such client -> client_not_authorized", STAFF, "ghost", null,
						UNSCOPED, ErrorCode.CLIENT_NOT_AUTHORIZED),
				argumentSet("3: CLIENT, C not in A -> client_not_authorized", CLIENT_OF_ACME, null, "globex", OF_ACME,
						ErrorCode.CLIENT_NOT_AUTHORIZED),
				argumentSet("3: STAFF, foreign R takes precedence over a foreign document", STAFF, "initech", null,
						OF_INITECH, ErrorCode.CLIENT_NOT_AUTHORIZED),
				argumentSet("3: CLIENT, foreign R takes precedence over a foreign document", CLIENT_OF_ACME, null,
						"initech", OF_INITECH, ErrorCode.CLIENT_NOT_AUTHORIZED),
				argumentSet("3: CLIENT, foreign R takes precedence over a missing document", CLIENT_OF_ACME, "globex",
						null, MISSING, ErrorCode.CLIENT_NOT_AUTHORIZED),
				// step 4
				argumentSet("4: ADMIN, missing document -> not_found", ADMIN, null, null, MISSING, ErrorCode.NOT_FOUND),
				argumentSet("4: STAFF, missing document -> not_found", STAFF, null, null, MISSING, ErrorCode.NOT_FOUND),
				argumentSet("4: CLIENT, missing document -> not_found", CLIENT_OF_ACME, null, null, MISSING,
						ErrorCode.NOT_FOUND),
				argumentSet("4: ADMIN, missing document with authorized R -> not_found", ADMIN, "acme", null, MISSING,
						ErrorCode.NOT_FOUND),
				argumentSet("4: STAFF, document of a foreign client -> not_found", STAFF, null, null, OF_INITECH,
						ErrorCode.NOT_FOUND),
				argumentSet("4: CLIENT, document of a foreign client -> not_found", CLIENT_OF_ACME, null, null,
						OF_INITECH, ErrorCode.NOT_FOUND),
				argumentSet("4: STAFF, foreign document with authorized R -> not_found, not client_mismatch", STAFF,
						"acme", null, OF_INITECH, ErrorCode.NOT_FOUND),
				argumentSet("4: CLIENT, foreign document with authorized C -> not_found, not client_mismatch",
						CLIENT_OF_ACME, null, "acme", OF_INITECH, ErrorCode.NOT_FOUND),
				// step 5
				argumentSet("5: ADMIN, R differs from D -> client_mismatch", ADMIN, "globex", null, OF_ACME,
						ErrorCode.CLIENT_MISMATCH),
				argumentSet("5: STAFF, R differs from D -> client_mismatch", STAFF, null, "globex", OF_ACME,
						ErrorCode.CLIENT_MISMATCH),
				argumentSet("5: CLIENT, R differs from D -> client_mismatch", CLIENT_OF_TWO, "globex", "globex",
						OF_ACME, ErrorCode.CLIENT_MISMATCH),
				argumentSet("5: mismatch comes before a suspended document client", STAFF, "acme", null, OF_UMBRELLA,
						ErrorCode.CLIENT_MISMATCH),
				// step 6
				argumentSet("6: CLIENT with two clients, unscoped document, no R -> client_id_required", CLIENT_OF_TWO,
						null, null, UNSCOPED, ErrorCode.CLIENT_ID_REQUIRED),
				argumentSet("6: CLIENT with no client, unscoped document, no R -> client_id_required", CLIENT_OF_NONE,
						null, null, UNSCOPED, ErrorCode.CLIENT_ID_REQUIRED),
				// step 7
				argumentSet("7: ADMIN, effective D suspended -> client_suspended", ADMIN, null, null, OF_UMBRELLA,
						ErrorCode.CLIENT_SUSPENDED),
				argumentSet("7: STAFF, effective D suspended -> client_suspended", STAFF, null, null, OF_UMBRELLA,
						ErrorCode.CLIENT_SUSPENDED),
				argumentSet("7: STAFF, effective R suspended on an unscoped document -> client_suspended", STAFF,
						"umbrella", "umbrella", UNSCOPED, ErrorCode.CLIENT_SUSPENDED),
				argumentSet("7: CLIENT, single default client suspended -> client_suspended", CLIENT_OF_UMBRELLA, null,
						null, UNSCOPED, ErrorCode.CLIENT_SUSPENDED));
	}

	static Stream<Arguments> resolutions() {
		return Stream.of(
				// step 6: D
				argumentSet("6: ADMIN, no R -> effective D", ADMIN, null, null, OF_ACME, "acme"),
				argumentSet("6: STAFF, no R -> effective D", STAFF, null, null, OF_ACME, "acme"),
				argumentSet("6: CLIENT with two clients, no R -> effective D", CLIENT_OF_TWO, null, null, OF_ACME,
						"acme"),
				argumentSet("6: ADMIN, R equal to D -> effective D", ADMIN, "acme", null, OF_ACME, "acme"),
				argumentSet("6: CLIENT, P equal to C equal to D is fine", CLIENT_OF_TWO, "acme", "acme", OF_ACME,
						"acme"),
				argumentSet("6: STAFF, C alone equal to D is used", STAFF, null, "acme", OF_ACME, "acme"),
				// step 6: R
				argumentSet("6: ADMIN, unscoped document -> effective R", ADMIN, "globex", null, UNSCOPED, "globex"),
				argumentSet("6: STAFF, unscoped document -> effective R", STAFF, "globex", "globex", UNSCOPED,
						"globex"),
				argumentSet("6: CLIENT with two clients, unscoped document, C alone -> effective C", CLIENT_OF_TWO,
						null, "globex", UNSCOPED, "globex"),
				argumentSet("6: ADMIN, unscoped document, C alone -> effective C", ADMIN, null, "initech", UNSCOPED,
						"initech"),
				// step 6: defaults
				argumentSet("6: CLIENT with one client, unscoped document -> that client", CLIENT_OF_ACME, null, null,
						UNSCOPED, "acme"),
				argumentSet("6: CLIENT with one client, own document -> that client", CLIENT_OF_ACME, null, null,
						OF_ACME, "acme"),
				argumentSet("6: ADMIN, unscoped document, no R -> unscoped run", ADMIN, null, null, UNSCOPED, null),
				argumentSet("6: STAFF, unscoped document, no R -> unscoped run", STAFF, null, null, UNSCOPED, null));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void refusesWithTheCodeOfTheFirstFailingStep(Caller caller, String requested, String fromContext, Target target,
			ErrorCode expected) {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> resolve(caller, requested, fromContext, target))
			.extracting(ApiException::code)
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("resolutions")
	void resolvesTheEffectiveClient(Caller caller, String requested, String fromContext, Target target,
			String expected) {
		assertThat(resolve(caller, requested, fromContext, target)).isEqualTo(expected);
	}

	@Test
	void namesOnlyTheRequestedClientInAMismatch() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> resolve(STAFF, "globex", null, OF_ACME))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CLIENT_MISMATCH))
			.withMessageContaining("'globex'")
			.withMessageNotContaining("acme");
	}

	private static String resolve(Caller caller, String requested, String fromContext, Target target) {
		return ClientResolution.resolve(caller, requested, fromContext, target,
				(clientId) -> Optional.ofNullable(DIRECTORY.get(clientId)));
	}

}
