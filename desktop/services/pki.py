"""PKI use cases. Ministry: create the CA, issue and register unit certificates, revoke, rotate.
Province: create a key and certificate request, install the issued certificate and trust bundle.

Public material is also written to ``<home>/pki`` for distribution: ``root.pem``,
``ministry-enc.pem``, ``ministry-sign.pem``, ``crl.pem``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.keystore import KeyStore
from desktop.services import audit
from exporters import pki
from exporters.atomic import atomic_write_bytes
from models.enums import CertPurpose, Edition
from models.errors import UserError
from models.pki import Principal, RevocationList

MINISTRY_UNIT = "HQ-BGT"
KEY_ROOT, KEY_ENC, KEY_SIGN, KEY_UNIT, KEY_PENDING = (
    "root",
    "ministry-enc",
    "ministry-sign",
    "unit-sign",
    "unit-sign-pending",
)
REASONS = {
    "key_compromise": x509.ReasonFlags.key_compromise,
    "superseded": x509.ReasonFlags.superseded,
    "cessation_of_operation": x509.ReasonFlags.cessation_of_operation,
    "affiliation_changed": x509.ReasonFlags.affiliation_changed,
    "unspecified": x509.ReasonFlags.unspecified,
}


class PkiRefused(UserError):
    pass


@dataclass(frozen=True)
class PrincipalRow:
    unit_code: str
    purpose: str
    purpose_label: str
    subject: str
    fingerprint: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    revoked_at: dt.datetime | None
    revocation_reason: str

    def as_json(self) -> dict[str, object]:
        return {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Trust:
    """What this installation trusts: roots, the ministry's current certificates, revocation lists."""

    roots: tuple[x509.Certificate, ...]
    ministry_encryption: x509.Certificate | None
    ministry_signing: tuple[x509.Certificate, ...]
    crls: tuple[x509.CertificateRevocationList, ...]


def keystore(ctx: AppContext) -> KeyStore:
    return ctx.keystore()


def _require(ctx: AppContext, edition: Edition) -> None:
    if ctx.edition is not edition:
        raise PkiRefused(f"此操作只能在{edition.label}中进行。")


def _register(
    session: Session, unit_code: str, purpose: CertPurpose, cert: x509.Certificate, actor: str
) -> Principal:
    fp = pki.fingerprint(cert)
    existing = session.scalar(select(Principal).where(Principal.fingerprint == fp))
    if existing is not None:
        return existing
    row = Principal(
        unit_code=unit_code,
        purpose=purpose,
        fingerprint=fp,
        serial=format(cert.serial_number, "x"),
        subject=cert.subject.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        certificate=cert.public_bytes(pki.serialization.Encoding.DER),
        registered_by=actor,
    )
    session.add(row)
    session.flush()
    return row


def _write_public(ctx: AppContext, name: str, data: bytes) -> Path:
    path = ctx.home / "pki" / name
    atomic_write_bytes(path, data, mode=0o644)
    return path


# ----------------------------------------------------------------------------- ministry


@dataclass(frozen=True)
class MinistryPki:
    root_fingerprint: str
    files: tuple[Path, ...]


def init_ministry(ctx: AppContext) -> MinistryPki:
    _require(ctx, Edition.MINISTRY)
    store = keystore(ctx)
    if store.exists(KEY_ROOT):
        raise PkiRefused("本机已建立总局根证书，不能重复建立。更换加密或签名证书请使用“轮换”。")
    root_key, root = pki.create_root()
    enc_key, enc = pki.create_ministry_encryption(root_key, root)
    sign_key, sign = pki.create_signing_certificate(
        root_key, root, "应急管理部办公厅（回执签名）", MINISTRY_UNIT
    )
    store.save(KEY_ROOT, root_key, root)
    store.save(KEY_ENC, enc_key, enc, [root])
    store.save(KEY_SIGN, sign_key, sign, [root])
    with ctx.uow() as uow:
        _register(uow.session, MINISTRY_UNIT, CertPurpose.ROOT, root, ctx.actor)
        _register(uow.session, MINISTRY_UNIT, CertPurpose.MINISTRY_ENCRYPTION, enc, ctx.actor)
        _register(uow.session, MINISTRY_UNIT, CertPurpose.MINISTRY_SIGNING, sign, ctx.actor)
        crl = _issue_crl(uow.session, root_key, root)
        audit.record(uow.session, ctx.actor, "pki_init", "pki", pki.fingerprint(root))
        uow.commit()
    files = (
        _write_public(ctx, "root.pem", pki.pem(root)),
        _write_public(ctx, "ministry-enc.pem", pki.pem(enc)),
        _write_public(ctx, "ministry-sign.pem", pki.pem(sign)),
        _write_public(ctx, "crl.pem", crl.public_bytes(pki.serialization.Encoding.PEM)),
    )
    return MinistryPki(pki.fingerprint(root), files)


