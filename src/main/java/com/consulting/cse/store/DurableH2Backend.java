package com.consulting.cse.store;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * An H2 backend that commits its MVStore before a write command is answered, so that every write the
 * client saw acknowledged is in the file even if the process is killed right after. Each command also pins
 * the store version it reads: without that, a long scan running while other commands commit can find the
 * pages of its version already reclaimed ("Unable to read the page", a known MVStore behaviour).
 */
class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
			"createindexes", "create", "drop", "dropindexes", "dropdatabase");

	DurableH2Backend(MVStore store) {
		super(store);
	}

	static DurableH2Backend open(String file) {
		MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().open();
		return new DurableH2Backend(store);
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		MVStore.TxCounter reading = getMvStore().registerVersionUsage();
		Document reply;
		try {
			reply = super.handleCommand(channel, database, command, query);
		}
		finally {
			getMvStore().deregisterVersionUsage(reading);
		}
		if (WRITE_COMMANDS.contains(command.toLowerCase())) {
			commit();
		}
		return reply;
	}

}
