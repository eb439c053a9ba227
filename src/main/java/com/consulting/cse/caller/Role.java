package com.consulting.cse.caller;

/**
 * What a caller may do, as carried in the {@code roles} claim or a configured user.
 */
public enum Role {

	ADMIN, STAFF, CLIENT

}