def _issue_crl(
    session: Session, root_key: pki.PrivateKey, root: x509.Certificate
) -> x509.CertificateRevocationList:
    revoked = [
        pki.Revocation(
            int(p.serial, 16), p.revoked_at, REASONS.get(p.revocation_reason, x509.ReasonFlags.unspecified)
        )
        for p in session.scalars(select(Principal).where(Principal.revoked_at.is_not(None)))
        if p.revoked_at is not None
    ]
    last = session.scalar(select(RevocationList.number).order_by(RevocationList.number.desc()).limit(1)) or 0
    crl = pki.build_crl(root_key, root, revoked, last + 1)
    session.add(
        RevocationList(
            number=last + 1,
            issued_at=crl.last_update_utc,
            next_update=crl.next_update_utc or crl.last_update_utc,
            der=crl.public_bytes(pki.serialization.Encoding.DER),
        )
    )
    session.flush()
    return crl


@dataclass(frozen=True)
class Issued:
    unit_code: str
    fingerprint: str
    not_after: dt.datetime
    bundle: Path


def issue_certificate(ctx: AppContext, request_path: Path, unit_code: str, bundle_path: Path) -> Issued:
    """Issue a unit's certificate from its request and register it as that unit's principal."""
    _require(ctx, Edition.MINISTRY)
    from models import reference

    unit_code = unit_code.strip().upper()
    try:
        unit = reference.unit(unit_code)
    except KeyError:
        raise PkiRefused(f"单位代码“{unit_code}”不存在。") from None
    if not unit.kind.is_provincial and not unit.code.startswith("HQ-"):
        raise PkiRefused(f"{unit.name}不是报送单位。")
    store = keystore(ctx)
    root = store.load(KEY_ROOT)
    assert root.cert is not None
    request = pki.load_request(request_path.read_bytes())
    cert = pki.issue_unit_certificate(request, root.key, root.cert, unit_code)
    enc = store.load(KEY_ENC).cert
    sign = store.load(KEY_SIGN).cert
    assert enc is not None
    assert sign is not None
    with ctx.uow() as uow:
        _register(uow.session, unit_code, CertPurpose.UNIT_SIGNING, cert, ctx.actor)
        crl_der = uow.session.scalar(
            select(RevocationList.der).order_by(RevocationList.number.desc()).limit(1)
        )
        audit.record(
            uow.session, ctx.actor, "pki_issue", "principal", pki.fingerprint(cert), {"unit": unit_code}
        )
        uow.commit()
    parts = [
        f"# 诚信台账证书包：{unit.name}（{unit_code}）\n".encode(),
        b"# unit certificate\n",
        pki.pem(cert),
        b"# ministry root\n",
        pki.pem(root.cert),
        b"# ministry encryption\n",
        pki.pem(enc),
        b"# ministry signing (receipts)\n",
        pki.pem(sign),
    ]
    if crl_der:
        parts += [
            b"# revocation list\n",
            x509.load_der_x509_crl(crl_der).public_bytes(pki.serialization.Encoding.PEM),
        ]
    atomic_write_bytes(bundle_path, b"".join(parts), mode=0o644)
    return Issued(unit_code, pki.fingerprint(cert), cert.not_valid_after_utc, bundle_path)


def revoke(ctx: AppContext, fingerprint: str, reason: str) -> Path:
    _require(ctx, Edition.MINISTRY)
    if reason not in REASONS:
        raise PkiRefused(f"吊销原因须为：{'、'.join(REASONS)}。")
    root = keystore(ctx).load(KEY_ROOT)
    assert root.cert is not None
    with ctx.uow() as uow:
        principal = _find(uow.session, fingerprint)
        if principal.purpose is CertPurpose.ROOT:
            raise PkiRefused("不能吊销根证书。")
        if principal.revoked_at is None:
            principal.revoked_at = pki.utcnow()
            principal.revocation_reason = reason
        crl = _issue_crl(uow.session, root.key, root.cert)
        audit.record(
            uow.session, ctx.actor, "pki_revoke", "principal", principal.fingerprint, {"reason": reason}
        )
        uow.commit()
    return _write_public(ctx, "crl.pem", crl.public_bytes(pki.serialization.Encoding.PEM))


