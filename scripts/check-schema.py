#!/usr/bin/env python3
"""Validates map files against Maps/schema/map.schema.json with the jsonschema package.

    scripts/check-schema.py Maps/molndal.yaml Maps/regions/vastra-gotaland.yaml

Prints one line per file and exits 1 when a file does not match, 2 when a package is missing.
"""
import json
import sys
from pathlib import Path

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"missing Python package: {missing.name} (pip install jsonschema pyyaml)")
    sys.exit(2)


class TextDates(yaml.SafeLoader):
    """YAML as the map loader reads it: dates stay text, as in `reviewed: 2026-11-23`."""


TextDates.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))

schema_path = Path(__file__).resolve().parent.parent / "Maps" / "schema" / "map.schema.json"
validator = jsonschema.Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8")))
failed = False
for name in sys.argv[1:]:
    document = yaml.load(Path(name).read_text(encoding="utf-8"), Loader=TextDates)
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    for error in errors:
        print(f"{name}: {'/'.join(map(str, error.path)) or '(top)'}: {error.message}")
    print(f"{name}: {'ok' if not errors else f'{len(errors)} error(s)'}")
    failed = failed or bool(errors)
sys.exit(1 if failed else 0)
