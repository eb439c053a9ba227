package com.consulting.cse.artifact;

import java.util.Map;

import com.consulting.cse.content.Text;
import jakarta.validation.constraints.AssertTrue;

/** A change to a draft; absent fields stay as they are. */
record UpdateArtifactRequest(@Text String title, Map<String, Object> content) {

	@AssertTrue(message = "must change the title or the content")
	boolean isChange() {
		return this.title != null || this.content != null;
	}

}
