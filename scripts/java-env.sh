# Sourced by ./limbic, ./run-tests, .ci/run and bench scripts: finds a JDK 25 and sets the Maven flags
# that keep Maven 3.8 quiet on it (../shared/DEPENDENCIES.md). Honors an existing JAVA_HOME if it is 25+.
limbic_java_ok() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! limbic_java_ok "$JAVA_HOME"; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/jdk-25*; do
    if limbic_java_ok "$candidate"; then JAVA_HOME="$candidate"; break; fi
  done
fi
if [ -z "$JAVA_HOME" ]; then
  echo "limbic: needs a JDK 25 or newer; set JAVA_HOME to one (Temurin 25 is at /usr/lib/jvm/temurin-25-jdk-amd64 on our machines)" >&2
  exit 2
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
if ! command -v mvn >/dev/null 2>&1; then
  echo "limbic: Maven (mvn) not found; install it (Debian: apt-get install -y maven)" >&2
  exit 2
fi
