# TalentRadar: a multi-stage build from source. Base images are build arguments, so a mirror or a
# locally built base can stand in:  docker build --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=... .
# The build image needs a JDK 17 and Maven; the runtime image a Java 17 runtime and bash (for the health check).
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
# h2 (embedded, the default) or postgresql: the database kind is fixed at build time.
ARG DB_KIND=h2
# Extra Maven flags, such as -o for an offline build against a mounted repository.
ARG MVN_FLAGS=
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q ${MVN_FLAGS} dependency:go-offline || true
COPY src src
COPY openapi openapi
RUN mvn -B -q ${MVN_FLAGS} package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

FROM ${RUNTIME_IMAGE}
WORKDIR /app
COPY --from=build --chown=185:0 /build/target/quarkus-app/ /app/
RUN mkdir -p /app/data && chown 185:0 /app/data && chmod 775 /app/data
# The embedded H2 database lives here; mount a volume to keep it across containers.
VOLUME /app/data
USER 185
EXPOSE 8080
# The heap follows the container's memory limit; an out-of-memory error restarts the container.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
# Ready = the database answers. bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["bash", "-c", \
  "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /q/health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
