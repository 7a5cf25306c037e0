"""Enumerations the rules branch on, each with its Chinese label.

Lists that vary by year or region (units, behaviours, measures, industries…) are reference data
in ``resources/reference``; what the code itself decides on lives here. Values are stored in the
database and in packages, so a value never changes meaning; labels may be reworded.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabeledEnum(StrEnum):
    """A string enum whose members carry a Chinese label: ``DRAFT = "draft", "草稿"``."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Self:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value
        return obj

    @classmethod
    def from_text(cls, text: str) -> Self | None:
        """Member whose value or label equals ``text`` (after trimming), or None."""
        text = (text or "").strip()
        for member in cls:
            if text in (member.value, member.label):
                return member
        return None


class Edition(LabeledEnum):
    PROVINCIAL = "provincial", "省级版"
    MINISTRY = "ministry", "总局版"


class UnitKind(LabeledEnum):
    PROVINCE_BUREAU = "province_bureau", "省级安全监管部门"
    XPCC_BUREAU = "xpcc_bureau", "新疆生产建设兵团安全监管部门"
    COAL_BUREAU = "coal_bureau", "省级煤矿安全监察局"
    HQ_DEPARTMENT = "hq_department", "总局业务司局"
    HQ_STATISTICS = "hq_statistics", "统计司"
    HQ_LEGAL = "hq_legal", "政法司"
    HQ_GENERAL_OFFICE = "hq_general_office", "办公厅"

    @property
    def is_provincial(self) -> bool:
        return self in (UnitKind.PROVINCE_BUREAU, UnitKind.XPCC_BUREAU, UnitKind.COAL_BUREAU)


class SubjectKind(LabeledEnum):
    PRODUCTION_UNIT = "production_unit", "生产经营单位"
    SERVICE_INSTITUTION = "service_institution", "技术服务机构"


class SubjectStatus(LabeledEnum):
    ACTIVE = "active", "存续"
    DEREGISTERED = "deregistered", "注销"
    CLOSED = "closed", "关闭"
    LICENCE_REVOKED = "licence_revoked", "吊销"


class IdentifierKind(LabeledEnum):
    USCC = "uscc", "统一社会信用代码"
    REGISTRATION_NUMBER = "registration_number", "工商注册号（旧）"
    ORGANIZATION_CODE = "organization_code", "组织机构代码（旧）"


class PersonRole(LabeledEnum):
    LEGAL_REPRESENTATIVE = "legal_representative", "法定代表人"
    PRINCIPAL = "principal", "主要负责人"
    SAFETY_DEPUTY = "safety_deputy", "分管安全负责人"
    DIRECTLY_RESPONSIBLE = "directly_responsible", "直接责任人员"
    INSTITUTION_STAFF = "institution_staff", "机构直接责任人员"


class IdDocType(LabeledEnum):
    RESIDENT_ID_18 = "resident_id_18", "居民身份证"
    RESIDENT_ID_15 = "resident_id_15", "居民身份证（15位）"
    OTHER = "other", "其他证件"


class ListTier(LabeledEnum):
    JOINT_PUNISHMENT = "joint_punishment", "联合惩戒对象"
    BLACKLIST = "blacklist", "黑名单"
    SERIOUS_DISHONESTY = "serious_dishonesty", "严重失信主体名单"


class ItemState(LabeledEnum):
    """States of one listing item (SPEC §4; BRIEF §8.6)."""

    DRAFT = "draft", "草稿"
    SIGNED = "signed", "已审签"
    SUBMITTED = "submitted", "已报送"
    RECEIVED = "received", "已接收"
    DEPT_REVIEW = "dept_review", "司局审核中"
    DEPT_SIGNED = "dept_signed", "司局已审签"
    LEGAL_REVIEW = "legal_review", "政法司审核"
    MEETING = "meeting", "待会议审议"
    DECIDED = "decided", "会议已审定，待公布"
    PUBLISHED = "published", "已公布"
    REMOVAL_DUE = "removal_due", "待移出审核"
    REMOVAL_REVIEW = "removal_review", "移出审核中"
    REMOVED = "removed", "已移出"
    RETURNED = "returned", "退回修改"
    REJECTED = "rejected", "不予纳入"
    OBJECTION_RAISED = "objection_raised", "异议核查中"
    EARLY_REMOVED = "early_removed", "提前移出"
    REVOKED = "revoked", "已撤销"
    SUPERSEDED = "superseded", "已被新版本替代"


