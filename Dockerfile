# Builds one service of this repository: docker build --build-arg SERVICE=command-service .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
# The whole repository but what .dockerignore leaves out: Maven reads every module the parent pom
# lists (bench too, even for -pl), so a module added there needs no line here. Only the service's
# extracted jar reaches the image below.
COPY . .
# Unpacked into a thin jar and its libraries: loading classes from nested jars took a quarter of
# command-service's start (23 → 16 s to ready on the benchmark's machine, bench/findings.md).
RUN mvn -B -ntp -q package -DskipTests -pl ${SERVICE} -am \
 && cp ${SERVICE}/target/${SERVICE}-*.jar /service.jar \
 && java -Djarmode=tools -jar /service.jar extract --destination /app \
 && mv /app/${SERVICE}-*.jar /app/app.jar

FROM eclipse-temurin:17-jre
# wget for the compose health check
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
USER 1000
# A bounded heap keeps each service's resident memory under 700 MB (see bench/results.md).
# docker-compose.yml gives command-service a smaller one.
ENV JAVA_OPTS="-Xmx384m -XX:MaxMetaspaceSize=256m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
