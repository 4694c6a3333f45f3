# shellcheck shell=bash
# Creates throwaway consumer projects that generate a client from one OpenAPI document: one with
# our clientgen-maven-plugin, one with the stock openapi-generator-maven-plugin (generator java,
# library native). Sourced by build-times.sh and footprint.sh.

STOCK_PLUGIN_VERSION=7.25.0
CLIENTGEN_VERSION=0.1.0-SNAPSHOT
JACKSON_VERSION=2.22.1

# install_clientgen_plugin ROOT LOCAL_REPO: installs the reactor's plugin into a private Maven
# local repository, seeded from ~/.m2/repository when missing, so that the shared ~/.m2 snapshot
# stays untouched.
install_clientgen_plugin() {
  local root=$1 local_repo=$2
  if [[ ! -d $local_repo ]]; then
    echo "Seeding $local_repo from ~/.m2/repository" >&2
    cp -r "$HOME/.m2/repository" "$local_repo"
  fi
  echo "Installing clientgen-maven-plugin into $local_repo" >&2
  (cd "$root" && ./mvnw -B -ntp -q "-Dmaven.repo.local=$local_repo" -pl generator-plugin -am install -DskipTests)
}

# Plugin versions of the reactor's pluginManagement, so both projects run the same lifecycle.
common_build_plugins() {
  cat <<'XML'
      <plugin>
        <artifactId>maven-clean-plugin</artifactId>
        <version>3.5.0</version>
      </plugin>
      <plugin>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.5.0</version>
      </plugin>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.1</version>
      </plugin>
      <plugin>
        <artifactId>maven-jar-plugin</artifactId>
        <version>3.5.1</version>
      </plugin>
      <plugin>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.6.1</version>
        <configuration>
          <skip>true</skip>
        </configuration>
      </plugin>
XML
}

# make_clientgen_project DIR SPEC: a project that applies our plugin to a copy of SPEC.
make_clientgen_project() {
  local dir=$1 spec=$2
  mkdir -p "$dir/src/main/openapi"
  cp "$spec" "$dir/src/main/openapi/api.yaml"
  cat >"$dir/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>clientgen-consumer</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
      <version>$JACKSON_VERSION</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
$(common_build_plugins)
      <plugin>
        <groupId>org.scaletasks</groupId>
        <artifactId>clientgen-maven-plugin</artifactId>
        <version>$CLIENTGEN_VERSION</version>
        <executions>
          <execution>
            <goals>
              <goal>generate</goal>
            </goals>
            <configuration>
              <spec>src/main/openapi/api.yaml</spec>
              <packageName>org.scaletasks.client</packageName>
              <clientClassName>ScaleClient</clientClassName>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
XML
}

# make_stock_project DIR SPEC: a project that applies openapi-generator-maven-plugin to a copy
# of SPEC, with the dependencies that Java/libraries/native/pom.mustache in openapi-generator
# 7.25.0 lists. Jackson is at our client's version (the template has 2.21.5), so both clients
# share the same Jackson jars.
make_stock_project() {
  local dir=$1 spec=$2
  mkdir -p "$dir/src/main/openapi"
  cp "$spec" "$dir/src/main/openapi/api.yaml"
  cat >"$dir/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>stock-consumer</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
      <version>$JACKSON_VERSION</version>
    </dependency>
    <dependency>
      <groupId>com.fasterxml.jackson.datatype</groupId>
      <artifactId>jackson-datatype-jsr310</artifactId>
      <version>$JACKSON_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.openapitools</groupId>
      <artifactId>jackson-databind-nullable</artifactId>
      <version>0.2.11</version>
    </dependency>
    <dependency>
      <groupId>com.google.code.findbugs</groupId>
      <artifactId>jsr305</artifactId>
      <version>3.0.2</version>
    </dependency>
    <dependency>
      <groupId>jakarta.annotation</groupId>
      <artifactId>jakarta.annotation-api</artifactId>
      <version>1.3.5</version>
      <scope>provided</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
$(common_build_plugins)
      <plugin>
        <groupId>org.openapitools</groupId>
        <artifactId>openapi-generator-maven-plugin</artifactId>
        <version>$STOCK_PLUGIN_VERSION</version>
        <executions>
          <execution>
            <goals>
              <goal>generate</goal>
            </goals>
            <configuration>
              <inputSpec>\${project.basedir}/src/main/openapi/api.yaml</inputSpec>
              <generatorName>java</generatorName>
              <library>native</library>
              <apiPackage>org.scaletasks.stock.api</apiPackage>
              <modelPackage>org.scaletasks.stock.model</modelPackage>
              <invokerPackage>org.scaletasks.stock</invokerPackage>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
XML
}