class PackageStatus(LabeledEnum):
    DRAFT = "draft", "编制中"
    SIGNED = "signed", "已审签"
    EXPORTED = "exported", "已导出"
    SENT = "sent", "已发送"
    RECEIVED = "received", "已接收"
    SUPERSEDED = "superseded", "已被更正版本替代"
    REFUSED = "refused", "已拒收"


class ReceiptChannel(LabeledEnum):
    DISK = "disk", "存储介质"
    EMAIL_FILE = "email_file", "电子邮件文件"
    IMAP = "imap", "邮箱收取"
    LOCAL = "local", "本机"


class ItemOutcome(LabeledEnum):
    ACCEPTED = "accepted", "已接收"
    QUARANTINED = "quarantined", "已隔离"
    RETURNED = "returned", "退回修改"
    REJECTED = "rejected", "不予纳入"
    PUBLISHED = "published", "已公布"
    REMOVAL_DECIDED = "removal_decided", "已决定移出"


class RemovalOpinion(LabeledEnum):
    AGREE = "agree", "同意移出"
    DISAGREE = "disagree", "不同意移出"
    EXTEND = "extend", "延期"


class LiaisonCategory(LabeledEnum):
    LEADER = "leader", "分管负责人"
    DIVISION_HEAD = "division_head", "内设处室负责人"
    LIAISON = "liaison", "联络员"


class ReviewKind(LabeledEnum):
    DEPT_REVIEW = "dept_review", "司局审核"
    DEPT_SIGN = "dept_sign", "司局负责人审签"
    LEGAL_REVIEW = "legal_review", "政法司审核"
    PARTY_GROUP = "party_group", "党组报告"
    DIRECTOR_MEETING = "director_meeting", "局长办公会议"
    REMOVAL_REVIEW = "removal_review", "移出审核"
    REMOVAL_APPROVAL = "removal_approval", "分管领导审定"
    OBJECTION_CHECK = "objection_check", "异议核查"
    ACCIDENT_VERIFY = "accident_verify", "事故信息核实"


class DeptDecision(LabeledEnum):
    AGREE = "agree", "同意纳入"
    DISAGREE = "disagree", "建议不予纳入"
    RETURN = "return", "退回报送单位修改"


class LegalDecision(LabeledEnum):
    AGREE = "agree", "同意"
    COMMENT = "comment", "提出修改意见"
    RETURN = "return", "退回司局重新审核"


class MeetingOutcome(LabeledEnum):
    """The director's meeting decision on one agenda item."""

    APPROVE = "approve", "同意公布"
    REVISE = "revise", "修改后公布"
    REJECT = "reject", "不予纳入"
    DEFER = "defer", "暂缓，下次会议再议"
    RETURN = "return", "退回司局重新审核"


class MeetingKind(LabeledEnum):
    LEGAL_REVIEW = "legal_review", "政法司审核"
    PARTY_GROUP = "party_group", "党组会"
    DIRECTOR_MEETING = "director_meeting", "局长办公会议"


class ObjectionStatus(LabeledEnum):
    REGISTERED = "registered", "已登记"
    VERIFYING = "verifying", "核查中"
    DECIDED = "decided", "已办结"


class ObjectionDecision(LabeledEnum):
    DISMISSED = "dismissed", "异议不成立"
    CORRECTED = "corrected", "异议成立，更正信息"
    REMOVED = "removed", "异议成立，移出名单"


class RepairStatus(LabeledEnum):
    APPLIED = "applied", "已申请"
    APPROVED = "approved", "准予修复"
    REFUSED = "refused", "不予修复"
    REVOKED = "revoked", "撤销修复"


class AccidentStatus(LabeledEnum):
    ENTERED = "entered", "已录入"
    ROUTED = "routed", "已印送司局"
    VERIFIED = "verified", "已核实"
    RETURNED = "returned", "已反馈办公厅"


class Role(LabeledEnum):
    OPERATOR = "operator", "填报员"
    SIGNER = "signer", "审签人"
    ADMIN = "admin", "管理员"
    INTAKE_CLERK = "intake_clerk", "办公厅收件人"
    DEPT_REVIEWER = "dept_reviewer", "司局审核人"
    DEPT_HEAD = "dept_head", "司局负责人"
    LEGAL_REVIEWER = "legal_reviewer", "政法司审核人"
    LEADER = "leader", "分管领导"
    AUDITOR = "auditor", "只读审计"


class CertPurpose(LabeledEnum):
    ROOT = "root", "总局根证书"
    MINISTRY_ENCRYPTION = "ministry_encryption", "总局加密证书"
    MINISTRY_SIGNING = "ministry_signing", "总局签名证书（回执）"
    UNIT_SIGNING = "unit_signing", "报送单位签名证书"