def rotate_ministry_key(ctx: AppContext, purpose: CertPurpose) -> str:
    """New encryption or signing certificate; the old key is kept so that old packages still open."""
    _require(ctx, Edition.MINISTRY)
    store = keystore(ctx)
    root = store.load(KEY_ROOT)
    assert root.cert is not None
    name = {CertPurpose.MINISTRY_ENCRYPTION: KEY_ENC, CertPurpose.MINISTRY_SIGNING: KEY_SIGN}[purpose]
    old = store.load(name)
    assert old.cert is not None
    store.retire(name, format(old.cert.serial_number, "x")[:16])
    if purpose is CertPurpose.MINISTRY_ENCRYPTION:
        key, cert = pki.create_ministry_encryption(root.key, root.cert)
    else:
        key, cert = pki.create_signing_certificate(
            root.key, root.cert, "应急管理部办公厅（回执签名）", MINISTRY_UNIT
        )
    store.save(name, key, cert, [root.cert])
    with ctx.uow() as uow:
        _register(uow.session, MINISTRY_UNIT, purpose, cert, ctx.actor)
        audit.record(
            uow.session,
            ctx.actor,
            "pki_rotate",
            "principal",
            pki.fingerprint(cert),
            {"purpose": purpose.value},
        )
        uow.commit()
    _write_public(ctx, f"{name}.pem", pki.pem(cert))
    return pki.fingerprint(cert)


def _find(session: Session, fingerprint: str) -> Principal:
    fingerprint = fingerprint.strip().lower().replace(":", "")
    matches = list(session.scalars(select(Principal).where(Principal.fingerprint.startswith(fingerprint))))
    if len(fingerprint) < 8 or len(matches) != 1:
        raise PkiRefused(f"找不到唯一对应指纹“{fingerprint}”的证书（至少输入指纹的前8位）。")
    return matches[0]


def registry(ctx: AppContext) -> list[PrincipalRow]:
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(Principal).order_by(Principal.unit_code, Principal.registered_at))
        return [
            PrincipalRow(
                p.unit_code,
                p.purpose.value,
                p.purpose.label,
                pki.common_name(x509.load_der_x509_certificate(p.certificate)) or p.subject,
                p.fingerprint,
                p.serial,
                p.not_before,
                p.not_after,
                p.revoked_at,
                p.revocation_reason,
            )
            for p in rows
        ]


def trust(ctx: AppContext) -> Trust:
    with ctx.uow() as uow:
        principals = list(uow.session.scalars(select(Principal).order_by(Principal.registered_at)))
        crl_rows = list(
            uow.session.scalars(select(RevocationList.der).order_by(RevocationList.number.desc()).limit(1))
        )
    now = pki.utcnow()

    def certs(purpose: CertPurpose) -> list[x509.Certificate]:
        return [x509.load_der_x509_certificate(p.certificate) for p in principals if p.purpose is purpose]

    current_enc = [
        c
        for c in certs(CertPurpose.MINISTRY_ENCRYPTION)
        if c.not_valid_before_utc <= now <= c.not_valid_after_utc
    ]
    return Trust(
        roots=tuple(certs(CertPurpose.ROOT)),
        ministry_encryption=current_enc[-1] if current_enc else None,
        ministry_signing=tuple(certs(CertPurpose.MINISTRY_SIGNING)),
        crls=tuple(x509.load_der_x509_crl(der) for der in crl_rows),
    )


# ----------------------------------------------------------------------------- province


def create_request(ctx: AppContext, target: Path | None = None) -> Path:
    _require(ctx, Edition.PROVINCIAL)
    from models import reference

    unit = reference.unit(ctx.unit_code)
    key = pki.new_signing_key()
    keystore(ctx).save(KEY_PENDING, key, None)
    target = target or ctx.home / "pki" / f"{unit.code}-request.csr"
    atomic_write_bytes(
        target,
        pki.create_request(key, unit.code, unit.name).public_bytes(pki.serialization.Encoding.PEM),
        0o644,
    )
    with ctx.uow() as uow:
        audit.record(uow.session, ctx.actor, "pki_request", "pki", unit.code)
        uow.commit()
    return target


@dataclass(frozen=True)
class Installed:
    unit_fingerprint: str
    root_fingerprint: str
    not_after: dt.datetime


