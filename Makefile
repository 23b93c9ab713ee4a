# lishan-plan: every target sets up its own virtual environment from nothing (pyproject.toml).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CLI := $(BIN)/lishan-plan

.PHONY: run test lint typecheck unit golden schema bench fuzz clean

$(STAMP): pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,docx,xlsx,spreadsheet,report,pdf]'
	touch $(STAMP)

## run: parse every notice in data/raw/ into data/out/<name>.json .yaml .csv and its validation report
run: $(STAMP)
	@mkdir -p data/out
	@for file in data/raw/*; do \
	  name=$$(basename "$${file%.*}"); \
	  $(CLI) parse "$$file" --format json --output "data/out/$$name.json" && \
	  $(CLI) parse "$$file" --format yaml --output "data/out/$$name.yaml" && \
	  $(CLI) parse "$$file" --format csv --excel --output "data/out/$$name.csv" && \
	  $(CLI) parse "$$file" --format xlsx --output "data/out/$$name.xlsx" && \
	  $(CLI) report "$$file" --output "data/out/$$name.html" && \
	  $(CLI) validate "$$file" --format json --output "data/out/$$name.report.json" --exit-zero && \
	  $(CLI) validate "$$file" --format markdown --output "data/out/$$name.report.md" --exit-zero || exit 1; \
	  echo "$$file -> data/out/$$name.{json,yaml,csv,xlsx,html,report.json,report.md}"; \
	done
	@echo "The CSV files carry a UTF-8 BOM, so Excel opens them with the Chinese intact."
	@echo "Run the tool yourself: .venv/bin/lishan-plan --help (or: source .venv/bin/activate)"

## test: lint (ruff), type-check (mypy --strict src) and run the tests
test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy --strict src

unit: $(STAMP)
	$(BIN)/python -m pytest -q

## golden: regenerate tests/golden/ and schemas/ after a deliberate change of output
golden: $(STAMP)
	$(BIN)/python tests/regenerate.py

schema: golden

## bench: parse speed against a bare-regex floor, and cold start against importing the dependencies
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

## fuzz: run the property tests long, then atheris (FUZZ_SECONDS, default 300, split between them)
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[fuzz]' || echo "atheris unavailable: property run only"
	$(BIN)/python benchmarks/fuzz.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
