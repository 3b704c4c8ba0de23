# aws-error: `make demo` runs the main job, `make test` runs every test.
# Each target is a few readable lines; details live in the sub-projects.

CARGO   ?= cargo
PREFIX  ?= /usr/local
RELEASE := target/release

.PHONY: all build demo demo-cli test bench bench-settle install hardening header lint test-rust \
        test-c demo-c c-deps c-test-deps c-fault-lib test-java demo-java \
        bench-rust bench-java bench-startup bench-report \
        hardening-tools hardening-stress hardening-miri hardening-tsan hardening-matrix hardening-fuzz

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

# The example prints each exception's body and journal line; then the CLI reads
# the journal back for people.
DEMO_LOGS := $(C_BUILD)/demo/logs
demo-c: c-deps build
	$(C_CONF) -B $(C_BUILD)/demo -DAWS_ERROR_BUILD_TESTS=OFF >/dev/null
	$(CMAKE) --build $(C_BUILD)/demo
	rm -rf $(DEMO_LOGS)
	AWS_ERROR_LOGS_DIR=$(DEMO_LOGS) $(C_BUILD)/demo/aws_error_example
	$(CLI) log $(DEMO_LOGS)/aws.log

# C benchmark (issue 5 parts 2 and 6): the cdylib against sqlite3_errstr and
# strerror_r, the stripped library's size, then callgrind's instruction counts.
# Writes target/bench/c.md for `make bench`.
BENCH_DIR := target/bench
.PHONY: bench-c c-bench-deps
c-bench-deps:
	@bash $(C_SRC)/deps.sh --bench

bench-c: c-bench-deps build
	$(C_CONF) -B $(C_BUILD)/bench -DAWS_ERROR_BUILD_TESTS=OFF -DAWS_ERROR_BUILD_EXAMPLES=OFF >/dev/null
	$(CMAKE) --build $(C_BUILD)/bench
	mkdir -p $(BENCH_DIR)
	strip -o $(BENCH_DIR)/libaws_error.stripped.so $(RELEASE)/libaws_error.so
	$(C_BUILD)/bench/bench/aws_error_bench --lib $(RELEASE)/libaws_error.so \
	  --stripped $(BENCH_DIR)/libaws_error.stripped.so --md $(BENCH_DIR)/c.md.tmp
	bash $(C_SRC)/bench/callgrind.sh $(C_BUILD)/bench/bench/aws_error_bench >> $(BENCH_DIR)/c.md.tmp
	mv $(BENCH_DIR)/c.md.tmp $(BENCH_DIR)/c.md

# make install PREFIX=/usr/local [DESTDIR=/stage]: library (with soname), header,
# aws_error.pc, the CMake package and the aws-error CLI.
install: c-deps build
	$(C_CONF) -B $(C_BUILD)/install -DCMAKE_INSTALL_PREFIX=$(abspath $(PREFIX)) \
	  -DAWS_ERROR_BUILD_TESTS=OFF -DAWS_ERROR_BUILD_EXAMPLES=OFF >/dev/null
	DESTDIR="$(DESTDIR)" $(CMAKE) --install $(C_BUILD)/install
	install -D -m 755 $(RELEASE)/aws-error "$(DESTDIR)$(abspath $(PREFIX))/bin/aws-error"

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
	cd / && java -Xcheck:jni -cp $(JAR):$(CURDIR)/target/java-demo io.github.awserror.demo.Demo $(AWS_ERROR_CLI) $(CURDIR)/target/java-demo/logs \
		> $(CURDIR)/target/java-demo/out.txt 2>&1; status=$$?; cat $(CURDIR)/target/java-demo/out.txt; \
		if grep -q -e 'WARNING in native method' -e 'JNI local refs' $(CURDIR)/target/java-demo/out.txt; then \
		echo "FAILED: JNI warnings"; exit 1; fi; exit $$status

# ---- Benchmarks (issue 5): `make bench` runs every part and writes BENCHMARKS.md.
# Short runs (see BENCHMARKS.md) so the whole takes about 10-15 minutes on 2 cores.
BENCH_OUT := $(CURDIR)/target/bench
JMH_DIR   := $(JAVA_DIR)/bench
JMH       = java -cp "$(JMH_DIR)/target/classes:$(JMH_DIR)/target/lib/*:$(JAR)" org.openjdk.jmh.Main \
            -f 1 -foe true
CRITERION_ARGS := --warm-up-time 1 --measurement-time 2

bench:
	@$(MAKE) --no-print-directory bench-settle
	rm -rf $(BENCH_OUT) && mkdir -p $(BENCH_OUT)
	date -u '+%Y-%m-%d %H:%M UTC' > $(BENCH_OUT)/date-start
	cat /proc/loadavg > $(BENCH_OUT)/loadavg-start
	$(MAKE) bench-rust
	@$(MAKE) --no-print-directory bench-settle
	@if $(MAKE) -n bench-c >/dev/null 2>&1; then $(MAKE) bench-c; \
	else echo "bench-c: not on this branch, part 2 skipped"; fi
	$(MAKE) bench-java bench-startup
	cat /proc/loadavg > $(BENCH_OUT)/loadavg-end
	$(MAKE) bench-report

# The C harness calls a run busy when the 1-minute load is above half the CPUs; that
# average still holds the last build's or the Rust stage's threads, so let it decay
# first (≤ 90 s), before the run and before the C stage.
bench-settle:
	@n=$$(nproc); for i in $$(seq 1 18); do \
	  awk -v n=$$n '{ exit !($$1 > n / 2) }' /proc/loadavg || break; sleep 5; done; \
	echo "load average: $$(cut -d' ' -f1-3 /proc/loadavg)"

# Part 1 (core) and part 4 (ResponseObject) with criterion; part 5's Rust journal harness.
bench-rust:
	mkdir -p $(BENCH_OUT)
	rm -rf target/criterion
	AWS_ERROR_BENCH_OUT=$(BENCH_OUT) $(CARGO) bench --bench core --bench response -- $(CRITERION_ARGS)
	AWS_ERROR_BENCH_OUT=$(BENCH_OUT) $(CARGO) bench --bench journal
	python3 benches/callgrind.py $(BENCH_OUT)

# Parts 3, 4 and 5 from Java (JMH, bindings/java/bench; JSON into target/bench).
bench-java:
	mkdir -p $(BENCH_OUT)
	$(MVN) -B -q -f $(JAVA_DIR)/pom.xml package -DskipTests
	$(MVN) -B -q -f $(JMH_DIR)/pom.xml package
	$(JMH) -wi 3 -w 1s -i 5 -r 1s -rf json -rff $(BENCH_OUT)/jmh.json \
	  'CodeOfBench|FirstCallBench|CatalogueBench|JacksonBench|ResponseBench'
	for t in 1 2 8; do \
	  $(JMH) -wi 3 -w 1s -i 3 -r 2s -t $$t -rf json -rff $(BENCH_OUT)/jmh-journal-t$$t.json 'JournalBench' || exit 1; \
	done

# Part 6: jar size, JVM start to first codeOf against the same JVM doing nothing.
bench-startup:
	$(MVN) -B -q -f $(JAVA_DIR)/pom.xml package -DskipTests
	python3 benches/startup.py $(JAR) $(BENCH_OUT)

bench-report:
	python3 benches/report.py > $(BENCH_OUT)/BENCHMARKS.md
	cp $(BENCH_OUT)/BENCHMARKS.md BENCHMARKS.md
	@echo "BENCHMARKS.md written"

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
