"""Analysts' corrections to cross-report linking: merge canonical incidents, split an incident out, move it.

Each is an audit-logged review action stored in the overlay (``LINK_FIELDS``), never a change to the linker's
tables: an incident's ``canonical_id`` (None: split out, standing alone) and a canonical incident's
``merged_into``. ``LinkCorrections`` resolves them for the views. The merged canonical's fields are the
survivor's until the linker rebuilds it from its new members (the linker should read these corrections);
meanwhile analysts can set any field through the overlay.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import AuthError, StoreError
from ..store import Store
from ..store.review import ReviewStore
from .app import page, workbench
from .auth import require
from .security import check_csrf

router = APIRouter()
_MAX_CHAIN = 50


class LinkCorrections:
    """The linker's canonical incidents with the analysts' merges, splits and moves applied."""

    def __init__(self, store: Store, reviews: ReviewStore) -> None:
        from ..store.links import LinkStore  # numpy and the linker load only when linking is looked at

        self.links = LinkStore(store)
        self.moved: dict[str, str | None] = {
            target: review.fields["canonical_id"] for target, review in reviews.with_field("canonical_id").items()}
        self.merged: dict[str, str | None] = {
            target: review.fields["merged_into"] for target, review in reviews.with_field("merged_into").items()}

    def final(self, canonical_id: str) -> str:
        """The canonical incident ``canonical_id`` ends up in after every merge."""
        seen = {canonical_id}
        current = canonical_id
        while self.merged.get(current) and len(seen) < _MAX_CHAIN:
            following = self.merged[current]
            assert following is not None
            if following in seen:  # a cycle cannot be recorded (merge refuses it); stop rather than loop
                break
            seen.add(following)
            current = following
        return current

    def canonical_id_of(self, incident_id: str) -> str | None:
        if incident_id in self.moved:
            target = self.moved[incident_id]
        else:
            target = self.links.canonical_of(incident_id)
        return self.final(target) if target else None

    def member_ids(self, canonical_id: str) -> list[str]:
        """The incidents of ``canonical_id``: its own and those of canonicals merged into it, as corrected."""
        sources = [canonical_id] + [c for c in self.merged if c != canonical_id and self.final(c) == canonical_id]
        ids: list[str] = []
        for source in sources:
            ids += [r["incident_id"] for r in self.links.rows(
                "SELECT incident_id FROM incident_links WHERE canonical_id = ? ORDER BY linked_at, incident_id",
                (source,))]
        ids = [i for i in ids if i not in self.moved]
        ids += sorted(i for i, c in self.moved.items() if c and self.final(c) == canonical_id)
        return list(dict.fromkeys(ids))

    def absorbed(self, canonical_id: str) -> list[str]:
        return sorted(c for c in self.merged if c != canonical_id and self.final(c) == canonical_id)


def corrections(store: Store, reviews: ReviewStore) -> LinkCorrections | None:
    try:
        return LinkCorrections(store, reviews)
    except StoreError:
        return None


def _user(request: Request, form: Any) -> str:
    bench = workbench(request)
    check_csrf(request, form.get("csrf_token"))
    user = require(request, bench.reviews, "analyst")
    assert user is not None
    return user.name


@router.post("/canonical/{canonical_id}/merge")
async def merge(request: Request, canonical_id: str) -> Response:
    """Merge this canonical incident into another (``into``); ``into`` empty undoes an earlier merge."""
    bench = workbench(request)
    form = await request.form()
    actor = _user(request, form)
    fixes = corrections(bench.store, bench.reviews)
    if fixes is None or fixes.links.canonical(canonical_id) is None:
        return page(request, "missing.html", {"what": f"canonical incident {canonical_id}"}, status_code=404)
    into = str(form.get("into", "")).strip() or None
    why = str(form.get("why", "")).strip()[:2000] or None
    if into is not None:
        if fixes.links.canonical(into) is None:
            raise AuthError(f"no canonical incident {into!r} to merge into", 400)
        if fixes.final(into) == canonical_id:
            raise AuthError(f"{into} is (merged into) {canonical_id} already: merging would make a cycle", 400)
        bench.reviews.record(canonical_id, actor, "merge", changes={"merged_into": into}, why=why)
        bench.reviews.record(into, actor, f"absorb {canonical_id}", why=why)
        return RedirectResponse(f"/canonical/{fixes.final(into)}#review", status_code=303)
    bench.reviews.record(canonical_id, actor, "unmerge", changes={"merged_into": None}, why=why)
    return RedirectResponse(f"/canonical/{canonical_id}#review", status_code=303)


@router.post("/incidents/{incident_id}/relink")
async def relink(request: Request, incident_id: str) -> Response:
    """Split an incident out of its canonical incident (``canonical`` empty) or move it into another one."""
    bench = workbench(request)
    form = await request.form()
    actor = _user(request, form)
    fixes = corrections(bench.store, bench.reviews)
    if fixes is None or not bench.queries.records([incident_id]):
        return page(request, "missing.html", {"what": f"incident {incident_id}"}, status_code=404)
    target = str(form.get("canonical", "")).strip() or None
    why = str(form.get("why", "")).strip()[:2000] or None
    if target is not None and fixes.links.canonical(target) is None:
        raise AuthError(f"no canonical incident {target!r}", 400)
    before = fixes.canonical_id_of(incident_id)
    bench.reviews.record(incident_id, actor, "split" if target is None else "move", changes={"canonical_id": target},
                         why=why)
    if before:
        bench.reviews.record(before, actor, f"{'split out' if target is None else 'moved out'} {incident_id}", why=why)
    if target:
        bench.reviews.record(target, actor, f"moved in {incident_id}", why=why)
        return RedirectResponse(f"/canonical/{fixes.final(target)}#review", status_code=303)
    return RedirectResponse(f"/incidents/{incident_id}#review", status_code=303)
