"""Who may do what in the ministry edition (SPEC §1): enforced here, in the services, not in the UI.

An installation belongs to one unit (``ctx.unit_code``). The General Office (办公厅) runs the month
and, on a single workstation, records the departments' and the leaders' paper sign-offs on their
behalf, so it may take every step; the transition then names the General Office as the recorder and
the signer by name. A business department's installation (several departments sharing one
PostgreSQL server) reviews only what was routed to it; the legal department does the legal review;
the statistics department enters the weekly accidents. Everybody in the ministry may read the ledger.
"""

from __future__ import annotations

from models import reference
from models.enums import Edition, UnitKind
from models.errors import UserError

GENERAL_OFFICE = "HQ-BGT"


class NotPermitted(UserError):
    pass


ACTIONS: dict[str, str] = {
    "intake": "接收报送包",
    "route": "分办（印送司局）",
    "dept_review": "司局审核",
    "dept_sign": "司局负责人审签",
    "hq_submit": "报送本司局发现的失信信息",
    "legal_review": "政法司审核",
    "meeting": "党组报告和局长办公会议",
    "publish": "对外公布",
    "feedback": "向报送单位发送回执",
    "removal_review": "移出审核",
    "removal_approve": "移出审定",
    "objection": "异议处理",
    "repair": "信用修复",
    "reminder": "跟踪督办",
    "extension": "批准延期报送",
    "read": "查看台账",
}

# What each kind of unit may do besides reading; the General Office may do everything.
_BY_KIND: dict[UnitKind, frozenset[str]] = {
    UnitKind.HQ_DEPARTMENT: frozenset(
        {"dept_review", "dept_sign", "hq_submit", "removal_review", "objection", "read"}
    ),
    UnitKind.HQ_LEGAL: frozenset({"legal_review", "read"}),
    UnitKind.HQ_STATISTICS: frozenset({"read"}),
}
# Actions a department may take only on what was routed to it (or filed by it).
_OWN_ONLY = frozenset({"dept_review", "dept_sign", "hq_submit", "removal_review", "objection"})


def require(edition: Edition, unit_code: str, action: str, department: str | None = None) -> None:
    """Raise :class:`NotPermitted` (a Chinese message) unless this installation may take ``action``
    (on an item routed to ``department``, where that matters)."""
    label = ACTIONS[action]
    if edition is not Edition.MINISTRY:
        raise NotPermitted(f"“{label}”是总局版的功能，省级版不能使用。")
    if unit_code == GENERAL_OFFICE:
        return
    unit = reference.unit(unit_code)
    allowed = _BY_KIND.get(unit.kind, frozenset({"read"}))
    if action not in allowed:
        raise NotPermitted(f"本机登记为{unit.name}，不能{label}；请由办公厅或有关司局办理。")
    if action in _OWN_ONLY and department is not None and department != unit_code:
        other = reference.unit(department).name
        raise NotPermitted(f"该事项由{other}办理，本机登记为{unit.name}，不能代为{label}。")


def may(edition: Edition, unit_code: str, action: str, department: str | None = None) -> bool:
    try:
        require(edition, unit_code, action, department)
    except NotPermitted:
        return False
    return True
