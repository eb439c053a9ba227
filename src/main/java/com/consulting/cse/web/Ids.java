package com.consulting.cse.web;

import org.bson.types.ObjectId;

/**
 * Opaque, time-ordered resource ids with a prefix naming their kind, e.g. {@code exe_665f1c...}.
 */
public final class Ids {

	private Ids() {
	}

	public static String next(String prefix) {
		return prefix + "_" + new ObjectId().toHexString();
	}

}
