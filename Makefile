# aws-error: `make demo` runs the main job, `make test` runs every test.
# Each target is a few readable lines; details live in the sub-projects.

CARGO   ?= cargo
PREFIX  ?= /usr/local
RELEASE := target/release

.PHONY: all build demo demo-cli test bench install hardening header lint test-rust

all: build

build:
	$(CARGO) build --release

# Refresh the generated files: the C header and the README catalogue.
header:
	AWS_ERROR_BLESS=1 $(CARGO) test --test header --test readme

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

test-rust:
	$(CARGO) test
	$(CARGO) test --features fault-injection --test panic_boundary

test: lint test-rust

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

demo: demo-cli
