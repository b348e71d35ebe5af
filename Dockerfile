# TalentRadar: a multi-stage build from source. Base images are build arguments, so a mirror or a
# locally built base can stand in:  docker build --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=... .
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
# h2 (embedded, the default) or postgresql: the database kind is fixed at build time.
ARG DB_KIND=h2
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true
COPY src src
COPY openapi openapi
RUN mvn -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

FROM ${RUNTIME_IMAGE}
WORKDIR /app
COPY --from=build --chown=185:0 /build/target/quarkus-app/ /app/
RUN mkdir -p /app/data && chown 185:0 /app/data && chmod 775 /app/data
# The embedded H2 database lives here; mount a volume to keep it across containers.
VOLUME /app/data
USER 185
EXPOSE 8080
ENV JAVA_OPTS="-Xmx512m -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
