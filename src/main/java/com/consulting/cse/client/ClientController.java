package com.consulting.cse.client;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.Locations;
import com.consulting.cse.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "The consultancy's clients, managed by admins")
class ClientController {

	private final ClientDirectory clients;

	ClientController(ClientDirectory clients) {
		this.clients = clients;
	}

	@PostMapping
	@Operation(operationId = "createClient", summary = "Create a client (ADMIN)",
			description = "Registers a client with the id an admin chooses. An id already taken answers 409 "
					+ "client_exists.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ClientView> create(@Valid @RequestBody CreateClientRequest request) {
		ClientView client = this.clients.create(request);
		return ResponseEntity.created(Locations.of("/clients/{id}", client.clientId())).body(client);
	}

	@GetMapping
	@Operation(operationId = "listClients", summary = "List the clients the caller may act for",
			description = "The clients the caller may act for (every client for ADMIN), optionally filtered by "
					+ "status, newest first.")
	PageResponse<ClientView> list(Caller caller, @RequestParam(name = "status", required = false) ClientStatus status,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(this.clients.list(caller, status, PageRequest.of(page, size)), (client) -> client);
	}

	@GetMapping("/{client_id}")
	@Operation(operationId = "getClient", summary = "Read a client",
			description = "A client the caller may act for; any other id answers 404, whether or not it exists.")
	ClientView get(Caller caller, @PathVariable("client_id") String clientId) {
		return this.clients.get(caller, clientId);
	}

	@PatchMapping("/{client_id}")
	@Operation(operationId = "updateClient", summary = "Rename, suspend or reactivate a client (ADMIN)",
			description = "Renames a client or changes its status. A suspended client's deployments and executions "
					+ "are refused with 409 client_suspended.")
	ClientView update(Caller caller, @PathVariable("client_id") String clientId, @Valid @RequestBody UpdateClientRequest request) {
		return this.clients.update(caller, clientId, request);
	}

}
