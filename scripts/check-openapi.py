#!/usr/bin/env python3
"""Validates real JSON responses of `samverkan serve` against docs/openapi.yaml (OpenAPI 3.1,
whose schemas are JSON Schema 2020-12) with the jsonschema package.

    scripts/check-openapi.py SCHEMA_NAME RESPONSE.json [SCHEMA_NAME RESPONSE.json ...]

Exits 0 when every response fits its schema, 1 with the reasons otherwise, 2 when jsonschema or
pyyaml is missing.
"""
import json
import sys
from pathlib import Path

try:
    import jsonschema
    import yaml
except ImportError:
    print("missing Python packages: jsonschema, pyyaml (scripts/bootstrap)")
    sys.exit(2)

spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "docs/openapi.yaml").read_text())
assert spec["openapi"].startswith("3.1"), "docs/openapi.yaml must be OpenAPI 3.1"
failures = []
pairs = sys.argv[1:]
for name, file in zip(pairs[0::2], pairs[1::2]):
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    instance = json.loads(Path(file).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for error in validator.iter_errors(instance):
        failures.append(f"{name} ({file}): {error.message} at {list(error.absolute_path)}")
for failure in failures:
    print(failure)
print(f"{len(pairs) // 2 - len({f.split(' ')[0] for f in failures})} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
