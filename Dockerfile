# confcal: conference notes in Markdown → subscribable iCalendar feeds.
#   docker build -t confcal .
#   docker run -p 8080:8080 confcal                                   # the bundled KubeCon China 2023 notes
#   docker run -p 8080:8080 -v "$PWD/my-notes.md:/notes/notes.md:ro" -v confcal-state:/data confcal \
#       serve /notes/notes.md --state /data/confcal-state.json

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so a change of the sources does not download them again.
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY seeds seeds
COPY src src
RUN mvn -B -q -ntp -DskipTests package

FROM eclipse-temurin:17-jre-alpine
RUN addgroup -S -g 10001 confcal && adduser -S -u 10001 -G confcal -h /app confcal \
    && mkdir -p /notes /data && chown confcal:confcal /data
COPY --from=build /src/target/confcal.jar /app/confcal.jar
USER 10001:10001
WORKDIR /app
# A small container: heap from the container's limit, one GC thread, no perf-data file in /tmp.
ENV PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xss512k"
EXPOSE 8080
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/healthz" || exit 1
ENTRYPOINT ["java", "-jar", "/app/confcal.jar"]
CMD ["serve"]
