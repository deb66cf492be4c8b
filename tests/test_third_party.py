"""The package uses Instructor, pydantic and the openai SDK through their public API: it replaces
none of their functions or classes (a patch of a private layout breaks on their next release)."""

from __future__ import annotations

import json

from tests.builds import python_code
from tests.conftest import ROOT

SCRIPT = """
import inspect, json, pkgutil, importlib, sys
import instructor, openai, pydantic

THIRD_PARTY = ("instructor", "openai", "pydantic", "pydantic_core")
for package in (instructor, openai, pydantic):  # every module, so none is new later
    for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        try:
            importlib.import_module(found.name)
        except Exception:  # optional extras (other providers' SDKs)
            pass

def members():
    return {
        f"{name}.{attr}": value
        for name, module in list(sys.modules.items())
        if name.partition(".")[0] in THIRD_PARTY
        for attr, value in list(vars(module).items())
    }

before = {
    k: v for k, v in members().items() if inspect.isfunction(v) or inspect.isclass(v)
}
from summariser import Settings, summarise
from summariser.backends.openai_compat import OpenAIBackend
from tests.fakes import FakeOpenAIServer, seed_draft, tool_call_reply

server = FakeOpenAIServer()
settings = Settings(model="openai/gpt-test", api_key="k")
text = open("examples/putin-mali.txt", encoding="utf-8").read()
for _ in range(2):
    server.enqueue(tool_call_reply(seed_draft()))
    summary = summarise(text, backend=OpenAIBackend(settings=settings, client=server.client()))
after = members()
print(json.dumps({
    "claims": len(summary.claims),
    "checked": len(before),
    "replaced": sorted(k for k, v in before.items() if after.get(k, v) is not v),
}))
"""


def test_no_function_or_class_of_instructor_pydantic_or_openai_is_replaced():
    done = python_code(SCRIPT, cwd=ROOT, path=[ROOT])
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["claims"] > 0 and found["checked"] > 1000
    assert found["replaced"] == []
