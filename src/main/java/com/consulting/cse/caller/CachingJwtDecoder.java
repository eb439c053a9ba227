package com.consulting.cse.caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers tokens that decoded and validated, so a client sending the same bearer token on every request
 * pays for the signature check once. An entry lives at most {@code maxAge} and never past the token's own
 * expiry; tokens that fail to decode are never remembered.
 */
final class CachingJwtDecoder implements JwtDecoder {

	private final JwtDecoder delegate;

	private final Cache<String, Jwt> decoded;

	CachingJwtDecoder(JwtDecoder delegate, Clock clock, Duration maxAge) {
		this.delegate = delegate;
		this.decoded = Caffeine.newBuilder().maximumSize(10_000).expireAfter(new UntilExpiry(clock, maxAge)).build();
	}

	@Override
	public Jwt decode(String token) {
		return this.decoded.get(token, this.delegate::decode);
	}

	private record UntilExpiry(Clock clock, Duration maxAge) implements Expiry<String, Jwt> {

		@Override
		public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
			Instant now = this.clock.instant();
			Instant until = (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(now.plus(this.maxAge)))
					? jwt.getExpiresAt() : now.plus(this.maxAge);
			return Math.max(0, Duration.between(now, until).toNanos());
		}

		@Override
		public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
			return currentDuration;
		}

		@Override
		public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
