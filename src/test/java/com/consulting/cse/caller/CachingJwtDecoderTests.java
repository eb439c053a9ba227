package com.consulting.cse.caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CachingJwtDecoderTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

	@Test
	void checksARepeatedTokenOnce() {
		AtomicInteger decodes = new AtomicInteger();
		CachingJwtDecoder decoder = new CachingJwtDecoder((token) -> {
			decodes.incrementAndGet();
			return jwt(token, this.clock.instant().plusSeconds(600));
		}, this.clock, Duration.ofMinutes(5));

		assertThat(decoder.decode("a").getSubject()).isEqualTo("a");
		assertThat(decoder.decode("a").getSubject()).isEqualTo("a");
		assertThat(decoder.decode("b").getSubject()).isEqualTo("b");
		assertThat(decodes).hasValue(2);
	}

	@Test
	void neverRemembersATokenThatFailed() {
		AtomicInteger decodes = new AtomicInteger();
		CachingJwtDecoder decoder = new CachingJwtDecoder((token) -> {
			decodes.incrementAndGet();
			throw new BadJwtException("bad");
		}, this.clock, Duration.ofMinutes(5));

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("x"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("x"));
		assertThat(decodes).hasValue(2);
	}

	@Test
	void forgetsATokenThatHasExpired() {
		AtomicInteger decodes = new AtomicInteger();
		CachingJwtDecoder decoder = new CachingJwtDecoder((token) -> {
			decodes.incrementAndGet();
			return jwt(token, this.clock.instant().minusSeconds(1));
		}, this.clock, Duration.ofMinutes(5));

		decoder.decode("old");
		decoder.decode("old");
		assertThat(decodes).hasValue(2);
	}

	private static Jwt jwt(String subject, Instant expiresAt) {
		return Jwt.withTokenValue(subject)
			.header("alg", "RS256")
			.subject(subject)
			.issuedAt(expiresAt.minusSeconds(3600))
			.expiresAt(expiresAt)
			.build();
	}

}
