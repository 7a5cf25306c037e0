"""Moving listing items between workflow states: the state changes and the history grows together."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.enums import ItemState
from models.listing import ListingItem
from models.workflow import Transition


def move(
    session: Session,
    item: ListingItem,
    to: ItemState,
    *,
    actor: str,
    actor_unit: str,
    reason: str,
    revision_id: int | None = None,
) -> None:
    """Set ``item``'s state and append who, when, why and from which package (nothing is deleted).

    Recorded even when the state stays the same (e.g. a received item replaced by a corrected
    revision): the transition is the record of the event.
    """
    session.add(
        Transition(
            entity_type="listing",
            entity_id=item.id,
            from_state=item.state.value,
            to_state=to.value,
            actor=actor,
            actor_unit=actor_unit,
            reason=reason,
            package_revision_id=revision_id,
        )
    )
    item.state = to
