package com.consulting.cse;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of STYLE.md: a package per feature, arrows only where they are allowed, and
 * documents and controllers kept inside their feature.
 */
class ModuleStructureTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

	@Test
	void respectsModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void findsAModulePerFeature() {
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("artifact",
				"caller", "client", "content", "deployment", "execution", "journey", "solution", "web");
	}

	@Test
	void keepsDocumentsPackagePrivate() {
		List<Class<?>> documents = typesAnnotatedWith(Document.class);

		assertThat(documents).hasSizeGreaterThanOrEqualTo(6)
			.allSatisfy((type) -> assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type.getName())
				.isFalse());
	}

	@Test
	void keepsControllersPackagePrivate() {
		List<Class<?>> controllers = typesAnnotatedWith(Controller.class);
		controllers.addAll(typesAnnotatedWith(ControllerAdvice.class));

		assertThat(controllers).hasSizeGreaterThanOrEqualTo(7)
			.allSatisfy((type) -> assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type.getName())
				.isFalse());
	}

	private static List<Class<?>> typesAnnotatedWith(Class<? extends Annotation> annotation) {
		return MODULES.stream()
			.flatMap((module) -> module.getBasePackage().stream())
			.map(JavaClass::reflect)
			.filter((type) -> AnnotatedElementUtils.hasAnnotation(type, annotation))
			.collect(Collectors.toCollection(ArrayList::new));
	}

}