def install_bundle(ctx: AppContext, bundle_path: Path, *, replace_root: bool = False) -> Installed:
    """Install the ministry's answer to our request: our certificate, the root, the ministry's
    encryption and signing certificates and the CRL. The root's fingerprint must be confirmed with
    the ministry by telephone (shown by the GUI and CLI)."""
    _require(ctx, Edition.PROVINCIAL)
    data = bundle_path.read_bytes()
    certs = pki.load_certificates(data)
    roots = [c for c in certs if c.subject == c.issuer and _is_ca(c)]
    ours = [c for c in certs if pki.unit_code_of(c) == ctx.unit_code]
    enc = [c for c in certs if _usage(c).key_encipherment and not _is_ca(c)]
    sign = [c for c in certs if pki.unit_code_of(c) == MINISTRY_UNIT and _usage(c).digital_signature]
    if len(roots) != 1 or len(ours) > 1 or len(enc) != 1 or len(sign) != 1:
        raise PkiRefused(
            f"{bundle_path.name} 不是本单位（{ctx.unit_code}）的证书包：应含总局根证书、加密证书和签名证书各一份"
            "（申请证书后的证书包还含本单位证书）。"
        )
    root = roots[0]
    if not ours:
        return _install_trust_update(ctx, data, root, enc[0], sign[0], replace_root)
    own = ours[0]
    from exporters.cms import CheckFailed, verify_chain

    try:
        for cert in (own, enc[0], sign[0]):
            verify_chain(cert, [root], pki.utcnow())
    except CheckFailed as exc:
        raise PkiRefused(f"证书包中的证书不能验证到其中的根证书：{exc}") from exc
    store = keystore(ctx)
    current_root = trust(ctx).roots
    if current_root and pki.fingerprint(current_root[-1]) != pki.fingerprint(root) and not replace_root:
        raise PkiRefused(
            "证书包中的根证书与本机已安装的总局根证书不同。若总局确已更换根证书，请电话核对新根证书指纹后使用“替换根证书”选项。"
        )
    pending_name = KEY_PENDING if store.exists(KEY_PENDING) else KEY_UNIT
    pending = store.load(pending_name)
    if pending.key.public_key().public_bytes(
        pki.serialization.Encoding.DER, pki.serialization.PublicFormat.SubjectPublicKeyInfo
    ) != own.public_key().public_bytes(
        pki.serialization.Encoding.DER, pki.serialization.PublicFormat.SubjectPublicKeyInfo
    ):
        raise PkiRefused("证书包中的本单位证书与本机的私钥不匹配：它不是根据本机最近一次的证书申请签发的。")
    if store.exists(KEY_UNIT) and pending_name == KEY_PENDING:
        old = store.load(KEY_UNIT)
        store.retire(KEY_UNIT, format(old.cert.serial_number, "x")[:16] if old.cert else "old")
    store.save(KEY_UNIT, pending.key, own, [root])
    if pending_name == KEY_PENDING:
        store.path(KEY_PENDING).unlink()
    crls = _crls_in(data)
    with ctx.uow() as uow:
        _register(uow.session, MINISTRY_UNIT, CertPurpose.ROOT, root, ctx.actor)
        _register(uow.session, MINISTRY_UNIT, CertPurpose.MINISTRY_ENCRYPTION, enc[0], ctx.actor)
        _register(uow.session, MINISTRY_UNIT, CertPurpose.MINISTRY_SIGNING, sign[0], ctx.actor)
        _register(uow.session, ctx.unit_code, CertPurpose.UNIT_SIGNING, own, ctx.actor)
        for crl in crls:
            _store_crl(uow.session, crl, root)
        audit.record(uow.session, ctx.actor, "pki_install", "principal", pki.fingerprint(own))
        uow.commit()
    _write_public(ctx, "root.pem", pki.pem(root))
    return Installed(pki.fingerprint(own), pki.fingerprint(root), own.not_valid_after_utc)


def _install_trust_update(
    ctx: AppContext,
    data: bytes,
    root: x509.Certificate,
    enc: x509.Certificate,
    sign: x509.Certificate,
    replace_root: bool,
) -> Installed:
    """A bundle without our certificate: the ministry's new encryption or receipt certificate
    (after a rotation) and the current CRL, under the root we already trust."""
    from exporters.cms import CheckFailed, verify_chain

    installed = trust(ctx).roots
    if not installed:
        raise PkiRefused("本机尚未安装总局根证书：请先生成证书申请，安装总局签发的完整证书包。")
    if pki.fingerprint(installed[-1]) != pki.fingerprint(root) and not replace_root:
        raise PkiRefused(
            "证书包中的根证书与本机已安装的总局根证书不同。若总局确已更换根证书，请电话核对新根证书指纹后使用“替换根证书”选项。"
        )
    try:
        for cert in (enc, sign):
            verify_chain(cert, [root], pki.utcnow())
    except CheckFailed as exc:
        raise PkiRefused(f"证书包中的证书不能验证到其中的根证书：{exc}") from exc
    with ctx.uow() as uow:
        _register(uow.session, MINISTRY_UNIT, CertPurpose.ROOT, root, ctx.actor)
        _register(uow.session, MINISTRY_UNIT, CertPurpose.MINISTRY_ENCRYPTION, enc, ctx.actor)
        _register(uow.session, MINISTRY_UNIT, CertPurpose.MINISTRY_SIGNING, sign, ctx.actor)
        for crl in _crls_in(data):
            _store_crl(uow.session, crl, root)
        audit.record(uow.session, ctx.actor, "pki_trust_update", "principal", pki.fingerprint(enc))
        uow.commit()
    return Installed("", pki.fingerprint(root), enc.not_valid_after_utc)


