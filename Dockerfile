# Build stage: the same wrapper and test-free package as a developer's machine.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

# Run stage: the fat jar on a JRE.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/platform/app/target/yumroad.jar /app/yumroad.jar
# The same JVM settings as the README's run command (heap and non-heap caps: under 300 MB resident).
COPY platform/app/jvm.options /app/jvm.options
# As ./start does: two malloc arenas, so native memory fragments less.
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/yumroad.jar"]
