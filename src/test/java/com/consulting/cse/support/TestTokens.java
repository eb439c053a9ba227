package com.consulting.cse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * A throwaway RSA key for the test run and the tokens it signs; the service under test trusts its public key.
 */
public final class TestTokens {

	private static final KeyPair KEYS = generate();

	private static final Path PUBLIC_KEY = writePublicKey();

	private TestTokens() {
	}

	/** The {@code public-key-location} the service under test is configured with. */
	public static String publicKeyLocation() {
		return PUBLIC_KEY.toUri().toString();
	}

	public static String token(String subject, List<String> roles, List<String> clientIds) {
		return sign(claims(subject, roles, clientIds, Instant.now().plusSeconds(600)), new RSASSASigner(privateKey()),
				JWSAlgorithm.RS256);
	}

	public static String expired(String subject, List<String> roles, List<String> clientIds) {
		return sign(claims(subject, roles, clientIds, Instant.now().minusSeconds(3600)), new RSASSASigner(privateKey()),
				JWSAlgorithm.RS256);
	}

	/** A token signed by a key the service does not know. */
	public static String forged(String subject, List<String> roles, List<String> clientIds) {
		return sign(claims(subject, roles, clientIds, Instant.now().plusSeconds(600)),
				new RSASSASigner((RSAPrivateKey) generate().getPrivate()), JWSAlgorithm.RS256);
	}

	/** An unsigned token ({@code alg: none}). */
	public static String unsigned(String subject, List<String> roles, List<String> clientIds) {
		return new PlainJWT(claims(subject, roles, clientIds, Instant.now().plusSeconds(600))).serialize();
	}

	/** A token HMAC-signed with the public key as the secret (the RS256/HS256 confusion attack). */
	public static String hmacWithPublicKey(String subject, List<String> roles, List<String> clientIds) {
		try {
			return sign(claims(subject, roles, clientIds, Instant.now().plusSeconds(600)),
					new MACSigner(Files.readAllBytes(PUBLIC_KEY)), JWSAlgorithm.HS256);
		}
		catch (IOException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JWTClaimsSet claims(String subject, List<String> roles, List<String> clientIds, Instant expiry) {
		return new JWTClaimsSet.Builder().subject(subject)
			.claim("roles", roles)
			.claim("client_ids", clientIds)
			.issueTime(Date.from(Instant.now().minusSeconds(5)))
			.expirationTime(Date.from(expiry))
			.build();
	}

	private static String sign(JWTClaimsSet claims, JWSSigner signer, JWSAlgorithm algorithm) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
			jwt.sign(signer);
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAPrivateKey privateKey() {
		return (RSAPrivateKey) KEYS.getPrivate();
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path writePublicKey() {
		try {
			Path file = Files.createTempFile("test-jwt-", ".pub");
			file.toFile().deleteOnExit();
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			Files.writeString(file, pem);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
