# aws-error: `make demo` runs the main job, `make test` runs every test.
# Each target is a few readable lines; details live in the sub-projects.

CARGO   ?= cargo
PREFIX  ?= /usr/local
RELEASE := target/release

.PHONY: all build demo test bench install hardening header lint test-rust

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
