# aws-error: `make demo` runs the main job, `make test` runs every test.
# Each target is a few readable lines; details live in the sub-projects.

CARGO   ?= cargo
PREFIX  ?= /usr/local
RELEASE := target/release

.PHONY: all build demo test bench install hardening header lint test-rust test-java demo-java

all: build

build:
	$(CARGO) build --release

# Refresh the checked-in C header after changing the C ABI.
header:
	AWS_ERROR_BLESS=1 $(CARGO) test --test header

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust:
	$(CARGO) test
	$(CARGO) test --features fault-injection --test panic_boundary

test: lint test-rust

# Java binding (bindings/java). `package` builds the Rust library itself, runs the
# JUnit tests under -Xcheck:jni (failing on any JNI warning) and makes the jar; then
# the panic-boundary tests; then the jar alone, from another directory.
MVN      ?= mvn
JAVA_DIR := bindings/java
JAR      := $(CURDIR)/$(JAVA_DIR)/target/aws-error-0.1.0.jar
AWS_ERROR_CLI ?= $(CURDIR)/$(RELEASE)/aws-error

test-java:
	$(MVN) -B -f $(JAVA_DIR)/pom.xml package
	$(MVN) -B -f $(JAVA_DIR)/pom.xml test -Pfault-injection
	cd / && java -cp $(JAR) io.github.awserror.Main >/dev/null

# Java code throwing what AWS PaaS apps throw; each answer is checked against the CLI's.
demo-java:
	$(MVN) -B -q -f $(JAVA_DIR)/pom.xml package -DskipTests
	$(CARGO) build --release --bin aws-error
	rm -rf target/java-demo
	javac --release 8 -encoding UTF-8 -cp $(JAR) -d target/java-demo $$(find $(JAVA_DIR)/demo/src -name '*.java')
	cd / && java -Xcheck:jni -cp $(JAR):$(CURDIR)/target/java-demo io.github.awserror.demo.Demo $(AWS_ERROR_CLI) \
		> $(CURDIR)/target/java-demo/out.txt 2>&1; status=$$?; cat $(CURDIR)/target/java-demo/out.txt; \
		if grep -q -e 'WARNING in native method' -e 'JNI local refs' $(CURDIR)/target/java-demo/out.txt; then \
		echo "FAILED: JNI warnings"; exit 1; fi; exit $$status
