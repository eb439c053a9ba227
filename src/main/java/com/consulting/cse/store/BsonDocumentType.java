package com.consulting.cse.store;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Stores documents as BSON, the encoding they travel in. The store's default type falls back to Java
 * serialization for them, which made up most of the cost of a commit and of reading pages back.
 */
final class BsonDocumentType extends BasicDataType<Document> {

	static final BsonDocumentType INSTANCE = new BsonDocumentType();

	private BsonDocumentType() {
	}

	@Override
	public int getMemory(Document document) {
		ByteBuf encoded = encode(document);
		try {
			return 64 + 2 * encoded.readableBytes();
		}
		finally {
			encoded.release();
		}
	}

	@Override
	public void write(WriteBuffer buffer, Document document) {
		ByteBuf encoded = encode(document);
		try {
			buffer.put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), encoded.readableBytes());
		}
		finally {
			encoded.release();
		}
	}

	@Override
	public Document read(ByteBuffer buffer) {
		ByteBuf in = Unpooled.wrappedBuffer(buffer.slice());
		Document document = BsonDecoder.decodeBson(in);
		buffer.position(buffer.position() + in.readerIndex());
		return document;
	}

	@Override
	public Document[] createStorage(int size) {
		return new Document[size];
	}

	private static ByteBuf encode(Document document) {
		ByteBuf buffer = Unpooled.buffer(256);
		BsonEncoder.encodeDocument(document, buffer);
		return buffer;
	}

}
