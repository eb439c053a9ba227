/**
 * Who is calling and for which clients: the authenticated {@link com.consulting.cse.caller.Caller}, the
 * security configuration that produces it, and the client scopes that every query carries.
 */
package com.consulting.cse.caller;
