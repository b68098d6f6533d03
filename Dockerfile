# Builds one service of this repository: docker build --build-arg SERVICE=command-service .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY pom.xml .
COPY api api
COPY processes processes
COPY command-service command-service
COPY query-service query-service
RUN mvn -B -ntp -q package -DskipTests -pl ${SERVICE} -am \
 && cp ${SERVICE}/target/${SERVICE}-*.jar /app.jar

FROM eclipse-temurin:17-jre
# wget for the compose health check
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
COPY --from=build /app.jar /app/app.jar
USER 1000
# A bounded heap keeps each service's resident memory under 700 MB (see bench/results.md).
# docker-compose.yml gives command-service a smaller one.
ENV JAVA_OPTS="-Xmx384m -XX:MaxMetaspaceSize=256m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
