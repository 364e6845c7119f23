# confcal: conference notes in Markdown → subscribable iCalendar feeds.
#   docker build --build-arg VERSION="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml)" \
#       --build-arg REVISION="$(git rev-parse HEAD)" -t confcal .
#   docker run -p 8080:8080 confcal                                   # the bundled KubeCon China 2023 notes
#   docker run -p 8080:8080 -v "$PWD/my-notes.md:/notes/notes.md:ro" -v confcal-state:/data confcal \
#       serve /notes/notes.md --state /data/confcal-state.json
#
# Base images are pinned by digest, so a rebuild gets the same bytes whatever the tags point to now. To move to
# newer images, look the digests up (`docker buildx imagetools inspect maven:3.9-eclipse-temurin-17`, or
# `crane digest …`) and change tag and digest together.

FROM maven:3.9-eclipse-temurin-17@sha256:a8746f15d5bb26b5b8bacb056cc76211553850f4c71d16aff845cfa004cbc197 AS build
WORKDIR /src
# Dependencies first, so a change of the sources does not download them again (the plugin is pinned in pom.xml;
# go-offline misses a few that package then fetches, so package runs online).
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY seeds seeds
COPY src src
RUN mvn -B -q -ntp -DskipTests package
# The image's version label is the build's: a VERSION given that is not pom.xml's project version stops the build.
ARG VERSION
RUN built="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml)" \
    && if [ -n "$VERSION" ] && [ "$VERSION" != "$built" ]; then \
         echo "VERSION=$VERSION, but pom.xml builds $built" >&2; exit 1; fi

FROM eclipse-temurin:17-jre-alpine@sha256:2a8ebbb44f3fb44868ec754946730a7b9ed6d1d9f5e05e066c53916dc5498943
ARG REVISION=unknown
ARG VERSION=unknown
LABEL org.opencontainers.image.title="confcal" \
      org.opencontainers.image.description="Conference notes in Markdown to subscribable iCalendar feeds" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.base.name="docker.io/library/eclipse-temurin:17-jre-alpine"
# The JVM's flags for a small container: heap from the container's memory limit, one GC thread, no perf-data
# file in /tmp; the JIT's full tiers, for a server that runs for weeks (C1 alone starts faster and serves slower);
# and out of heap, the process exits, so the container is restarted rather than left half-working. In an argument file rather than JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS, which make the JVM print
# "Picked up …" on every run (JDK_JAVA_OPTIONS too: "NOTE: Picked up JDK_JAVA_OPTIONS"); set either to add
# flags of your own.
RUN addgroup -S -g 10001 confcal && adduser -S -u 10001 -G confcal -h /app confcal \
    && mkdir -p /notes /data && chown confcal:confcal /data \
    && printf '%s\n' -XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData -Xss512k \
       > /app/jvm.options
COPY --from=build /src/target/confcal.jar /app/confcal.jar
# The class-data archive (AppCDS) for this JVM and jar, made by running check, export and serve once on the bundled
# notes: a start maps the 5,000 classes it needs, parsed and verified, instead of reading them from the jar (check:
# about 25 % less CPU). bin/confcal adds, for check and export, the C1 compiler alone and the serial collector.
COPY bin/confcal bin/confcal-class-data /app/bin/
RUN JAVA_OPTS=@/app/jvm.options /app/bin/confcal-class-data /app/confcal.jar \
    && echo -XX:SharedArchiveFile=/app/confcal.jsa >> /app/jvm.options
USER 10001:10001
WORKDIR /app
ENV PORT=8080
EXPOSE 8080
VOLUME ["/data"]
# Unhealthy while /healthz answers 503: the notes or the ledger need a person (see README). It does not
# restart anything; a restart would not fix the notes.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/healthz" || exit 1
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/confcal.jar"]
CMD ["serve"]
