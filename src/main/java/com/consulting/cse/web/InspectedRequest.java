package com.consulting.cse.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body passes, as it is read, through an {@link Inspector} that may refuse it by throwing.
 */
final class InspectedRequest extends HttpServletRequestWrapper {

	/** Sees every chunk of the body as it is read, then its end. */
	interface Inspector {

		void inspect(byte[] buffer, int offset, int length) throws IOException;

		void end() throws IOException;

	}

	private final Inspector inspector;

	private ServletInputStream stream;

	InspectedRequest(HttpServletRequest request, Inspector inspector) {
		super(request);
		this.inspector = inspector;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new InspectedStream(super.getInputStream(), this.inspector);
		}
		return this.stream;
	}

	private static final class InspectedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final Inspector inspector;

		private final byte[] single = new byte[1];

		InspectedStream(ServletInputStream delegate, Inspector inspector) {
			this.delegate = delegate;
			this.inspector = inspector;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b < 0) {
				this.inspector.end();
			}
			else {
				this.single[0] = (byte) b;
				this.inspector.inspect(this.single, 0, 1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n < 0) {
				this.inspector.end();
			}
			else if (n > 0) {
				this.inspector.inspect(buffer, offset, n);
			}
			return n;
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
