# FSW Desk. A newcomer needs two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := .demo-profile
DEMO_PASSPHRASE := demo profile only never real data

.PHONY: setup sysdeps run lint test bench screenshots package clean translations ts

setup: $(STAMP) translations

# Welsh (and any later language): resources/i18n/*.ts compiled to .qm beside the ui package.
# The compiled files are made here, never committed; `make ts` re-reads the sources into the .ts.
TS := $(wildcard resources/i18n/*.ts)
QM := $(patsubst resources/i18n/%.ts,fsw_desktop/ui/translations/%.qm,$(TS))
translations: $(QM)

fsw_desktop/ui/translations/%.qm: resources/i18n/%.ts | $(STAMP)
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

ts: $(STAMP)
	$(BIN)/python -m tests.i18n.catalogue update

$(STAMP): pyproject.toml
	@bash installer/sysdeps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

sysdeps:
	@bash installer/sysdeps.sh

$(DEMO)/profile.fsw: | $(STAMP)
	FSW_PASSPHRASE="$(DEMO_PASSPHRASE)" $(BIN)/fsw --profile $(DEMO) init --worker "Demo Worker" \
		--desk "Family support desk (demo)" --role worker --establishment "HMP Northfield (synthetic)"
	FSW_PASSPHRASE="$(DEMO_PASSPHRASE)" $(BIN)/fsw --profile $(DEMO) demo --size standard --seed 1

run: $(STAMP) translations $(DEMO)/profile.fsw
	$(BIN)/fsw-desktop --profile $(DEMO) --hint "Demo profile. Passphrase: $(DEMO_PASSPHRASE)"

# ruff with the small rule set in pyproject.toml ([tool.ruff.lint]); make test runs it first.
lint: $(STAMP)
	$(BIN)/ruff check fsw_desktop tests migrations installer

# two workers (pytest-xdist): the suite takes about half the time on a 2-core desk machine
test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.ui.screenshots docs/screenshots

# dist/fsw-desk/: the one-folder Linux bundle, built from installer/fsw-desk.spec and self-tested.
package: $(STAMP) translations
	@$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install -q -e '.[package]'
	PYTHON=$(BIN)/python bash installer/package.sh

clean:
	rm -rf $(VENV) $(DEMO) .bench build dist
