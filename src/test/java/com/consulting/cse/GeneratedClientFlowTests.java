package com.consulting.cse;

import java.util.List;
import java.util.Map;

import com.consulting.cse.client.generated.ApiClient;
import com.consulting.cse.client.generated.api.ArtifactsApi;
import com.consulting.cse.client.generated.api.ClientsApi;
import com.consulting.cse.client.generated.api.ExecutionsApi;
import com.consulting.cse.client.generated.api.JourneysApi;
import com.consulting.cse.client.generated.model.ArtifactView;
import com.consulting.cse.client.generated.model.ClientView;
import com.consulting.cse.client.generated.model.CreateArtifactRequest;
import com.consulting.cse.client.generated.model.CreateClientRequest;
import com.consulting.cse.client.generated.model.CreateJourneyRequest;
import com.consulting.cse.client.generated.model.ExecuteRequest;
import com.consulting.cse.client.generated.model.ExecutionStep;
import com.consulting.cse.client.generated.model.ExecutionView;
import com.consulting.cse.client.generated.model.JourneyView;
import com.consulting.cse.client.generated.model.Problem;
import com.consulting.cse.support.FlowTestSupport;
import com.consulting.cse.support.StoreSnapshot;
import com.consulting.cse.support.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client generated from the committed {@code openapi.json} drives a whole flow against the running
 * service: what a team integrating the API gets, typed problems included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "app.store.embedded.file=target/test-store/generated-client-${random.uuid}.mv")
class GeneratedClientFlowTests extends FlowTestSupport {

	@Test
	void runsAJourneyFromDesignToCompletionAndReadsARefusalAsAProblem() {
		String acme = "acme-" + shortId();
		String globex = "globex-" + shortId();
		ClientsApi admin = new ClientsApi(client("admin-" + shortId(), List.of("ADMIN")));
		ClientView created = admin.createClient(new CreateClientRequest().clientId(acme).name("Acme Corp"));
		admin.createClient(new CreateClientRequest().clientId(globex).name("Globex"));
		assertThat(created.getStatus()).isEqualTo(ClientView.StatusEnum.ACTIVE);

		ApiClient staff = client("staff-" + shortId(), List.of("STAFF"), acme, globex);
		ApiClient acmeUser = client("user-" + shortId(), List.of("CLIENT"), acme);
		ArtifactsApi staffArtifacts = new ArtifactsApi(staff);
		ArtifactView draft = staffArtifacts.createArtifact(new CreateArtifactRequest()
			.kind(CreateArtifactRequest.KindEnum.JOURNEY)
			.title("Onboarding")
			.clientId(acme)
			.content(Map.of("steps", List.of(Map.of("key", "kickoff", "name", "Kickoff call"),
					Map.of("key", "setup", "name", "Workspace setup")))));
		assertThat(draft.getStatus()).isEqualTo(ArtifactView.StatusEnum.DRAFT);
		assertThat(draft.getVersion()).isEqualTo(1L);

		ArtifactView review = staffArtifacts.shareArtifact(draft.getId(), null);
		ArtifactView approved = new ArtifactsApi(acmeUser).approveArtifact(review.getId(), "\"1\"");
		assertThat(approved.getStatus()).isEqualTo(ArtifactView.StatusEnum.APPROVED);
		assertThat(approved.getApprovedVersion()).isEqualTo(1L);

		JourneyView journey = new JourneysApi(staff).createJourney(new CreateJourneyRequest().artifactId(approved.getId()));
		assertThat(journey.getClientId()).isEqualTo(acme);
		assertThat(journey.getContentSha256()).isEqualTo(approved.getContentSha256());

		ExecutionView execution = new JourneysApi(acmeUser).executeJourney(journey.getId(), null,
				new ExecuteRequest().context(Map.of("channel", "portal")));
		assertThat(execution.getClientId()).isEqualTo(acme);
		assertThat(execution.getContext()).containsEntry("client_id", acme).containsEntry("channel", "portal");
		assertThat(execution.getStatus()).isEqualTo(ExecutionView.StatusEnum.RUNNING);

		ExecutionsApi staffExecutions = new ExecutionsApi(staff);
		staffExecutions.completeExecutionStep(execution.getId(), "kickoff");
		ExecutionView completed = staffExecutions.completeExecutionStep(execution.getId(), "setup");
		assertThat(completed.getStatus()).isEqualTo(ExecutionView.StatusEnum.COMPLETED);
		assertThat(completed.getSteps()).extracting(ExecutionStep::getStatus)
			.containsOnly(ExecutionStep.StatusEnum.COMPLETED);

		StoreSnapshot before = StoreSnapshot.of(this.mongo);
		RestClientResponseException refused = catchThrowableOfType(RestClientResponseException.class,
				() -> new JourneysApi(staff).executeJourney(journey.getId(), null, new ExecuteRequest().clientId(globex)));
		Problem problem = JsonMapper.builder().build().readValue(refused.getResponseBodyAsString(), Problem.class);
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.CLIENT_MISMATCH);
		assertThat(problem.getStatus()).isEqualTo(403);
		assertThat(problem.getDetail()).contains(globex).doesNotContain(acme);
		assertThat(StoreSnapshot.of(this.mongo).changesSince(before)).as("writes by the refused execution").isEmpty();
	}

	private ApiClient client(String subject, List<String> roles, String... clientIds) {
		ApiClient client = new ApiClient();
		client.setBasePath("http://localhost:" + this.port);
		client.setBearerToken(TestTokens.token(subject, roles, List.of(clientIds)));
		return client;
	}

}