def write_trust_bundle(ctx: AppContext, target: Path) -> Path:
    """(Ministry) the root, the current encryption and receipt-signing certificates and the CRL,
    for every unit to install after a rotation (``pki install``)."""
    _require(ctx, Edition.MINISTRY)
    store = keystore(ctx)
    root, enc, sign = store.load(KEY_ROOT).cert, store.load(KEY_ENC).cert, store.load(KEY_SIGN).cert
    assert root is not None
    assert enc is not None
    assert sign is not None
    with ctx.uow() as uow:
        crl_der = uow.session.scalar(
            select(RevocationList.der).order_by(RevocationList.number.desc()).limit(1)
        )
    parts = [
        "# 诚信台账信任证书包（总局根证书、加密证书、回执签名证书、吊销列表）\n".encode(),
        pki.pem(root),
        pki.pem(enc),
        pki.pem(sign),
    ]
    if crl_der:
        parts.append(x509.load_der_x509_crl(crl_der).public_bytes(pki.serialization.Encoding.PEM))
    atomic_write_bytes(target, b"".join(parts), mode=0o644)
    return target


def install_crl(ctx: AppContext, path: Path) -> int:
    crl = pki.load_crl(path.read_bytes())
    roots = trust(ctx).roots
    issuer = next((r for r in roots if r.subject == crl.issuer), None)
    if issuer is None:
        raise PkiRefused("吊销列表不是总局根证书签发的。")
    with ctx.uow() as uow:
        number = _store_crl(uow.session, crl, issuer)
        uow.commit()
    return number


def _store_crl(session: Session, crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> int:
    if not crl.is_signature_valid(issuer.public_key()):  # type: ignore[arg-type]
        raise PkiRefused("吊销列表的签名无效。")
    number = crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    exists = session.scalar(select(RevocationList).where(RevocationList.number == number))
    if exists is None:
        session.add(
            RevocationList(
                number=number,
                issued_at=crl.last_update_utc,
                next_update=crl.next_update_utc or crl.last_update_utc,
                der=crl.public_bytes(pki.serialization.Encoding.DER),
            )
        )
        session.flush()
    return number


def _crls_in(data: bytes) -> list[x509.CertificateRevocationList]:
    marker = b"-----BEGIN X509 CRL-----"
    out = []
    for chunk in data.split(marker)[1:]:
        end = chunk.index(b"-----END X509 CRL-----") + len(b"-----END X509 CRL-----")
        out.append(x509.load_pem_x509_crl(marker + chunk[:end]))
    return out


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _usage(cert: x509.Certificate) -> x509.KeyUsage:
    return cert.extensions.get_extension_for_class(x509.KeyUsage).value


def signing_key(ctx: AppContext) -> tuple[pki.PrivateKey, x509.Certificate]:
    """This installation's signing key and certificate (unit, or the ministry's receipt key)."""
    name = KEY_SIGN if ctx.edition is Edition.MINISTRY else KEY_UNIT
    store = keystore(ctx)
    if not store.exists(name):
        raise PkiRefused(
            "本机还没有签名证书：请先生成证书申请并安装总局签发的证书。"
            if ctx.edition is Edition.PROVINCIAL
            else "本机还没有建立总局证书：请先运行“建立总局根证书”。"
        )
    stored = store.load(name)
    assert stored.cert is not None
    return stored.key, stored.cert


def decryption_keys(ctx: AppContext) -> list[tuple[pki.PrivateKey, x509.Certificate]]:
    """The ministry's current and retired encryption keys (old packages stay readable)."""
    store = keystore(ctx)
    out = []
    for name in store.names():
        if name == KEY_ENC or name.startswith(KEY_ENC + "-"):
            stored = store.load(name)
            if stored.cert is not None:
                out.append((stored.key, stored.cert))
    if not out:
        raise PkiRefused("本机没有总局加密私钥，无法解开报送包。")
    return out
