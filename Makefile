# aws-error: `make demo` runs the main job, `make test` runs every test.
# Each target is a few readable lines; details live in the sub-projects.

CARGO   ?= cargo
PREFIX  ?= /usr/local
RELEASE := target/release

.PHONY: all build demo demo-cli test bench install hardening header lint test-rust \
        hardening-tools hardening-stress hardening-miri hardening-tsan hardening-matrix hardening-fuzz \
        test-c demo-c c-deps c-test-deps c-fault-lib test-java demo-java

all: build

build:
	$(CARGO) build --release

# Refresh the generated files: the C header and the README catalogue.
header:
	AWS_ERROR_BLESS=1 $(CARGO) test --test header --test readme

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

# `cargo test` includes the quick hardening checks (tests/hardening_*.rs): fuzz seeds
# and past crashes replayed, journal faults, 16 threads x 20,000 lookups, the
# bad-input matrix compared with RELIABILITY.md. `make hardening` runs the long ones.
test-rust:
	$(CARGO) test
	$(CARGO) test --features fault-injection --test panic_boundary

# The two commands. Each part is defined below.
test: lint test-rust test-c test-java
demo: demo-cli demo-c demo-java

# The main job: what real AWS PaaS apps throw, described by the CLI.
CLI := $(RELEASE)/aws-error
demo-cli: build
	$(CLI) list
	$(CLI) exception com.actionsoft.exception.AWSForbiddenException
	$(CLI) exception com.actionsoft.exception.AWSObjectNotFindException
	$(CLI) exception com.actionsoft.exception.AWSIllegalArgumentException
	$(CLI) exception com.actionsoft.exception.BPMNError
	$(CLI) exception com.actionsoft.exception.AWSDataAccessException com.actionsoft.exception.AWSException
	$(CLI) exception java.lang.NullPointerException java.lang.RuntimeException java.lang.Exception
	$(CLI) describe 403 --lang zh
	$(CLI) describe 774

# ---- C side (bindings/c): CMake around the cargo-built library.
CMAKE   ?= cmake
C_SRC   := bindings/c
C_BUILD := build/c
C_CONF  = $(CMAKE) -S $(C_SRC) -DAWS_ERROR_LIB_DIR=$(CURDIR)/$(RELEASE) -DAWS_ERROR_INCLUDE_DIR=$(CURDIR)/include

c-deps:
	@bash $(C_SRC)/deps.sh

c-test-deps:
	@bash $(C_SRC)/deps.sh --test

# The library with test-only panic injection, for the C panic-boundary test.
FAULT_DIR := target/fault
C_FAULT   = -DAWS_ERROR_FAULT_LIB_DIR=$(CURDIR)/$(FAULT_DIR)/release
c-fault-lib:
	$(CARGO) build --release --lib --features fault-injection --target-dir $(FAULT_DIR)

# Builds bindings/c in build/c/$(1) with CMake options $(2), then runs its ctest.
define c_suite
	$(C_CONF) -B $(C_BUILD)/$(1) $(2) >/dev/null
	$(CMAKE) --build $(C_BUILD)/$(1) -j
	ctest --test-dir $(C_BUILD)/$(1) --output-on-failure -j 2
endef

# The C suite: plain (+ install test), ASan + UBSan, valgrind memcheck.
test-c: c-test-deps build c-fault-lib
	$(call c_suite,plain,$(C_FAULT))
	$(call c_suite,sanitize,$(C_FAULT) -DAWS_ERROR_SANITIZE=ON)
	$(call c_suite,valgrind,$(C_FAULT) -DAWS_ERROR_VALGRIND=ON)

demo-c: c-deps build
	$(C_CONF) -B $(C_BUILD)/demo -DAWS_ERROR_BUILD_TESTS=OFF >/dev/null
	$(CMAKE) --build $(C_BUILD)/demo
	$(C_BUILD)/demo/aws_error_example

# make install PREFIX=/usr/local [DESTDIR=/stage]: library (with soname), header,
# aws_error.pc and the CMake package.
install: c-deps build
	$(C_CONF) -B $(C_BUILD)/install -DCMAKE_INSTALL_PREFIX=$(abspath $(PREFIX)) \
	  -DAWS_ERROR_BUILD_TESTS=OFF -DAWS_ERROR_BUILD_EXAMPLES=OFF >/dev/null
	DESTDIR="$(DESTDIR)" $(CMAKE) --install $(C_BUILD)/install

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

# ---- Hardening (issue 6): the long checks; figures land in RELIABILITY.md.
# Fuzzing (FUZZ_RUNS executions per target, one target after another), Miri over
# the C ABI's unsafe paths, ThreadSanitizer on the registry, 16 threads x LOOKUPS
# lookups while registering, the journal faults, and the bad-input matrix.
FUZZ_RUNS ?= 10000000
LOOKUPS   ?= 1000000
HOST      := $(shell rustc -vV | sed -n 's/^host: //p')
HARD      := target/hardening
MIRIFLAGS := -Zmiri-disable-isolation -Zmiri-no-short-fd-operations

hardening: hardening-tools hardening-stress hardening-miri hardening-tsan hardening-matrix hardening-fuzz

hardening-tools:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	@rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^miri' || \
	  rustup toolchain install nightly --profile minimal --component miri,rust-src

hardening-stress:
	AWS_ERROR_LOOKUPS=$(LOOKUPS) $(CARGO) test --release --test hardening_concurrency --test hardening_journal -- --nocapture

hardening-miri:
	MIRIFLAGS="$(MIRIFLAGS)" $(CARGO) +nightly miri test --target-dir target/miri --lib --test hardening_miri

# TSan needs std rebuilt with it (-Zbuild-std); 20,000 lookups per thread (TSan is ~40x slower).
hardening-tsan:
	RUSTFLAGS=-Zsanitizer=thread TSAN_OPTIONS=halt_on_error=1 AWS_ERROR_LOOKUPS=20000 \
	  $(CARGO) +nightly test -Zbuild-std --target $(HOST) --target-dir target/tsan \
	  --test hardening_concurrency --test hardening_miri -- --nocapture

hardening-matrix:
	AWS_ERROR_BLESS=1 $(CARGO) test --release --test hardening_bad_input
	fuzz/splice.sh RELIABILITY.md bad-input $(HARD)/bad-input.md

hardening-fuzz: hardening-tools
	fuzz/hardening.sh $(FUZZ_RUNS) $(HARD)/fuzz.md; s=$$?; \
	  fuzz/splice.sh RELIABILITY.md fuzz $(HARD)/fuzz.md; exit $$s
