"""Background jobs (django-tasks): ingest of uploaded documents, and rendering of packs and papers.

A view creates a :class:`~minutebook.web.models.Job` and enqueues :func:`run_job`; the job records its
progress in the row, and the job page shows it (polled by htmx, or refreshed without JavaScript).
Run the worker with ``minutebook worker`` (django-tasks-db's ``db_worker``).
"""
from __future__ import annotations

import shutil
import traceback
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from minutebook.web.models import Job


def upload_dir(job: Job) -> Path:
    return Path(settings.DATA_DIR) / "uploads" / str(job.pk)


def start(job: Job) -> Job:
    """Enqueue a saved job; with an immediate backend it has run when this returns."""
    result = run_job.enqueue(job.pk)
    Job.objects.filter(pk=job.pk, task_id="").update(task_id=str(result.id))
    job.refresh_from_db()
    return job


@task()
def run_job(job_id: int) -> str:
    job = Job.objects.get(pk=job_id)
    job.status, job.message = Job.RUNNING, "Started"
    job.save(update_fields=["status", "message"])
    try:
        runner = RUNNERS[job.kind]
        runner(job)
    except Exception as exc:  # the job page shows the one-line reason; the log keeps the detail
        job.status = Job.FAILED
        job.message = f"{type(exc).__name__}: {exc}"[:1000]
        job.log = (job.log or []) + [traceback.format_exc(limit=5)[-4000:]]
    else:
        job.status = Job.DONE
        if not job.message or job.message == "Started":
            job.message = "Finished"
    job.finished = timezone.now()
    job.save()
    return job.status


def _step(job: Job, progress: int, message: str) -> None:
    job.progress, job.message = progress, message
    job.log = (job.log or []) + [message]
    job.save(update_fields=["progress", "message", "log"])


def _ingest(job: Job) -> None:
    from minutebook.store.ingest import ingest_paths
    from minutebook.store.models import Document

    folder = upload_dir(job)
    paths = sorted(p for p in folder.iterdir() if p.is_file()) if folder.exists() else []
    job.total = len(paths)
    job.save(update_fields=["total"])
    exempt = bool(job.params.get("exempt"))
    publish = bool(job.params.get("publish"))
    problems = []
    for n, path in enumerate(paths, 1):
        _step(job, n - 1, f"Reading {path.name} ({n} of {len(paths)})")
        try:
            result = ingest_paths([path])
        except Exception as exc:
            problems.append(f"{path.name}: {exc}")
            _step(job, n, f"{path.name}: could not be read: {exc}")
            continue
        import hashlib

        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        docs = list(Document.objects.filter(sha256=sha))
        for doc in docs:
            changed = []
            if exempt and not doc.exempt:
                doc.exempt = True
                changed.append("exempt")
            if publish and not doc.published and not doc.exempt:
                doc.published = True
                changed.append("published")
            if changed:
                doc.save(update_fields=changed)
            job.documents.add(doc)
        _step(job, n, f"{path.name}: done{_summary(result)}")
    shutil.rmtree(folder, ignore_errors=True)
    if problems:
        raise RuntimeError(f"{len(problems)} of {len(paths)} files could not be read: " + "; ".join(problems))
    job.message = f"{len(paths)} file{'s' if len(paths) != 1 else ''} read"


def _summary(result) -> str:
    if result is None:
        return ""
    for attr in ("summary",):
        if hasattr(result, attr):
            value = getattr(result, attr)
            return f" ({value() if callable(value) else value})"
    return ""


def _paper(job: Job) -> None:
    """Render a paper of the meeting (pack, agenda, Matters Arising report) and keep it as a Document."""
    from minutebook.web import rendering

    meeting = job.meeting
    job.total = 2
    _step(job, 0, f"Preparing the {job.get_kind_display().lower()}")
    doc = rendering.store_paper(meeting, job.kind, progress=lambda msg: _step(job, 1, msg))
    job.documents.add(doc)
    job.progress = 2
    job.message = f"{doc.title or doc.filename} is ready"


RUNNERS = {Job.INGEST: _ingest, Job.PACK: _paper, Job.AGENDA: _paper, Job.MATTERS_ARISING: _paper,
           Job.MINUTES: _paper}
