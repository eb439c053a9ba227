# Builds the service and runs it as a non-root user on a current JRE (25, an LTS: virtual threads are on).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY openapi.json ./
COPY src src
RUN ./mvnw -B -q package -Dmaven.test.skip=true -Dcodegen.skip=true && cp target/client-scoped-execution-*.jar /src/app.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system app && useradd --system --gid app --uid 10001 --home-dir /app app \
    && mkdir -p /app/data && chown -R app:app /app
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
