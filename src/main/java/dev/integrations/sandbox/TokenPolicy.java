package dev.integrations.sandbox;

import java.time.Duration;

/**
 * How long a stand-in's tokens live and what a refresh does to them.
 *
 * @param accessTokenPrefix start of every access token, so that a leaked one is easy to spot
 * @param accessTokenBytes random bytes after the prefix
 * @param accessTokenLifetime lifetime of an access token, or {@code null} when it does not expire
 * @param refreshTokenLifetime lifetime of a refresh token, or {@code null} when it does not expire
 * @param rotatesRefreshToken whether a refresh replaces the refresh token and ends the old pair
 * @param refreshConflictWindow how long after a rotation a second refresh with the old token gets a
 * conflict instead of {@code invalid_grant}, or {@link Duration#ZERO}
 */
public record TokenPolicy(String accessTokenPrefix, int accessTokenBytes, Duration accessTokenLifetime,
		Duration refreshTokenLifetime, boolean rotatesRefreshToken, Duration refreshConflictWindow) {

}
