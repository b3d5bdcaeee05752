# Build stage: the same wrapper and test-free package as a developer's machine.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

# Run stage: the fat jar on a JRE.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/platform/app/target/yumroad.jar /app/yumroad.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/yumroad.jar"]
