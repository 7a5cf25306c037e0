"""CMS (RFC 5652) for packages and receipts, behind one small interface per algorithm suite.

Suite ``intl-2026``: SignedData (attached, SHA-256, signer certificate embedded, DER) inside an
EnvelopedData to an RSA-3072 certificate (PKCS#1 v1.5 key transport, AES-256-CBC). Producing uses
``cryptography``; verifying is our own: ``cryptography`` has no public CMS verifier, so the
SignedData is parsed with asn1crypto, the message digest and the signature over the signed
attributes are checked with ``cryptography``, and the chain is validated with
``cryptography.x509.verification`` plus our own CRL check (docs/SECURITY.md explains the choice).

AES-CBC gives no integrity: a flipped ciphertext byte may decrypt "successfully"; only the inner
signature catches it. So: always verify after decrypting and before looking inside.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import ExtendedKeyUsageOID
from cryptography.x509.verification import (
    Criticality,
    ExtensionPolicy,
    PolicyBuilder,
    Store,
    VerificationError,
)

from exporters.pki import PrivateKey
from models.errors import UserError

SUITE_INTL = "intl-2026"
_DIGESTS = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}


class CheckFailed(UserError):
    """One verification step failed; ``check`` names the step (decrypt, signature, chain, …)."""

    def __init__(self, check: str, message: str) -> None:
        super().__init__(message)
        self.check = check


@dataclass(frozen=True)
class SignedContent:
    payload: bytes
    signer: x509.Certificate
    certificates: tuple[x509.Certificate, ...]
    signing_time: dt.datetime | None


class Suite(Protocol):
    """What a package algorithm suite provides; a national-algorithm suite (SM2/SM3/SM4) fits here."""

    name: str

    def sign(self, payload: bytes, cert: x509.Certificate, key: PrivateKey) -> bytes: ...
    def envelope(self, signed: bytes, recipient: x509.Certificate) -> bytes: ...
    def decrypt(self, data: bytes, cert: x509.Certificate, key: PrivateKey) -> bytes: ...
    def read_signed(self, data: bytes) -> SignedContent: ...


class IntlSuite:
    name = SUITE_INTL

    def sign(self, payload: bytes, cert: x509.Certificate, key: PrivateKey) -> bytes:
        return (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(payload)
            .add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
        )

    def envelope(self, signed: bytes, recipient: x509.Certificate) -> bytes:
        return (
            pkcs7.PKCS7EnvelopeBuilder()
            .set_data(signed)
            .add_recipient(recipient)
            .set_content_encryption_algorithm(algorithms.AES256)
            .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
        )

    def decrypt(self, data: bytes, cert: x509.Certificate, key: PrivateKey) -> bytes:
        if not isinstance(key, rsa.RSAPrivateKey):
            raise CheckFailed("decrypt", "本机的解密密钥不是 RSA 密钥，无法解开报送包。")
        try:
            return pkcs7.pkcs7_decrypt_der(data, cert, key, [])
        except (ValueError, TypeError) as exc:
            text = str(exc)
            if "recipient" in text.lower():
                reason = "报送包不是加密给本机（总局加密证书）的：收件人不符。"
            elif "EnvelopedData" in text or "parse" in text.lower() or "Length" in text:
                reason = "文件不是有效的加密报送包（CMS EnvelopedData），可能已损坏或被截断。"
            else:
                reason = f"报送包无法解密，文件可能已损坏或被改动（{text}）。"
            raise CheckFailed("decrypt", reason) from exc

    def read_signed(self, data: bytes) -> SignedContent:
        """Parse a SignedData and check its digest and signature (not yet the chain or identity).

        Anything malformed — including a damaged embedded certificate, which ``cryptography`` only
        notices when a field is first read — is a refusal of the "signature" check, never a crash.
        """
        try:
            return self._read_signed(data)
        except CheckFailed:
            raise
        except (ValueError, TypeError, KeyError, UnsupportedAlgorithm, x509.InvalidVersion) as exc:
            raise CheckFailed(
                "signature", f"签名数据或其中的证书无法解析，文件可能已被改动（{exc}）。"
            ) from exc

    def _read_signed(self, data: bytes) -> SignedContent:
        try:
            info = asn1_cms.ContentInfo.load(data, strict=True)
            if info["content_type"].native != "signed_data":
                raise CheckFailed("signature", "解密后的内容不是签名数据（CMS SignedData）。")
            signed = info["content"]
            encap = signed["encap_content_info"]
            payload = encap["content"].native
            signer_infos = list(signed["signer_infos"])
            embedded = [
                x509.load_der_x509_certificate(c.chosen.dump())
                for c in (signed["certificates"] or [])
                if c.name == "certificate"
            ]
        except CheckFailed:
            raise
        except (ValueError, TypeError, KeyError) as exc:
            raise CheckFailed("signature", f"签名数据结构无法解析，文件可能已被改动（{exc}）。") from exc
        if payload is None:
            raise CheckFailed("signature", "签名数据中没有内容（分离式签名不被接受）。")
        if len(signer_infos) != 1:
            raise CheckFailed("signature", f"签名数据应恰好有一个签名者，实际有 {len(signer_infos)} 个。")
        signer_info = signer_infos[0]
        signer = _find_signer(signer_info, embedded)
        digest_name = signer_info["digest_algorithm"]["algorithm"].native
        if digest_name not in _DIGESTS:
            raise CheckFailed("signature", f"不接受的摘要算法：{digest_name}。")
        attrs = signer_info["signed_attrs"]
        if not attrs:
            raise CheckFailed("signature", "签名数据缺少签名属性。")
        values = {a["type"].native: a["values"][0].native for a in attrs}
        if values.get("content_type") != encap["content_type"].native:
            raise CheckFailed("signature", "签名属性中的内容类型与实际内容不符。")
        expected = hashlib.new(digest_name, payload).digest()
        if values.get("message_digest") != expected:
            raise CheckFailed("signature", "内容摘要与签名不符：报送包内容在签名后被改动。")
        to_verify = b"\x31" + attrs.dump()[1:]  # signed attributes are signed as a SET, not [0] IMPLICIT
        _check_signature(signer, signer_info, to_verify, _DIGESTS[digest_name]())
        signer.subject.rfc4514_string()  # parse the fields callers show now, inside the guard (lazy parsing)
        signer.issuer.rfc4514_string()
        signing_time = values.get("signing_time")
        return SignedContent(payload, signer, tuple(embedded), signing_time)


def _find_signer(
    signer_info: asn1_cms.SignerInfo, certificates: Sequence[x509.Certificate]
) -> x509.Certificate:
    sid = signer_info["sid"]
    for cert in certificates:
        if sid.name == "issuer_and_serial_number":
            if cert.serial_number == sid.chosen["serial_number"].native and cert.issuer.public_bytes() == (
                sid.chosen["issuer"].dump()
            ):
                return cert
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            except x509.ExtensionNotFound:
                continue
            if ski == sid.chosen.native:
                return cert
    raise CheckFailed("signature", "签名数据中找不到签名者的证书。")


def _check_signature(
    signer: x509.Certificate, signer_info: asn1_cms.SignerInfo, data: bytes, digest: hashes.HashAlgorithm
) -> None:
    signature = signer_info["signature"].native
    algorithm = signer_info["signature_algorithm"]["algorithm"].native
    public_key = signer.public_key()
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(digest))
        elif isinstance(public_key, rsa.RSAPublicKey):
            if algorithm == "rsassa_pss":
                params = signer_info["signature_algorithm"]["parameters"]
                pss = padding.PSS(
                    mgf=padding.MGF1(
                        _DIGESTS[params["mask_gen_algorithm"]["parameters"]["algorithm"].native]()
                    ),
                    salt_length=params["salt_length"].native,
                )
                public_key.verify(signature, data, pss, digest)
            else:
                public_key.verify(signature, data, padding.PKCS1v15(), digest)
        else:
            raise CheckFailed("signature", "签名者证书使用了不支持的密钥类型。")
    except InvalidSignature as exc:
        raise CheckFailed("signature", "签名值无效：签名数据被改动，或不是用该证书的私钥签的。") from exc


def _eku_email_protection(
    _policy: object, _cert: x509.Certificate, ext: x509.ExtendedKeyUsage | None
) -> None:
    if ext is None or ExtendedKeyUsageOID.EMAIL_PROTECTION not in ext:
        raise ValueError("certificate is not for e-mail/document protection")


_EE_POLICY = (
    ExtensionPolicy.permit_all()
    .require_present(x509.ExtendedKeyUsage, Criticality.AGNOSTIC, _eku_email_protection)
    .require_present(x509.KeyUsage, Criticality.AGNOSTIC, None)
    .may_be_present(x509.BasicConstraints, Criticality.AGNOSTIC, None)
)


def verify_chain(
    cert: x509.Certificate,
    roots: Sequence[x509.Certificate],
    at: dt.datetime,
    crls: Sequence[x509.CertificateRevocationList] = (),
) -> list[x509.Certificate]:
    """The chain from ``cert`` to one of ``roots`` valid at ``at``, with revocation per the CRLs.

    A certificate revoked at or before ``at`` fails, and one revoked for key compromise fails at
    any time (the signing time is asserted by the signer, so a stolen key could backdate it).
    """
    verifier = (
        PolicyBuilder()
        .store(Store(list(roots)))
        .time(at)
        .extension_policies(ca_policy=ExtensionPolicy.webpki_defaults_ca(), ee_policy=_EE_POLICY)
        .build_client_verifier()
    )
    try:
        chain = list(verifier.verify(cert, []).chain)
    except (ValueError, UnsupportedAlgorithm, x509.InvalidVersion) as exc:
        raise CheckFailed("chain", f"签名证书无法解析：{exc}") from exc
    except VerificationError as exc:
        text = str(exc)
        if not cert.not_valid_before_utc <= at <= cert.not_valid_after_utc or "not valid at" in text:
            reason = f"签名证书在签名时间（{at:%Y-%m-%d %H:%M}）不在有效期内。"
        elif "candidates exhausted" in text or "issuer" in text.lower():
            reason = "签名证书不是由总局根证书签发的（找不到可信的证书链）。"
        else:
            reason = f"签名证书链校验失败：{text}"
        raise CheckFailed("chain", reason) from exc
    for subject, issuer in itertools.pairwise(chain):
        _check_revocation(subject, issuer, at, crls)
    return chain


def _check_revocation(
    cert: x509.Certificate,
    issuer: x509.Certificate,
    at: dt.datetime,
    crls: Sequence[x509.CertificateRevocationList],
) -> None:
    for crl in crls:
        if crl.issuer != issuer.subject:
            continue
        if not crl.is_signature_valid(issuer.public_key()):  # type: ignore[arg-type]
            raise CheckFailed("chain", "证书吊销列表的签名无效，不能据以判断证书状态。")
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is None:
            continue
        try:
            reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
        except x509.ExtensionNotFound:
            reason = x509.ReasonFlags.unspecified
        if reason == x509.ReasonFlags.key_compromise or entry.revocation_date_utc <= at:
            raise CheckFailed(
                "chain",
                f"签名证书已于 {entry.revocation_date_utc:%Y-%m-%d} 被吊销（{_REASONS.get(reason, reason.value)}）。",
            )


_REASONS = {
    x509.ReasonFlags.key_compromise: "密钥泄露",
    x509.ReasonFlags.superseded: "已被新证书替代",
    x509.ReasonFlags.cessation_of_operation: "停止使用",
    x509.ReasonFlags.affiliation_changed: "单位变更",
    x509.ReasonFlags.unspecified: "未说明原因",
}

SUITES: dict[str, Suite] = {SUITE_INTL: IntlSuite()}


def suite(name: str) -> Suite:
    try:
        return SUITES[name]
    except KeyError:
        raise CheckFailed("suite", f"不支持的算法套件“{name}”。") from None
