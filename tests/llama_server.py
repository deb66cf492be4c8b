"""`python -m llama_cpp.server` with llama.cpp's plain CPU buffers, as the embedded backend
loads the model (see summariser.backends.local._plain_cpu_buffers: on an AMX CPU the default
buffers crash Gemma 3 decoding). Arguments are the server's own."""

from __future__ import annotations

import runpy

import llama_cpp

from summariser.backends.local import _plain_cpu_buffers

if __name__ == "__main__":
    with _plain_cpu_buffers(llama_cpp):
        runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
