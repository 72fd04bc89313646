# make demo / make test work on a fresh Debian machine with Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
WORKERS ?= 2

.PHONY: install demo test lint bench fuzz samples holdout train clean

$(STAMP): pyproject.toml scripts/system-packages.sh
	./scripts/system-packages.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/casenotes process samples --out out --docx
	$(BIN)/casenotes audit out --html out/audit.html --csv out/audit.csv
	@echo "records in out/, audit report in out/audit.html"

test: install
	$(BIN)/ruff check pipeline tests bench samples
	$(BIN)/mypy pipeline
	$(BIN)/python -m pytest -n $(WORKERS) -q

lint: install
	$(BIN)/ruff check pipeline tests bench samples
	$(BIN)/mypy pipeline
	$(BIN)/ruff format --check pipeline tests bench samples

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/archive.py
	CASENOTES_BENCH=1 $(BIN)/python -m pytest -q tests/test_image_folder.py

# The vocabulary hold-out: the quality figure on words the schemas were not given.
holdout: install
	$(BIN)/python -m pip install -q -e '.[test,train]'
	$(BIN)/python bench/holdout.py

# Retrain the heading classifier that ships in pipeline/models/ (same inputs, same bytes).
train: install
	$(BIN)/python -m pip install -q -e '.[test,train]'
	$(BIN)/python bench/train.py

fuzz: install
	CASENOTES_FUZZ_EXAMPLES=5000 $(BIN)/python -m pytest -q tests/test_fuzz.py

samples: install
	$(BIN)/python samples/generate.py

clean:
	rm -rf $(VENV) out .pytest_cache
