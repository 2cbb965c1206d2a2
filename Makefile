.DEFAULT_GOAL := help
PY := .venv/bin/python

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

demo: ## Set up and serve the demo outlet on http://127.0.0.1:8000
	./scripts/demo.sh

test: ## Install test dependencies (chromium included) and run every check and test
	./scripts/test.sh

lint: ## ruff check and format check
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

bench: ## Run the benchmarks in bench/ (search on 100,000 articles, translation)
	$(PY) bench/search.py
	$(PY) bench/translation.py

bench-pages: ## Reader pages under wrk against nginx (demo + 10,000 articles; needs wrk, nginx)
	$(PY) bench/pages.py

format: ## Format the code with ruff
	$(PY) -m ruff format .

.PHONY: help demo test lint bench bench-pages format
