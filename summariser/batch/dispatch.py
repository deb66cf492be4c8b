"""Which engine runs a batch: this process and its workers, or a Ray cluster.

The job is checked here, before either engine records anything. Ray is an optional extra, so
its engine is imported only when asked for.
"""

from __future__ import annotations

from ..backends import make_backend
from ..backends.base import Backend
from ..errors import ConfigurationError
from ..settings import Settings
from .inputs import check_source
from .runner import BatchJob, run_local
from .tally import ProgressSink, Tally


async def run_batch(
    job: BatchJob,
    *,
    settings: Settings,
    backend: Backend | None = None,
    progress: ProgressSink | None = None,
) -> Tally:
    """Run (or resume) a batch; the tally says what happened, `tally.stopped` why it ended
    early. Raises only for problems before the first item (missing input, a setting that
    cannot work, locked output): then nothing is recorded."""
    check_source(job.source)
    if job.concurrency < 1:
        raise ConfigurationError("concurrency must be at least 1")
    if job.engine not in ("local", "ray"):
        raise ConfigurationError(f"unknown engine {job.engine!r}; choose 'local' or 'ray'")
    if job.engine == "ray" and backend is not None:
        raise ConfigurationError("the ray engine makes a backend from the settings per worker")
    chosen = backend or make_backend(settings)
    # A missing key or model would fail every item alike: say so before any is recorded.
    check_configuration = getattr(chosen, "check_configuration", None)
    if check_configuration is not None:
        check_configuration()
    if job.engine == "ray":
        from .ray_engine import run_on_ray

        return await run_on_ray(job, settings=settings, progress=progress)
    return await run_local(job, settings=settings, backend=chosen, progress=progress)
