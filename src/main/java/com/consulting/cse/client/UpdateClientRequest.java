package com.consulting.cse.client;

import com.consulting.cse.content.Text;

/** A change to a client; absent fields stay as they are. */
record UpdateClientRequest(@Text String name, ClientStatus status) {
}
