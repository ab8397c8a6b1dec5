# The two commands a newcomer needs: `make run` and `make test`. Both bootstrap .venv/ from the
# committed lock file (packaging/requirements.lock) on first use; later runs reuse it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat packaging/requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck imports unit bench screenshots translations lock package clean

run: $(STAMP)
	@packaging/scripts/system-deps.sh display
	$(BIN)/kiosk run --demo

test: $(STAMP)
	@packaging/scripts/system-deps.sh test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

package: $(STAMP)
	@packaging/scripts/build-package.sh

bench: $(STAMP)
	@packaging/scripts/system-deps.sh core
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

$(STAMP):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing locked dependencies into $(VENV)/ (first run only)..."
	@$(BIN)/python -m pip install -q --require-hashes -r packaging/requirements.lock
	@$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-* && touch $@

# After changing user-visible text: refresh the translation sources, then compile them.
QML_FILES = $(shell find resources/qml -name '*.qml' | sort)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(QML_FILES) kiosk/ui/*.py -ts resources/i18n/kiosk_de.ts resources/i18n/kiosk_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/kiosk_de.ts resources/i18n/kiosk_en.ts

# README screenshots of the lock, sell, pay, receipt and pickup screens, rendered under Xvfb with Mesa's
# software OpenGL so Material looks as it does on a kiosk.
screenshots: $(STAMP)
	@packaging/scripts/system-deps.sh display
	@command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb xauth" >&2; exit 1; }
	xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb LIBGL_ALWAYS_SOFTWARE=1 \
		$(BIN)/python -m tests.qt.tour resources/screenshots
	xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb LIBGL_ALWAYS_SOFTWARE=1 \
		$(BIN)/python -m tests.qt.pickup_tour resources/screenshots

# Maintainers: refresh the lock after changing dependencies in pyproject.toml (needs uv).
lock:
	uv pip compile pyproject.toml --extra dev --extra package --universal --python-version 3.11 --generate-hashes --no-header -o packaging/requirements.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist *.egg-info
