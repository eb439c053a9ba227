package com.consulting.cse.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The keys of a unique index: each value as its BSON type and encoding, a missing field as type 0. The store's
 * default type Java-serializes both keys on every comparison of a lookup; here strings compare directly and
 * other values by their encoding, so two keys are equal exactly when their values encode alike, as before.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

	static final KeyValueType INSTANCE = new KeyValueType();

	private static final byte MISSING = 0;

	private KeyValueType() {
	}

	@Override
	public int compare(KeyValue a, KeyValue b) {
		int bySize = Integer.compare(a.size(), b.size());
		for (int i = 0; bySize == 0 && i < a.size(); i++) {
			bySize = compareValues(a.get(i), b.get(i));
		}
		return bySize;
	}

	private static int compareValues(Object a, Object b) {
		if (a instanceof String x && b instanceof String y) {
			return x.compareTo(y);
		}
		return Arrays.compare(encode(a), encode(b));
	}

	@Override
	public int getMemory(KeyValue key) {
		int memory = 32;
		for (Object value : key) {
			memory += (value instanceof String text) ? 40 + 2 * text.length() : 24 + encode(value).length;
		}
		return memory;
	}

	@Override
	public void write(WriteBuffer buffer, KeyValue key) {
		buffer.putVarInt(key.size());
		for (Object value : key) {
			buffer.put(encode(value));
		}
	}

	@Override
	public KeyValue read(ByteBuffer buffer) {
		int size = DataUtils.readVarInt(buffer);
		ByteBuf in = Unpooled.wrappedBuffer(buffer.slice());
		List<Object> values = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			byte type = in.readByte();
			values.add((type == MISSING) ? Missing.getInstance() : BsonDecoder.decodeValue(type, in));
		}
		buffer.position(buffer.position() + in.readerIndex());
		return new KeyValue(values);
	}

	@Override
	public KeyValue[] createStorage(int size) {
		return new KeyValue[size];
	}

	private static byte[] encode(Object value) {
		if (value instanceof Missing) {
			return new byte[] { MISSING };
		}
		ByteBuf out = Unpooled.buffer(32);
		byte type = BsonEncoder.determineType(value);
		out.writeByte(type);
		BsonEncoder.encodeValue(type, value, out);
		byte[] bytes = new byte[out.readableBytes()];
		out.readBytes(bytes);
		return bytes;
	}

}
