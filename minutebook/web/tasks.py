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


class JobProblem(Exception):
    """A failure the clerk can act on (a file that cannot be read): the job page shows its message as it
    is, with no exception name and no traceback."""


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
    except JobProblem as exc:
        job.status = Job.FAILED
        job.message = str(exc)[:1000]
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
    import hashlib

    from minutebook.store.ingest import NO_RECORD, ingest_paths
    from minutebook.store.models import Document
    from minutebook.web.publishing import publish_document

    folder = upload_dir(job)
    paths = sorted(p for p in folder.iterdir() if p.is_file()) if folder.exists() else []
    job.total = len(paths)
    job.save(update_fields=["total"])
    exempt = bool(job.params.get("exempt"))
    publish = bool(job.params.get("publish"))

    def progress(i, total, path):
        _step(job, i, f"Reading {_shown(path)} ({i + 1} of {total})")

    summary = ingest_paths(paths, progress=progress)
    problems = []
    for path, result in zip(paths, summary.files):
        name = _shown(path)
        if result.status == "failed" and job.meeting_id and (result.error or "").endswith(NO_RECORD):
            # a paper for the meeting whose page it came from (a report, an appendix): kept as its attachment
            result.status, result.document_id = "ingested", _attachment(path, name, job.meeting).pk
            result.warnings = []
        if result.status == "failed":
            error = (result.error or "could not be read").replace(str(path), name)
            line = error if error.startswith(f"{name}:") else f"{name}: {error}"
            problems.append(line)
            job.log = (job.log or []) + [line]
            continue
        doc = (Document.objects.filter(pk=result.document_id).first() if result.document_id else
               Document.objects.filter(sha256=hashlib.sha256(path.read_bytes()).hexdigest()).first())
        if doc is None:
            continue
        if result.status != "unchanged":
            _belongs(doc, name, job.meeting)
        if exempt and not doc.exempt:
            Document.objects.filter(pk=doc.pk).update(exempt=True, published=False)
            doc.refresh_from_db()
        if publish and not doc.exempt:
            publish_document(doc)
        job.documents.add(doc)
        note = {"unchanged": "already stored", "replaced": "replaced an earlier version"}.get(result.status, "stored")
        job.log = (job.log or []) + [f"{name}: {note}; {result.minutes} minutes, {result.actions} actions"] + \
            [f"{name}: {w}" for w in result.warnings]
    job.progress = len(paths)
    shutil.rmtree(folder, ignore_errors=True)
    if problems:
        stored = len(paths) - len(problems)
        raise JobProblem(f"{len(problems)} of {len(paths)} file{'s' if len(paths) != 1 else ''} could not be read: "
                         + "; ".join(problems)
                         + (f". The other {stored} {'were' if stored != 1 else 'was'} read." if stored else "."))
    job.message = f"{len(paths)} file{'s' if len(paths) != 1 else ''} read"


def _attachment(path: Path, name: str, meeting):
    """A file uploaded from a meeting's page that is no agenda, minutes or report: the meeting's own paper."""
    import hashlib
    import mimetypes

    from minutebook.store.models import Document

    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    return Document.objects.filter(sha256=sha).first() or Document.objects.create(
        sha256=sha, filename=name[:300], kind=Document.ATTACHMENT, size=len(data), content=data,
        content_type=mimetypes.guess_type(name)[0] or "application/octet-stream", title=Path(name).stem[:300])


def _belongs(doc, name: str, meeting) -> None:
    """An upload keeps its own file name, and one made from a meeting's page belongs to that meeting and its
    body unless it gave a meeting of its own: public only when that meeting's papers are (store.contents)."""
    from minutebook.store import contents

    fields = []
    if doc.filename != name[:300]:
        doc.filename, fields = name[:300], fields + ["filename"]
    if meeting is not None and doc.meeting_id is None:
        doc.meeting, doc.body = meeting, doc.body or meeting.body
        fields += ["meeting", "body"]
        contents.hold(doc, contents.of_sources(doc) + contents.of_meeting_upload(meeting))
    if fields:
        doc.save(update_fields=fields)


def _shown(path: Path) -> str:
    """The uploaded file's own name (uploads are saved as NNN_name)."""
    name = Path(path).name
    return name.split("_", 1)[1] if "_" in name and name.split("_", 1)[0].isdigit() else name


def _paper(job: Job) -> None:
    """Render a paper of the meeting (pack, agenda, Matters Arising report) and keep it as a Document."""
    from minutebook.web import rendering

    meeting = job.meeting
    job.total = 2
    _step(job, 0, f"Preparing the {job.get_kind_display().lower()}")
    doc = rendering.store_paper(meeting, job.kind, progress=lambda msg: _step(job, 1, msg), made_by=job.user)
    job.documents.add(doc)
    job.progress = 2
    job.message = f"{doc.title or doc.filename} is ready"


RUNNERS = {Job.INGEST: _ingest, Job.PACK: _paper, Job.AGENDA: _paper, Job.MATTERS_ARISING: _paper,
           Job.MINUTES: _paper}
